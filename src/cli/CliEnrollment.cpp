// incentives-cli verbs for the Incentives workspace and the enrollment flow.
#include "cli/Cli.h"
#include "cli/CliArgs.h"
#include "cli/CliOutput.h"
#include "core/FiscalCalendar.h"
#include "core/TimeText.h"
#include "services/EnrollmentService.h"
#include "services/Simulation.h"
#include "services/demo/PresenterTools.h"

namespace incentives::cli {
namespace {

QJsonValue when(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(timetext::formatIso(t)) : QJsonValue();
}

// What the services decided the viewer can do next, as --json carries it.
QJsonObject nextStepObject(const rules::NextStep& next)
{
    QJsonObject o{{QStringLiteral("kind"), rules::nextStepCode(next.kind)},
                  {QStringLiteral("allowed"), next.allowed}};
    if (!next.refusal.isEmpty())
        o.insert(QStringLiteral("refusal"), next.refusal);
    return o;
}

std::optional<WorkspaceSort> sortFromName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n.isEmpty() || n == QLatin1String("program"))
        return WorkspaceSort::Program;
    if (n == QLatin1String("location"))
        return WorkspaceSort::Location;
    if (n == QLatin1String("country"))
        return WorkspaceSort::Country;
    if (n == QLatin1String("status"))
        return WorkspaceSort::Status;
    if (n == QLatin1String("fiscal-year") || n == QLatin1String("year"))
        return WorkspaceSort::FiscalYear;
    if (n == QLatin1String("updated"))
        return WorkspaceSort::Updated;
    return std::nullopt;
}

QJsonObject bankJson(const BankProfile& b)
{
    QJsonObject o{
        {QStringLiteral("name"), b.name},         {QStringLiteral("country"), b.country},
        {QStringLiteral("currency"), b.currency}, {QStringLiteral("method"), paymentMethodCode(b.method)},
        {QStringLiteral("holder"), b.holderName}, {QStringLiteral("status"), profileStatusCode(b.status)}};
    if (!b.statusReason.isEmpty())
        o.insert(QStringLiteral("status_reason"), b.statusReason);
    return o;
}

} // namespace

