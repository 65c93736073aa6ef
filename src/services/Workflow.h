#pragma once

#include "core/EnrollmentRules.h"
#include "core/StateMachine.h"
#include "services/AppContext.h"

// Steps of the enrollment flow shared by the services and the simulated Microsoft side. Each runs
// inside the caller's transaction and writes its own audit record.
namespace incentives::workflow {

// Everything the rules need to judge one enrollment. The bank profile is the one the enrollment
// was submitted with, or else the location's default.
Result<rules::EnrollmentContext> contextFor(AppContext& ctx, const Enrollment& e);

// Applies an event through the state machine, stores the enrollment and audits it.
Status apply(AppContext& ctx, const Actor& actor, Enrollment& e, EnrollmentEvent event, Reason reason,
             const QString& detail = {});

// Opens a new validation request for the enrollment (cancelling any pending one).
Status startValidation(AppContext& ctx, Enrollment& e);

// Recomputes what an Enrolling enrollment still needs: Submit, or the missing details.
Status refreshEnrolling(AppContext& ctx, Enrollment& e);

// A bank or tax profile in use changed: Enrolled and Validating enrollments validate again;
// Enrolling ones learn what they still need.
Status profileChanged(AppContext& ctx, const Actor& actor, QList<Enrollment> affected);
// The tax profile a choice names: the one with this id, refused when another location files it;
// with no id (0), the location's first (none while it files none).
Result<std::optional<TaxProfile>> chosenTaxProfile(AppContext& ctx, Id locationId, Id taxProfileId);
// The enrollments whose assignment uses the tax profile: assigned it, or assigned none while it is
// its location's first.
Result<QList<Enrollment>> usingTaxProfile(AppContext& ctx, const TaxProfile& tax);

// Every enrollment that pays into this bank profile: those submitted with it, and those not yet
// submitted at locations that have it as their default.
Result<QList<Enrollment>> usingBankProfile(AppContext& ctx, Id bankProfileId);

// A validation rejected a profile: every other enrollment that uses it (the bank profile's users,
// or, for the tax profile, the location's enrollments) needs action too. Enrolled and Validating
// ones become Enrolling with the same reason; Enrolling ones learn what they still need.
Status profileRejected(AppContext& ctx, const Actor& actor, Id rejectedEnrollmentId,
                       const QList<Enrollment>& users, Reason reason, const QString& detail);

// Sends the invitation email to the location's Incentives admin, if it has one and the program
// sends emails. Does nothing for an invitation already in that admin's inbox.
Status deliverInvitation(AppContext& ctx, const Enrollment& e);

// Creates an Invited enrollment with its invitation (and email) for an eligible location.
Result<Enrollment> invite(AppContext& ctx, const Program& program, const Location& location,
                          EnrollmentStatus status, Reason reason = Reason::None, const QString& detail = {});

QString describe(const Enrollment& e); // "Program at PartnerID"

} // namespace incentives::workflow
