#pragma once

#include "services/AppContext.h"
#include "services/DirectoryService.h"
#include "services/EnrollmentService.h"
#include "services/ProfileService.h"

#include <QObject>

namespace incentives::gui {

// The signed-in user and the open database, shared by every page. Pages ask the services through
// it and listen for changed() to reload.
class Session : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)

public:
    explicit Session(AppContext& ctx, QObject* parent = nullptr);

    AppContext& context() { return m_ctx; }
    bool signedIn() const { return m_actor.userId != 0; }
    const Actor& actor() const { return m_actor; }
    const Grants& grants() const { return m_grants; }
    QString roleAt(Id locationId) const; // what the user holds at a location, for the status bar

    // Checks the password (none is asked in demo databases); returns whether the user must choose a
    // new password before going on.
    Result<bool> signIn(const QString& email, const QString& password = {});
    bool passwordsRequired() const;
    void signOut();

    DirectoryService directory() { return DirectoryService(m_ctx); }
    EnrollmentService enrollments() { return EnrollmentService(m_ctx); }
    ProfileService profiles() { return ProfileService(m_ctx); }

    // Carries out what came due on the app clock, reloads the user's roles, and tells the pages.
    void refresh();

Q_SIGNALS:
    void userChanged();
    void changed();
    void failed(const QString& message);

private:
    AppContext& m_ctx;
    Actor m_actor;
    Grants m_grants;
};

} // namespace incentives::gui
