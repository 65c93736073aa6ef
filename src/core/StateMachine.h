#pragma once

#include "core/Result.h"
#include "core/Types.h"

// The enrollment life cycle. Every status change in the app goes through next(); a pair of
// status and event not listed in the transition table is refused.
namespace incentives {

enum class EnrollmentEvent
{
    Accept, // the Incentives admin accepted the invitation (Enroll / Get Started)
    Submit, // profiles submitted for validation (from Invited this accepts as well)
    ValidationPassed,
    ValidationRejected,
    ProfileEdited, // a bank or tax profile in use changed: validate again
    TaxFormExpired,
    EligibilityLost,
    EligibilityRegained,
    ProgramDiscontinued,
    Renewed,               // fiscal-year end, every renewal condition met
    RenewalLapsed,         // fiscal-year end, eligibility or agreement lost
    RenewalDetailsMissing, // fiscal-year end, payout or tax details incomplete or expired
    Reactivated,           // an Inactive enrollment's program reopened or agreement restored
    ProgramClosed,         // the program closed for enrollment before this one was enrolled
    ProfileRejected,       // a bank or tax profile it uses was rejected in another enrollment's validation
};

QString eventCode(EnrollmentEvent event);

struct Transition
{
    EnrollmentStatus from;
    EnrollmentEvent event;
    EnrollmentStatus to;
};

// The whole table, for tests and documentation.
const QList<Transition>& transitionTable();

// The status after the event, or a WrongState error that says why not.
Result<EnrollmentStatus> nextStatus(EnrollmentStatus from, EnrollmentEvent event);

} // namespace incentives
