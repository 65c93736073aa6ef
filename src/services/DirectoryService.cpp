#include "services/DirectoryService.h"
#include "services/ActionCenter.h"

#include "core/Validators.h"
#include "services/Passwords.h"
#include "services/Workflow.h"

#include <QCoreApplication>

#include <algorithm>

namespace incentives {
namespace {
// The translation context of this file: lupdate reads it from the declaration.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DirectoryService)
};

Error deactivated()
{
    return makeError(ErrorKind::Denied, Tr::tr("This user account is deactivated."));
}
} // namespace

QString describeRole(Role role, const QString& partnerId)
{
    return isOrganizationWide(role) ? roleLabel(role)
                                    : QStringLiteral("%1 (%2)").arg(roleLabel(role), partnerId);
}

QStringList UserView::describeRoles(const QHash<Id, QString>& partnerIds) const
{
    QStringList out;
    for (const RoleAssignment& r : roles)
        out.append(describeRole(r.role, partnerIds.value(r.locationId)));
    return out;
}

Result<Organization> DirectoryService::organization(const Actor& actor)
{
    return m_ctx.view<Organization>(actor, [&](const Grants& g) -> Result<Organization> {
        if (!g.active)
            return deactivated();
        return m_ctx.directory().organization();
    });
}

Result<QHash<Id, QString>> DirectoryService::partnerIds()
{
    return m_ctx.directory().partnerIdsById();
}

Result<QList<UserView>> DirectoryService::userViews()
{
    auto users = m_ctx.directory().users();
    if (!users)
        return users.error();
    auto roles = m_ctx.directory().roles();
    if (!roles)
        return roles.error();
    QHash<Id, QList<RoleAssignment>> byUser;
    for (const RoleAssignment& r : *roles)
        byUser[r.userId].append(r);
    QList<UserView> out;
    out.reserve(users->size());
    for (const User& u : *users) {
        UserView v;
        v.user = u;
        v.user.passwordHash.clear();
        v.roles = byUser.value(u.id);
        out.append(v);
    }
    return out;
}

Result<QList<UserView>> DirectoryService::users(const Actor& actor)
{
    return m_ctx.view<QList<UserView>>(actor, [&](const Grants& g) -> Result<QList<UserView>> {
        if (!g.active)
            return deactivated();
        auto all = userViews();
        if (!all)
            return all.error();
        QList<UserView> out;
        for (const UserView& v : *all) {
            const bool isAccountAdmin =
                std::any_of(v.roles.begin(), v.roles.end(),
                            [](const RoleAssignment& r) { return r.role == Role::AccountAdmin; });
            if (g.accountAdmin || v.user.id == g.userId || isAccountAdmin)
                out.append(v);
        }
        return out;
    });
}

Status DirectoryService::forEachSignInChoice(const std::function<void(const SignInChoice&)>& each)
{
    SignInChoice choice;
    return m_ctx.directory().forEachActiveUser(
        [&](const QString& name, const QString& email, const QList<std::pair<Role, QString>>& roles) {
            choice.name = name;
            choice.email = email;
            choice.roles.clear();
            for (const auto& [role, partnerId] : roles)
                choice.roles.append(describeRole(role, partnerId));
            each(choice);
        });
}

Result<QList<User>> DirectoryService::accountAdmins()
{
    auto admins = m_ctx.directory().accountAdmins();
    if (!admins)
        return admins.error();
    QList<User> out;
    for (User u : *admins) {
        u.passwordHash.clear();
        if (u.active)
            out.append(u);
    }
    return out;
}

