#pragma once

#include "services/EnrollmentService.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QSet>

#include <memory>

namespace incentives {
class Session;
}

namespace incentives::gui {

// The Incentives workspace table. Rows are fetched page by page from the service as the view
// scrolls to them; filtering and sorting happen in the database, so the model holds only the
// pages in sight however many enrollments there are.
class WorkspaceModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspaceModel)

public:
    enum Column
    {
        ProgramColumn,
        LocationColumn,
        CountryColumn,
        StatusColumn,
        ActionsColumn,
        ResourcesColumn,
        FiscalYearColumn,
        UpdatedColumn,
        ColumnCount
    };
    enum Roles
    {
        StatusRole = Qt::UserRole + 1, // EnrollmentStatus as int
        ProgramNameRole,
        PartnerIdRole,
        LocationIdRole,
        GuideRole,
    };
    static constexpr int kPageSize = 200;
    // Up to this many enrollments pages and counts are read inline; above it, on a worker thread,
    // so that the window never waits for them.
    static constexpr qint64 kCountInline = 50000;

    explicit WorkspaceModel(Session& session, QObject* parent = nullptr);
    ~WorkspaceModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // What a row shows in a column for a role: the table's cells and the grouped views' rows.
    static QString columnTitle(int column);
    static QVariant rowData(const WorkspaceRow& row, int column, int role);
    // A moment as every part of the workspace writes it (the Actions required texts included).
    static QString momentText(const QDateTime& utc);
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(const WorkspaceFilter& filter);
    const WorkspaceFilter& filter() const { return m_filter; }
    WorkspaceSort sortKey() const { return m_sort; }
    bool ascending() const { return m_ascending; }
    qint64 totalCount() const { return m_count; }
    // Whether the total is still being counted (rows beyond the first page follow when it is done).
    bool counting() const { return m_counting; }
    // Whether pages and counts are read on the worker thread (the table is large): rows appear
    // some time after reload().
    bool readsInBackground() const { return m_async; }
    void cancelCount();
    // Benchmarks and tests: processes events until the count and the pages asked for are in;
    // false on timeout.
    bool waitForCount(int timeoutMs = 30000);
    // Reloads the count and forgets every page (after a change, or on F5).
    void reload();
    // The row of an enrollment among those loaded so far, or -1.
    int rowOf(Id enrollmentId) const;
    // A row, read at once if its page is not loaded yet (the view's data() never waits: it asks
    // the worker and shows the row when it comes).
    const WorkspaceRow* rowAt(int row) const;
    // Tests and benchmarks: how many landmarks are in, and how the page holding a row would be read.
    int landmarkCount() const { return int(m_landmarks.size()); }
    // How many walks for landmarks were asked of the worker (a walk kept from before is not one).
    int landmarkWalks() const { return m_walksAsked; }
    PageRequest plannedRequest(int row) const { return requestFor(row / kPageSize); }

Q_SIGNALS:
    void countChanged(qint64 count);
    void loadFailed(const QString& message);

private:
    const QList<WorkspaceRow>* page(int index) const;
    PageRequest requestFor(int index) const;
    void requestPage(int index) const;
    void ensureWorker() const;
    void startCount();
    void countArrived(quint64 ticket, qint64 count, const QString& error);
    void requestLandmarks();
    void landmarksArrived(quint64 ticket, qint64 firstPosition, const QList<Enrollment>& rows);
    void pageArrived(quint64 ticket, int index, const QList<WorkspaceRow>& rows, const QString& error);

    Session& m_session;
    WorkspaceFilter m_filter;
    WorkspaceSort m_sort = WorkspaceSort::Program;
    bool m_ascending = true;
    qint64 m_count = 0;
    bool m_countKnown = false; // m_count is the total, not just the rows read so far
    bool m_loaded = false;     // reload() ran at least once
    bool m_async = false;      // pages and counts are read on the worker
    quint64 m_generation = 0;  // of the pages: a new filter or sort
    quint64 m_countTicket = 0; // of the count: a new filter
    bool m_counting = false;
    mutable QSet<int> m_pending; // pages asked of the worker
    mutable std::unique_ptr<class CountWorker> m_worker;
    mutable QString m_workerPath;
    mutable QCache<int, QList<WorkspaceRow>> m_pages{50};
    // Rows at known positions along the order (every m_every rows), read on the worker once the
    // count is in: a jump into the middle seeks from the nearest one before it.
    QList<qint64> m_landmarkPositions;
    QList<Enrollment> m_landmarks;
    int m_landmarkEvery = 0;
    quint64 m_landmarkChanges = 0; // the session's change count when the walk began
    // The last few whole walks, each kept while nothing has changed: going back to a filter and
    // order (a search cleared, a sort undone) takes its landmarks at once instead of walking again.
    struct LandmarkWalk
    {
        WorkspaceFilter filter;
        Id userId = 0;
        WorkspaceSort sort = WorkspaceSort::Program;
        bool ascending = true;
        qint64 count = 0;
        quint64 changes = 0;
        int every = 0;
        QList<qint64> positions;
        QList<Enrollment> rows;
    };
    QList<LandmarkWalk> m_walks;
    int m_walksAsked = 0;
    bool isCurrentWalk(const LandmarkWalk& walk) const;
};

} // namespace incentives::gui
