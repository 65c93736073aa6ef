#pragma once

#include "core/EnrollmentRules.h"
#include "core/StateMachine.h"
#include "core/Types.h"

#include <optional>

// What the fiscal-year end does to one enrollment (the guide: an enrollment expires at the end of
// the fiscal year and continues into the next one when the partner is still eligible, keeps an
// active agreement, and has complete payout and tax details). Every input is judged as of the new
// year's first day; the rule needs no storage, so the year-end close and the renewal forecast
// give the same answer.
namespace incentives::renewal {

// The condition that keeps an Enrolled enrollment from renewing; None when it renews.
enum class Failing
{
    None,
    Program,     // the program is not open on the new year's first day
    Agreement,   // the partner program agreement is not active (IVDMPA)
    Eligibility, // a criterion of the program is unmet
    Details,     // a bank or tax profile is missing, incomplete, expired, unapproved or needs action
};

struct Input
{
    EnrollmentStatus status = EnrollmentStatus::Enrolled;
    ProgramState programState = ProgramState::Open;
    bool agreementActive = true;
    QStringList unmetCriteria;            // empty: the location meets every criterion
    QList<rules::Problem> missingDetails; // rules::missingDetails() on the new year's first day
    bool bankApproved = false;
    bool taxApproved = false;
    bool taxExpired = false; // the tax form is no longer valid on the new year's first day
};

struct Outcome
{
    EnrollmentStatus status = EnrollmentStatus::Enrolled;
    Reason reason = Reason::None;
    QString detail;
    Failing failing = Failing::None;
    // The state machine's step; none when the enrollment is only carried into the new year as it is.
    std::optional<EnrollmentEvent> event;
    bool renewed() const { return event == EnrollmentEvent::Renewed; }
};

// Enrolled enrollments renew (Enrolled in the new year), lapse (Inactive: program, agreement or
// eligibility) or wait for details (Enrolling). Every other status except Discontinued is carried
// into the new year unchanged; Discontinued ones keep their year and take no step.
Outcome judge(const Input& input);

// The input for one enrollment: the context's today must be the new year's first day.
Input inputFor(EnrollmentStatus status, const rules::EnrollmentContext& context);

// What the partner can do so that the enrollment renews (empty when it renews).
QString remedy(const Outcome& outcome);

QString failingCode(Failing failing);  // stable: "", program, agreement, eligibility, details
QString failingLabel(Failing failing); // the condition, as people read it; empty for None

} // namespace incentives::renewal