Result<NewUser> DirectoryService::addUser(const Actor& actor, const QString& email, const QString& name,
                                          const QList<std::pair<Role, QString>>& roles)
{
    auto added =
        m_ctx.change<NewUser>(actor, QStringLiteral("users.add"), [&](const Grants& g) -> Result<NewUser> {
            if (auto s = authorize(g, Action::ManageUsers); !s)
                return s.error();
            const auto mail = validators::email(email);
            if (!mail.valid())
                return makeError(ErrorKind::Invalid, mail.error, QStringLiteral("email"));
            const auto display = validators::displayName(name, 100);
            if (!display.valid())
                return makeError(ErrorKind::Invalid, display.error, QStringLiteral("name"));
            if (m_ctx.directory().userByEmail(mail.normalized))
                return makeError(
                    ErrorKind::Conflict,
                    Tr::tr("A user with the email address %1 exists already.").arg(mail.normalized),
                    QStringLiteral("email"));
            NewUser created;
            User& u = created.user;
            u.email = mail.normalized;
            u.name = display.normalized;
            if (!m_ctx.clock().isDemo()) {
                created.temporaryPassword = passwords::temporary();
                auto hashed = passwords::hash(created.temporaryPassword);
                if (!hashed)
                    return hashed.error();
                u.passwordHash = *hashed;
                u.mustChangePassword = true;
            }
            auto id = m_ctx.directory().insertUser(u, m_ctx.clock().now());
            if (!id)
                return id.error();
            u.id = *id;
            u.version = 1;
            u.passwordHash.clear();
            // On a shared server the new user's login takes the same temporary password.
            if (auto s = m_ctx.directory().setLoginPassword(u.id, created.temporaryPassword); !s)
                return s.error();
            if (auto s = m_ctx.audit(actor, QStringLiteral("users.added"), {}, {},
                                     QStringLiteral("%1 <%2>").arg(u.name, u.email));
                !s)
                return s.error();
            return created;
        });
    if (!added)
        return added;
    // Initial roles go through the same rules as any later assignment.
    for (const auto& [role, partnerId] : roles)
        if (auto r = assignRole(actor, added->user.email, role, partnerId); !r)
            return r.error();
    return added;
}

Result<Done> DirectoryService::setActive(const Actor& actor, const QString& email, bool active)
{
    return m_ctx.change<Done>(actor, QStringLiteral("users.active"), [&](const Grants& g) -> Result<Done> {
        if (auto s = authorize(g, Action::ManageUsers); !s)
            return s.error();
        auto user = m_ctx.directory().userByEmail(email);
        if (!user)
            return user.error();
        if (user->active == active)
            return Done{};
        if (!active) {
            auto admins = m_ctx.directory().accountAdmins();
            if (!admins)
                return admins.error();
            const auto others = std::count_if(admins->begin(), admins->end(),
                                              [&](const User& u) { return u.active && u.id != user->id; });
            const bool isAdmin =
                std::any_of(admins->begin(), admins->end(), [&](const User& u) { return u.id == user->id; });
            if (isAdmin && others == 0)
                return makeError(ErrorKind::WrongState,
                                 Tr::tr("%1 is the last active Account admin and cannot be deactivated.")
                                     .arg(user->email));
        }
        if (auto s = m_ctx.directory().setActive(user->id, active); !s)
            return s.error();
        if (auto s = m_ctx.audit(
                actor, active ? QStringLiteral("users.reactivated") : QStringLiteral("users.deactivated"), {},
                {}, user->email);
            !s)
            return s.error();
        return Done{};
    });
}

