#include "gui/WorkspaceModel.h"

#include "core/FiscalCalendar.h"
#include "core/TimeText.h"
#include "gui/CountWorker.h"
#include "gui/StatusStyle.h"
#include "services/Session.h"

#include <algorithm>

#include <QApplication>
#include <QElapsedTimer>
#include <QFont>
#include <QLocale>
#include <QPalette>

namespace incentives::gui {

WorkspaceModel::WorkspaceModel(Session& session, QObject* parent)
    : QAbstractTableModel(parent), m_session(session)
{}

WorkspaceModel::~WorkspaceModel() = default;

int WorkspaceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(qMin<qint64>(m_count, std::numeric_limits<int>::max()));
}

int WorkspaceModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

PageRequest WorkspaceModel::requestFor(int index) const
{
    // Seek from a neighbouring page when one is loaded; otherwise count from the nearer end.
    PageRequest request;
    const int start = index * kPageSize;
    const int end = m_countKnown ? int(qMin<qint64>(m_count, qint64(start) + kPageSize)) : start + kPageSize;
    request.limit = end - start;
    const auto* before = index > 0 ? m_pages.object(index - 1) : nullptr;
    const auto* after = m_pages.object(index + 1);
    if (before && before->size() == kPageSize) {
        request.anchor = before->constLast().enrollment;
    } else if (after && !after->isEmpty()) {
        request.anchor = after->constFirst().enrollment;
        request.forward = false;
    } else {
        // The nearest of: the start, the end, and the last landmark before the page.
        qint64 best = start;
        if (m_countKnown && m_count - end < best) {
            best = m_count - end;
            request.fromEnd = true;
            request.offset = int(best);
        } else {
            request.offset = start;
        }
        const auto landmark =
            std::upper_bound(m_landmarkPositions.cbegin(), m_landmarkPositions.cend(), qint64(start) - 1);
        if (landmark != m_landmarkPositions.cbegin()) {
            const qsizetype i = std::distance(m_landmarkPositions.cbegin(), landmark) - 1;
            const qint64 skip = start - m_landmarkPositions.at(i) - 1;
            if (skip < best) {
                request.fromEnd = false;
                request.anchor = m_landmarks.at(i);
                request.forward = true;
                request.offset = int(skip);
            }
        }
    }
    return request;
}

const QList<WorkspaceRow>* WorkspaceModel::page(int index) const
{
    if (auto* cached = m_pages.object(index))
        return cached;
    if (!m_session.signedIn())
        return nullptr;
    if (const auto& observe = workspaceReadObserver())
        observe(false);
    auto rows = m_session.enrollments().workspace(m_session.actor(), m_filter, m_sort, m_ascending,
                                                  requestFor(index));
    if (!rows) {
        Q_EMIT const_cast<WorkspaceModel*>(this)->loadFailed(rows.error().message);
        return nullptr;
    }
    auto* loaded = new QList<WorkspaceRow>(std::move(rows).value());
    m_pages.insert(index, loaded);
    return loaded;
}

void WorkspaceModel::ensureWorker() const
{
    const QString path = m_session.context().db().path();
    if (!m_worker || m_workerPath != path) {
        m_worker = std::make_unique<CountWorker>(path);
        m_workerPath = path;
        auto* self = const_cast<WorkspaceModel*>(this);
        connect(m_worker.get(), &CountWorker::counted, self, &WorkspaceModel::countArrived);
        connect(m_worker.get(), &CountWorker::pageLoaded, self, &WorkspaceModel::pageArrived);
        connect(m_worker.get(), &CountWorker::landmarksFound, self, &WorkspaceModel::landmarksArrived);
    }
}

void WorkspaceModel::requestPage(int index) const
{
    if (m_pending.contains(index) || m_pages.contains(index) || !m_session.signedIn())
        return;
    ensureWorker();
    m_pending.insert(index);
    m_worker->requestPage(m_generation, index, m_session.actor(), m_filter, m_sort, m_ascending,
                          requestFor(index));
}

