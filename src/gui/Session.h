#pragma once

#include "services/AppContext.h"
#include "services/DirectoryService.h"
#include "services/EnrollmentService.h"
#include "services/ProfileService.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

namespace incentives {
class ChangeWatcher;
}

namespace incentives::gui {

// The signed-in user and the open database, shared by every page. Pages ask the services through
// it and listen for changed() to reload.
class Session : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)

public:
    explicit Session(std::unique_ptr<AppContext> ctx, QObject* parent = nullptr);
    ~Session() override;

    AppContext& context() { return *m_ctx; }
    bool signedIn() const { return m_actor.userId != 0; }
    const Actor& actor() const { return m_actor; }
    const Grants& grants() const { return m_grants; }
    QString roleAt(Id locationId) const; // what the user holds at a location, for the status bar

    // Checks the password (none is asked in demo databases); returns whether the user must choose a
    // new password before going on.
    Result<bool> signIn(const QString& email, const QString& password = {});
    bool passwordsRequired() const;
    void signOut();

    DirectoryService directory() { return DirectoryService(*m_ctx); }
    EnrollmentService enrollments() { return EnrollmentService(*m_ctx); }
    ProfileService profiles() { return ProfileService(*m_ctx); }

    // Closes the database, lets replace() swap the file at its path (a demo reset or a snapshot),
    // and opens it again with the same user signed in.
    Status replaceDatabase(const std::function<Status(const QString& path)>& replace);

    // Works on another database from now on (File → Connect to a shared database…); nobody is
    // signed in to it yet.
    void switchTo(std::unique_ptr<AppContext> ctx);

    // Carries out what came due on the app clock, reloads the user's roles, and tells the pages.
    void refresh();

Q_SIGNALS:
    void userChanged();
    void changed();
    void failed(const QString& message);
    // Another user or program changed the database; the pages have been told through changed().
    void changedElsewhere();
    void databaseChanged();

private:
    void watch();

    std::unique_ptr<AppContext> m_ctx;
    std::unique_ptr<ChangeWatcher> m_watcher;
    QTimer m_settle; // gathers a burst of other writers' commits into one refresh
    Actor m_actor;
    Grants m_grants;
};

} // namespace incentives::gui
