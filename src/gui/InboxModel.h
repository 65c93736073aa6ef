#pragma once

#include "store/Repositories.h"

#include <QAbstractTableModel>

namespace incentives {
class Session;
}

namespace incentives::gui {

// The signed-in user's simulated email: the Partner Incentive Enrollment Invitations.
class InboxModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboxModel)

public:
    enum Column
    {
        FromColumn,
        SubjectColumn,
        ReceivedColumn,
        ColumnCount
    };
    enum Roles
    {
        MessageIdRole = Qt::UserRole + 1,
        EnrollmentIdRole,
        BodyRole,
        ReadRole
    };

    explicit InboxModel(Session& session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void reload();
    int unreadCount() const;
    const InboxMessage* messageAt(int row) const;

private:
    Session& m_session;
    QList<InboxMessage> m_messages;
};

} // namespace incentives::gui
