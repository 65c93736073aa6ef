#pragma once

#include "core/Types.h"

#include <optional>

// The Action Center's rules: what kinds of action a user receives, which must be done (mandatory)
// and which may be set aside (recommended), and what an enrollment's new status completes.
namespace incentives::actions {

enum class Kind
{
    Invitation,         // an invitation to enroll a location in a program
    ValidationApproved, // an enrollment passed validation
    ValidationRejected, // an enrollment was rejected: a profile needs action
    TaxFormExpiring,    // the location's tax form expires in 30 or 7 days
    RenewalOutcome,     // what the fiscal-year end did to an enrollment
    RoleChanged,        // a role was given to or taken from the user
};

enum class Priority
{
    Mandatory,   // stays open until what it asks is done
    Recommended, // may be dismissed
};

// The days before a tax form's expiry at which its Incentives admin is reminded.
inline constexpr int kTaxReminderDays[] = {30, 7};

QString kindCode(Kind kind); // stable: invitation, validation-approved, …
std::optional<Kind> kindFromCode(const QString& code);
QString kindLabel(Kind kind);
QString priorityCode(Priority priority); // stable: mandatory, recommended
std::optional<Priority> priorityFromCode(const QString& code);
QString priorityLabel(Priority priority);

// The priority of a new action: a rejection, an expiring tax form and a renewal that failed ask
// something of the partner; the rest inform.
Priority priorityOf(Kind kind, bool failed = false);

// Only a recommended action can be dismissed; a mandatory one closes when it is done.
bool dismissable(Priority priority);

// Whether an enrollment that has just taken this status has done what an open action of this kind
// about it asks: an invitation is answered once the enrollment leaves Invited; a rejection or a
// lapsed renewal once it is submitted again (Validating) or Enrolled.
bool doneBy(Kind kind, EnrollmentStatus status);

// The kinds an enrollment's new status completes (see doneBy).
QList<Kind> completedBy(EnrollmentStatus status);

} // namespace incentives::actions
