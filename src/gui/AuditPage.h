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

    static constexpr int kShown = 200; // records a page reads at a time

    QStandardItemModel* model() const { return m_model; }
    // Reads the newest records the filters select (one bounded page).
    void reload();
    // The same after the users changed: a chosen user no longer there is dropped.
    void reloadUsers();
    // Adds the next older page of records; false when there is none.
    bool loadMore();
    // Writes what the filters show as CSV; returns an error message, or an empty string.
    QString exportTo(const QString& path);

private:
    void append(bool fromStart);

    std::unique_ptr<Ui::AuditPage> m_ui;
    Session& m_session;
    QStandardItemModel* m_model;
    QTimer* m_searchTimer;
    qint64 m_next = 0; // where the next page starts (AuditFilter::before); 0: none
};

} // namespace incentives::gui
