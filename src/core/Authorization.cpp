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
    case Action::BackUp:
        return QStringLiteral("back-up");
    case Action::Restore:
        return QStringLiteral("restore");
    case Action::CheckDatabase:
        return QStringLiteral("check-database");
    case Action::ReplaceDatabase:
        return QStringLiteral("replace-database");
    case Action::MoveOrganization:
        return QStringLiteral("move-organization");
    case Action::ManageLocations:
        return QStringLiteral("manage-locations");
    case Action::RecordPrograms:
        return QStringLiteral("record-programs");
    case Action::RecordInvitation:
        return QStringLiteral("record-invitation");
    case Action::RecordOutcome:
        return QStringLiteral("record-outcome");
    case Action::ViewTaxDocuments:
        return QStringLiteral("view-tax-documents");
    case Action::AttachTaxDocument:
        return QStringLiteral("attach-tax-document");
    case Action::AssignProfiles:
        return QStringLiteral("assign-profiles");
    case Action::HoldPayments:
        return QStringLiteral("hold-payments");
    }
    return {};
}

QList<Action> allActions()
{
    return {Action::ViewWorkspace,
            Action::ViewProfiles,
            Action::ViewFullBankDetails,
            Action::Enroll,
            Action::EditTaxProfile,
            Action::SetDefaultBank,
            Action::ManageBankProfiles,
            Action::ManageUsers,
            Action::ViewAllAudit,
            Action::RunDemoTools,
            Action::BackUp,
            Action::Restore,
            Action::CheckDatabase,
            Action::ReplaceDatabase,
            Action::MoveOrganization,
            Action::ManageLocations,
            Action::RecordPrograms,
            Action::RecordInvitation,
            Action::RecordOutcome,
            Action::ViewTaxDocuments,
            Action::AttachTaxDocument,
            Action::AssignProfiles,
            Action::HoldPayments};
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
    case Action::RecordInvitation:
    case Action::RecordOutcome:
    case Action::ViewTaxDocuments:
    case Action::AttachTaxDocument:
    case Action::AssignProfiles:
    case Action::HoldPayments:
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
    case Action::ReplaceDatabase:
    case Action::MoveOrganization:
        if (g.accountAdmin)
            return {};
        return denied(QT_TRANSLATE_NOOP("Authorization", "Only an Account admin can do this."));
    case Action::BackUp:
    case Action::Restore:
        if (g.accountAdmin)
            return {};
        return denied(QT_TRANSLATE_NOOP("Authorization",
                                        "Only an Account admin can back up or restore the database: a "
                                        "backup holds every account number."));
    case Action::ManageLocations:
    case Action::RecordPrograms:
        if (g.accountAdmin)
            return {};
        return denied(
            QT_TRANSLATE_NOOP("Authorization", "Only an Account admin can record locations and programs."));
    case Action::RecordInvitation:
        if (g.accountAdmin || g.adminOf.contains(*location))
            return {};
        return denied(QT_TRANSLATE_NOOP("Authorization",
                                        "Only an Account admin or the location's Incentives admin can "
                                        "record an invitation for it."));
    case Action::RecordOutcome:
        if (g.adminOf.contains(*location))
            return {};
        return denied(QT_TRANSLATE_NOOP("Authorization",
                                        "Only the Incentives admin of this location can record Microsoft's "
                                        "validation outcome."));
    case Action::ViewTaxDocuments:
        // Whoever may see the tax profile: its documents back it.
        if (g.canView(*location))
            return {};
        return denied(QT_TRANSLATE_NOOP("Authorization",
                                        "Only those with a role for this location see the documents of its "
                                        "tax profile."));
    case Action::AttachTaxDocument:
        if (g.adminOf.contains(*location))
            return {};
        return denied(QT_TRANSLATE_NOOP(
            "Authorization",
            "Only the Incentives admin of this location can attach documents to its tax profile."));
    // Like the profiles themselves (EditTaxProfile, SetDefaultBank), what an enrollment is paid with
    // and whether it is paid now are the location's Incentives admin's alone.
    case Action::AssignProfiles:
        if (g.adminOf.contains(*location))
            return {};
        return denied(QT_TRANSLATE_NOOP("Authorization",
                                        "Only the Incentives admin of this location can assign its payout "
                                        "and tax profiles."));
    case Action::HoldPayments:
        if (g.adminOf.contains(*location))
            return {};
        return denied(QT_TRANSLATE_NOOP("Authorization",
                                        "Only the Incentives admin of this location can hold or release its "
                                        "payments."));
    case Action::CheckDatabase:
        return {}; // any active user
    case Action::RunDemoTools:
        if (g.presenter)
            return {}; // the services also require a demo database
        return denied(QT_TRANSLATE_NOOP("Authorization",
                                        "Only a Presenter can use the presenter tools. An Account admin "
                                        "assigns that role."));
    }
    return denied(QT_TRANSLATE_NOOP("Authorization", "This action is not allowed."));
}

Permissions permissionsOf(const Grants& g, bool demoDatabase)
{
    Permissions p;
    p.hasAnyRole = g.active && g.hasAnyRole();
    p.manageUsers = authorize(g, Action::ManageUsers);
    p.viewAllAudit = authorize(g, Action::ViewAllAudit);
    p.presenterTools =
        demoDatabase ? authorize(g, Action::RunDemoTools)
                     : denied(QT_TRANSLATE_NOOP("Authorization", "Demo tools work only in a demo database."));
    p.backUp = authorize(g, Action::BackUp);
    p.restore = authorize(g, Action::Restore);
    p.check = authorize(g, Action::CheckDatabase);
    p.manageLocations = authorize(g, Action::ManageLocations);
    p.recordPrograms = authorize(g, Action::RecordPrograms);
    return p;
}

Status authorizeBankProfile(const Grants& g, BankProfileUse use, const QSet<Id>& owners)
{
    if (!g.active || g.userId == 0)
        return denied(QT_TRANSLATE_NOOP("Authorization", "This user account is deactivated or unknown."));
    if (g.adminOf.isEmpty())
        return denied(QT_TRANSLATE_NOOP("Authorization",
                                        "Only an Incentives admin can see, use or change bank profiles."));
    if (owners.isEmpty())
        return {};
    switch (use) {
    case BankProfileUse::ViewFull:
    case BankProfileUse::Use:
        for (Id id : owners)
            if (g.adminOf.contains(id))
                return {};
        return denied(QT_TRANSLATE_NOOP("Authorization",
                                        "This bank profile belongs to locations you do not administer."));
    case BankProfileUse::Edit:
        for (Id id : owners)
            if (!g.adminOf.contains(id))
                return denied(QT_TRANSLATE_NOOP(
                    "Authorization",
                    "This bank profile also pays a location you do not administer; only an Incentives "
                    "admin of every location that uses it can change it."));
        return {};
    }
    return denied(QT_TRANSLATE_NOOP("Authorization", "This action is not allowed."));
}

} // namespace incentives
