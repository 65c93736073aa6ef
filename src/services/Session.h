#pragma once

#include "services/AppContext.h"
#include "services/DirectoryService.h"
#include "services/EnrollmentService.h"
#include "services/MaintenanceService.h"
#include "services/ProfileService.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace incentives {

class ChangeWatcher;

// One person at one open database, shared by the GUI's pages and by the CLI: it opens the
// database, carries out what came due on the app clock before anything is shown, signs the user
// in, and tells its listeners (changed()) whenever the data changed — by a write through this
// session, which announces itself when it commits, or by another program or user.
class Session : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)

public:
    // Opens the database at a file path or server URL and catches up on the clock.
    static Result<std::unique_ptr<Session>> open(const QString& location, Database::OpenMode mode);
    // The session on a database already open, caught up on the clock.
    static Result<std::unique_ptr<Session>> start(std::unique_ptr<AppContext> ctx);
    explicit Session(std::unique_ptr<AppContext> ctx, QObject* parent = nullptr);
    ~Session() override;

    AppContext& context() { return *m_ctx; }
    bool signedIn() const { return m_actor.userId != 0; }
    bool holdsOrganization(); // false: a database that init has not filled yet
    const Actor& actor() const { return m_actor; }
    // What the signed-in user may do across the organization, as the services decide it.
    const Permissions& permissions() const { return m_permissions; }
    QString roleAt(Id locationId) const; // what the user holds at a location, for the status bar
    QString rolesSummary() const;        // the organization-wide roles, for the status bar

    // Checks the password (none is asked in demo databases); returns whether the user must choose a
    // new password before going on.
    Result<bool> signIn(const QString& email, const QString& password = {});
    bool passwordsRequired() const;
    void signOut();

    DirectoryService directory() { return DirectoryService(*m_ctx); }
    EnrollmentService enrollments() { return EnrollmentService(*m_ctx); }
    ProfileService profiles() { return ProfileService(*m_ctx); }
    MaintenanceService maintenance() { return MaintenanceService(*m_ctx); }

    // Closes the database, carries out a replacement the services allowed (a restore, a demo reset
    // or a snapshot), and opens it again with the same user signed in.
    Status replaceDatabase(const Replacement& replacement);

    // Works on another database from now on (File → Connect to a shared database…); nobody is
    // signed in to it yet.
    void switchTo(std::unique_ptr<AppContext> ctx);

    // Reads everything again at once (the toolbar's Refresh); otherwise the session reloads by
    // itself after every change.
    void reloadNow();

    // Starts the database file's structural check in the background (the window calls it once it
    // is painted; it starts again by itself for every database opened later). Until its verdict
    // nothing is written: a change is refused with the reason, the catching up is done once the
    // file is found intact; damaged() tells a damaged file.
    void checkInBackground();

    // Goes up with every reload (a commit here or elsewhere, another database or user): what was
    // read under a smaller number may be out of date.
    quint64 changeCount() const { return m_changeCount; }

Q_SIGNALS:
    void userChanged();
    void changed();
    void failed(const QString& message);
    // Another user or program changed the database; the pages have been told through changed().
    void changedElsewhere();
    void databaseChanged();
    // The background check found the file damaged: nothing will be written to it.
    void damaged(const QString& message);

private:
    void watch();
    // Carries out what came due on the app clock, reloads the user's roles, and tells the pages.
    void reload();
    Status catchUp();
    void loadGrants();
    void startCheck();

    std::unique_ptr<AppContext> m_ctx;
    std::unique_ptr<ChangeWatcher> m_watcher;
    QTimer m_settle;    // gathers a burst of other writers' commits into one reload
    QTimer m_announced; // this session's own commits, gathered into one reload
    bool m_reloading = false;
    bool m_catchUpLeft = false; // a reload left the catching up to the end of the file's check
    bool m_checking = false;    // every database opened gets the background check
    int m_generation = 0;       // which database a check's verdict is about
    quint64 m_changeCount = 0;
    Actor m_actor;
    Grants m_grants;
    Permissions m_permissions;
};

} // namespace incentives
