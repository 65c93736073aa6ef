#include "services/EnrollmentService.h"

#include "services/AuditService.h"

#include "core/Actions.h"
#include "core/CreditNote.h"
#include "services/ActionCenter.h"
#include "services/ProfileService.h"
#include "services/Workflow.h"

#include <QCoreApplication>
#include <QSet>

namespace incentives {
namespace {
// The translation context of this file: lupdate reads it from the declaration.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EnrollmentService)
};

constexpr int kMaxPage = 1000;
constexpr qint64 kSummaryLocations = 50;
} // namespace

BankProfile maskedFor(const BankProfile& p, bool full)
{
    if (full)
        return p;
    BankProfile m = p;
    m.iban = maskAccount(p.iban);
    m.accountNumber = maskAccount(p.accountNumber);
    return m;
}

Result<qint64> EnrollmentService::sizeHint()
{
    return m_ctx.enrollments().sizeHint();
}

Result<qint64> EnrollmentService::count(const Actor& actor, WorkspaceFilter filter)
{
    return m_ctx.view<qint64>(actor, [&](const Grants& g) -> Result<qint64> {
        if (!g.active)
            return makeError(ErrorKind::Denied, Tr::tr("This user account is deactivated."));
        filter.viewerId = g.accountAdmin ? 0 : g.userId;
        return m_ctx.enrollments().count(filter);
    });
}

Result<QList<WorkspaceRow>> EnrollmentService::workspace(const Actor& actor, WorkspaceFilter filter,
                                                         WorkspaceSort sort, bool ascending, int offset,
                                                         int limit)
{
    PageRequest request;
    request.offset = offset;
    request.limit = limit;
    return workspace(actor, std::move(filter), sort, ascending, request);
}

Result<QList<Enrollment>> EnrollmentService::landmarks(const Actor& actor, WorkspaceFilter filter,
                                                       WorkspaceSort sort, bool ascending, int every,
                                                       int count, const std::optional<Enrollment>& after)
{
    return m_ctx.view<QList<Enrollment>>(actor, [&](const Grants& g) -> Result<QList<Enrollment>> {
        if (!g.active)
            return makeError(ErrorKind::Denied, Tr::tr("This user account is deactivated."));
        filter.viewerId = g.accountAdmin ? 0 : g.userId;
        return m_ctx.enrollments().landmarks(filter, sort, ascending, every, qBound(0, count, 1000), after);
    });
}

Result<QList<WorkspaceRow>> EnrollmentService::workspace(const Actor& actor, WorkspaceFilter filter,
                                                         WorkspaceSort sort, bool ascending,
                                                         const PageRequest& request)
{
    return m_ctx.view<QList<WorkspaceRow>>(actor, [&](const Grants& g) -> Result<QList<WorkspaceRow>> {
        if (!g.active)
            return makeError(ErrorKind::Denied, Tr::tr("This user account is deactivated."));
        filter.viewerId = g.accountAdmin ? 0 : g.userId;
        PageRequest bounded = request;
        bounded.limit = qBound(0, request.limit, kMaxPage);
        auto page = m_ctx.enrollments().page(filter, sort, ascending, bounded);
        if (!page)
            return page.error();
        // Which of the page's locations have an Incentives admin, and the programs' guides.
        QList<Id> locationIds;
        for (const Enrollment& e : *page)
            locationIds.append(e.locationId);
        auto withAdmin = m_ctx.directory().locationsWithAdmin(locationIds);
        if (!withAdmin)
            return withAdmin.error();
        QSet<Id> programIds;
        for (const Enrollment& e : *page)
            programIds.insert(e.programId);
        auto guides = m_ctx.programs().guides(QList<Id>(programIds.begin(), programIds.end()));
        if (!guides)
            return guides.error();
        auto programs = m_ctx.programs().programs();
        if (!programs)
            return programs.error();
        QSet<Id> open;
        for (const Program& p : *programs)
            if (p.state == ProgramState::Open)
                open.insert(p.id);

        QList<WorkspaceRow> rows;
        rows.reserve(page->size());
        for (const Enrollment& e : *page) {
            WorkspaceRow row;
            row.enrollment = e;
            row.statusText = statusLabel(e.status);
            row.actionsRequired = rules::actionsRequired({e.status, e.reason, e.detail, e.validationDue,
                                                          withAdmin->contains(e.locationId),
                                                          g.adminOf.contains(e.locationId), e.paymentHold});
            row.guide = guides->value(e.programId);
            row.next = rules::nextStep(g, e, withAdmin->contains(e.locationId), open.contains(e.programId));
            rows.append(row);
        }
        return rows;
    });
}

