#include "gui/InboxModel.h"

#include "services/Session.h"

#include <QFont>
#include <QLocale>

namespace incentives::gui {

InboxModel::InboxModel(Session& session, QObject* parent) : QAbstractTableModel(parent), m_session(session) {}

int InboxModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_messages.size());
}

int InboxModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const InboxMessage* InboxModel::messageAt(int row) const
{
    return row >= 0 && row < m_messages.size() ? &m_messages.at(row) : nullptr;
}

QVariant InboxModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InboxMessage& m = m_messages.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case FromColumn:
            return m.sender;
        case SubjectColumn:
            return m.subject;
        case ReceivedColumn:
            return QLocale().toString(m.receivedAt.toLocalTime(), QLocale::ShortFormat);
        }
        break;
    case Qt::FontRole:
        if (!m.readAt.isValid()) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    case Qt::AccessibleTextRole:
        return m.readAt.isValid() ? data(index, Qt::DisplayRole)
                                  : tr("Unread: %1").arg(data(index, Qt::DisplayRole).toString());
    case MessageIdRole:
        return m.id;
    case EnrollmentIdRole:
        return m.enrollmentId;
    case BodyRole:
        return m.body;
    case ReadRole:
        return m.readAt.isValid();
    default:
        break;
    }
    return {};
}

QVariant InboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FromColumn:
        return tr("From");
    case SubjectColumn:
        return tr("Subject");
    case ReceivedColumn:
        return tr("Received");
    }
    return {};
}

void InboxModel::reload()
{
    beginResetModel();
    m_messages.clear();
    if (m_session.signedIn())
        if (auto messages = m_session.enrollments().inbox(m_session.actor()))
            m_messages = *messages;
    endResetModel();
}

int InboxModel::unreadCount() const
{
    return int(std::count_if(m_messages.begin(), m_messages.end(),
                             [](const InboxMessage& m) { return !m.readAt.isValid(); }));
}

} // namespace incentives::gui
