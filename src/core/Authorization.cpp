#include "core/Authorization.h"

#include <QCoreApplication>

namespace incentives {
namespace {

Error denied(const char* text)
{
    return makeError(ErrorKind::Denied, QCoreApplication::translate("Authorization", text));
}

} // namespace

QString actionCode(Action action)
{
    switch (action) {
    case Action::ViewWorkspace:
        return QStringLiteral("view-workspace");
    case Action::ViewProfiles:
        return QStringLiteral("view-profiles");
    case Action::ViewFullBankDetails:
        return QStringLiteral("view-full-bank-details");
    case Action::Enroll:
        return QStringLiteral("enroll");
    case Action::EditTaxProfile:
        return QStringLiteral("edit-tax-profile");
    case Action::SetDefaultBank:
        return QStringLiteral("set-default-bank");
    case Action::ManageBankProfiles:
        return QStringLiteral("manage-bank-profiles");
    case Action::ManageUsers:
        return QStringLiteral("manage-users");
    case Action::ViewAllAudit:
        return QStringLiteral("view-all-audit");
    case Action::RunDemoTools:
        return QStringLiteral("run-demo-tools");
    }
    return {};
}

QList<Action> allActions()
{
    return {Action::ViewWorkspace,  Action::ViewProfiles,   Action::ViewFullBankDetails, Action::Enroll,
            Action::EditTaxProfile, Action::SetDefaultBank, Action::ManageBankProfiles,  Action::ManageUsers,
            Action::ViewAllAudit,   Action::RunDemoTools};
}

bool isLocationScoped(Action action)
{
    switch (action) {
    case Action::ViewWorkspace:
    case Action::ViewProfiles:
    case Action::ViewFullBankDetails:
    case Action::Enroll:
    case Action::EditTaxProfile:
    case Action::SetDefaultBank:
        return true;
    default:
        return false;
    }
}

Status authorize(const Grants& g, Action action, std::optional<Id> location)
{
    if (!g.active || g.userId == 0)
        return denied(QT_TRANSLATE_NOOP("Authorization", "This user account is deactivated or unknown."));
    if (isLocationScoped(action) && !location)
        return makeError(ErrorKind::Usage,
                         QStringLiteral("authorize: %1 needs a location").arg(actionCode(action)));

    switch (action) {
    case Action::ViewWorkspace:
    case Action::ViewProfiles:
        if (g.canView(*location))
            return {};
        return denied(QT_TRANSLATE_NOOP(
            "Authorization", "You have no role for this location. Ask an Account admin for access."));
    case Action::ViewFullBankDetails:
        if (g.adminOf.contains(*location))
            return {};
        return denied(QT_TRANSLATE_NOOP("Authorization",
                                        "Only the location's Incentives admin sees full bank details."));
    case Action::Enroll:
        if (g.adminOf.contains(*location))
            return {};
        return denied(QT_TRANSLATE_NOOP(
            "Authorization",
            "Only the Incentives admin of this location can enroll it. An Account admin assigns "
            "that role."));
    case Action::EditTaxProfile:
    case Action::SetDefaultBank:
        if (g.adminOf.contains(*location))
            return {};
        return denied(QT_TRANSLATE_NOOP(
            "Authorization",
            "Only the Incentives admin of this location can change its payout and tax profiles."));
    case Action::ManageBankProfiles:
        if (!g.adminOf.isEmpty())
            return {};
        return denied(QT_TRANSLATE_NOOP("Authorization",
                                        "Only an Incentives admin can create or change bank profiles."));
    case Action::ManageUsers:
    case Action::ViewAllAudit:
        if (g.accountAdmin)
            return {};
        return denied(QT_TRANSLATE_NOOP("Authorization", "Only an Account admin can do this."));
    case Action::RunDemoTools:
        return {}; // any active user; the services also require a demo database
    }
    return denied(QT_TRANSLATE_NOOP("Authorization", "This action is not allowed."));
}

} // namespace incentives