namespace {
constexpr int kHistoryLimit = 200;

// Whether an audit record is a step of an enrollment's status history.
bool isHistoryStep(const AuditEntry& a)
{
    return a.action.startsWith(QLatin1String("enrollment.")) || a.action == QLatin1String("invitation.email");
}
} // namespace

Result<EnrollmentDetails> EnrollmentService::details(const Actor& actor, Id enrollmentId)
{
    auto e = m_ctx.enrollments().enrollment(enrollmentId);
    if (!e)
        return e.error();
    if (auto s =
            m_ctx.require(actor, QStringLiteral("enrollment-details"), Action::ViewWorkspace, e->locationId);
        !s)
        return s.error();
    return m_ctx.view<EnrollmentDetails>(actor, [&](const Grants& g) -> Result<EnrollmentDetails> {
        EnrollmentDetails d;
        d.enrollment = *e;
        d.statusText = statusLabel(e->status);
        auto admin = m_ctx.directory().incentivesAdminOf(e->locationId);
        if (!admin)
            return admin.error();
        auto program = m_ctx.programs().programByName(e->programName);
        if (!program)
            return program.error();
        d.nextStep =
            rules::actionsRequired({e->status, e->reason, e->detail, e->validationDue, admin->has_value(),
                                    g.adminOf.contains(e->locationId), e->paymentHold});
        d.next = rules::nextStep(g, *e, admin->has_value(), program->state == ProgramState::Open);
        if (e->status == EnrollmentStatus::Validating)
            d.validationDue = e->validationDue;
        auto context = workflow::contextFor(m_ctx, *e);
        if (!context)
            return context.error();
        if (context->bank) {
            // Only the last digits, whoever looks: the pane is read over shoulders.
            const BankProfile shown = maskedFor(*context->bank, false);
            const QString account = !shown.iban.isEmpty() ? shown.iban : shown.accountNumber;
            d.bankProfile = account.isEmpty()
                                ? Tr::tr("%1 (%2)").arg(shown.name, profileStatusLabel(shown.status))
                                : Tr::tr("%1, account %2 (%3)")
                                      .arg(shown.name, account, profileStatusLabel(shown.status));
        }
        d.currency = rules::paymentCurrency(*context);
        if (context->tax)
            d.taxProfile = Tr::tr("%1 (%2)").arg(taxFormLabel(context->tax->form),
                                                 profileStatusLabel(context->tax->status));
        auto records = m_ctx.auditLog().ofEnrollment(e->partnerId, e->programName, kHistoryLimit);
        if (!records)
            return records.error();
        // Told as the audit log tells it, with people's and locations' names.
        const audittext::Names names = AuditService(m_ctx).names();
        for (const AuditEntry& a : *records)
            if (isHistoryStep(a))
                d.history.append({a.at, audittext::sentence(a, names)});
        return d;
    });
}

Result<QList<GroupCount>> EnrollmentService::groups(const Actor& actor, WorkspaceFilter filter,
                                                    WorkspaceGroup by)
{
    return m_ctx.view<QList<GroupCount>>(actor, [&](const Grants& g) -> Result<QList<GroupCount>> {
        if (!g.active)
            return makeError(ErrorKind::Denied, Tr::tr("This user account is deactivated."));
        filter.viewerId = g.accountAdmin ? 0 : g.userId;
        return m_ctx.enrollments().groupCounts(filter, by);
    });
}

Result<EnrollmentService::Target> EnrollmentService::target(const QString& programName,
                                                            const QString& partnerId)
{
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
        return makeError(
            ErrorKind::NotFound,
            Tr::tr("%1 has no invitation for location %2.").arg(program->name, location->partnerId));
    return Target{*program, *location, **e};
}

Result<EnrollmentService::Target> EnrollmentService::enrollable(const Grants& g, const QString& program,
                                                                const QString& partnerId)
{
    auto t = target(program, partnerId);
    if (!t)
        return t.error();
    if (auto s = authorize(g, Action::Enroll, t->location.id); !s)
        return s.error();
    if (t->program.state != ProgramState::Open)
        return makeError(ErrorKind::WrongState,
                         Tr::tr("%1 is not open for enrollment.").arg(t->program.name));
    return t;
}

