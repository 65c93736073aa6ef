#include "gui/InboxModel.h"

#include "core/TimeText.h"

#include "core/Actions.h"
#include "services/Session.h"

#include <QFont>

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

namespace {

QString kindText(const InboxMessage& m)
{
    const auto kind = actions::kindFromCode(m.kind);
    return kind ? actions::kindLabel(*kind) : m.kind;
}

QString priorityText(const InboxMessage& m)
{
    const auto priority = actions::priorityFromCode(m.priority);
    return priority ? actions::priorityLabel(*priority) : m.priority;
}

} // namespace

QString InboxModel::stateText(const InboxMessage& m)
{
    if (m.open())
        return tr("Open");
    const QString when = timetext::formatDate(m.closedAt.toUTC().date());
    return m.closedAs == QLatin1String("dismissed") ? tr("Dismissed on %1").arg(when)
                                                    : tr("Done on %1").arg(when);
}

QVariant InboxModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InboxMessage& m = m_messages.at(index.row());
    const bool mandatory = m.priority == actions::priorityCode(actions::Priority::Mandatory);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case PriorityColumn:
            return m.open() ? priorityText(m) : stateText(m);
        case KindColumn:
            return kindText(m);
        case SubjectColumn:
            return m.subject;
        case DueColumn:
            return m.dueAt.isValid() ? timetext::formatDate(m.dueAt.date()) : QString();
        case ReceivedColumn:
            return timetext::formatDate(m.receivedAt.toUTC().date());
        }
        break;
    case Qt::FontRole:
        if (!m.readAt.isValid() || (m.open() && mandatory && index.column() == PriorityColumn)) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == SubjectColumn)
            return m.subject;
        if (index.column() == ReceivedColumn)
            return timetext::format(m.receivedAt);
        break;
    case Qt::AccessibleTextRole: {
        const QString text = data(index, Qt::DisplayRole).toString();
        return m.readAt.isValid() ? text : tr("Unread: %1").arg(text);
    }
    case MessageIdRole:
        return m.id;
    case EnrollmentIdRole:
        return m.enrollmentId;
    case BodyRole:
        return m.body;
    case ReadRole:
        return m.readAt.isValid();
    case OpenRole:
        return m.open();
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
    case PriorityColumn:
        return tr("Priority");
    case KindColumn:
        return tr("Kind");
    case SubjectColumn:
        return tr("Subject");
    case DueColumn:
        return tr("Due");
    case ReceivedColumn:
        return tr("Received");
    }
    return {};
}

void InboxModel::reload()
{
    beginResetModel();
    m_messages.clear();
    m_counts = {};
    if (m_session.signedIn()) {
        InboxQuery query;
        query.limit = kPage;
        if (auto messages = m_session.enrollments().inbox(m_session.actor(), query))
            m_messages = *messages;
        if (auto counts = m_session.enrollments().inboxCounts(m_session.actor()))
            m_counts = *counts;
    }
    endResetModel();
}

bool InboxModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_session.signedIn() && m_messages.size() < m_counts.total;
}

void InboxModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    InboxQuery query;
    query.limit = kPage;
    query.offset = int(m_messages.size());
    auto more = m_session.enrollments().inbox(m_session.actor(), query);
    if (!more || more->isEmpty()) {
        // Fewer than counted (deleted since, or refused): nothing more to read until a reload.
        m_counts.total = m_messages.size();
        return;
    }
    beginInsertRows({}, int(m_messages.size()), int(m_messages.size() + more->size() - 1));
    m_messages.append(*more);
    endInsertRows();
}

} // namespace incentives::gui
