#include "services/Simulation.h"

#include "core/Eligibility.h"
#include "core/FiscalCalendar.h"
#include "core/Renewal.h"
#include "core/TextRules.h"
#include "core/TimeText.h"
#include "core/Validators.h"
#include "services/ActionCenter.h"
#include "services/Workflow.h"

#include <QCoreApplication>
#include <QHash>

namespace incentives {
namespace {

// The translation context of this file: lupdate reads it from the declaration.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Simulation)
};

QDateTime earliest(const QList<QDateTime>& moments)
{
    QDateTime best;
    for (const QDateTime& m : moments)
        if (m.isValid() && (!best.isValid() || m < best))
            best = m;
    return best;
}

bool isLive(EnrollmentStatus s)
{
    return s == EnrollmentStatus::Invited || s == EnrollmentStatus::Enrolling ||
           s == EnrollmentStatus::Validating || s == EnrollmentStatus::Enrolled ||
           s == EnrollmentStatus::Inactive;
}

} // namespace

Status Simulation::catchUp()
{
    // Bounded: each pass handles at least one moment, and there are finitely many before now.
    for (int pass = 0; pass < 100000; ++pass) {
        const QDateTime now = m_ctx.clock().now();
        QDateTime processed = m_ctx.clock().processedUntil();
        if (!processed.isValid()) {
            Transaction tx(m_ctx.db());
            if (!tx.active())
                return tx.error();
            if (auto s = m_ctx.clock().setProcessedUntil(now); !s)
                return s;
            return tx.commit();
        }
        auto nextDue = m_ctx.enrollments().nextValidationDue();
        if (!nextDue)
            return nextDue.error();
        // Outside demo databases Microsoft's decision is what Partner Center reports, recorded by
        // the location's Incentives admin: nothing decides a validation by itself.
        const QDateTime validationDue = m_ctx.clock().isDemo() ? *nextDue : QDateTime();
        auto taxExpiry = m_ctx.profiles().nextTaxExpiry(processed);
        if (!taxExpiry)
            return taxExpiry.error();
        // The reminders before each tax form's expiry: the next form expiring after processed + N days
        // is reminded N days before it expires.
        QList<int> reminderDays;
        QList<QDateTime> reminders;
        for (int days : actions::kTaxReminderDays) {
            const qint64 lead = qint64(days) * 86400;
            auto expiry = m_ctx.profiles().nextTaxExpiry(processed.addSecs(lead));
            if (!expiry)
                return expiry.error();
            reminders.append(expiry->isValid() ? expiry->addSecs(-lead) : QDateTime());
        }
        const QDateTime yearEnd = fiscal::nextYearStart(processed);
        const QDateTime validationAt =
            validationDue.isValid() && validationDue < processed ? processed : validationDue;
        const QDateTime at = earliest(QList<QDateTime>{validationAt, *taxExpiry, yearEnd} + reminders);
        if (!at.isValid() || at > now)
            return {};
        for (qsizetype i = 0; i < reminders.size(); ++i)
            if (reminders.at(i) == at)
                reminderDays.append(actions::kTaxReminderDays[i]);
        if (auto s = processMoment(at, validationAt == at, *taxExpiry == at, yearEnd == at, reminderDays); !s)
            return s;
    }
    return {};
}

Status Simulation::processMoment(const QDateTime& at, bool validations, bool expiries, bool yearEnd,
                                 const QList<int>& reminderDays)
{
    struct Moment
    {
        Clock& clock;
        Moment(Clock& c, const QDateTime& t) : clock(c) { clock.setProcessingMoment(t); }
        ~Moment() { clock.clearProcessingMoment(); }
    } moment(m_ctx.clock(), at);
    Transaction tx(m_ctx.db());
    if (!tx.active())
        return tx.error();
    if (validations) {
        auto due = m_ctx.enrollments().validationsDueBy(at);
        if (!due)
            return due.error();
        for (const ValidationRequest& v : *due)
            if (auto s = processValidation(v); !s)
                return s;
    }
    if (expiries) {
        auto expiring = m_ctx.profiles().taxProfilesExpiringAt(at);
        if (!expiring)
            return expiring.error();
        for (const TaxProfile& t : *expiring)
            if (auto s = expireTaxForm(t); !s)
                return s;
    }
    for (int days : reminderDays) {
        auto expiring = m_ctx.profiles().taxProfilesExpiringAt(at.addSecs(qint64(days) * 86400));
        if (!expiring)
            return expiring.error();
        for (const TaxProfile& t : *expiring)
            if (auto s = actioncenter::taxFormExpiring(m_ctx, t, days); !s)
                return s;
    }
    if (yearEnd)
        if (auto s = closeFiscalYear(fiscal::yearOf(at) - 1); !s)
            return s;
    const QDateTime processed = m_ctx.clock().processedUntil();
    if (auto s = m_ctx.clock().setProcessedUntil(processed.isValid() && processed > at ? processed : at); !s)
        return s;
    return tx.commit();
}