Result<InvitationView> EnrollmentService::buildView(const Grants& g, const Target& t,
                                                    const QString& bankProfile)
{
    InvitationView view;
    view.enrollment = t.enrollment;
    view.program = t.program;
    view.location = t.location;
    auto admin = m_ctx.directory().incentivesAdminOf(t.location.id);
    if (!admin)
        return admin.error();
    view.next = rules::nextStep(g, t.enrollment, admin->has_value(), t.program.state == ProgramState::Open);
    auto owners = bankProfileOwners(m_ctx);
    if (!owners)
        return owners.error();
    Enrollment probe = t.enrollment;
    if (!bankProfile.trimmed().isEmpty()) {
        auto chosen = m_ctx.profiles().bankProfileByName(bankProfile);
        if (!chosen)
            return chosen.error();
        if (auto s = authorizeBankProfile(g, BankProfileUse::Use, owners->value(chosen->id)); !s)
            return s.error();
        if (const QString refused = creditnote::refusal(*chosen, t.program, t.location.country);
            !refused.isEmpty())
            return makeError(ErrorKind::Invalid, refused, QStringLiteral("bank"));
        probe.bankProfileId = chosen->id;
    }
    auto context = workflow::contextFor(m_ctx, probe);
    if (!context)
        return context.error();
    if (context->bank)
        view.bank = maskedFor(
            *context->bank,
            authorizeBankProfile(g, BankProfileUse::ViewFull, owners->value(context->bank->id)).ok());
    view.tax = context->tax;
    view.missing = rules::missingDetails(*context);
    // Only the profiles the viewer may pay this location with are offered.
    auto all = m_ctx.profiles().bankProfiles();
    if (!all)
        return all.error();
    if (authorize(g, Action::Enroll, t.location.id))
        for (const BankProfile& p : *all)
            if (authorizeBankProfile(g, BankProfileUse::Use, owners->value(p.id)) &&
                creditnote::refusal(p, t.program, t.location.country).isEmpty())
                view.bankChoices.append(p);
    return view;
}

Result<InvitationView> EnrollmentService::invitation(const Actor& actor, const QString& program,
                                                     const QString& partnerId, const QString& bankProfile)
{
    return m_ctx.view<InvitationView>(actor, [&](const Grants& g) -> Result<InvitationView> {
        auto t = target(program, partnerId);
        if (!t)
            return t.error();
        if (auto s = authorize(g, Action::ViewWorkspace, t->location.id); !s)
            return s.error();
        return buildView(g, *t, bankProfile);
    });
}

Result<InvitationView> EnrollmentService::accept(const Actor& actor, const QString& program,
                                                 const QString& partnerId)
{
    return m_ctx.change<InvitationView>(
        actor, QStringLiteral("enroll"), [&](const Grants& g) -> Result<InvitationView> {
            auto t = enrollable(g, program, partnerId);
            if (!t)
                return t.error();
            // Enroll always works: on an invitation accepted before, it shows what is still needed.
            if (t->enrollment.status == EnrollmentStatus::Enrolling)
                return buildView(g, *t, {});
            if (auto s = workflow::apply(m_ctx, actor, t->enrollment, EnrollmentEvent::Accept,
                                         Reason::AwaitingSubmission);
                !s)
                return s.error();
            if (auto s = workflow::refreshEnrolling(m_ctx, t->enrollment); !s)
                return s.error();
            if (auto s = m_ctx.enrollments().dismissHome(t->enrollment.id, m_ctx.clock().now()); !s)
                return s.error();
            return buildView(g, *t, {});
        });
}

Result<Enrollment> EnrollmentService::submit(const Actor& actor, const QString& program,
                                             const QString& partnerId, const QString& bankProfile)
{
    return m_ctx.change<Enrollment>(
        actor, QStringLiteral("submit"), [&](const Grants& g) -> Result<Enrollment> {
            auto t = enrollable(g, program, partnerId);
            if (!t)
                return t.error();
            Enrollment& e = t->enrollment;
            if (auto next = nextStatus(e.status, EnrollmentEvent::Submit); !next)
                return next.error();
            if (!bankProfile.trimmed().isEmpty()) {
                auto chosen = m_ctx.profiles().bankProfileByName(bankProfile);
                if (!chosen)
                    return chosen.error();
                auto owners = bankProfileOwners(m_ctx, *chosen);
                if (!owners)
                    return owners.error();
                if (auto s = authorizeBankProfile(g, BankProfileUse::Use, *owners); !s)
                    return s.error();
                if (const QString refused = creditnote::refusal(*chosen, t->program, t->location.country);
                    !refused.isEmpty())
                    return makeError(ErrorKind::Invalid, refused, QStringLiteral("bank"));
                e.bankProfileId = chosen->id;
            } else if (e.bankProfileId == 0) {
                e.bankProfileId = t->location.defaultBankProfileId;
            }
            auto context = workflow::contextFor(m_ctx, e);
            if (!context)
                return context.error();
            // An enrollment without a currency of its own takes the one its bank profile proposes.
            if (e.currency.isEmpty())
                e.currency = rules::paymentCurrency(*context);
            const auto missing = rules::missingDetails(*context);
            if (!missing.isEmpty()) {
                QStringList parts;
                for (const auto& m : missing)
                    parts.append(m.message);
                return makeError(ErrorKind::Invalid,
                                 Tr::tr("Continue: complete the payout and tax profiles first. %1")
                                     .arg(parts.join(QLatin1Char(' '))),
                                 missing.first().field);
            }
            // A profile that Microsoft already approved stays approved; others wait for validation.
            if (auto s = workflow::apply(m_ctx, actor, e, EnrollmentEvent::Submit, Reason::None); !s)
                return s.error();
            if (auto s = workflow::startValidation(m_ctx, e); !s)
                return s.error();
            if (auto s = m_ctx.enrollments().dismissHome(e.id, m_ctx.clock().now()); !s)
                return s.error();
            return e;
        });
}