void WorkspaceModel::pageArrived(quint64 ticket, int index, const QList<WorkspaceRow>& rows,
                                 const QString& error)
{
    if (ticket != m_generation)
        return; // the filter or the sort changed meanwhile
    m_pending.remove(index);
    if (!error.isEmpty()) {
        Q_EMIT loadFailed(error);
        return;
    }
    m_pages.insert(index, new QList<WorkspaceRow>(rows));
    const qint64 start = qint64(index) * kPageSize;
    const qint64 end = start + rows.size();
    if (!m_countKnown && index == 0 && rows.size() < kPageSize) {
        // The first page holds every row: that is the count, whatever the worker may still say.
        ++m_countTicket;
        m_counting = false;
        m_countKnown = true;
    }
    if (end > m_count) {
        if (m_count > start)
            Q_EMIT dataChanged(this->index(int(start), 0), this->index(int(m_count - 1), ColumnCount - 1));
        beginInsertRows({}, int(m_count), int(qMin<qint64>(end, std::numeric_limits<int>::max()) - 1));
        m_count = end;
        endInsertRows();
        Q_EMIT countChanged(m_count);
    } else if (end > start) {
        Q_EMIT dataChanged(this->index(int(start), 0), this->index(int(end - 1), ColumnCount - 1));
    } else if (index == 0) {
        Q_EMIT countChanged(m_count);
    }
}

const WorkspaceRow* WorkspaceModel::rowAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    const auto* rows = page(row / kPageSize);
    const int offset = row % kPageSize;
    if (!rows || offset >= rows->size())
        return nullptr;
    return &rows->at(offset);
}

int WorkspaceModel::rowOf(Id enrollmentId) const
{
    for (int key : m_pages.keys()) {
        const auto* rows = m_pages.object(key);
        for (qsizetype i = 0; rows && i < rows->size(); ++i)
            if (rows->at(i).enrollment.id == enrollmentId)
                return key * kPageSize + int(i);
    }
    return -1;
}

namespace {
// The cells that act when activated: the guide, and the next action where there is one to take.
bool isLink(int column, const WorkspaceRow& row)
{
    if (column == WorkspaceModel::ResourcesColumn)
        return !row.guide.isEmpty();
    return column == WorkspaceModel::ActionsColumn && row.next.actionable() && row.next.allowed;
}
} // namespace

QVariant WorkspaceModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WorkspaceRow* row = nullptr;
    if (const auto* rows = m_pages.object(index.row() / kPageSize))
        row = index.row() % kPageSize < rows->size() ? &rows->at(index.row() % kPageSize) : nullptr;
    else if (m_async)
        requestPage(index.row() / kPageSize); // shown when it comes
    else
        row = rowAt(index.row());
    if (!row)
        return role == Qt::DisplayRole && index.column() == ProgramColumn ? tr("Loading…") : QVariant();
    return rowData(*row, index.column(), role);
}

QVariant WorkspaceModel::rowData(const WorkspaceRow& r, int column, int role)
{
    const WorkspaceRow* row = &r;
    const Enrollment& e = row->enrollment;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case ProgramColumn:
            return e.programName;
        case LocationColumn:
            return QStringLiteral("%1 — %2").arg(e.partnerId, e.locationName);
        case CountryColumn:
            return QLocale::territoryToString(QLocale::codeToTerritory(e.country));
        case StatusColumn:
            return row->statusText;
        case ActionsColumn:
            return row->actionsRequired;
        case ResourcesColumn:
            return row->guide.isEmpty() ? QString() : tr("Guide");
        case FiscalYearColumn:
            return fiscal::label(e.fiscalYear);
        case UpdatedColumn:
            return momentText(e.updatedAt).left(10); // the date of the page's one format
        }
        break;
    case Qt::ToolTipRole:
        if (column == ActionsColumn || column == LocationColumn || column == ProgramColumn)
            return rowData(r, column, Qt::DisplayRole);
        if (column == UpdatedColumn)
            return momentText(e.updatedAt);
        if (column == ResourcesColumn && !row->guide.isEmpty())
            return tr("Open the program guide of %1").arg(e.programName);
        if (column == StatusColumn && e.status == EnrollmentStatus::Validating && e.validationDue.isValid())
            return tr("Validation is expected to end by %1.").arg(momentText(e.validationDue));
        break;
    case Qt::DecorationRole:
        if (column == StatusColumn)
            return statusIcon(e.status, QApplication::palette());
        break;
    case Qt::ForegroundRole:
        if (isLink(column, *row))
            return linkColor(QApplication::palette());
        break;
    case Qt::FontRole:
        // Links are underlined as well as coloured.
        if (isLink(column, *row)) {
            QFont f;
            f.setUnderline(true);
            return f;
        }
        break;
    case StatusRole:
        return int(e.status);
    case ProgramNameRole:
        return e.programName;
    case PartnerIdRole:
        return e.partnerId;
    case LocationIdRole:
        return e.locationId;
    case GuideRole:
        return row->guide;
    default:
        break;
    }
    return {};
}