Status Simulation::processValidation(const ValidationRequest& v)
{
    const QDateTime now = m_ctx.clock().now();
    auto e = m_ctx.enrollments().enrollment(v.enrollmentId);
    if (!e)
        return e.error();
    if (e->status != EnrollmentStatus::Validating)
        return m_ctx.enrollments().resolveValidation(v.id, QStringLiteral("cancelled"), {}, now);
    auto context = workflow::contextFor(m_ctx, *e);
    if (!context)
        return context.error();

    rules::ValidationOutcome outcome;
    if (v.forcedOutcome == QLatin1String("approve")) {
        outcome.approved = true;
    } else if (v.forcedOutcome == QLatin1String("reject")) {
        outcome.approved = false;
        outcome.reason = Reason::RejectedByReviewer;
        outcome.detail = v.forcedReason;
        outcome.bankAtFault = true;
    } else {
        outcome = rules::validate(*context);
    }

    const Actor microsoft = systemActor();
    if (outcome.approved) {
        if (context->bank)
            if (auto s = m_ctx.profiles().setBankStatus(context->bank->id, ProfileStatus::Approved, {}, now);
                !s)
                return s;
        if (context->tax)
            if (auto s = m_ctx.profiles().setTaxStatus(context->tax->id, ProfileStatus::Approved, {}, now);
                !s)
                return s;
        if (auto s =
                workflow::apply(m_ctx, microsoft, e.value(), EnrollmentEvent::ValidationPassed, Reason::None);
            !s)
            return s;
        if (auto s = actioncenter::validationDecided(m_ctx, *e, true, {}, 0, 0); !s)
            return s;
        return m_ctx.enrollments().resolveValidation(v.id, QStringLiteral("approved"), {}, now);
    }
    if (outcome.bankAtFault && context->bank)
        if (auto s = m_ctx.profiles().setBankStatus(context->bank->id, ProfileStatus::ActionRequired,
                                                    outcome.detail, now);
            !s)
            return s;
    if (outcome.taxAtFault && context->tax)
        if (auto s = m_ctx.profiles().setTaxStatus(context->tax->id, ProfileStatus::ActionRequired,
                                                   outcome.detail, now);
            !s)
            return s;
    if (auto s = workflow::apply(m_ctx, microsoft, e.value(), EnrollmentEvent::ValidationRejected,
                                 outcome.reason, outcome.detail);
        !s)
        return s;
    if (auto s = actioncenter::validationDecided(m_ctx, *e, false,
                                                 outcome.detail.isEmpty() ? e->detail : outcome.detail,
                                                 outcome.bankAtFault && context->bank ? context->bank->id : 0,
                                                 outcome.taxAtFault && context->tax ? context->tax->id : 0);
        !s)
        return s;
    // The rejected profile needs action in every enrollment that uses it, not only in this one.
    if (outcome.bankAtFault && context->bank) {
        auto users = workflow::usingBankProfile(m_ctx, context->bank->id);
        if (!users)
            return users.error();
        if (auto s =
                workflow::profileRejected(m_ctx, microsoft, e->id, *users, outcome.reason, outcome.detail);
            !s)
            return s;
    }
    if (outcome.taxAtFault && context->tax) {
        auto users = workflow::usingTaxProfile(m_ctx, *context->tax);
        if (!users)
            return users.error();
        if (auto s =
                workflow::profileRejected(m_ctx, microsoft, e->id, *users, outcome.reason, outcome.detail);
            !s)
            return s;
    }
    return m_ctx.enrollments().resolveValidation(v.id, QStringLiteral("rejected"), outcome.detail, now);
}