Result<QList<eligibility::ChecklistItem>>
EnrollmentService::eligibility(const Actor& actor, const QString& program, const QString& partnerId)
{
    using List = QList<eligibility::ChecklistItem>;
    return m_ctx.view<List>(actor, [&](const Grants& g) -> Result<List> {
        auto p = m_ctx.programs().programByName(program);
        if (!p)
            return p.error();
        auto location = m_ctx.directory().locationByPartnerId(partnerId);
        if (!location)
            return location.error();
        if (auto s = authorize(g, Action::ViewWorkspace, location->id); !s)
            return s.error();
        auto criteria = eligibility::parse(p->criteria);
        if (!criteria)
            return criteria.error();
        return eligibility::checklist(*criteria, *location);
    });
}

Result<QList<EnrollmentRepository::StatusCount>> EnrollmentService::summary(const Actor& actor)
{
    using List = QList<EnrollmentRepository::StatusCount>;
    return m_ctx.view<List>(actor, [&](const Grants& g) -> Result<List> {
        if (!g.active)
            return makeError(ErrorKind::Denied, Tr::tr("This user account is deactivated."));
        WorkspaceFilter filter;
        filter.viewerId = g.accountAdmin ? 0 : g.userId;
        // Location by location while that stays readable; totals for a distributor's thousands.
        qint64 visible = g.adminOf.size() + g.userOf.size();
        if (g.accountAdmin) {
            auto count = m_ctx.directory().locationCount();
            if (!count)
                return count.error();
            visible = *count;
        }
        if (visible <= kSummaryLocations)
            return m_ctx.enrollments().statusCounts(filter);
        auto totals = m_ctx.enrollments().statusTotals(filter);
        if (!totals)
            return totals.error();
        for (auto& t : totals.value())
            t.locationName = Tr::tr("All %L1 locations").arg(visible);
        return totals;
    });
}

Result<HomeMessages> EnrollmentService::homeMessages(const Actor& actor, int limit)
{
    return m_ctx.view<HomeMessages>(actor, [&](const Grants& g) -> Result<HomeMessages> {
        if (!g.active)
            return makeError(ErrorKind::Denied, Tr::tr("This user account is deactivated."));
        return m_ctx.enrollments().homeMessages(g.userId, qBound(1, limit, kHomeCountAtMost),
                                                kHomeCountAtMost);
    });
}

Result<QList<WorkspaceRow>> EnrollmentService::needsAction(const Actor& actor, int limit)
{
    WorkspaceFilter waiting;
    waiting.statuses = {EnrollmentStatus::Invited, EnrollmentStatus::Enrolling};
    QList<WorkspaceRow> out;
    PageRequest request;
    request.limit = 200;
    // A bounded look through the most recently changed: Home lists what waits, not everything.
    for (int page = 0; page < 10 && out.size() < limit; ++page) {
        auto rows = workspace(actor, waiting, WorkspaceSort::Updated, false, request);
        if (!rows)
            return rows.error();
        for (const WorkspaceRow& r : *rows)
            if (r.next.needsViewer() && out.size() < limit)
                out.append(r);
        if (rows->size() < request.limit)
            break;
        request.anchor = rows->constLast().enrollment;
        request.forward = true;
        request.offset = 0;
    }
    return out;
}

Result<Done> EnrollmentService::dismissHomeMessage(const Actor& actor, const QString& program,
                                                   const QString& partnerId)
{
    auto t = target(program, partnerId);
    if (!t)
        return t.error();
    return dismissHomeMessage(actor, t->enrollment.id);
}

