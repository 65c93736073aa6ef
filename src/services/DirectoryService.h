#pragma once

#include "core/ProgramGuide.h"
#include "services/AppContext.h"

namespace incentives {

struct UserView
{
    User user;
    QList<RoleAssignment> roles;
    QStringList describeRoles(const QHash<Id, QString>& partnerIds) const;
};

// How a role reads beside a person: "Incentives admin (5064214)", or the role alone when it holds
// for the whole organization.
QString describeRole(Role role, const QString& partnerId);

// One person the sign-in screen offers: their roles described.
struct SignInChoice
{
    QString name;
    QString email;
    QStringList roles;
};

struct NewUser
{
    User user;
    QString temporaryPassword; // shown once; empty in demo databases, where no password is asked
};

struct LocationView
{
    Location location;
    std::optional<User> incentivesAdmin;
    int waitingInvitations = 0; // invitations whose email waits for an Incentives admin
};

// One bounded page of a directory search: at most the search's limit, and whether there are more.
struct UserPage
{
    QList<UserView> users;
    QHash<Id, QString> partnerIds; // of the locations their roles name
    bool more = false;
};

struct LocationPage
{
    QList<LocationView> locations;
    bool more = false;
};

// What the signed-in user holds, with the locations it names ("PartnerID — name" by id).
struct MyRoles
{
    QList<RoleAssignment> roles;
    QHash<Id, QString> locations;
};

// Users, roles and locations: the guide's first step, "Establishing authority".
class DirectoryService
{
public:
    explicit DirectoryService(AppContext& ctx) : m_ctx(ctx) {}

    Result<Organization> organization(const Actor& actor);
    // Account admins see every user; others see themselves and the Account admins to ask.
    Result<QList<UserView>> users(const Actor& actor);
    Result<QList<User>> accountAdmins();
    // The active users to sign in as, with their roles (the sign-in screen, before anyone acts),
    // one at a time, none of them kept: for tens of thousands of people.
    Status forEachSignInChoice(const std::function<void(const SignInChoice&)>& each);
    // Adds a user with a temporary password to change at first sign-in, and any initial roles.
    Result<NewUser> addUser(const Actor& actor, const QString& email, const QString& name,
                            const QList<std::pair<Role, QString>>& roles = {});
    // Deactivated users keep their history but can no longer sign in or act.
    Result<Done> setActive(const Actor& actor, const QString& email, bool active);
    // Assigns a role. A location's Incentives admin is replaced only with replace set; without
    // it the refusal names who holds the role now.
    Result<Done> assignRole(const Actor& actor, const QString& email, Role role, const QString& partnerId,
                            bool replace = false);
    Result<Done> revokeRole(const Actor& actor, const QString& email, Role role, const QString& partnerId);
    // The roles this database has: the Presenter only in demo databases.
    QList<Role> assignableRoles();

    Result<QList<LocationView>> locations(const Actor& actor);
    // The pages and pickers that grow with the organization read these: a bounded search, in the
    // database, of what the actor may see (the viewer is set here from the actor's grants).
    Result<UserPage> findUsers(const Actor& actor, DirectorySearch search);
    Result<LocationPage> findLocations(const Actor& actor, DirectorySearch search);
    Result<LocationView> location(const Actor& actor, const QString& partnerId);
    Result<MyRoles> myRoles(const Actor& actor);
    Result<QList<Program>> programs(const Actor& actor);
    // A program's guide, made from its data (the Resources column, `programs show`).
    Result<guide::Guide> programGuide(const Actor& actor, const QString& program);
    Result<QHash<Id, QString>> partnerIds();

private:
    Result<QList<UserView>> userViews(); // every user with their roles, no password hashes

    AppContext& m_ctx;
};

} // namespace incentives
