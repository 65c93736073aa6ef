#include "services/demo/PresenterTools.h"

#include "core/Eligibility.h"
#include "core/FiscalCalendar.h"
#include "core/TextRules.h"
#include "core/TimeText.h"
#include "core/Validators.h"
#include "services/Simulation.h"
#include "services/Workflow.h"

#include <QCoreApplication>

namespace incentives {
namespace {

// The translation context these messages have always had.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Simulation)
};

} // namespace

Status PresenterTools::requireDemo(const Actor& actor)
{
    if (!m_ctx.clock().isDemo())
        return makeError(ErrorKind::Denied, Tr::tr("Demo tools work only in a demo database."));
    return m_ctx.require(actor, QStringLiteral("presenter-tools"), Action::RunDemoTools);
}

Status PresenterTools::setClock(const Actor& actor, const QDateTime& to)
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
    return Simulation(m_ctx).catchUp();
}

Result<LocationAttributes> PresenterTools::locationAttributes(const Actor& actor, const QString& partnerId)
{
    if (auto s = requireDemo(actor); !s)
        return s.error();
    auto location = m_ctx.directory().locationByPartnerId(partnerId);
    if (!location)
        return location.error();
    return location->attributes;
}

Status PresenterTools::judgeEligibility(const Actor& actor)
{
    if (auto s = requireDemo(actor); !s)
        return s;
    return Simulation(m_ctx).runEligibility();
}

Status PresenterTools::advanceClock(const Actor& actor, qint64 seconds)
{
    if (seconds <= 0)
        return makeError(ErrorKind::Invalid,
                         Tr::tr("The clock can only be advanced by a positive duration."));
    return setClock(actor, m_ctx.clock().now().addSecs(seconds));
}

Status PresenterTools::advanceToFiscalYearEnd(const Actor& actor)
{
    return setClock(actor, fiscal::nextYearStart(m_ctx.clock().now()));
}

Status PresenterTools::decideValidation(const Actor& actor, const QString& programName,
                                        const QString& partnerId, bool approve, const QString& reason)
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
    return Simulation(m_ctx).catchUp();
}

Status PresenterTools::changeProgram(const Actor& actor, const QString& programName,
                                     const ProgramChange& change)
{
    if (auto s = requireDemo(actor); !s)
        return s;
    Transaction tx(m_ctx.db());
    if (!tx.active())
        return tx.error();
    auto program = m_ctx.programs().programByName(programName);
    if (!program)
        return program.error();
    if (!change.allowedFrom(program->state))
        return makeError(ErrorKind::WrongState, change.refusal(program->name));
    if (auto s = m_ctx.programs().setState(program->id, change.to); !s)
        return s;
    if (auto s = m_ctx.audit(actor, change.auditAction, {}, program->name); !s)
        return s;
    if (change.moves) {
        auto enrollments = m_ctx.enrollments().ofProgram(program->id);
        if (!enrollments)
            return enrollments.error();
        for (Enrollment e : *enrollments)
            if (change.moves(e.status))
                if (auto s = workflow::apply(m_ctx, systemActor(), e, change.event, change.reason); !s)
                    return s;
    }
    return tx.commit();
}

Status PresenterTools::discontinueProgram(const Actor& actor, const QString& programName)
{
    return changeProgram(actor, programName,
                         {ProgramState::Discontinued, QStringLiteral("program.discontinued"),
                          [](ProgramState s) { return s != ProgramState::Discontinued; },
                          [](const QString& name) { return Tr::tr("%1 is discontinued already.").arg(name); },
                          [](EnrollmentStatus s) { return s != EnrollmentStatus::Discontinued; },
                          EnrollmentEvent::ProgramDiscontinued, Reason::ProgramDiscontinued});
}
Status PresenterTools::publishProgram(const Actor& actor, Program program)
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
    return Simulation(m_ctx).runEligibility();
}

Status PresenterTools::closeProgram(const Actor& actor, const QString& programName)
{
    // Invitations not yet enrolled become Inactive.
    return changeProgram(actor, programName,
                         {ProgramState::Closed, QStringLiteral("program.closed"),
                          [](ProgramState s) { return s == ProgramState::Open; },
                          [](const QString& name) { return Tr::tr("%1 is not open.").arg(name); },
                          [](EnrollmentStatus s) {
                              return s == EnrollmentStatus::Invited || s == EnrollmentStatus::Enrolling;
                          },
                          EnrollmentEvent::ProgramClosed, Reason::ProgramClosed});
}
Status PresenterTools::reopenProgram(const Actor& actor, const QString& programName)
{
    // Nothing moves by itself: eligibility, judged again, invites the eligible.
    if (auto s = changeProgram(actor, programName,
                               {ProgramState::Open,
                                QStringLiteral("program.reopened"),
                                [](ProgramState state) { return state == ProgramState::Closed; },
                                [](const QString& name) { return Tr::tr("%1 is not closed.").arg(name); },
                                {},
                                EnrollmentEvent::ProgramClosed,
                                Reason::None});
        !s)
        return s;
    return Simulation(m_ctx).runEligibility();
}
Status PresenterTools::setLocationAttributes(const Actor& actor, const QString& partnerId,
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
    return Simulation(m_ctx).runEligibility();
}

Result<QList<Enrollment>> PresenterTools::pendingValidations(const Actor& actor, const QString& search,
                                                             int limit)
{
    if (auto s = requireDemo(actor); !s)
        return s.error();
    WorkspaceFilter filter;
    filter.statuses = {EnrollmentStatus::Validating};
    filter.search = search.trimmed();
    return m_ctx.enrollments().page(filter, WorkspaceSort::Updated, true, 0, qBound(1, limit, 1000));
}

} // namespace incentives