Result<Done> DirectoryService::assignRole(const Actor& actor, const QString& email, Role role,
                                          const QString& partnerId, bool replace)
{
    return m_ctx.change<Done>(actor, QStringLiteral("users.assign"), [&](const Grants& g) -> Result<Done> {
        if (auto s = authorize(g, Action::ManageUsers); !s)
            return s.error();
        auto user = m_ctx.directory().userByEmail(email);
        if (!user)
            return user.error();
        if (!user->active)
            return makeError(ErrorKind::WrongState,
                             Tr::tr("%1 is deactivated; reactivate the user first.").arg(user->email));
        RoleAssignment assignment{user->id, role, 0};
        Location location;
        if (role == Role::Presenter && !m_ctx.clock().isDemo())
            return makeError(ErrorKind::WrongState,
                             Tr::tr("The Presenter role exists only in demo databases."));
        if (isOrganizationWide(role)) {
            if (!partnerId.trimmed().isEmpty())
                return makeError(ErrorKind::Invalid,
                                 Tr::tr("The %1 role covers the whole organization; give no location.")
                                     .arg(roleLabel(role)),
                                 QStringLiteral("location"));
        } else {
            if (partnerId.trimmed().isEmpty())
                return makeError(
                    ErrorKind::Invalid,
                    Tr::tr("%1 is assigned per location: give its PartnerID.").arg(roleLabel(role)),
                    QStringLiteral("location"));
            auto found = m_ctx.directory().locationByPartnerId(partnerId);
            if (!found)
                return found.error();
            location = *found;
            assignment.locationId = location.id;
        }
        auto held = m_ctx.directory().rolesOf(user->id);
        if (!held)
            return held.error();
        for (const RoleAssignment& r : *held)
            if (r.role == role && r.locationId == assignment.locationId)
                return Done{}; // already holds it: nothing changes, nothing to audit

        if (role == Role::IncentivesAdmin) {
            auto current = m_ctx.directory().incentivesAdminOf(location.id);
            if (!current)
                return current.error();
            if (current->has_value()) {
                const User& previous = **current;
                if (!replace)
                    return makeError(
                        ErrorKind::Conflict,
                        Tr::tr("%1 (%2) is the Incentives admin of %3 now. A location has one Incentives "
                               "admin: replacing them removes the role from %1.")
                            .arg(previous.name, previous.email, location.partnerId));
                if (auto r = m_ctx.directory().deleteRole({previous.id, Role::IncentivesAdmin, location.id});
                    !r)
                    return r.error();
                if (auto s = m_ctx.audit(actor, QStringLiteral("users.revoked"), location.partnerId, {},
                                         QStringLiteral("%1 %2 (replaced by %3)")
                                             .arg(previous.email, roleCode(role), user->email));
                    !s)
                    return s.error();
                if (auto s = actioncenter::roleChanged(m_ctx, previous.id, role, location.id, false); !s)
                    return s.error();
            }
        }
        if (auto s = m_ctx.directory().insertRole(assignment, m_ctx.clock().now()); !s)
            return s.error();
        if (auto s = m_ctx.audit(actor, QStringLiteral("users.assigned"), location.partnerId, {},
                                 QStringLiteral("%1 %2").arg(user->email, roleCode(role)));
            !s)
            return s.error();
        if (auto s = actioncenter::roleChanged(m_ctx, user->id, role, assignment.locationId, true); !s)
            return s.error();
        if (role == Role::IncentivesAdmin) {
            // The admin role includes everything the user role allows there: holding both would
            // leave a user role behind when the admin role is handed on.
            const RoleAssignment userRole{user->id, Role::IncentivesUser, location.id};
            const bool heldUserRole = std::any_of(held->begin(), held->end(), [&](const RoleAssignment& r) {
                return r.role == userRole.role && r.locationId == userRole.locationId;
            });
            if (heldUserRole) {
                if (auto r = m_ctx.directory().deleteRole(userRole); !r)
                    return r.error();
                if (auto s = m_ctx.audit(actor, QStringLiteral("users.revoked"), location.partnerId, {},
                                         QStringLiteral("%1 %2 (now %3)")
                                             .arg(user->email, roleCode(Role::IncentivesUser),
                                                  roleCode(Role::IncentivesAdmin)));
                    !s)
                    return s.error();
            }
        }
        if (role == Role::IncentivesAdmin) {
            // The invitations that waited for an admin reach the new one's inbox now.
            auto waiting = m_ctx.enrollments().undeliveredInvitations(location.id);
            if (!waiting)
                return waiting.error();
            for (const Enrollment& e : *waiting)
                if (auto s = workflow::deliverInvitation(m_ctx, e); !s)
                    return s.error();
        }
        return Done{};
    });
}

QList<Role> DirectoryService::assignableRoles()
{
    QList<Role> out{Role::IncentivesAdmin, Role::IncentivesUser, Role::AccountAdmin};
    if (m_ctx.clock().isDemo())
        out.append(Role::Presenter);
    return out;
}

