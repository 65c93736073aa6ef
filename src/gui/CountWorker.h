#pragma once

#include "gui/PeopleModel.h"
#include "services/AppContext.h"
#include "services/EnrollmentService.h"
#include "store/Repositories.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace incentives::gui {

// Tests: called wherever the workspace reads a page (false) or counts (true), on the thread that
// reads. Set before any model exists.
std::function<void(bool count)>& workspaceReadObserver();

// Reads workspace pages and counts rows off the GUI thread, on two lanes, each a thread with its
// own database connection that stays open (and its cache warm) between requests: pages on one, so
// that a page never waits behind a count of millions of rows; counts, grouped counts and landmarks
// on the other. Answers carry the request's ticket; a request
// whose ticket is older than the newest one when its turn comes is dropped unread, so that a user
// typing on never waits for the queries of the text typed before.
class CountWorker : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CountWorker)

public:
    explicit CountWorker(QString databasePath);
    ~CountWorker() override;

    // Thread-safe: queues a count; counted() answers on the caller's thread.
    void request(quint64 ticket, const Actor& actor, const WorkspaceFilter& filter);
    // Thread-safe: queues a page; pageLoaded() answers on the caller's thread.
    void requestPage(quint64 ticket, int index, const Actor& actor, const WorkspaceFilter& filter,
                     WorkspaceSort sort, bool ascending, const PageRequest& request);

    // Thread-safe: queues the landmarks of a table of upTo rows, every `every` rows; they come
    // in chunks through landmarksFound() (the first one's position given), read between pages.
    void requestLandmarks(quint64 ticket, const Actor& actor, const WorkspaceFilter& filter,
                          WorkspaceSort sort, bool ascending, int every, qint64 upTo);
    // Thread-safe: queues the grouped count of the workspace; groupsLoaded() answers on the
    // caller's thread.
    void requestGroups(quint64 ticket, const Actor& actor, const WorkspaceFilter& filter, WorkspaceGroup by);

    // Thread-safe: queues what Home counts (enrollments per location and status, and the rows
    // that need the viewer); homeLoaded() answers on the caller's thread.
    void requestHome(quint64 ticket, const Actor& actor);
    // Thread-safe: queues the people to sign in as, arranged; peopleLoaded() answers on the
    // caller's thread.
    void requestPeople(quint64 ticket);

Q_SIGNALS:
    void landmarksFound(quint64 ticket, qint64 firstPosition, const QList<incentives::Enrollment>& rows);
    void counted(quint64 ticket, qint64 count, const QString& error);
    void groupsLoaded(quint64 ticket, const QList<incentives::GroupCount>& groups, const QString& error);
    void homeLoaded(quint64 ticket, const QList<incentives::EnrollmentRepository::StatusCount>& summary,
                    const QList<incentives::WorkspaceRow>& needsAction, const QString& error);
    void peopleLoaded(quint64 ticket, const QList<incentives::gui::Person>& people, const QString& error);
    void pageLoaded(quint64 ticket, int index, const QList<incentives::WorkspaceRow>& rows,
                    const QString& error);

private:
    void count(quint64 ticket, const Actor& actor, const WorkspaceFilter& filter);
    void page(quint64 ticket, int index, const Actor& actor, const WorkspaceFilter& filter,
              WorkspaceSort sort, bool ascending, const PageRequest& request);
    void landmarks(quint64 ticket, const Actor& actor, const WorkspaceFilter& filter, WorkspaceSort sort,
                   bool ascending, int every, qint64 upTo, const std::optional<Enrollment>& after,
                   qint64 position);
    void groups(quint64 ticket, const Actor& actor, const WorkspaceFilter& filter, WorkspaceGroup by);
    void home(quint64 ticket, const Actor& actor);
    void people(quint64 ticket);
    struct Lane
    {
        QThread thread;
        QObject* context = nullptr;      // lives on the thread: queued work runs there
        std::unique_ptr<AppContext> ctx; // used on the thread only
    };
    void start(Lane& lane, const QString& name);
    void stop(Lane& lane);
    QString open(Lane& lane);

    QString m_path;
    Lane m_pages;  // pages
    Lane m_counts; // counts, grouped counts, landmarks
    std::atomic<quint64> m_newestCount{0};
    std::atomic<quint64> m_newestPage{0};
    std::atomic<quint64> m_newestGroups{0};
    std::atomic<quint64> m_newestHome{0};
};

} // namespace incentives::gui
