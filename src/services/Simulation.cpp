#include "services/Simulation.h"

#include "core/Eligibility.h"
#include "core/FiscalCalendar.h"
#include "core/TextRules.h"
#include "core/TimeText.h"
#include "core/Validators.h"
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
        auto validationDue = m_ctx.enrollments().nextValidationDue();
        if (!validationDue)
            return validationDue.error();
        auto taxExpiry = m_ctx.profiles().nextTaxExpiry(processed);
        if (!taxExpiry)
            return taxExpiry.error();
        const QDateTime yearEnd = fiscal::nextYearStart(processed);
        const QDateTime validationAt =
            validationDue->isValid() && *validationDue < processed ? processed : *validationDue;
        const QDateTime at = earliest({validationAt, *taxExpiry, yearEnd});
        if (!at.isValid() || at > now)
            return {};
        if (auto s = processMoment(at, validationAt == at, *taxExpiry == at, yearEnd == at); !s)
            return s;
    }
    return {};
}

Status Simulation::processMoment(const QDateTime& at, bool validations, bool expiries, bool yearEnd)
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
    auto enrollments = m_ctx.enrollments().ofLocation(tax.locationId);
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

Status Simulation::closeFiscalYear(int fiscalYear)
{
    const Actor microsoft = systemActor();
    auto programs = m_ctx.programs().programs();
    if (!programs)
        return programs.error();
    QHash<Id, Program> programById;
    for (const Program& p : *programs) {
        programById.insert(p.id, p);
        if (p.state != ProgramState::Discontinued && p.fiscalYear == fiscalYear)
            if (auto s = m_ctx.programs().setFiscalYear(p.id, fiscalYear + 1); !s)
                return s;
    }
    if (auto s =
            m_ctx.audit(microsoft, QStringLiteral("fiscal-year.closed"), {}, {}, fiscal::label(fiscalYear));
        !s)
        return s;

    QHash<Id, Location> locationById;
    auto locations = m_ctx.directory().locations();
    if (!locations)
        return locations.error();
    for (const Location& l : *locations)
        locationById.insert(l.id, l);

    // Renewal is judged as of the first day of the new year.
    const QDate newYearDay = fiscal::firstDay(fiscalYear + 1);
    Id after = 0;
    for (;;) {
        auto batch =
            m_ctx.enrollments().withStatusInYear(EnrollmentStatus::Enrolled, fiscalYear, after, 2000);
        if (!batch)
            return batch.error();
        if (batch->isEmpty())
            break;
        for (Enrollment e : *batch) {
            after = e.id;
            const Program program = programById.value(e.programId);
            const Location location = locationById.value(e.locationId);
            auto criteria = eligibility::parse(program.criteria);
            const auto checklist =
                criteria ? eligibility::checklist(*criteria, location) : QList<eligibility::ChecklistItem>();

            EnrollmentEvent event = EnrollmentEvent::Renewed;
            Reason reason = Reason::None;
            QString detail;
            if (program.state != ProgramState::Open) {
                event = EnrollmentEvent::RenewalLapsed;
                reason = Reason::ProgramClosed;
            } else if (!location.attributes.agreementActive) {
                event = EnrollmentEvent::RenewalLapsed;
                reason = Reason::AgreementExpired;
                detail = Tr::tr("The partner program agreement is not active (IVDMPA).");
            } else if (!eligibility::allMet(checklist)) {
                event = EnrollmentEvent::RenewalLapsed;
                reason = Reason::EligibilityLost;
                detail = eligibility::unmet(checklist).join(QStringLiteral("; "));
            } else {
                auto context = workflow::contextFor(m_ctx, e);
                if (!context)
                    return context.error();
                context->today = newYearDay;
                const auto missing = rules::missingDetails(*context);
                const bool approved = context->bank && context->tax &&
                                      context->bank->status == ProfileStatus::Approved &&
                                      context->tax->status == ProfileStatus::Approved;
                if (!missing.isEmpty() || !approved) {
                    event = EnrollmentEvent::RenewalDetailsMissing;
                    const bool expired = context->tax && rules::taxExpired(*context->tax, newYearDay);
                    reason = expired ? Reason::TaxFormExpired : Reason::DetailsMissing;
                    QStringList parts;
                    for (const auto& m : missing)
                        parts.append(m.message);
                    detail = parts.isEmpty() ? Tr::tr("Payout and tax profiles must be validated again.")
                                             : parts.join(QLatin1Char(' '));
                }
            }
            if (event == EnrollmentEvent::Renewed)
                e.fiscalYear = fiscalYear + 1;
            if (auto s = workflow::apply(m_ctx, microsoft, e, event, reason, detail); !s)
                return s;
        }
    }
    return m_ctx.enrollments().carryOver(fiscalYear, m_ctx.clock().now());
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
            if (eligible && e.status == EnrollmentStatus::Ineligible && program.state != ProgramState::Open) {
                if (auto s = workflow::apply(m_ctx, microsoft, e, EnrollmentEvent::ProgramClosed,
                                             Reason::ProgramClosed);
                    !s)
                    return s;
            } else if (eligible && e.status == EnrollmentStatus::Ineligible) {
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
                if (auto s = workflow::apply(m_ctx, microsoft, e, EnrollmentEvent::Reactivated, Reason::None);
                    !s)
                    return s;
                e.fiscalYear = program.fiscalYear;
                if (auto s = m_ctx.enrollments().update(e); !s)
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

Status Simulation::requireDemo(const Actor& actor)
{
    if (!m_ctx.clock().isDemo())
        return makeError(ErrorKind::Denied, Tr::tr("Demo tools work only in a demo database."));
    auto g = m_ctx.grants(actor);
    if (!g)
        return g.error();
    return authorize(*g, Action::RunDemoTools);
}

Status Simulation::setClock(const Actor& actor, const QDateTime& to)
{
    if (auto s = requireDemo(actor); !s)
        return s;
    const QDateTime now = m_ctx.clock().now();
    if (!to.isValid() || to < now)
        return makeError(
            ErrorKind::Invalid,
            Tr::tr("The demo clock only moves forward (it is %1 now). Reset the demo to start over.")
                .arg(timetext::format(now)));
    {
        Transaction tx(m_ctx.db());
        if (!tx.active())
            return tx.error();
        if (auto s = m_ctx.clock().setDemoNow(to); !s)
            return s;
        if (auto s = m_ctx.audit(
                actor, QStringLiteral("clock.set"), {}, {},
                QStringLiteral("%1 -> %2").arg(timetext::formatIso(now), timetext::formatIso(to)));
            !s)
            return s;
        if (auto s = tx.commit(); !s)
            return s;
    }
    return catchUp();
}

Status Simulation::advanceClock(const Actor& actor, qint64 seconds)
{
    if (seconds <= 0)
        return makeError(ErrorKind::Invalid,
                         Tr::tr("The clock can only be advanced by a positive duration."));
    return setClock(actor, m_ctx.clock().now().addSecs(seconds));
}

Status Simulation::advanceToFiscalYearEnd(const Actor& actor)
{
    return setClock(actor, fiscal::nextYearStart(m_ctx.clock().now()));
}

Status Simulation::decideValidation(const Actor& actor, const QString& programName, const QString& partnerId,
                                    bool approve, const QString& reason)
{
    if (auto s = requireDemo(actor); !s)
        return s;
    if (!approve && reason.trimmed().isEmpty())
        return makeError(ErrorKind::Invalid, Tr::tr("Give the reason for the rejection."),
                         QStringLiteral("reason"));
    if (auto s = textrules::checkFreeText(reason, QStringLiteral("reason"), true); !s)
        return s;
    {
        Transaction tx(m_ctx.db());
        if (!tx.active())
            return tx.error();
        auto program = m_ctx.programs().programByName(programName);
        if (!program)
            return program.error();
        auto location = m_ctx.directory().locationByPartnerId(partnerId);
        if (!location)
            return location.error();
        auto e = m_ctx.enrollments().find(program->id, location->id);
        if (!e)
            return e.error();
        if (!e->has_value())
            return makeError(ErrorKind::NotFound,
                             Tr::tr("%1 has no enrollment at %2.").arg(program->name, partnerId));
        auto pending = m_ctx.enrollments().pendingValidation((*e)->id);
        if (!pending)
            return pending.error();
        if (!pending->has_value())
            return makeError(ErrorKind::WrongState, Tr::tr("This enrollment is not waiting for validation."));
        const QString outcome = approve ? QStringLiteral("approve") : QStringLiteral("reject");
        if (auto s = m_ctx.enrollments().forceValidation((*pending)->id, outcome,
                                                         reason.simplified().left(500), m_ctx.clock().now());
            !s)
            return s;
        if (auto s = m_ctx.audit(actor, QStringLiteral("validation.") + outcome, partnerId, program->name,
                                 reason.simplified().left(500));
            !s)
            return s;
        if (auto s = tx.commit(); !s)
            return s;
    }
    return catchUp();
}

Status Simulation::discontinueProgram(const Actor& actor, const QString& programName)
{
    if (auto s = requireDemo(actor); !s)
        return s;
    Transaction tx(m_ctx.db());
    if (!tx.active())
        return tx.error();
    auto program = m_ctx.programs().programByName(programName);
    if (!program)
        return program.error();
    if (program->state == ProgramState::Discontinued)
        return makeError(ErrorKind::WrongState, Tr::tr("%1 is discontinued already.").arg(program->name));
    if (auto s = m_ctx.programs().setState(program->id, ProgramState::Discontinued); !s)
        return s;
    if (auto s = m_ctx.audit(actor, QStringLiteral("program.discontinued"), {}, program->name); !s)
        return s;
    auto enrollments = m_ctx.enrollments().ofProgram(program->id);
    if (!enrollments)
        return enrollments.error();
    for (Enrollment e : *enrollments)
        if (e.status != EnrollmentStatus::Discontinued)
            if (auto s = workflow::apply(m_ctx, systemActor(), e, EnrollmentEvent::ProgramDiscontinued,
                                         Reason::ProgramDiscontinued);
                !s)
                return s;
    return tx.commit();
}

Status Simulation::publishProgram(const Actor& actor, Program program)
{
    if (auto s = requireDemo(actor); !s)
        return s;
    const auto name = validators::displayName(program.name, 120);
    if (!name.valid())
        return makeError(ErrorKind::Invalid, name.error, QStringLiteral("name"));
    program.name = name.normalized;
    if (program.currencies.isEmpty())
        return makeError(ErrorKind::Invalid, Tr::tr("Name at least one payout currency."),
                         QStringLiteral("currencies"));
    for (QString& c : program.currencies) {
        const auto check = validators::currencyCode(c);
        if (!check.valid())
            return makeError(ErrorKind::Invalid, check.error, QStringLiteral("currencies"));
        c = check.normalized;
    }
    auto criteria = eligibility::parse(program.criteria);
    if (!criteria)
        return makeError(ErrorKind::Invalid, criteria.error().message, QStringLiteral("criteria"));
    program.criteria = eligibility::format(*criteria);
    if (program.openToAll && !criteria->isEmpty())
        return makeError(ErrorKind::Invalid, Tr::tr("A program open to all has no eligibility criteria."),
                         QStringLiteral("criteria"));
    if (program.methods.isEmpty())
        program.methods = {PaymentMethod::BankTransfer};
    program.state = ProgramState::Open;
    program.fiscalYear = fiscal::yearOf(m_ctx.clock().now());
    if (program.guide.isEmpty())
        program.guide =
            program.name.toLower().replace(QLatin1Char(' '), QLatin1Char('-')) + QStringLiteral(".html");
    {
        Transaction tx(m_ctx.db());
        if (!tx.active())
            return tx.error();
        if (m_ctx.programs().programByName(program.name))
            return makeError(ErrorKind::Conflict,
                             Tr::tr("A program named '%1' exists already.").arg(program.name),
                             QStringLiteral("name"));
        if (auto id = m_ctx.programs().insert(program); !id)
            return id.error();
        if (auto s = m_ctx.audit(actor, QStringLiteral("program.published"), {}, program.name,
                                 program.openToAll ? QStringLiteral("open to all") : program.criteria);
            !s)
            return s;
        if (auto s = tx.commit(); !s)
            return s;
    }
    return runEligibility();
}

Status Simulation::closeProgram(const Actor& actor, const QString& programName)
{
    if (auto s = requireDemo(actor); !s)
        return s;
    Transaction tx(m_ctx.db());
    if (!tx.active())
        return tx.error();
    auto program = m_ctx.programs().programByName(programName);
    if (!program)
        return program.error();
    if (program->state != ProgramState::Open)
        return makeError(ErrorKind::WrongState, Tr::tr("%1 is not open.").arg(program->name));
    if (auto s = m_ctx.programs().setState(program->id, ProgramState::Closed); !s)
        return s;
    if (auto s = m_ctx.audit(actor, QStringLiteral("program.closed"), {}, program->name); !s)
        return s;
    auto enrollments = m_ctx.enrollments().ofProgram(program->id);
    if (!enrollments)
        return enrollments.error();
    for (Enrollment e : *enrollments)
        if (e.status == EnrollmentStatus::Invited || e.status == EnrollmentStatus::Enrolling)
            if (auto s = workflow::apply(m_ctx, systemActor(), e, EnrollmentEvent::ProgramClosed,
                                         Reason::ProgramClosed);
                !s)
                return s;
    return tx.commit();
}

Status Simulation::reopenProgram(const Actor& actor, const QString& programName)
{
    if (auto s = requireDemo(actor); !s)
        return s;
    {
        Transaction tx(m_ctx.db());
        if (!tx.active())
            return tx.error();
        auto program = m_ctx.programs().programByName(programName);
        if (!program)
            return program.error();
        if (program->state != ProgramState::Closed)
            return makeError(ErrorKind::WrongState, Tr::tr("%1 is not closed.").arg(program->name));
        if (auto s = m_ctx.programs().setState(program->id, ProgramState::Open); !s)
            return s;
        if (auto s = m_ctx.audit(actor, QStringLiteral("program.reopened"), {}, program->name); !s)
            return s;
        if (auto s = tx.commit(); !s)
            return s;
    }
    return runEligibility();
}

Status Simulation::setLocationAttributes(const Actor& actor, const QString& partnerId,
                                         const LocationAttributes& attributes)
{
    if (auto s = requireDemo(actor); !s)
        return s;
    if (attributes.trailingRevenueUsd < 0 || attributes.customerAdds < 0)
        return makeError(ErrorKind::Invalid, Tr::tr("Revenue and customer counts cannot be negative."));
    {
        Transaction tx(m_ctx.db());
        if (!tx.active())
            return tx.error();
        auto location = m_ctx.directory().locationByPartnerId(partnerId);
        if (!location)
            return location.error();
        location->attributes = attributes;
        if (auto s = m_ctx.directory().updateLocationAttributes(*location); !s)
            return s;
        if (auto s = m_ctx.audit(
                actor, QStringLiteral("location.attributes"), location->partnerId, {},
                QStringLiteral("agreement %1, solutions partner %2, CSP indirect %3, CSP direct %4, "
                               "revenue %5, customers %6")
                    .arg(attributes.agreementActive ? QStringLiteral("active") : QStringLiteral("expired"))
                    .arg(attributes.solutionsPartner)
                    .arg(attributes.cspIndirectReseller)
                    .arg(attributes.cspDirectBill)
                    .arg(attributes.trailingRevenueUsd)
                    .arg(attributes.customerAdds));
            !s)
            return s;
        if (auto s = tx.commit(); !s)
            return s;
    }
    return runEligibility();
}

Result<QList<Enrollment>> Simulation::pendingValidations(const Actor& actor)
{
    if (auto s = requireDemo(actor); !s)
        return s.error();
    WorkspaceFilter filter;
    filter.statuses = {EnrollmentStatus::Validating};
    return m_ctx.enrollments().page(filter, WorkspaceSort::Updated, true, 0, 1000);
}

} // namespace incentives