Result<Done> DirectoryService::revokeRole(const Actor& actor, const QString& email, Role role,
                                          const QString& partnerId)
{
    return m_ctx.change<Done>(actor, QStringLiteral("users.revoke"), [&](const Grants& g) -> Result<Done> {
        if (auto s = authorize(g, Action::ManageUsers); !s)
            return s.error();
        auto user = m_ctx.directory().userByEmail(email);
        if (!user)
            return user.error();
        RoleAssignment assignment{user->id, role, 0};
        QString where;
        if (role == Role::Presenter) {
            // Organization-wide, and no rule keeps one in place.
        } else if (role != Role::AccountAdmin) {
            auto location = m_ctx.directory().locationByPartnerId(partnerId);
            if (!location)
                return location.error();
            assignment.locationId = location->id;
            where = location->partnerId;
        } else {
            auto admins = m_ctx.directory().accountAdmins();
            if (!admins)
                return admins.error();
            const auto active =
                std::count_if(admins->begin(), admins->end(), [](const User& u) { return u.active; });
            const bool holds =
                std::any_of(admins->begin(), admins->end(), [&](const User& u) { return u.id == user->id; });
            if (holds && active <= 1 && user->active)
                return makeError(
                    ErrorKind::WrongState,
                    Tr::tr("%1 is the last Account admin; assign another before removing this role.")
                        .arg(user->email));
        }
        auto removed = m_ctx.directory().deleteRole(assignment);
        if (!removed)
            return removed.error();
        if (!*removed)
            return makeError(ErrorKind::NotFound,
                             Tr::tr("%1 does not hold that role there.").arg(user->email));
        if (auto s = m_ctx.audit(actor, QStringLiteral("users.revoked"), where, {},
                                 QStringLiteral("%1 %2").arg(user->email, roleCode(role)));
            !s)
            return s.error();
        if (auto s = actioncenter::roleChanged(m_ctx, user->id, role, assignment.locationId, false); !s)
            return s.error();
        return Done{};
    });
}

Result<QList<LocationView>> DirectoryService::locations(const Actor& actor)
{
    return m_ctx.view<QList<LocationView>>(actor, [&](const Grants& g) -> Result<QList<LocationView>> {
        if (!g.active)
            return deactivated();
        auto all = m_ctx.directory().locations();
        if (!all)
            return all.error();
        auto admins = m_ctx.directory().incentivesAdmins();
        if (!admins)
            return admins.error();
        auto waiting = m_ctx.enrollments().waitingInvitationCounts();
        if (!waiting)
            return waiting.error();
        QList<LocationView> out;
        out.reserve(all->size());
        for (const Location& l : *all) {
            if (!g.canView(l.id))
                continue;
            LocationView v;
            v.location = l;
            if (const auto admin = admins->constFind(l.id); admin != admins->constEnd())
                v.incentivesAdmin = admin.value();
            v.waitingInvitations = v.incentivesAdmin ? 0 : waiting->value(l.id);
            out.append(v);
        }
        return out;
    });
}

Result<UserPage> DirectoryService::findUsers(const Actor& actor, DirectorySearch search)
{
    return m_ctx.view<UserPage>(actor, [&](const Grants& g) -> Result<UserPage> {
        if (!g.active)
            return deactivated();
        search.viewerId = g.accountAdmin ? 0 : g.userId;
        const int limit = qMax(1, search.limit);
        search.limit = limit + 1;
        auto users = m_ctx.directory().findUsers(search);
        if (!users)
            return users.error();
        UserPage page;
        page.more = users->size() > limit;
        if (page.more)
            users->resize(limit);
        QList<Id> ids;
        for (const User& u : *users)
            ids.append(u.id);
        auto roles = m_ctx.directory().rolesOf(ids);
        if (!roles)
            return roles.error();
        QHash<Id, QList<RoleAssignment>> byUser;
        QList<Id> locationIds;
        for (const RoleAssignment& r : *roles) {
            byUser[r.userId].append(r);
            if (r.locationId != 0 && !locationIds.contains(r.locationId))
                locationIds.append(r.locationId);
        }
        auto locations = m_ctx.directory().locationsById(locationIds);
        if (!locations)
            return locations.error();
        for (const Location& l : *locations)
            page.partnerIds.insert(l.id, l.partnerId);
        for (const User& u : *users) {
            UserView v;
            v.user = u;
            v.user.passwordHash.clear();
            v.roles = byUser.value(u.id);
            page.users.append(v);
        }
        return page;
    });
}

