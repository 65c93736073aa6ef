#pragma once

#include "core/Actions.h"
#include "core/Renewal.h"
#include "services/AppContext.h"

// The Action Center's messages, sent at the moment their event happens, inside the caller's
// transaction: who receives each (the location's Incentives admin, or the person whose role
// changed), its priority and due date (core/Actions), and closing mandatory ones when done.
namespace incentives::actioncenter {

// A validation decided an enrollment: approved (recommended) or rejected (mandatory, about the
// rejected profiles). Sent to the location's Incentives admin.
Status validationDecided(AppContext& ctx, const Enrollment& e, bool approved, const QString& detail,
                         Id bankProfileId, Id taxProfileId);

// The fiscal-year end judged an Enrolled enrollment; admins maps locations to their Incentives admin.
Status renewalDecided(AppContext& ctx, const Enrollment& e, int newFiscalYear,
                      const renewal::Outcome& outcome, const QHash<Id, User>& admins);

// The location's tax form expires in `days` days (at most once per form, expiry and reminder day).
Status taxFormExpiring(AppContext& ctx, const TaxProfile& tax, int days);

// A role was given to (or taken from) a user; locationId 0 for an organization-wide role.
Status roleChanged(AppContext& ctx, Id userId, Role role, Id locationId, bool given);

// The enrollment has just gone from one status to its present one: closes what the move completes
// (actions::doneBy the new status and not the old one).
Status enrollmentChanged(AppContext& ctx, const Enrollment& e, EnrollmentStatus from);

// A bank or tax profile was edited: its rejections are answered; for a tax form, the reminders
// due before its new expiry too (newExpiry invalid: it never expires).
Status profileEdited(AppContext& ctx, ActionLink link, Id profileId, const QDateTime& newExpiry = {});

} // namespace incentives::actioncenter