int Cli::cmdWorkspace(Args& a)
{
    if (a.count() > 0)
        return usage(QStringLiteral("workspace takes only options."));
    WorkspaceFilter filter;
    for (const QString& code :
         a.value(QStringLiteral("status")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto status = statusFromCode(code);
        if (!status)
            return usage(
                QStringLiteral("--status is one or more of invited, enrolling, validating, enrolled, "
                               "ineligible, inactive, discontinued."));
        filter.statuses.append(*status);
    }
    const auto sort = sortFromName(a.value(QStringLiteral("sort")));
    if (!sort)
        return usage(QStringLiteral("--sort is program, location, country, status, year or updated."));
    bool okLimit = true;
    bool okOffset = true;
    const int limit = a.value(QStringLiteral("limit"), QStringLiteral("1000")).toInt(&okLimit);
    const int offset = a.value(QStringLiteral("offset"), QStringLiteral("0")).toInt(&okOffset);
    if (!okLimit || !okOffset || limit < 1 || limit > 1000 || offset < 0)
        return usage(QStringLiteral("--limit takes 1 to 1000 and --offset a number from 0."));
    const bool csv = a.has(QStringLiteral("csv"));
    if (csv && (a.has(QStringLiteral("limit")) || a.has(QStringLiteral("offset")) || json()))
        return usage(
            QStringLiteral("--csv writes every matching row: it takes no --limit, --offset or --json."));
    if (!csv && a.has(QStringLiteral("output")))
        return usage(QStringLiteral("--output goes with --csv."));
    Actor who;
    if (int rc = openAs(who); rc != Ok)
        return rc;
    EnrollmentService service(*m_ctx);
    if (auto s =
            service.narrow(filter, a.value(QStringLiteral("location")), a.value(QStringLiteral("program")));
        !s)
        return fail(s.error());
    filter.search = a.value(QStringLiteral("search"));
    if (csv)
        return writeWorkspaceCsv(who, filter, *sort, !a.has(QStringLiteral("desc")),
                                 a.value(QStringLiteral("output")));
    auto total = service.count(who, filter);
    if (!total)
        return fail(total.error());
    auto rows = service.workspace(who, filter, *sort, !a.has(QStringLiteral("desc")), offset, limit);
    if (!rows)
        return fail(rows.error());
    Table t({{QStringLiteral("program"), QStringLiteral("Program")},
             {QStringLiteral("location"), QStringLiteral("Location")},
             {QStringLiteral("country"), QStringLiteral("Country")},
             {QStringLiteral("status_text"), QStringLiteral("Status")},
             {QStringLiteral("actions_required"), QStringLiteral("Actions required")},
             {QStringLiteral("fiscal_year"), QStringLiteral("Year")}});
    for (const WorkspaceRow& r : *rows) {
        const Enrollment& e = r.enrollment;
        t.add({{QStringLiteral("program"), e.programName},
               {QStringLiteral("location"), e.partnerId},
               {QStringLiteral("location_name"), e.locationName},
               {QStringLiteral("country"), e.country},
               {QStringLiteral("status"), statusCode(e.status)},
               {QStringLiteral("status_text"), r.statusText},
               {QStringLiteral("actions_required"), r.actionsRequired},
               {QStringLiteral("fiscal_year"), fiscal::label(e.fiscalYear)},
               {QStringLiteral("validation_due"), when(e.validationDue)},
               {QStringLiteral("updated"), when(e.updatedAt)},
               {QStringLiteral("resources"), r.guide},
               {QStringLiteral("next_step"), nextStepObject(r.next)}});
    }
    t.print(m_out, json());
    if (!json())
        m_out << QStringLiteral("%1 of %2 enrollments").arg(t.size()).arg(*total) << '\n';
    return Ok;
}

int Cli::cmdInvitation(Args& a, const QString& verb)
{
    if (a.count() != 1 || !a.has(QStringLiteral("location")))
        return usage(QStringLiteral("%1 PROGRAM --location ID").arg(verb));
    if (verb == QLatin1String("enroll") && a.has(QStringLiteral("bank-profile")))
        return usage(QStringLiteral("enroll takes no --bank-profile; choose it with submit."));
    Actor who;
    if (int rc = openAs(who); rc != Ok)
        return rc;
    EnrollmentService service(*m_ctx);
    const QString program = a.at(0);
    const QString location = a.value(QStringLiteral("location"));
    if (verb == QLatin1String("submit")) {
        auto e = service.submit(who, program, location, a.value(QStringLiteral("bank-profile")));
        if (!e)
            return fail(e.error());
        done(QStringLiteral("Submitted %1 at %2: Validating enrollment, expected to end by %3.")
                 .arg(e->programName, e->partnerId, timetext::format(e->validationDue)),
             {{QStringLiteral("status"), statusCode(e->status)},
              {QStringLiteral("validation_due"), when(e->validationDue)}});
        return Ok;
    }
    auto view = verb == QLatin1String("enroll")
                    ? service.accept(who, program, location)
                    : service.invitation(who, program, location, a.value(QStringLiteral("bank-profile")));
    if (!view)
        return fail(view.error());
    QJsonArray missing;
    for (const auto& m : view->missing)
        missing.append(
            QJsonObject{{QStringLiteral("field"), m.field}, {QStringLiteral("message"), m.message}});
    QJsonObject o{
        {QStringLiteral("program"), view->program.name},
        {QStringLiteral("location"), view->location.partnerId},
        {QStringLiteral("location_name"), view->location.name},
        {QStringLiteral("status"), statusCode(view->enrollment.status)},
        {QStringLiteral("bank_profile"), view->bank ? QJsonValue(bankJson(*view->bank)) : QJsonValue()},
        {QStringLiteral("tax_profile"),
         view->tax ? QJsonValue(QJsonObject{{QStringLiteral("form"), taxFormCode(view->tax->form)},
                                            {QStringLiteral("status"), profileStatusCode(view->tax->status)}})
                   : QJsonValue()},
        {QStringLiteral("next"), view->canSubmit() ? QStringLiteral("submit") : QStringLiteral("continue")},
        {QStringLiteral("missing"), missing}};
    if (json()) {
        printObject(m_out, o, true);
        return Ok;
    }
    m_out << view->program.name << " at " << view->location.name << " (" << view->location.partnerId << ")\n";
    m_out << "Status:       " << statusLabel(view->enrollment.status) << '\n';
    m_out << "Bank profile: "
          << (view->bank
                  ? QStringLiteral("%1 (%2, %3)")
                        .arg(view->bank->name, view->bank->currency, profileStatusLabel(view->bank->status))
                  : QStringLiteral("none"))
          << '\n';
    m_out << "Tax profile:  "
          << (view->tax ? QStringLiteral("%1 (%2)").arg(taxFormLabel(view->tax->form),
                                                        profileStatusLabel(view->tax->status))
                        : QStringLiteral("none"))
          << '\n';
    if (view->canSubmit()) {
        m_out << "Next:         Submit (incentives-cli submit \"" << view->program.name << "\" --location "
              << view->location.partnerId << ")\n";
    } else {
        m_out << "Next:         Continue: complete the payout and tax profiles\n";
        for (const auto& m : view->missing)
            m_out << "  - " << m.message << '\n';
    }
    return Ok;
}

int Cli::cmdEligibility(Args& a)
{
    if (a.count() != 1 || !a.has(QStringLiteral("location")))
        return usage(QStringLiteral("eligibility PROGRAM --location ID"));
    Actor who;
    if (int rc = openAs(who); rc != Ok)
        return rc;
    auto items = EnrollmentService(*m_ctx).eligibility(who, a.at(0), a.value(QStringLiteral("location")));
    if (!items)
        return fail(items.error());
    Table t({{QStringLiteral("met"), QStringLiteral("Met")},
             {QStringLiteral("requirement"), QStringLiteral("Requirement")},
             {QStringLiteral("detail"), QStringLiteral("This location")}});
    for (const auto& i : *items)
        t.add({{QStringLiteral("met"), i.met},
               {QStringLiteral("criterion"), i.code},
               {QStringLiteral("requirement"), i.text},
               {QStringLiteral("detail"), i.detail}});
    t.print(m_out, json());
    if (!json())
        m_out << (eligibility::allMet(*items) ? "Eligible" : "Not eligible") << '\n';
    return Ok;
}

int Cli::cmdRenewal(Args& a)
{
    if (a.count() != 1 || a.at(0) != QLatin1String("forecast"))
        return usage(QStringLiteral("renewal forecast"));
    Actor who;
    if (int rc = openAs(who); rc != Ok)
        return rc;
    auto rows = Simulation(*m_ctx).renewalForecast(who);
    if (!rows)
        return fail(rows.error());
    Table t({{QStringLiteral("program"), QStringLiteral("Program")},
             {QStringLiteral("location"), QStringLiteral("Location")},
             {QStringLiteral("next_year"), QStringLiteral("Next year")},
             {QStringLiteral("renews"), QStringLiteral("Renews")},
             {QStringLiteral("becomes"), QStringLiteral("Becomes")},
             {QStringLiteral("failing"), QStringLiteral("Failing")},
             {QStringLiteral("fix"), QStringLiteral("What fixes it")}});
    for (const RenewalForecast& f : *rows)
        t.add({{QStringLiteral("program"), f.enrollment.programName},
               {QStringLiteral("location"), f.enrollment.partnerId},
               {QStringLiteral("next_year"), fiscal::label(f.newFiscalYear)},
               {QStringLiteral("renews"), f.outcome.renewed()},
               {QStringLiteral("becomes"), statusCode(f.outcome.status)},
               {QStringLiteral("reason"), reasonCode(f.outcome.reason)},
               {QStringLiteral("failing"), renewal::failingCode(f.outcome.failing)},
               {QStringLiteral("detail"), f.outcome.detail},
               {QStringLiteral("fix"), f.remedy}});
    t.print(m_out, json());
    return Ok;
}

int Cli::cmdInbox(Args& a)
{
    const bool dismiss = a.at(0) == QLatin1String("dismiss");
    if (dismiss ? a.count() != 2 : a.count() > 0)
        return usage(QStringLiteral("inbox [--open] [--limit N] | inbox dismiss ID"));
    bool okLimit = true;
    InboxQuery query;
    query.openOnly = a.has(QStringLiteral("open"));
    query.limit = a.value(QStringLiteral("limit"), QStringLiteral("500")).toInt(&okLimit);
    if (!okLimit || query.limit < 1 || query.limit > EnrollmentService::kInboxPageMost)
        return usage(QStringLiteral("--limit takes 1 to %1.").arg(EnrollmentService::kInboxPageMost));
    Actor who;
    if (int rc = openAs(who); rc != Ok)
        return rc;
    EnrollmentService service(*m_ctx);
    if (dismiss) {
        bool ok = false;
        const Id id = a.at(1).toLongLong(&ok);
        if (!ok || id <= 0)
            return usage(
                QStringLiteral("inbox dismiss ID: ID is a message's number (inbox --json shows it)."));
        if (auto r = service.dismissAction(who, id); !r)
            return fail(r.error());
        done(QStringLiteral("The action is dismissed."));
        return Ok;
    }
    auto messages = service.inbox(who, query);
    if (!messages)
        return fail(messages.error());
    auto counts = service.inboxCounts(who);
    if (!counts)
        return fail(counts.error());
    Table t({{QStringLiteral("id"), QStringLiteral("Id")},
             {QStringLiteral("priority"), QStringLiteral("Priority")},
             {QStringLiteral("kind"), QStringLiteral("Kind")},
             {QStringLiteral("due"), QStringLiteral("Due")},
             {QStringLiteral("state"), QStringLiteral("State")},
             {QStringLiteral("subject"), QStringLiteral("Subject")},
             {QStringLiteral("received"), QStringLiteral("Received")}});
    for (const InboxMessage& m : *messages) {
        QJsonObject row{{QStringLiteral("id"), m.id},
                        {QStringLiteral("kind"), m.kind},
                        {QStringLiteral("priority"), m.priority},
                        {QStringLiteral("due"), m.dueAt.isValid()
                                                    ? QJsonValue(m.dueAt.date().toString(Qt::ISODate))
                                                    : QJsonValue(QJsonValue::Null)},
                        {QStringLiteral("state"), m.open() ? QStringLiteral("open") : m.closedAs},
                        {QStringLiteral("received"), when(m.receivedAt)},
                        {QStringLiteral("from"), m.sender},
                        {QStringLiteral("subject"), m.subject},
                        {QStringLiteral("body"), m.body},
                        {QStringLiteral("read"), m.readAt.isValid()}};
        if (m.enrollmentId > 0)
            row.insert(QStringLiteral("program"), m.programName);
        if (!m.partnerId.isEmpty())
            row.insert(QStringLiteral("location"), m.partnerId);
        t.add(row);
    }
    t.print(m_out, json());
    // Said where the reader looks: after the table, or beside the JSON on stderr.
    const qint64 all = query.openOnly ? counts->open : counts->total;
    if (messages->size() < all)
        (json() ? m_err : m_out) << QStringLiteral("The first %1 of %2 messages; --limit lists more.\n")
                                        .arg(messages->size())
                                        .arg(all);
    return Ok;
}

int Cli::cmdHome(Args& a)
{
    Actor who;
    if (int rc = openAs(who); rc != Ok)
        return rc;
    EnrollmentService service(*m_ctx);
    if (a.at(0) == QLatin1String("dismiss")) {
        if (a.count() != 2 || !a.has(QStringLiteral("location")))
            return usage(QStringLiteral("home dismiss PROGRAM --location ID"));
        if (auto r = service.dismissHomeMessage(who, a.at(1), a.value(QStringLiteral("location"))); !r)
            return fail(r.error());
        done(QStringLiteral("The invitation no longer shows on Home."));
        return Ok;
    }
    if (a.count() > 0)
        return usage(QStringLiteral("home [--limit N] | home dismiss PROGRAM --location ID"));
    bool okLimit = true;
    const int limit = a.value(QStringLiteral("limit"), QString::number(EnrollmentService::kHomeInvitations))
                          .toInt(&okLimit);
    if (!okLimit || limit < 1 || limit > EnrollmentService::kHomeCountAtMost)
        return usage(QStringLiteral("--limit takes 1 to %1.").arg(EnrollmentService::kHomeCountAtMost));
    auto messages = service.homeMessages(who, limit);
    if (!messages)
        return fail(messages.error());
    auto waiting = service.needsAction(who);
    if (!waiting)
        return fail(waiting.error());
    // What Home shows: the invitations not yet opened, then what needs this user's action.
    Table invitations({{QStringLiteral("program"), QStringLiteral("Program")},
                       {QStringLiteral("location"), QStringLiteral("Location")},
                       {QStringLiteral("location_name"), QStringLiteral("Name")},
                       {QStringLiteral("invited"), QStringLiteral("Invited")}});
    for (const HomeMessage& m : messages->newest)
        invitations.add({{QStringLiteral("program"), m.programName},
                         {QStringLiteral("location"), m.partnerId},
                         {QStringLiteral("location_name"), m.locationName},
                         {QStringLiteral("invited"), when(m.invitedAt)}});
    Table actions({{QStringLiteral("program"), QStringLiteral("Program")},
                   {QStringLiteral("location"), QStringLiteral("Location")},
                   {QStringLiteral("actions_required"), QStringLiteral("Needs your action")}});
    for (const WorkspaceRow& r : *waiting)
        actions.add({{QStringLiteral("program"), r.enrollment.programName},
                     {QStringLiteral("location"), r.enrollment.partnerId},
                     {QStringLiteral("location_name"), r.enrollment.locationName},
                     {QStringLiteral("status"), statusCode(r.enrollment.status)},
                     {QStringLiteral("actions_required"), r.actionsRequired},
                     {QStringLiteral("next_step"), nextStepObject(r.next)}});
    if (json()) {
        printObject(m_out,
                    {{QStringLiteral("invitations"), invitations.json()},
                     {QStringLiteral("invitations_total"), messages->total},
                     {QStringLiteral("invitations_total_is_a_floor"), messages->moreThanTotal},
                     {QStringLiteral("needs_action"), actions.json()}},
                    true);
        return Ok;
    }
    m_out << "Invitations\n";
    if (invitations.size() == 0)
        m_out << "  none\n";
    else
        invitations.print(m_out, false);
    if (messages->newest.size() < messages->total)
        m_out << QStringLiteral("  The newest %1 of %2%3; `workspace --status invited` lists every invited "
                                "enrollment.\n")
                     .arg(messages->newest.size())
                     .arg(messages->moreThanTotal ? QStringLiteral("more than ") : QString())
                     .arg(messages->total);
    m_out << "\nNeeds your action\n";
    if (actions.size() == 0)
        m_out << "  Nothing waits for you.\n";
    else
        actions.print(m_out, false);
    return Ok;
}

int Cli::cmdValidation(Args& a)
{
    const QString decision = a.at(0);
    if (decision == QLatin1String("list") && a.count() == 1)
        return cmdValidationList();
    if (decision == QLatin1String("record"))
        return cmdValidationRecord(a);
    if (a.count() != 2 || !a.has(QStringLiteral("location")) ||
        (decision != QLatin1String("approve") && decision != QLatin1String("reject")))
        return usage(QStringLiteral("validation approve|reject PROGRAM --location ID [--reason TEXT]"));
    Actor who;
    if (int rc = openAs(who); rc != Ok)
        return rc;
    if (auto s = PresenterTools(*m_ctx).decideValidation(who, a.at(1), a.value(QStringLiteral("location")),
                                                         decision == QLatin1String("approve"),
                                                         a.value(QStringLiteral("reason")));
        !s)
        return fail(s.error());
    done(decision == QLatin1String("approve") ? QStringLiteral("Validation approved.")
                                              : QStringLiteral("Validation rejected."));
    return Ok;
}

} // namespace incentives::cli
