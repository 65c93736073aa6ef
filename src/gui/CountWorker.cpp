#include "gui/CountWorker.h"

namespace incentives::gui {

std::function<void(bool count)>& workspaceReadObserver()
{
    static std::function<void(bool)> observer;
    return observer;
}

CountWorker::CountWorker(QString databasePath) : m_path(std::move(databasePath))
{
    qRegisterMetaType<QList<incentives::WorkspaceRow>>();
    qRegisterMetaType<QList<incentives::Enrollment>>();
    qRegisterMetaType<QList<incentives::GroupCount>>();
    qRegisterMetaType<QList<incentives::EnrollmentRepository::StatusCount>>();
    qRegisterMetaType<QList<incentives::gui::Person>>();
    start(m_pages, QStringLiteral("workspace-pages"));
    start(m_counts, QStringLiteral("workspace-count"));
}

CountWorker::~CountWorker()
{
    stop(m_counts);
    stop(m_pages);
}

void CountWorker::start(Lane& lane, const QString& name)
{
    lane.context = new QObject;
    lane.thread.setObjectName(name);
    lane.context->moveToThread(&lane.thread);
    lane.thread.start();
}

void CountWorker::stop(Lane& lane)
{
    // The connection belongs to the lane's thread: close it there, hand the context object back,
    // then stop the thread.
    QThread* home = thread();
    QMetaObject::invokeMethod(
        lane.context,
        [&lane, home] {
            lane.ctx.reset();
            lane.context->moveToThread(home);
        },
        Qt::BlockingQueuedConnection);
    lane.thread.quit();
    lane.thread.wait();
    delete lane.context;
}

void CountWorker::request(quint64 ticket, const Actor& actor, const WorkspaceFilter& filter)
{
    m_newestCount = qMax(m_newestCount.load(), ticket);
    // Run on the worker thread: a functor queued to an object living there.
    QMetaObject::invokeMethod(
        m_counts.context, [this, ticket, actor, filter] { count(ticket, actor, filter); },
        Qt::QueuedConnection);
}

void CountWorker::requestPage(quint64 ticket, int index, const Actor& actor, const WorkspaceFilter& filter,
                              WorkspaceSort sort, bool ascending, const PageRequest& request)
{
    m_newestPage = qMax(m_newestPage.load(), ticket);
    QMetaObject::invokeMethod(
        m_pages.context,
        [this, ticket, index, actor, filter, sort, ascending, request] {
            page(ticket, index, actor, filter, sort, ascending, request);
        },
        Qt::QueuedConnection);
}

void CountWorker::requestLandmarks(quint64 ticket, const Actor& actor, const WorkspaceFilter& filter,
                                   WorkspaceSort sort, bool ascending, int every, qint64 upTo)
{
    QMetaObject::invokeMethod(
        m_counts.context,
        [this, ticket, actor, filter, sort, ascending, every, upTo] {
            landmarks(ticket, actor, filter, sort, ascending, every, upTo, std::nullopt, every - 1);
        },
        Qt::QueuedConnection);
}

void CountWorker::requestGroups(quint64 ticket, const Actor& actor, const WorkspaceFilter& filter,
                                WorkspaceGroup by)
{
    m_newestGroups = qMax(m_newestGroups.load(), ticket);
    QMetaObject::invokeMethod(
        m_counts.context, [this, ticket, actor, filter, by] { groups(ticket, actor, filter, by); },
        Qt::QueuedConnection);
}

void CountWorker::requestHome(quint64 ticket, const Actor& actor)
{
    m_newestHome = qMax(m_newestHome.load(), ticket);
    QMetaObject::invokeMethod(
        m_counts.context, [this, ticket, actor] { home(ticket, actor); }, Qt::QueuedConnection);
}

void CountWorker::requestPeople(quint64 ticket)
{
    QMetaObject::invokeMethod(
        m_counts.context, [this, ticket] { people(ticket); }, Qt::QueuedConnection);
}

void CountWorker::people(quint64 ticket)
{
    if (const QString error = open(m_counts); !error.isEmpty()) {
        Q_EMIT peopleLoaded(ticket, {}, error);
        return;
    }
    auto people = PeopleModel::arrange(DirectoryService(*m_counts.ctx));
    Q_EMIT peopleLoaded(ticket, people ? *people : QList<Person>(),
                        people ? QString() : people.error().message);
}

void CountWorker::home(quint64 ticket, const Actor& actor)
{
    if (ticket < m_newestHome)
        return;
    if (const QString error = open(m_counts); !error.isEmpty()) {
        Q_EMIT homeLoaded(ticket, {}, {}, error);
        return;
    }
    if (const auto& observe = workspaceReadObserver())
        observe(true);
    EnrollmentService service(*m_counts.ctx);
    auto summary = service.summary(actor);
    auto needs = service.needsAction(actor);
    QString error = !summary ? summary.error().message : !needs ? needs.error().message : QString();
    Q_EMIT homeLoaded(ticket, summary ? *summary : QList<EnrollmentRepository::StatusCount>(),
                      needs ? *needs : QList<WorkspaceRow>(), error);
}

void CountWorker::groups(quint64 ticket, const Actor& actor, const WorkspaceFilter& filter, WorkspaceGroup by)
{
    if (ticket < m_newestGroups)
        return;
    if (const QString error = open(m_counts); !error.isEmpty()) {
        Q_EMIT groupsLoaded(ticket, {}, error);
        return;
    }
    if (const auto& observe = workspaceReadObserver())
        observe(true);
    auto found = EnrollmentService(*m_counts.ctx).groups(actor, filter, by);
    Q_EMIT groupsLoaded(ticket, found ? *found : QList<GroupCount>(),
                        found ? QString() : found.error().message);
}

void CountWorker::landmarks(quint64 ticket, const Actor& actor, const WorkspaceFilter& filter,
                            WorkspaceSort sort, bool ascending, int every, qint64 upTo,
                            const std::optional<Enrollment>& after, qint64 position)
{
    // A newer filter or order asked for pages meanwhile: these landmarks are of no use.
    if (ticket < m_newestPage || position >= upTo || !open(m_counts).isEmpty())
        return;
    // A chunk at a time, queued behind the counts asked for meanwhile, so that none waits long.
    constexpr int kChunk = 10;
    auto rows =
        EnrollmentService(*m_counts.ctx).landmarks(actor, filter, sort, ascending, every, kChunk, after);
    if (!rows || rows->isEmpty())
        return;
    Q_EMIT landmarksFound(ticket, position, *rows);
    if (rows->size() < kChunk)
        return;
    const Enrollment last = rows->constLast();
    const qint64 next = position + qint64(every) * rows->size();
    QMetaObject::invokeMethod(
        m_counts.context,
        [this, ticket, actor, filter, sort, ascending, every, upTo, last, next] {
            landmarks(ticket, actor, filter, sort, ascending, every, upTo, last, next);
        },
        Qt::QueuedConnection);
}

QString CountWorker::open(Lane& lane)
{
    if (lane.ctx)
        return {};
    auto ctx = AppContext::open(m_path, Database::OpenMode::MustExist);
    if (!ctx)
        return ctx.error().message;
    lane.ctx = std::move(ctx).value();
    return {};
}

void CountWorker::count(quint64 ticket, const Actor& actor, const WorkspaceFilter& filter)
{
    if (ticket < m_newestCount)
        return; // the filter changed meanwhile: nobody waits for this answer
    if (const QString error = open(m_counts); !error.isEmpty()) {
        Q_EMIT counted(ticket, 0, error);
        return;
    }
    if (const auto& observe = workspaceReadObserver())
        observe(true);
    auto n = EnrollmentService(*m_counts.ctx).count(actor, filter);
    Q_EMIT counted(ticket, n ? *n : 0, n ? QString() : n.error().message);
}

void CountWorker::page(quint64 ticket, int index, const Actor& actor, const WorkspaceFilter& filter,
                       WorkspaceSort sort, bool ascending, const PageRequest& request)
{
    if (ticket < m_newestPage)
        return;
    if (const QString error = open(m_pages); !error.isEmpty()) {
        Q_EMIT pageLoaded(ticket, index, {}, error);
        return;
    }
    if (const auto& observe = workspaceReadObserver())
        observe(false);
    auto rows = EnrollmentService(*m_pages.ctx).workspace(actor, filter, sort, ascending, request);
    Q_EMIT pageLoaded(ticket, index, rows ? *rows : QList<WorkspaceRow>(),
                      rows ? QString() : rows.error().message);
}

} // namespace incentives::gui
