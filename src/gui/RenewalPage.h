#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace incentives {
class Session;
}

namespace incentives::gui {

// The renewal forecast: every Enrolled enrollment the user may see that the coming fiscal-year
// end judges, whether it will renew, and if not which condition fails and what fixes it. The rows
// are the services' forecast (the year-end close's own rule), shown as they come.
class RenewalPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RenewalPage)

public:
    explicit RenewalPage(Session& session, QWidget* parent = nullptr);
    void reload();
    QTableWidget* table() const { return m_table; }

Q_SIGNALS:
    // Enter on a row: show that enrollment in the workspace.
    void enrollmentSelected(const QString& program, const QString& partnerId);

private:
    Session& m_session;
    QLabel* m_heading;
    QLabel* m_summary;
    QTableWidget* m_table;
    QLabel* m_empty;
};

} // namespace incentives::gui