Status Simulation::expireTaxForm(const TaxProfile& tax)
{
    const QDateTime now = m_ctx.clock().now();
    const QString detail = Tr::tr("The %1 expired on %2; sign a new one.")
                               .arg(taxFormLabel(tax.form), rules::taxExpiry(tax).toString(Qt::ISODate));
    if (auto s = m_ctx.profiles().setTaxStatus(tax.id, ProfileStatus::ActionRequired, detail, now); !s)
        return s;
    auto location = m_ctx.directory().location(tax.locationId);
    if (!location)
        return location.error();
    if (auto s = m_ctx.audit(systemActor(), QStringLiteral("tax-profile.expired"), location->partnerId, {},
                             detail);
        !s)
        return s;
    // Only the enrollments paid under this form: another profile of the location is not expired.
    auto enrollments = workflow::usingTaxProfile(m_ctx, tax);
    if (!enrollments)
        return enrollments.error();
    for (Enrollment e : *enrollments) {
        if (e.status == EnrollmentStatus::Enrolled || e.status == EnrollmentStatus::Validating) {
            if (auto s = workflow::apply(m_ctx, systemActor(), e, EnrollmentEvent::TaxFormExpired,
                                         Reason::TaxFormExpired, detail);
                !s)
                return s;
        } else if (auto s = workflow::refreshEnrolling(m_ctx, e); !s) {
            return s;
        }
    }
    return {};
}

Result<renewal::Outcome> Simulation::judgeRenewal(const Enrollment& e, int newFiscalYear)
{
    renewal::Input input;
    input.status = e.status;
    // Only an Enrolled enrollment renews or lapses: the others need no look at their details.
    if (e.status == EnrollmentStatus::Enrolled) {
        auto context = workflow::contextFor(m_ctx, e);
        if (!context)
            return context.error();
        context->today = fiscal::firstDay(newFiscalYear);
        input = renewal::inputFor(e.status, *context);
    }
    return renewal::judge(input);
}

Status Simulation::closeFiscalYear(int fiscalYear)
{
    const Actor microsoft = systemActor();
    const int newYear = fiscalYear + 1;
    auto programs = m_ctx.programs().programs();
    if (!programs)
        return programs.error();
    for (const Program& p : *programs)
        if (p.state != ProgramState::Discontinued && p.fiscalYear < newYear)
            if (auto s = m_ctx.programs().setFiscalYear(p.id, newYear); !s)
                return s;
    if (auto s =
            m_ctx.audit(microsoft, QStringLiteral("fiscal-year.closed"), {}, {}, fiscal::label(fiscalYear));
        !s)
        return s;

    // Every enrollment that is not Discontinued is judged, whatever year it carries: renewal is
    // decided as of the new year's first day; those that take no step move into the new year below.
    // Each Enrolled one's Incentives admin learns the outcome.
    auto admins = m_ctx.directory().incentivesAdmins();
    if (!admins)
        return admins.error();
    Id after = 0;
    for (;;) {
        auto batch = m_ctx.enrollments().notDiscontinued(after, 2000);
        if (!batch)
            return batch.error();
        if (batch->isEmpty())
            break;
        for (Enrollment e : *batch) {
            after = e.id;
            auto outcome = judgeRenewal(e, newYear);
            if (!outcome)
                return outcome.error();
            if (!outcome->event)
                continue;
            e.fiscalYear = newYear;
            if (auto s =
                    workflow::apply(m_ctx, microsoft, e, *outcome->event, outcome->reason, outcome->detail);
                !s)
                return s;
            if (auto s = actioncenter::renewalDecided(m_ctx, e, newYear, *outcome, *admins); !s)
                return s;
        }
    }
    return m_ctx.enrollments().carryOver(newYear, m_ctx.clock().now());
}

Result<QList<RenewalForecast>> Simulation::renewalForecast(const Actor& actor)
{
    using List = QList<RenewalForecast>;
    return m_ctx.view<List>(actor, [&](const Grants& g) -> Result<List> {
        if (!g.active || !g.hasAnyRole())
            return makeError(ErrorKind::Denied,
                             Tr::tr("You have no incentives role. Ask an Account admin for access."));
        const int newYear = fiscal::yearOf(m_ctx.clock().now()) + 1;
        List out;
        Id after = 0;
        for (;;) {
            auto batch = m_ctx.enrollments().notDiscontinued(after, 2000);
            if (!batch)
                return batch.error();
            if (batch->isEmpty())
                break;
            for (const Enrollment& e : *batch) {
                after = e.id;
                if (e.status != EnrollmentStatus::Enrolled || !g.canView(e.locationId))
                    continue;
                auto outcome = judgeRenewal(e, newYear);
                if (!outcome)
                    return outcome.error();
                out.append({e, newYear, *outcome, renewal::remedy(*outcome)});
            }
        }
        return out;
    });
}

