#include "services/ActionCenter.h"

#include "core/EnrollmentRules.h"
#include "core/FiscalCalendar.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace incentives::actioncenter {
namespace {

// The translation context of this file: lupdate reads it from the declaration.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ActionCenter)
};

InboxMessage about(const Enrollment& e, actions::Kind kind, bool failed = false)
{
    InboxMessage m;
    m.enrollmentId = e.id;
    m.locationId = e.locationId;
    m.kind = actions::kindCode(kind);
    m.priority = actions::priorityCode(actions::priorityOf(kind, failed));
    return m;
}

Status send(AppContext& ctx, InboxMessage m)
{
    if (m.userId == 0)
        return {};
    if (!m.ref.isEmpty()) {
        auto already = ctx.enrollments().hasMessageRef(m.userId, m.ref);
        if (!already)
            return already.error();
        if (*already)
            return {};
    }
    if (m.sender.isEmpty())
        m.sender = QStringLiteral("Microsoft Partner Center");
    m.receivedAt = ctx.clock().now();
    if (auto s = ctx.enrollments().insertMessage(m); !s)
        return s;
    return {};
}

Status toAdminOf(AppContext& ctx, Id locationId, InboxMessage m)
{
    auto admin = ctx.directory().incentivesAdminOf(locationId);
    if (!admin)
        return admin.error();
    if (!admin->has_value() || !(*admin)->active)
        return {}; // nobody administers the location: nobody to tell
    m.userId = (*admin)->id;
    return send(ctx, m);
}

QString where(const Enrollment& e)
{
    //: program for location (PartnerID)
    return Tr::tr("%1 for %2 (%3)").arg(e.programName, e.locationName, e.partnerId);
}

} // namespace

Status validationDecided(AppContext& ctx, const Enrollment& e, bool approved, const QString& detail,
                         Id bankProfileId, Id taxProfileId)
{
    using actions::Kind;
    InboxMessage m = about(e, approved ? Kind::ValidationApproved : Kind::ValidationRejected);
    if (approved) {
        m.subject = Tr::tr("Validation approved: %1").arg(where(e));
        m.body = Tr::tr("The enrollment of %1 (%2) in %3 passed validation: it is Enrolled for %4.")
                     .arg(e.locationName, e.partnerId, e.programName, fiscal::label(e.fiscalYear));
    } else {
        m.subject = Tr::tr("Validation rejected: %1").arg(where(e));
        m.body = Tr::tr("The enrollment of %1 (%2) in %3 was rejected: %4\n\nCorrect the profile named in "
                        "the reason, then submit the enrollment again.")
                     .arg(e.locationName, e.partnerId, e.programName, detail);
        m.bankProfileId = bankProfileId;
        m.taxProfileId = taxProfileId;
    }
    return toAdminOf(ctx, e.locationId, m);
}

Status renewalDecided(AppContext& ctx, const Enrollment& e, int newFiscalYear,
                      const renewal::Outcome& outcome, const QHash<Id, User>& admins)
{
    const auto admin = admins.constFind(e.locationId);
    if (admin == admins.constEnd() || !admin->active)
        return {};
    InboxMessage m = about(e, actions::Kind::RenewalOutcome, !outcome.renewed());
    m.userId = admin->id;
    const QString year = fiscal::label(newFiscalYear);
    if (outcome.renewed()) {
        m.subject = Tr::tr("Renewed for %1: %2").arg(year, where(e));
        m.body = Tr::tr("The enrollment of %1 (%2) in %3 continues into %4.")
                     .arg(e.locationName, e.partnerId, e.programName, year);
    } else {
        m.subject = Tr::tr("Not renewed for %1: %2").arg(year, where(e));
        const QString why =
            outcome.detail.isEmpty() ? renewal::failingLabel(outcome.failing) : outcome.detail;
        m.body = Tr::tr("The enrollment of %1 (%2) in %3 did not continue into %4: %5\n\nWhat fixes it: %6")
                     .arg(e.locationName, e.partnerId, e.programName, year, why, renewal::remedy(outcome));
    }
    m.ref = QStringLiteral("renewal:%1:%2").arg(e.id).arg(newFiscalYear);
    return send(ctx, m);
}

