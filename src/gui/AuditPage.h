#pragma once

#include <QWidget>

#include <memory>

class QStandardItemModel;
class QTimer;

namespace Ui {
class AuditPage;
}

namespace incentives {
class Session;
}

namespace incentives::gui {

// The audit log, newest first: every record for Account admins, one's own actions for others.
class AuditPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditPage)

public:
    explicit AuditPage(Session& session, QWidget* parent = nullptr);
    ~AuditPage() override;

    QStandardItemModel* model() const { return m_model; }
    void reload();
    void reloadUsers();
    // Writes what the filters show as CSV; returns an error message, or an empty string.
    QString exportTo(const QString& path);

private:
    std::unique_ptr<Ui::AuditPage> m_ui;
    Session& m_session;
    QStandardItemModel* m_model;
    QTimer* m_searchTimer;
};

} // namespace incentives::gui