Status EnrollmentService::narrow(WorkspaceFilter& filter, const QString& partnerId, const QString& program)
{
    if (!partnerId.trimmed().isEmpty()) {
        auto location = m_ctx.directory().locationByPartnerId(partnerId);
        if (!location)
            return location.error();
        filter.locationId = location->id;
    }
    if (!program.trimmed().isEmpty()) {
        auto p = m_ctx.programs().programByName(program);
        if (!p)
            return p.error();
        filter.programId = p->id;
    }
    return {};
}

Result<Done> EnrollmentService::dismissHomeMessage(const Actor& actor, Id enrollmentId)
{
    return m_ctx.change<Done>(actor, QStringLiteral("home-dismiss"), [&](const Grants& g) -> Result<Done> {
        auto e = m_ctx.enrollments().enrollment(enrollmentId);
        if (!e)
            return e.error();
        if (auto s = authorize(g, Action::Enroll, e->locationId); !s)
            return s.error();
        auto dismissed = m_ctx.enrollments().dismissHome(enrollmentId, m_ctx.clock().now());
        if (!dismissed)
            return dismissed.error();
        if (*dismissed)
            if (auto s = m_ctx.audit(actor, QStringLiteral("home.dismissed"), e->partnerId, e->programName);
                !s)
                return s.error();
        return Done{};
    });
}

Result<QList<InboxMessage>> EnrollmentService::inbox(const Actor& actor, const InboxQuery& query)
{
    return m_ctx.view<QList<InboxMessage>>(actor, [&](const Grants& g) -> Result<QList<InboxMessage>> {
        if (!g.active)
            return makeError(ErrorKind::Denied, Tr::tr("This user account is deactivated."));
        InboxQuery bounded = query;
        bounded.limit = qBound(0, query.limit, kInboxPageMost);
        bounded.offset = qMax(0, query.offset);
        return m_ctx.enrollments().inbox(g.userId, bounded);
    });
}

Result<InboxCounts> EnrollmentService::inboxCounts(const Actor& actor)
{
    return m_ctx.view<InboxCounts>(actor, [&](const Grants& g) -> Result<InboxCounts> {
        if (!g.active)
            return makeError(ErrorKind::Denied, Tr::tr("This user account is deactivated."));
        return m_ctx.enrollments().inboxCounts(g.userId);
    });
}

Result<qint64> EnrollmentService::openActions(const Actor& actor)
{
    return m_ctx.view<qint64>(actor, [&](const Grants& g) -> Result<qint64> {
        if (!g.active)
            return makeError(ErrorKind::Denied, Tr::tr("This user account is deactivated."));
        return m_ctx.enrollments().openActionCount(g.userId);
    });
}

Result<Done> EnrollmentService::dismissAction(const Actor& actor, Id messageId)
{
    return m_ctx.change<Done>(actor, QStringLiteral("inbox-dismiss"), [&](const Grants& g) -> Result<Done> {
        auto m = m_ctx.enrollments().message(messageId);
        if (!m)
            return m.error();
        if (!m->has_value() || (*m)->userId != g.userId)
            return makeError(ErrorKind::NotFound, Tr::tr("No such message in your inbox."));
        const InboxMessage& message = **m;
        if (!message.open())
            return makeError(ErrorKind::WrongState, Tr::tr("This action is closed already."));
        const auto priority = actions::priorityFromCode(message.priority);
        if (!priority || !actions::dismissable(*priority))
            return makeError(ErrorKind::WrongState,
                             Tr::tr("A mandatory action cannot be dismissed; it closes once it is done."));
        auto dismissed = m_ctx.enrollments().dismissMessage(messageId, m_ctx.clock().now());
        if (!dismissed)
            return dismissed.error();
        if (auto s =
                m_ctx.audit(actor, QStringLiteral("inbox.dismissed"), message.partnerId, message.programName,
                            QStringLiteral("%1: %2").arg(message.kind, message.subject));
            !s)
            return s.error();
        return Done{};
    });
}

Result<Done> EnrollmentService::markRead(const Actor& actor, Id messageId)
{
    return m_ctx.change<Done>(actor, QStringLiteral("inbox-read"), [&](const Grants& g) -> Result<Done> {
        auto m = m_ctx.enrollments().message(messageId);
        if (!m)
            return m.error();
        if (!*m || (*m)->userId != g.userId)
            return makeError(ErrorKind::NotFound, Tr::tr("No such message in your inbox."));
        if (auto s = m_ctx.enrollments().markRead(messageId, m_ctx.clock().now()); !s)
            return s.error();
        return Done{};
    });
}

} // namespace incentives