Status Simulation::runEligibility()
{
    Transaction tx(m_ctx.db());
    if (!tx.active())
        return tx.error();
    auto programs = m_ctx.programs().programs();
    if (!programs)
        return programs.error();
    auto locations = m_ctx.directory().locations();
    if (!locations)
        return locations.error();
    const Actor microsoft = systemActor();
    for (const Program& program : *programs) {
        if (program.state == ProgramState::Discontinued)
            continue;
        auto criteria = eligibility::parse(program.criteria);
        if (!criteria)
            return criteria.error();
        auto existing = m_ctx.enrollments().ofProgram(program.id);
        if (!existing)
            return existing.error();
        QHash<Id, Enrollment> byLocation;
        for (const Enrollment& e : *existing)
            byLocation.insert(e.locationId, e);
        for (const Location& location : *locations) {
            const auto checklist = eligibility::checklist(*criteria, location);
            const bool eligible = eligibility::allMet(checklist);
            const QString unmet = eligibility::unmet(checklist).join(QStringLiteral("; "));
            auto found = byLocation.find(location.id);
            if (found == byLocation.end()) {
                Result<Enrollment> created =
                    !eligible ? workflow::invite(m_ctx, program, location, EnrollmentStatus::Ineligible,
                                                 Reason::EligibilityLost, unmet)
                    : program.state == ProgramState::Open
                        ? workflow::invite(m_ctx, program, location, EnrollmentStatus::Invited)
                        : workflow::invite(m_ctx, program, location, EnrollmentStatus::Inactive,
                                           Reason::ProgramClosed);
                if (!created)
                    return created.error();
                continue;
            }
            Enrollment e = *found;
            // Invited again, or closed now: the enrollment belongs to the program's current year.
            if (eligible && e.status == EnrollmentStatus::Ineligible && program.state != ProgramState::Open) {
                e.fiscalYear = program.fiscalYear;
                if (auto s = workflow::apply(m_ctx, microsoft, e, EnrollmentEvent::ProgramClosed,
                                             Reason::ProgramClosed);
                    !s)
                    return s;
            } else if (eligible && e.status == EnrollmentStatus::Ineligible) {
                e.fiscalYear = program.fiscalYear;
                if (auto s = workflow::apply(m_ctx, microsoft, e, EnrollmentEvent::EligibilityRegained,
                                             Reason::None);
                    !s)
                    return s;
                if (auto s = m_ctx.enrollments().renewInvitation(e.id, m_ctx.clock().now()); !s)
                    return s;
                if (auto s = workflow::deliverInvitation(m_ctx, e); !s)
                    return s;
            } else if (eligible && e.status == EnrollmentStatus::Inactive &&
                       program.state == ProgramState::Open && location.attributes.agreementActive &&
                       (e.reason == Reason::ProgramClosed || e.reason == Reason::EligibilityLost ||
                        e.reason == Reason::AgreementExpired)) {
                e.fiscalYear = program.fiscalYear;
                if (auto s = workflow::apply(m_ctx, microsoft, e, EnrollmentEvent::Reactivated, Reason::None);
                    !s)
                    return s;
                if (auto s = m_ctx.enrollments().renewInvitation(e.id, m_ctx.clock().now()); !s)
                    return s;
                if (auto s = workflow::deliverInvitation(m_ctx, e); !s)
                    return s;
            } else if (!eligible && isLive(e.status)) {
                if (auto s = workflow::apply(m_ctx, microsoft, e, EnrollmentEvent::EligibilityLost,
                                             Reason::EligibilityLost, unmet);
                    !s)
                    return s;
            } else if (!eligible && e.status == EnrollmentStatus::Ineligible && e.detail != unmet) {
                e.detail = unmet;
                if (auto s = m_ctx.enrollments().update(e); !s)
                    return s;
            }
        }
    }
    return tx.commit();
}

} // namespace incentives
