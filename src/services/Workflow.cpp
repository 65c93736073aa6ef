#include "services/Workflow.h"

#include "core/Actions.h"
#include "core/FiscalCalendar.h"
#include "services/ActionCenter.h"

#include <QCoreApplication>

namespace incentives::workflow {
namespace {
// The translation context of this file: lupdate reads it from the declaration.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Workflow)
};
} // namespace

QString describe(const Enrollment& e)
{
    return QStringLiteral("%1 at %2").arg(e.programName, e.partnerId);
}

Result<rules::EnrollmentContext> contextFor(AppContext& ctx, const Enrollment& e)
{
    rules::EnrollmentContext c;
    auto org = ctx.directory().organization();
    if (!org)
        return org.error();
    c.organization = *org;
    auto location = ctx.directory().location(e.locationId);
    if (!location)
        return location.error();
    c.location = *location;
    auto program = ctx.programs().program(e.programId);
    if (!program)
        return program.error();
    c.program = *program;
    const Id bankId = e.bankProfileId > 0 ? e.bankProfileId : c.location.defaultBankProfileId;
    if (bankId > 0) {
        auto bank = ctx.profiles().bankProfile(bankId);
        if (!bank)
            return bank.error();
        c.bank = *bank;
    }
    // The assignment's tax profile, or else the location's first.
    auto tax = ctx.profiles().assignedTaxProfile(e);
    if (!tax)
        return tax.error();
    c.tax = *tax;
    c.currency = e.currency;
    c.today = ctx.clock().now().date();
    return c;
}

Status apply(AppContext& ctx, const Actor& actor, Enrollment& e, EnrollmentEvent event, Reason reason,
             const QString& detail)
{
    auto next = nextStatus(e.status, event);
    if (!next)
        return next.error();
    const EnrollmentStatus from = e.status;
    const QDateTime now = ctx.clock().now();
    e.status = *next;
    e.reason = reason;
    e.detail = detail;
    e.updatedAt = now;
    if (e.status != EnrollmentStatus::Validating)
        e.validationDue = QDateTime();
    if (event == EnrollmentEvent::Accept || (event == EnrollmentEvent::Submit && !e.acceptedAt.isValid()))
        e.acceptedAt = now;
    if (event == EnrollmentEvent::Submit)
        e.submittedAt = now;
    if (e.status == EnrollmentStatus::Enrolled && from != EnrollmentStatus::Enrolled)
        e.enrolledAt = now;
    if (e.status != EnrollmentStatus::Validating)
        if (auto s = ctx.enrollments().cancelPendingValidations(e.id, now); !s)
            return s;
    if (auto s = ctx.enrollments().update(e); !s)
        return s;
    if (e.status != from)
        if (auto s = actioncenter::enrollmentChanged(ctx, e, from); !s)
            return s;
    QString details = QStringLiteral("%1 -> %2").arg(statusCode(from), statusCode(e.status));
    if (!detail.isEmpty())
        details += QStringLiteral(": ") + detail;
    return ctx.audit(actor, QStringLiteral("enrollment.") + eventCode(event), e.partnerId, e.programName,
                     details);
}

Status startValidation(AppContext& ctx, Enrollment& e)
{
    const QDateTime now = ctx.clock().now();
    if (auto s = ctx.enrollments().cancelPendingValidations(e.id, now); !s)
        return s;
    const QDateTime due = now.addSecs(rules::kValidationDelaySeconds);
    if (auto id = ctx.enrollments().insertValidation(e.id, now, due); !id)
        return id.error();
    e.validationDue = due;
    return ctx.enrollments().update(e);
}

Status refreshEnrolling(AppContext& ctx, Enrollment& e)
{
    if (e.status != EnrollmentStatus::Enrolling)
        return {};
    auto c = contextFor(ctx, e);
    if (!c)
        return c.error();
    const auto missing = rules::missingDetails(*c);
    Reason reason = Reason::AwaitingSubmission;
    QString detail;
    if (!missing.isEmpty()) {
        reason =
            c->tax && rules::taxExpired(*c->tax, c->today) ? Reason::TaxFormExpired : Reason::DetailsMissing;
        QStringList parts;
        for (const auto& m : missing)
            parts.append(m.message);
        detail = parts.join(QLatin1Char(' '));
    }
    if (reason == e.reason && detail == e.detail)
        return {};
    e.reason = reason;
    e.detail = detail;
    e.updatedAt = ctx.clock().now();
    return ctx.enrollments().update(e);
}

Status profileChanged(AppContext& ctx, const Actor& actor, QList<Enrollment> affected)
{
    for (Enrollment& e : affected) {
        if (e.status == EnrollmentStatus::Enrolled || e.status == EnrollmentStatus::Validating) {
            if (auto s = apply(ctx, actor, e, EnrollmentEvent::ProfileEdited, Reason::None); !s)
                return s;
            if (auto s = startValidation(ctx, e); !s)
                return s;
        } else if (auto s = refreshEnrolling(ctx, e); !s) {
            return s;
        }
    }
    return {};
}

