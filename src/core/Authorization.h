#pragma once

#include "core/Result.h"
#include "core/Types.h"

#include <QSet>

// Who may do what, where. Deny by default: an action is allowed only when a rule below grants it.
// The services ask this before every change; the GUI asks it only to grey out buttons.
namespace incentives {

enum class Action
{
    ViewWorkspace,       // the Incentives workspace rows of a location
    ViewProfiles,        // bank and tax profiles of a location, account numbers masked
    ViewFullBankDetails, // full account numbers of a location's profiles
    Enroll,              // accept an invitation and submit an enrollment of a location
    EditTaxProfile,      // create or change a location's tax profile
    SetDefaultBank,      // choose a location's default bank profile
    ManageBankProfiles,  // create or change the organization's bank profiles (no location)
    ManageUsers,         // add users, assign and revoke roles (no location)
    ViewAllAudit,        // the whole audit log (no location)
    RunDemoTools,        // the presenter tools: demo clock, simulated Microsoft side, programs, location
                         // attributes, snapshots, reset, scenarios (no location; Presenters only)
    BackUp,              // a copy of the whole database, every account number in it (no location)
    Restore,             // replace the database with a backup (no location)
    CheckDatabase,       // the integrity check (no location)
    ReplaceDatabase,     // init or generate over an existing database (no location)
    MoveOrganization,    // migrate every row into another database (no location)
    ManageLocations,     // add locations and change what is recorded of them (no location)
    RecordPrograms,      // record the programs Partner Center shows (no location)
    RecordInvitation,    // record an invitation Partner Center showed for a location
    RecordOutcome,       // record Microsoft's validation outcome of a location's enrollment
    ViewTaxDocuments,    // list and read the documents attached to a location's tax profile
    AttachTaxDocument,   // attach a document to a location's tax profile
    AssignProfiles,      // choose the bank profile, tax profile and currency of a location's enrollment
    HoldPayments,        // hold or release the payments of a location's enrollment
};

// What may be done with one bank profile. A profile belongs to the location it was created for and
// to every location that uses it, as its default or in an enrollment.
enum class BankProfileUse
{
    ViewFull, // see its account numbers in full
    Use,      // make it a location's default, or submit an enrollment with it
    Edit,     // change it: every location that uses it would be paid to the new account
};

QString actionCode(Action action);
QList<Action> allActions();
bool isLocationScoped(Action action);

// What one user holds. Built from the role assignments in the store.
struct Grants
{
    Id userId = 0;
    bool active = false;
    bool accountAdmin = false;
    bool presenter = false; // demo databases only
    QSet<Id> adminOf;       // locations where the user is the Incentives admin
    QSet<Id> userOf;        // locations where the user is an Incentives user

    bool hasAnyRole() const { return accountAdmin || presenter || !adminOf.isEmpty() || !userOf.isEmpty(); }
    bool canView(Id location) const
    {
        return accountAdmin || adminOf.contains(location) || userOf.contains(location);
    }
};

// The organization-wide actions a user may take, each allowed or refused with the reason: what the
// faces show (a page, a menu entry, a tool) without deciding it again.
struct Permissions
{
    bool hasAnyRole = false;
    Status manageUsers;
    Status viewAllAudit;
    Status presenterTools; // also refused outside demo databases
    Status backUp;
    Status restore;
    Status check;
    Status manageLocations;
    Status recordPrograms;
};
Permissions permissionsOf(const Grants& grants, bool demoDatabase);

// Allowed, or a Denied error that says which role is missing.
Status authorize(const Grants& grants, Action action, std::optional<Id> location = std::nullopt);

// Allowed, or a Denied error: an Incentives admin sees in full and uses the profiles of the locations
// they administer, and edits a profile only when they administer every location it belongs to.
// owners are the locations the profile belongs to; a profile that belongs to none (made before
// profiles were tied to a location, and never used) is any Incentives admin's.
Status authorizeBankProfile(const Grants& grants, BankProfileUse use, const QSet<Id>& owners);

} // namespace incentives
