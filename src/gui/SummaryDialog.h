#pragma once

#include <QDialog>

#include <memory>

class QPrinter;

namespace Ui {
class SummaryDialog;
}

namespace incentives {
class Session;
}

namespace incentives::gui {

// File → Location summary: one location's enrollments, statuses, fiscal year, and its bank and tax
// profiles with masked numbers, previewed as it prints; printed through the print preview or
// saved as a PDF. The services build the HTML; this only lays it out.
class SummaryDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SummaryDialog)

public:
    // partnerId: the location to show first (the workspace's selection); empty: the first one.
    SummaryDialog(Session& session, const QString& partnerId, QWidget* parent = nullptr);
    ~SummaryDialog() override;

    QString partnerId() const;
    const QString& html() const { return m_html; }
    // Writes the summary on shown as a PDF; returns an error message, or empty.
    QString exportPdf(const QString& path);

private:
    void load();
    void printPreview();
    void choosePdf();
    void paint(QPrinter* printer);

    std::unique_ptr<Ui::SummaryDialog> m_ui;
    Session& m_session;
    QString m_html;
};

} // namespace incentives::gui