Result<std::optional<TaxProfile>> chosenTaxProfile(AppContext& ctx, Id locationId, Id taxProfileId)
{
    if (taxProfileId == 0)
        return ctx.profiles().taxProfile(locationId);
    auto chosen = ctx.profiles().taxProfileById(taxProfileId);
    if (!chosen)
        return chosen.error();
    if (chosen->locationId != locationId)
        return makeError(ErrorKind::Invalid,
                         Tr::tr("Tax profile %1 belongs to another location.").arg(taxProfileId),
                         QStringLiteral("tax"));
    return std::optional<TaxProfile>(*chosen);
}

Result<QList<Enrollment>> usingTaxProfile(AppContext& ctx, const TaxProfile& tax)
{
    auto first = ctx.profiles().taxProfile(tax.locationId);
    if (!first)
        return first.error();
    return ctx.enrollments().usingTaxProfile(tax, *first && (*first)->id == tax.id);
}

Result<QList<Enrollment>> usingBankProfile(AppContext& ctx, Id bankProfileId)
{
    auto used = ctx.enrollments().usingBankProfile(bankProfileId);
    if (!used)
        return used.error();
    QList<Enrollment> out = *used;
    auto defaults = ctx.profiles().locationsWithDefault(bankProfileId);
    if (!defaults)
        return defaults.error();
    for (Id location : *defaults) {
        auto rows = ctx.enrollments().ofLocation(location);
        if (!rows)
            return rows.error();
        for (const Enrollment& e : *rows)
            if (e.bankProfileId == 0)
                out.append(e);
    }
    return out;
}

Status profileRejected(AppContext& ctx, const Actor& actor, Id rejectedEnrollmentId,
                       const QList<Enrollment>& users, Reason reason, const QString& detail)
{
    for (const Enrollment& stale : users) {
        if (stale.id == rejectedEnrollmentId)
            continue;
        // Read again: an earlier step of this loop may have changed it.
        auto e = ctx.enrollments().enrollment(stale.id);
        if (!e)
            return e.error();
        if (e->status == EnrollmentStatus::Enrolled || e->status == EnrollmentStatus::Validating) {
            if (auto s = apply(ctx, actor, e.value(), EnrollmentEvent::ProfileRejected, reason, detail); !s)
                return s;
        } else if (auto s = refreshEnrolling(ctx, e.value()); !s) {
            return s;
        }
    }
    return {};
}

Status deliverInvitation(AppContext& ctx, const Enrollment& e)
{
    auto program = ctx.programs().program(e.programId);
    if (!program)
        return program.error();
    if (program->openToAll || e.status != EnrollmentStatus::Invited)
        return {}; // open programs send no email
    auto admin = ctx.directory().incentivesAdminOf(e.locationId);
    if (!admin)
        return admin.error();
    if (!admin->has_value())
        return {}; // waits until an Account admin assigns one
    const User& to = **admin;
    auto invited = ctx.enrollments().invitationCreatedAt(e.id);
    if (!invited)
        return invited.error();
    auto already = ctx.enrollments().hasMessage(to.id, e.id, *invited);
    if (!already)
        return already.error();
    if (*already)
        return {};
    InboxMessage m;
    m.userId = to.id;
    m.enrollmentId = e.id;
    m.locationId = e.locationId;
    m.kind = actions::kindCode(actions::Kind::Invitation);
    m.priority = actions::priorityCode(actions::priorityOf(actions::Kind::Invitation));
    m.sender = QStringLiteral("Microsoft Partner Center");
    m.subject = Tr::tr("Partner Incentive Enrollment Invitation");
    m.body =
        Tr::tr("Hello %1,\n\nYour organization's location %2 (%3) is eligible for %4 in %5. "
               "Select Get Started to accept the invitation and confirm your payout and tax profiles.\n\n"
               "Microsoft Partner Center")
            .arg(to.name, e.locationName, e.partnerId, e.programName, fiscal::label(e.fiscalYear));
    m.receivedAt = ctx.clock().now();
    if (auto s = ctx.enrollments().insertMessage(m); !s)
        return s;
    if (auto s = ctx.enrollments().markDelivered(e.id, m.receivedAt); !s)
        return s;
    return ctx.audit(systemActor(), QStringLiteral("invitation.email"), e.partnerId, e.programName,
                     QStringLiteral("to %1").arg(to.email));
}

Result<Enrollment> invite(AppContext& ctx, const Program& program, const Location& location,
                          EnrollmentStatus status, Reason reason, const QString& detail)
{
    const QDateTime now = ctx.clock().now();
    Enrollment e;
    e.programId = program.id;
    e.locationId = location.id;
    e.programName = program.name;
    e.partnerId = location.partnerId;
    e.locationName = location.name;
    e.country = location.country;
    e.fiscalYear = program.fiscalYear;
    e.status = status;
    e.reason = reason;
    e.detail = detail;
    e.invitedAt = now;
    e.updatedAt = now;
    auto id = ctx.enrollments().insert(e);
    if (!id)
        return id.error();
    e.id = *id;
    e.version = 1;
    if (status == EnrollmentStatus::Invited) {
        if (auto s = ctx.enrollments().insertInvitation(e.id, now); !s)
            return s.error();
    }
    if (auto s = ctx.audit(systemActor(), QStringLiteral("enrollment.created"), e.partnerId, e.programName,
                           statusCode(status));
        !s)
        return s.error();
    if (auto s = deliverInvitation(ctx, e); !s)
        return s.error();
    return e;
}

} // namespace incentives::workflow
