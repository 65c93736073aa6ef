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
    RunDemoTools,        // demo clock and simulated Microsoft side (no location; demo databases only)
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
    QSet<Id> adminOf; // locations where the user is the Incentives admin
    QSet<Id> userOf;  // locations where the user is an Incentives user

    bool hasAnyRole() const { return accountAdmin || !adminOf.isEmpty() || !userOf.isEmpty(); }
    bool canView(Id location) const
    {
        return accountAdmin || adminOf.contains(location) || userOf.contains(location);
    }
};

// Allowed, or a Denied error that says which role is missing.
Status authorize(const Grants& grants, Action action, std::optional<Id> location = std::nullopt);

} // namespace incentives