QString WorkspaceModel::momentText(const QDateTime& utc)
{
    return timetext::format(utc);
}

QVariant WorkspaceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return columnTitle(section);
}

QString WorkspaceModel::columnTitle(int section)
{
    switch (section) {
    case ProgramColumn:
        return tr("Program");
    case LocationColumn:
        return tr("Location");
    case CountryColumn:
        return tr("Country");
    case StatusColumn:
        return tr("Status");
    case ActionsColumn:
        return tr("Actions required");
    case ResourcesColumn:
        return tr("Resources");
    case FiscalYearColumn:
        return tr("Fiscal year");
    case UpdatedColumn:
        return tr("Updated");
    }
    return {};
}

void WorkspaceModel::sort(int column, Qt::SortOrder order)
{
    switch (column) {
    case LocationColumn:
        m_sort = WorkspaceSort::Location;
        break;
    case CountryColumn:
        m_sort = WorkspaceSort::Country;
        break;
    case StatusColumn:
    case ActionsColumn:
        m_sort = WorkspaceSort::Status;
        break;
    case FiscalYearColumn:
        m_sort = WorkspaceSort::FiscalYear;
        break;
    case UpdatedColumn:
        m_sort = WorkspaceSort::Updated;
        break;
    default:
        m_sort = WorkspaceSort::Program;
        break;
    }
    m_ascending = order == Qt::AscendingOrder;
    if (!m_loaded) {
        reload();
        return;
    }
    // The same rows in another order: the count stands (or is still coming), only the pages go.
    beginResetModel();
    m_pages.clear();
    m_pending.clear();
    ++m_generation;
    m_landmarkPositions.clear();
    m_landmarks.clear();
    if (m_async && !m_countKnown) {
        m_count = 0; // the first page in the new order brings the rows back
    }
    endResetModel();
    if (m_async) {
        requestPage(0);
        if (m_countKnown)
            requestLandmarks();
    }
}

void WorkspaceModel::setFilter(const WorkspaceFilter& filter)
{
    m_filter = filter;
    reload();
}

void WorkspaceModel::reload()
{
    beginResetModel();
    m_pages.clear();
    m_pending.clear();
    m_count = 0;
    m_countKnown = false;
    m_loaded = true;
    ++m_generation;
    m_landmarkPositions.clear();
    m_landmarks.clear();
    ++m_countTicket;
    m_counting = false;
    if (m_session.signedIn()) {
        auto size = m_session.enrollments().sizeHint();
        m_async = !size || *size > kCountInline;
        if (!m_async) {
            if (const auto& observe = workspaceReadObserver())
                observe(true);
            auto count = m_session.enrollments().count(m_session.actor(), m_filter);
            if (count) {
                m_count = *count;
                m_countKnown = true;
            } else {
                Q_EMIT loadFailed(count.error().message);
            }
        }
    }
    endResetModel();
    if (m_async && m_session.signedIn()) {
        // A large table: the first page and the count are read on the worker thread with its own
        // connection; the rows appear as they come.
        requestPage(0);
        startCount();
    }
    Q_EMIT countChanged(m_count);
}

void WorkspaceModel::startCount()
{
    m_counting = true;
    ensureWorker();
    m_worker->request(m_countTicket, m_session.actor(), m_filter);
}