Status taxFormExpiring(AppContext& ctx, const TaxProfile& tax, int days)
{
    const QDate expiry = rules::taxExpiry(tax);
    if (!expiry.isValid())
        return {};
    auto location = ctx.directory().location(tax.locationId);
    if (!location)
        return location.error();
    InboxMessage m;
    m.kind = actions::kindCode(actions::Kind::TaxFormExpiring);
    m.priority = actions::priorityCode(actions::priorityOf(actions::Kind::TaxFormExpiring));
    m.locationId = tax.locationId;
    m.taxProfileId = tax.id;
    m.dueAt = QDateTime(expiry, QTime(0, 0), QTimeZone::utc());
    m.subject =
        Tr::tr("Tax form expires in %1 days: %2 (%3)").arg(days).arg(location->name, location->partnerId);
    m.body =
        Tr::tr("The %1 of %2 (%3) expires on %4. Sign a new one before then: with an expired tax form, "
               "payouts stop and enrollments do not renew at the fiscal-year end.")
            .arg(taxFormLabel(tax.form), location->name, location->partnerId, expiry.toString(Qt::ISODate));
    m.ref = QStringLiteral("tax-expiring:%1:%2:%3").arg(tax.id).arg(expiry.toString(Qt::ISODate)).arg(days);
    return toAdminOf(ctx, tax.locationId, m);
}

Status roleChanged(AppContext& ctx, Id userId, Role role, Id locationId, bool given)
{
    InboxMessage m;
    m.userId = userId;
    m.kind = actions::kindCode(actions::Kind::RoleChanged);
    m.priority = actions::priorityCode(actions::priorityOf(actions::Kind::RoleChanged));
    m.sender = QStringLiteral("Partner Center");
    QString place;
    if (locationId != 0) {
        auto location = ctx.directory().location(locationId);
        if (!location)
            return location.error();
        m.locationId = locationId;
        place = QStringLiteral("%1 (%2)").arg(location->name, location->partnerId);
    }
    if (given) {
        m.subject = place.isEmpty() ? Tr::tr("Role given: %1").arg(roleLabel(role))
                                    : Tr::tr("Role given: %1 at %2").arg(roleLabel(role), place);
        m.body = place.isEmpty()
                     ? Tr::tr("You now hold the %1 role. See My access for what it lets you do.")
                           .arg(roleLabel(role))
                     : Tr::tr("You now hold the %1 role at %2. See My access for what it lets you do.")
                           .arg(roleLabel(role), place);
    } else {
        m.subject = place.isEmpty() ? Tr::tr("Role removed: %1").arg(roleLabel(role))
                                    : Tr::tr("Role removed: %1 at %2").arg(roleLabel(role), place);
        m.body =
            place.isEmpty()
                ? Tr::tr("You no longer hold the %1 role. See My access for what you can still do.")
                      .arg(roleLabel(role))
                : Tr::tr("You no longer hold the %1 role at %2. See My access for what you can still do.")
                      .arg(roleLabel(role), place);
    }
    return send(ctx, m);
}

Status enrollmentChanged(AppContext& ctx, const Enrollment& e, EnrollmentStatus from)
{
    QStringList kinds;
    for (actions::Kind k : actions::completedBy(e.status))
        if (!actions::doneBy(k, from))
            kinds.append(actions::kindCode(k));
    if (kinds.isEmpty())
        return {};
    if (auto closed = ctx.enrollments().closeActions(ActionLink::Enrollment, e.id, kinds, ctx.clock().now());
        !closed)
        return closed.error();
    return {};
}

Status profileEdited(AppContext& ctx, ActionLink link, Id profileId, const QDateTime& newExpiry)
{
    const QDateTime now = ctx.clock().now();
    const QString rejected = actions::kindCode(actions::Kind::ValidationRejected);
    if (auto closed = ctx.enrollments().closeActions(link, profileId, {rejected}, now); !closed)
        return closed.error();
    if (link != ActionLink::TaxProfile)
        return {};
    // A form that never expires answers every reminder; otherwise those due before its new expiry.
    const QDateTime before = newExpiry.isValid() ? newExpiry : QDateTime();
    if (auto closed = ctx.enrollments().closeActions(
            link, profileId, {actions::kindCode(actions::Kind::TaxFormExpiring)}, now, before);
        !closed)
        return closed.error();
    return {};
}

} // namespace incentives::actioncenter