Result<LocationPage> DirectoryService::findLocations(const Actor& actor, DirectorySearch search)
{
    return m_ctx.view<LocationPage>(actor, [&](const Grants& g) -> Result<LocationPage> {
        if (!g.active)
            return deactivated();
        search.viewerId = g.accountAdmin ? 0 : g.userId;
        const int limit = qMax(1, search.limit);
        search.limit = limit + 1;
        auto found = m_ctx.directory().findLocations(search);
        if (!found)
            return found.error();
        LocationPage page;
        page.more = found->size() > limit;
        if (page.more)
            found->resize(limit);
        QList<Id> ids;
        for (const Location& l : *found)
            ids.append(l.id);
        auto admins = m_ctx.directory().incentivesAdmins(ids);
        if (!admins)
            return admins.error();
        auto waiting = m_ctx.enrollments().waitingInvitationCounts(ids);
        if (!waiting)
            return waiting.error();
        for (const Location& l : *found) {
            LocationView v;
            v.location = l;
            if (const auto admin = admins->constFind(l.id); admin != admins->constEnd())
                v.incentivesAdmin = admin.value();
            v.waitingInvitations = v.incentivesAdmin ? 0 : waiting->value(l.id);
            page.locations.append(v);
        }
        return page;
    });
}

Result<LocationView> DirectoryService::location(const Actor& actor, const QString& partnerId)
{
    return m_ctx.view<LocationView>(actor, [&](const Grants& g) -> Result<LocationView> {
        if (!g.active)
            return deactivated();
        auto l = m_ctx.directory().locationByPartnerId(partnerId);
        if (!l)
            return l.error();
        if (auto s = authorize(g, Action::ViewWorkspace, l->id); !s)
            return s.error();
        LocationView v;
        v.location = *l;
        auto admins = m_ctx.directory().incentivesAdmins(QList<Id>{l->id});
        if (!admins)
            return admins.error();
        if (admins->contains(l->id))
            v.incentivesAdmin = admins->value(l->id);
        return v;
    });
}

Result<MyRoles> DirectoryService::myRoles(const Actor& actor)
{
    return m_ctx.view<MyRoles>(actor, [&](const Grants& g) -> Result<MyRoles> {
        if (!g.active)
            return deactivated();
        MyRoles out;
        auto roles = m_ctx.directory().rolesOf(g.userId);
        if (!roles)
            return roles.error();
        out.roles = *roles;
        QList<Id> ids;
        for (const RoleAssignment& r : out.roles)
            if (r.locationId != 0)
                ids.append(r.locationId);
        auto locations = m_ctx.directory().locationsById(ids);
        if (!locations)
            return locations.error();
        for (const Location& l : *locations)
            out.locations.insert(l.id, QStringLiteral("%1 — %2").arg(l.partnerId, l.name));
        return out;
    });
}

Result<guide::Guide> DirectoryService::programGuide(const Actor& actor, const QString& program)
{
    return m_ctx.view<guide::Guide>(actor, [&](const Grants& g) -> Result<guide::Guide> {
        if (!g.active)
            return deactivated();
        auto p = m_ctx.programs().programByName(program);
        if (!p)
            return p.error();
        return guide::forProgram(*p);
    });
}

Result<QList<Program>> DirectoryService::programs(const Actor& actor)
{
    return m_ctx.view<QList<Program>>(actor, [&](const Grants& g) -> Result<QList<Program>> {
        if (!g.active)
            return deactivated();
        return m_ctx.programs().programs();
    });
}

} // namespace incentives