void WorkspaceModel::countArrived(quint64 ticket, qint64 count, const QString& error)
{
    if (ticket != m_countTicket || !m_counting)
        return; // the filter changed or the count was cancelled meanwhile
    m_counting = false;
    if (!error.isEmpty()) {
        Q_EMIT loadFailed(error);
    } else {
        m_countKnown = true;
        if (count > m_count) {
            beginInsertRows({}, int(m_count), int(qMin<qint64>(count, std::numeric_limits<int>::max()) - 1));
            m_count = count;
            endInsertRows();
        } else if (count < m_count) {
            beginRemoveRows({}, int(count), int(m_count - 1));
            m_count = count;
            endRemoveRows();
        }
        requestLandmarks();
    }
    Q_EMIT countChanged(m_count);
}

void WorkspaceModel::requestLandmarks()
{
    // Worth it where a jump would count a long offset: one landmark per 2,000 rows or so, at most
    // 1,000 of them, read in the background.
    constexpr qint64 kWorthIt = 20 * kPageSize;
    // Not for a search: each landmark of one would read and sort every match.
    if (!m_async || m_count < kWorthIt || !m_session.signedIn() || !m_filter.search.trimmed().isEmpty())
        return;
    m_landmarkEvery = int(qMax<qint64>(10 * kPageSize, m_count / 1000 + 1));
    m_landmarkPositions.clear();
    m_landmarks.clear();
    m_landmarkChanges = m_session.changeCount();
    for (const LandmarkWalk& walk : std::as_const(m_walks))
        if (isCurrentWalk(walk)) {
            m_landmarkPositions = walk.positions;
            m_landmarks = walk.rows;
            return;
        }
    ++m_walksAsked;
    ensureWorker();
    m_worker->requestLandmarks(m_generation, m_session.actor(), m_filter, m_sort, m_ascending,
                               m_landmarkEvery, m_count);
}

void WorkspaceModel::landmarksArrived(quint64 ticket, qint64 firstPosition, const QList<Enrollment>& rows)
{
    if (ticket != m_generation)
        return;
    qint64 position = firstPosition;
    for (const Enrollment& e : rows) {
        if (!m_landmarkPositions.isEmpty() && position <= m_landmarkPositions.constLast())
            break;
        m_landmarkPositions.append(position);
        m_landmarks.append(e);
        position += m_landmarkEvery;
    }
    // The walk is whole once the next landmark would be past the end; kept if nothing changed
    // meanwhile.
    if (!m_landmarkPositions.isEmpty() && m_landmarkPositions.constLast() + m_landmarkEvery >= m_count &&
        m_session.changeCount() == m_landmarkChanges) {
        constexpr int kKept = 4;
        LandmarkWalk walk{m_filter,   m_session.actor().userId, m_sort,          m_ascending,
                          m_count,    m_landmarkChanges,        m_landmarkEvery, m_landmarkPositions,
                          m_landmarks};
        // Walks made before a change can never be current again.
        m_walks.removeIf([this](const LandmarkWalk& w) { return w.changes != m_landmarkChanges; });
        m_walks.prepend(std::move(walk));
        while (m_walks.size() > kKept)
            m_walks.removeLast();
    }
}

bool WorkspaceModel::isCurrentWalk(const LandmarkWalk& walk) const
{
    const WorkspaceFilter& f = walk.filter;
    return walk.changes == m_session.changeCount() && walk.userId == m_session.actor().userId &&
           walk.sort == m_sort && walk.ascending == m_ascending && walk.count == m_count &&
           walk.every == m_landmarkEvery && f.viewerId == m_filter.viewerId &&
           f.statuses == m_filter.statuses && f.locationId == m_filter.locationId &&
           f.programId == m_filter.programId && f.search == m_filter.search;
}

void WorkspaceModel::cancelCount()
{
    if (!m_counting)
        return;
    ++m_countTicket;
    m_counting = false;
    Q_EMIT countChanged(m_count);
}

bool WorkspaceModel::waitForCount(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while ((m_counting || !m_pending.isEmpty()) && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    return !m_counting && m_pending.isEmpty();
}

} // namespace incentives::gui
