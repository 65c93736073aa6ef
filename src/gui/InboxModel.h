#pragma once

#include "store/Repositories.h"

#include <QAbstractTableModel>

namespace incentives {
class Session;
}

namespace incentives::gui {

// The signed-in user's Action Center: invitations, validation outcomes, tax-form reminders, renewal
// outcomes and role changes, in the order the services give (open mandatory ones first).
class InboxModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboxModel)

public:
    enum Column
    {
        PriorityColumn,
        KindColumn,
        SubjectColumn,
        DueColumn,
        ReceivedColumn,
        ColumnCount
    };
    enum Roles
    {
        MessageIdRole = Qt::UserRole + 1,
        EnrollmentIdRole,
        BodyRole,
        ReadRole,
        OpenRole
    };

    explicit InboxModel(Session& session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Reads the first kPage messages again, and the counts.
    void reload();
    // The next kPage messages, read when a view scrolls to the last one read.
    bool canFetchMore(const QModelIndex& parent = {}) const override;
    void fetchMore(const QModelIndex& parent = {}) override;
    static constexpr int kPage = 500;
    qint64 openCount() const { return m_counts.open; }
    qint64 totalCount() const { return m_counts.total; }
    const InboxMessage* messageAt(int row) const;
    // "Open", or when and how it was closed.
    static QString stateText(const InboxMessage& m);

private:
    Session& m_session;
    QList<InboxMessage> m_messages;
    InboxCounts m_counts;
};

} // namespace incentives::gui
