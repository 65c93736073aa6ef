#include "gui/WorkspaceGroupModel.h"

#include "gui/CountWorker.h"

#include "gui/WorkspaceModel.h"
#include "services/Session.h"

#include <QFont>
#include <QLocale>

namespace incentives::gui {

// A group's row has internal id 0; an enrollment's row carries its group's row plus one.
WorkspaceGroupModel::WorkspaceGroupModel(Session& session, QObject* parent)
    : QAbstractItemModel(parent), m_session(session)
{}

WorkspaceGroupModel::~WorkspaceGroupModel() = default;

QModelIndex WorkspaceGroupModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex WorkspaceGroupModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int WorkspaceGroupModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_groups.at(parent.row()).rows.size());
}

int WorkspaceGroupModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

bool WorkspaceGroupModel::hasChildren(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return !m_groups.isEmpty();
    return parent.internalId() == 0 && parent.column() == 0 && m_groups.at(parent.row()).count.count > 0;
}

bool WorkspaceGroupModel::canFetchMore(const QModelIndex& parent) const
{
    if (!parent.isValid() || parent.internalId() != 0 || parent.column() != 0)
        return false;
    const Group& g = m_groups.at(parent.row());
    return g.rows.size() < g.count.count;
}

void WorkspaceGroupModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent) || !m_session.signedIn())
        return;
    Group& g = m_groups[parent.row()];
    // The group's slice of the workspace, in the order of the other half of its rows' names.
    WorkspaceFilter filter = m_filter;
    WorkspaceSort sort = WorkspaceSort::Location;
    if (m_by == WorkspaceGroup::Program) {
        filter.programId = g.count.id;
    } else {
        filter.locationId = g.count.id;
        sort = WorkspaceSort::Program;
    }
    PageRequest request;
    request.limit = kPageSize;
    if (!g.rows.isEmpty())
        request.anchor = g.rows.constLast().enrollment;
    auto rows = m_session.enrollments().workspace(m_session.actor(), filter, sort, true, request);
    if (!rows) {
        Q_EMIT loadFailed(rows.error().message);
        return;
    }
    if (rows->isEmpty()) {
        // Fewer rows than counted (another window changed them): the group ends here.
        g.count.count = g.rows.size();
        Q_EMIT dataChanged(parent, parent.siblingAtColumn(ColumnCount - 1));
        return;
    }
    const int first = int(g.rows.size());
    beginInsertRows(parent, first, first + int(rows->size()) - 1);
    g.rows.append(*rows);
    endInsertRows();
}

const GroupCount* WorkspaceGroupModel::groupAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() != 0 || index.row() >= m_groups.size())
        return nullptr;
    return &m_groups.at(index.row()).count;
}

const WorkspaceRow* WorkspaceGroupModel::rowAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() == 0)
        return nullptr;
    const int group = int(index.internalId() - 1);
    if (group >= m_groups.size() || index.row() >= m_groups.at(group).rows.size())
        return nullptr;
    return &m_groups.at(group).rows.at(index.row());
}

QVariant WorkspaceGroupModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (const WorkspaceRow* row = rowAt(index)) {
        // A row's name is the other half of its program and location: its group names the first.
        const int column = index.column() != NameColumn      ? sourceColumn(index.column())
                           : m_by == WorkspaceGroup::Program ? int(WorkspaceModel::LocationColumn)
                                                             : int(WorkspaceModel::ProgramColumn);
        return WorkspaceModel::rowData(*row, column, role);
    }
    const GroupCount* g = groupAt(index);
    if (!g)
        return {};
    const QString name =
        g->partnerId.isEmpty() ? g->name : QStringLiteral("%1 — %2").arg(g->partnerId, g->name);
    const QString count =
        g->count == 1 ? tr("1 enrollment") : tr("%1 enrollments").arg(QLocale().toString(g->count));
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == 0)
            return tr("%1 (%2)").arg(name, count);
        break;
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        if (index.column() == 0)
            return tr("%1: %2").arg(name, count);
        break;
    case Qt::FontRole:
        if (index.column() == 0) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    case GroupCountRole:
        return g->count;
    default:
        break;
    }
    return {};
}

QVariant WorkspaceGroupModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    if (section == NameColumn)
        return m_by == WorkspaceGroup::Location ? tr("Location / program") : tr("Program / location");
    return WorkspaceModel::columnTitle(sourceColumn(section));
}

int WorkspaceGroupModel::sourceColumn(int column)
{
    return column == NameColumn ? -1 : WorkspaceModel::CountryColumn + column - 1;
}

void WorkspaceGroupModel::setGrouping(WorkspaceGroup by, const WorkspaceFilter& filter)
{
    m_by = by;
    m_filter = filter;
    reload();
}

void WorkspaceGroupModel::reload()
{
    beginResetModel();
    m_groups.clear();
    m_loading = false;
    ++m_ticket;
    if (m_session.signedIn()) {
        const QString path = m_session.context().db().path();
        if (!m_worker || m_workerPath != path) {
            m_worker = std::make_unique<CountWorker>(path);
            m_workerPath = path;
            connect(m_worker.get(), &CountWorker::groupsLoaded, this, &WorkspaceGroupModel::groupsArrived);
        }
        m_loading = true;
        m_worker->requestGroups(m_ticket, m_session.actor(), m_filter, m_by);
    }
    endResetModel();
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void WorkspaceGroupModel::groupsArrived(quint64 ticket, const QList<GroupCount>& groups, const QString& error)
{
    if (ticket != m_ticket)
        return; // asked again meanwhile: the newer answer follows
    m_loading = false;
    if (!error.isEmpty()) {
        Q_EMIT loadFailed(error);
        Q_EMIT loaded();
        return;
    }
    beginResetModel();
    m_groups.clear();
    m_groups.reserve(groups.size());
    for (const GroupCount& g : groups)
        m_groups.append(Group{g, {}});
    endResetModel();
    Q_EMIT loaded();
}

} // namespace incentives::gui
