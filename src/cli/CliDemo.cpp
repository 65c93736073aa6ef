// incentives-cli verbs for the presenter in a demo database: the clock, Microsoft's decisions,
// programs, locations' eligibility, snapshots and scenarios.
#include "cli/Cli.h"
#include "cli/CliArgs.h"
#include "cli/CliOutput.h"
#include "core/FiscalCalendar.h"
#include "core/TimeText.h"
#include "services/AuditService.h"
#include "services/AuthService.h"
#include "services/DirectoryService.h"
#include "services/MaintenanceService.h"
#include "services/Simulation.h"
#include "services/Transfer.h"
#include "services/demo/ClassroomService.h"
#include "services/demo/DemoFiles.h"
#include "services/demo/DemoSeed.h"
#include "services/demo/DemoTemplate.h"
#include "services/demo/Generator.h"
#include "services/demo/PresenterTools.h"
#include "services/demo/ScenarioFile.h"
#include "services/demo/Scenarios.h"
#include "store/Files.h"

#include <QFile>
#include <QFileInfo>

namespace incentives::cli {

namespace {

QJsonValue when(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(timetext::formatIso(t)) : QJsonValue();
}

} // namespace

int Cli::cmdClock(Args& a)
{
    const QString sub = a.at(0).isEmpty() ? QStringLiteral("show") : a.at(0);
    if (int rc = open(); rc != Ok)
        return rc;
    PresenterTools simulation(*m_ctx);
    if (sub == QLatin1String("show")) {
        if (a.count() > 1)
            return usage(QStringLiteral("clock show takes no arguments."));
        const QDateTime now = m_ctx->clock().now();
        printObject(m_out,
                    {{QStringLiteral("now"), timetext::formatIso(now)},
                     {QStringLiteral("kind"),
                      m_ctx->clock().isDemo() ? QStringLiteral("demo") : QStringLiteral("real")},
                     {QStringLiteral("fiscal_year"), fiscal::label(fiscal::yearOf(now))},
                     {QStringLiteral("fiscal_year_ends"),
                      fiscal::lastDay(fiscal::yearOf(now)).toString(Qt::ISODate)}},
                    json(),
                    {QStringLiteral("now"), QStringLiteral("kind"), QStringLiteral("fiscal_year"),
                     QStringLiteral("fiscal_year_ends")});
        return Ok;
    }
    if ((sub != QLatin1String("set") && sub != QLatin1String("advance")) || a.count() != 2)
        return usage(QStringLiteral("clock show | clock set DATETIME | clock advance DURATION|fy-end"));
    auto who = actor();
    if (!who)
        return fail(who.error());
    Status result;
    if (sub == QLatin1String("set")) {
        auto to = timetext::parseDateTime(a.at(1));
        if (!to)
            return fail(to.error());
        result = simulation.setClock(*who, *to);
    } else if (a.at(1).trimmed().toLower() == QLatin1String("fy-end")) {
        result = simulation.advanceToFiscalYearEnd(*who);
    } else {
        auto seconds = timetext::parseDuration(a.at(1));
        if (!seconds)
            return fail(seconds.error());
        result = simulation.advanceClock(*who, *seconds);
    }
    if (!result)
        return fail(result.error());
    done(QStringLiteral("The demo clock shows %1.").arg(timetext::format(m_ctx->clock().now())),
         {{QStringLiteral("now"), timetext::formatIso(m_ctx->clock().now())}});
    return Ok;
}

int Cli::cmdProgram(Args& a)
{
    const QString sub = a.at(0);
    const QStringList verbs{QStringLiteral("publish"), QStringLiteral("close"), QStringLiteral("reopen"),
                            QStringLiteral("discontinue")};
    if (a.count() != 2 || !verbs.contains(sub))
        return usage(
            QStringLiteral("program publish NAME --currencies USD,EUR [--criteria TEXT] [--open-to-all] "
                           "[--credit-note] | program close|reopen|discontinue NAME"));
    Actor who;
    if (int rc = openAs(who); rc != Ok)
        return rc;
    PresenterTools simulation(*m_ctx);
    Status result;
    if (sub == QLatin1String("publish")) {
        Program p;
        p.name = a.at(1);
        p.currencies = a.value(QStringLiteral("currencies")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        p.criteria = a.value(QStringLiteral("criteria"));
        p.openToAll = a.has(QStringLiteral("open-to-all"));
        p.methods = {PaymentMethod::BankTransfer};
        if (a.has(QStringLiteral("credit-note")))
            p.methods.append(PaymentMethod::CreditNote);
        result = simulation.publishProgram(who, p);
    } else if (sub == QLatin1String("close")) {
        result = simulation.closeProgram(who, a.at(1));
    } else if (sub == QLatin1String("reopen")) {
        result = simulation.reopenProgram(who, a.at(1));
    } else {
        result = simulation.discontinueProgram(who, a.at(1));
    }
    if (!result)
        return fail(result.error());
    done(QStringLiteral("%1: %2 done.").arg(a.at(1), sub));
    return Ok;
}

int Cli::cmdLocation(Args& a)
{
    if (a.count() != 2 || a.at(0) != QLatin1String("set"))
        return usage(
            QStringLiteral("location set PARTNERID [--agreement active|expired] [--solutions-partner yes|no] "
                           "[--csp-indirect yes|no] [--csp-direct yes|no] [--revenue USD] [--customers N]"));
    Actor who;
    if (int rc = openAs(who); rc != Ok)
        return rc;
    PresenterTools simulation(*m_ctx);
    auto current = simulation.locationAttributes(who, a.at(1));
    if (!current)
        return fail(current.error());
    LocationAttributes attrs = *current;
    const auto flag = [&a](const char* name, bool& field) -> bool {
        const QString option = QString::fromLatin1(name);
        if (!a.has(option))
            return true;
        const QString v = a.value(option).toLower();
        if (v != QLatin1String("yes") && v != QLatin1String("no"))
            return false;
        field = v == QLatin1String("yes");
        return true;
    };
    if (!flag("solutions-partner", attrs.solutionsPartner) ||
        !flag("csp-indirect", attrs.cspIndirectReseller) || !flag("csp-direct", attrs.cspDirectBill))
        return usage(QStringLiteral("the yes/no options take yes or no."));
    if (a.has(QStringLiteral("agreement"))) {
        const QString v = a.value(QStringLiteral("agreement")).toLower();
        if (v != QLatin1String("active") && v != QLatin1String("expired"))
            return usage(QStringLiteral("--agreement is active or expired."));
        attrs.agreementActive = v == QLatin1String("active");
    }
    bool ok = true;
    if (a.has(QStringLiteral("revenue")))
        attrs.trailingRevenueUsd = a.value(QStringLiteral("revenue")).toLongLong(&ok);
    if (ok && a.has(QStringLiteral("customers")))
        attrs.customerAdds = a.value(QStringLiteral("customers")).toInt(&ok);
    if (!ok)
        return fail(
            makeError(ErrorKind::Invalid, QStringLiteral("--revenue and --customers take whole numbers.")));
    if (auto s = simulation.setLocationAttributes(who, a.at(1), attrs); !s)
        return fail(s.error());
    done(QStringLiteral("Saved %1 and judged eligibility again.").arg(a.at(1)));
    return Ok;
}

int Cli::cmdDemo(Args& a)
{
    const QString sub = a.at(0);
    Actor who;
    if (int rc = openAs(who); rc != Ok)
        return rc;
    MaintenanceService maintenance(*m_ctx);
    if (sub == QLatin1String("list") && a.count() == 1) {
        auto names = maintenance.snapshots(who);
        if (!names)
            return fail(names.error());
        Table t({{QStringLiteral("name"), QStringLiteral("Snapshot")}});
        for (const QString& n : *names)
            t.add({{QStringLiteral("name"), n}});
        t.print(m_out, json());
        return Ok;
    }
    if (sub == QLatin1String("save") && a.count() == 2) {
        if (auto s = maintenance.saveSnapshot(who, a.at(1)); !s)
            return fail(s.error());
        done(QStringLiteral("Saved the snapshot '%1'.").arg(a.at(1)));
        return Ok;
    }
    if ((sub == QLatin1String("load") && a.count() == 2) ||
        (sub == QLatin1String("reset") && a.count() == 1)) {
        auto replacement = sub == QLatin1String("load") ? maintenance.loadSnapshot(who, a.at(1))
                                                        : maintenance.resetDemo(who);
        if (!replacement)
            return fail(replacement.error());
        if (int rc = replaceDatabase(*replacement); rc != Ok)
            return rc;
        done(sub == QLatin1String("load") ? QStringLiteral("Loaded the snapshot '%1'.").arg(a.at(1))
                                          : QStringLiteral("The demo is back to its shipped state."));
        return Ok;
    }
    if (sub == QLatin1String("export-template") && a.count() == 2) {
        if (auto s = demotemplate::exportToFile(*m_ctx, who, a.at(1)); !s)
            return fail(s.error());
        done(QStringLiteral("Exported the demo as the template %1.").arg(a.at(1)),
             {{QStringLiteral("template"), a.at(1)}});
        return Ok;
    }
    return usage(QStringLiteral(
        "demo list | demo save NAME | demo load NAME | demo reset | demo export-template FILE"));
}

int Cli::cmdScenario(Args& a)
{
    const QString sub = a.at(0).isEmpty() ? QStringLiteral("list") : a.at(0);
    const QString synopsis = QStringLiteral("scenario list | scenario show|progress|start ID | scenario "
                                            "show|progress|start --file FILE | scenario "
                                            "validate FILE | scenario export ID FILE");
    // The command line speaks English: the built-ins with their files' own texts.
    const QList<scenarios::Scenario> builtIn = scenarios::builtIn(QStringLiteral("en"));
    const auto findBuiltIn = [&builtIn](const QString& id) -> const scenarios::Scenario* {
        for (const auto& s : builtIn)
            if (s.id == id)
                return &s;
        return nullptr;
    };
    // Every mistake of a file on its own line, FILE:LINE: message.
    const auto reportMistakes = [this](const scenarios::Loaded& loaded, const QString& path) {
        for (const QString& line : loaded.describe(path))
            m_err << forTerminal(m_err, line) << '\n';
        m_err.flush();
        return int(Refused);
    };
    if (sub == QLatin1String("list") && a.count() <= 1) {
        Table t({{QStringLiteral("id"), QStringLiteral("Scenario")},
                 {QStringLiteral("title"), QStringLiteral("Title")}});
        for (const auto& s : builtIn)
            t.add({{QStringLiteral("id"), s.id}, {QStringLiteral("title"), s.title}});
        t.print(m_out, json());
        return Ok;
    }
    if (sub == QLatin1String("validate")) {
        if (a.count() != 2)
            return usage(synopsis);
        const scenarios::Loaded loaded = scenarios::loadFile(a.at(1), QStringLiteral("en"));
        if (!loaded.scenario)
            return reportMistakes(loaded, a.at(1));
        if (json())
            printObject(m_out,
                        {{QStringLiteral("file"), a.at(1)},
                         {QStringLiteral("valid"), true},
                         {QStringLiteral("id"), loaded.scenario->id},
                         {QStringLiteral("steps"), int(loaded.scenario->steps.size())}},
                        true);
        else
            m_out << forTerminal(m_out, a.at(1)) << ": valid (" << loaded.scenario->steps.size()
                  << " steps)\n";
        return Ok;
    }
    if (sub == QLatin1String("export")) {
        const auto* scenario = findBuiltIn(a.at(1));
        if (a.count() != 3 || !scenario)
            return usage(synopsis);
        if (auto s = files::checkTarget(a.at(2), m_database); !s)
            return fail(s.error());
        if (auto s = files::writeFile(a.at(2), scenario->source); !s)
            return fail(s.error());
        done(QStringLiteral("Wrote the scenario '%1' to %2.").arg(scenario->id, a.at(2)));
        return Ok;
    }
    if (sub != QLatin1String("show") && sub != QLatin1String("progress") && sub != QLatin1String("start"))
        return usage(synopsis);
    // The scenario: a built-in by its id, or a file.
    std::optional<scenarios::Scenario> scenario;
    if (a.has(QStringLiteral("file"))) {
        if (a.count() != 1)
            return usage(synopsis);
        const QString path = a.value(QStringLiteral("file"));
        scenarios::Loaded loaded = scenarios::loadFile(path, QStringLiteral("en"));
        if (!loaded.scenario)
            return reportMistakes(loaded, path);
        scenario = std::move(loaded.scenario);
    } else if (const auto* known = findBuiltIn(a.at(1)); known && a.count() == 2) {
        scenario = *known;
    } else {
        return usage(synopsis);
    }
    if (sub == QLatin1String("start")) {
        Actor who;
        if (int rc = openAs(who); rc != Ok)
            return rc;
        auto replacement = MaintenanceService(*m_ctx).resetDemo(who);
        if (!replacement)
            return fail(replacement.error());
        if (int rc = replaceDatabase(*replacement); rc != Ok)
            return rc;
    }
    if (int rc = open(); rc != Ok)
        return rc;
    const QList<bool> progress = scenarios::progress(*m_ctx, *scenario);
    // In a class sandbox, the trainer's dashboard follows the step reached (as whoever acts).
    if (!m_ctx->db().sandbox().isEmpty() && !m_as.trimmed().isEmpty()) {
        auto who = actor();
        if (!who)
            return fail(who.error());
        if (auto s = ClassroomService(*m_ctx).recordProgress(*who, *scenario, progress); !s)
            return fail(s.error());
    }
    if (json()) {
        QJsonArray steps;
        for (qsizetype i = 0; i < scenario->steps.size(); ++i) {
            const auto& step = scenario->steps.at(i);
            steps.append(QJsonObject{{QStringLiteral("id"), step.id},
                                     {QStringLiteral("chapter"), scenario->chapters.value(step.chapter)},
                                     {QStringLiteral("step"), step.text},
                                     {QStringLiteral("notes"), step.notes},
                                     {QStringLiteral("target"), step.target},
                                     {QStringLiteral("done"), progress.at(i)}});
        }
        printObject(m_out,
                    {{QStringLiteral("id"), scenario->id},
                     {QStringLiteral("title"), scenario->title},
                     {QStringLiteral("steps"), steps}},
                    true);
        return Ok;
    }
    m_out << forTerminal(m_out, scenario->title) << '\n' << forTerminal(m_out, scenario->summary) << '\n';
    for (qsizetype i = 0; i < scenario->steps.size(); ++i)
        m_out << (progress.at(i) ? "  [x] " : "  [ ] ") << forTerminal(m_out, scenario->steps.at(i).text)
              << '\n';
    return Ok;
}

int Cli::cmdValidationList()
{
    Actor who;
    if (int rc = openAs(who); rc != Ok)
        return rc;
    auto pending = PresenterTools(*m_ctx).pendingValidations(who);
    if (!pending)
        return fail(pending.error());
    Table t({{QStringLiteral("program"), QStringLiteral("Program")},
             {QStringLiteral("location"), QStringLiteral("Location")},
             {QStringLiteral("validation_due"), QStringLiteral("Due")}});
    for (const Enrollment& e : *pending)
        t.add({{QStringLiteral("program"), e.programName},
               {QStringLiteral("location"), e.partnerId},
               {QStringLiteral("validation_due"), when(e.validationDue)}});
    t.print(m_out, json());
    return Ok;
}

int Cli::cmdSimulate(Args& a)
{
    if (a.count() != 1 || a.at(0) != QLatin1String("eligibility"))
        return usage(QStringLiteral("simulate eligibility"));
    Actor who;
    if (int rc = openAs(who); rc != Ok)
        return rc;
    if (auto s = PresenterTools(*m_ctx).judgeEligibility(who); !s)
        return fail(s.error());
    done(QStringLiteral("Eligibility judged for every location and program."));
    return Ok;
}

} // namespace incentives::cli

namespace incentives::cli {

namespace {

// Seconds as "1 h 02 min", "4 min 05 s" or "12 s".
QString duration(qint64 seconds)
{
    if (seconds >= 3600)
        return QStringLiteral("%1 h %2 min")
            .arg(seconds / 3600)
            .arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
    if (seconds >= 60)
        return QStringLiteral("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1 s").arg(seconds);
}

} // namespace

int Cli::cmdClass(Args& a)
{
    const QString sub = a.at(0);
    const QString synopsis =
        QStringLiteral("class create [--template FILE] TRAINEE... | class status | class reset TRAINEE");
    const bool create = sub == QLatin1String("create") && a.count() >= 2;
    const bool status =
        sub == QLatin1String("status") && a.count() == 1 && !a.has(QStringLiteral("template"));
    const bool reset = sub == QLatin1String("reset") && a.count() == 2 && !a.has(QStringLiteral("template"));
    if (!create && !status && !reset)
        return usage(synopsis);
    Actor who;
    if (int rc = openAs(who); rc != Ok)
        return rc;
    ClassroomService classroom(*m_ctx);
    if (create) {
        auto made = classroom.createClass(who, a.value(QStringLiteral("template")), a.positional().mid(1));
        if (!made)
            return fail(made.error());
        Table t({{QStringLiteral("trainee"), QStringLiteral("Trainee")},
                 {QStringLiteral("sandbox"), QStringLiteral("Sandbox")},
                 {QStringLiteral("url"), QStringLiteral("Connect to")},
                 {QStringLiteral("password"), QStringLiteral("New login's password")}});
        for (const TraineeSandbox& s : std::as_const(*made))
            t.add({{QStringLiteral("trainee"), s.trainee},
                   {QStringLiteral("sandbox"), s.schema},
                   {QStringLiteral("url"), s.url},
                   {QStringLiteral("password"), s.password}});
        t.print(m_out, json());
        return Ok;
    }
    if (status) {
        auto rows = classroom.status(who);
        if (!rows)
            return fail(rows.error());
        Table t({{QStringLiteral("trainee"), QStringLiteral("Trainee")},
                 {QStringLiteral("scenario"), QStringLiteral("Scenario")},
                 {QStringLiteral("step"), QStringLiteral("Step")},
                 {QStringLiteral("stepsDone"), QStringLiteral("Done")},
                 {QStringLiteral("timeOnStep"), QStringLiteral("On this step")},
                 {QStringLiteral("totalTime"), QStringLiteral("In all")},
                 {QStringLiteral("sandbox"), QStringLiteral("Sandbox")}});
        for (const ClassRow& r : std::as_const(*rows)) {
            QJsonObject row{{QStringLiteral("trainee"), r.sandbox.trainee},
                            {QStringLiteral("sandbox"), r.sandbox.schema},
                            {QStringLiteral("url"), r.url}};
            if (!r.sandbox.problem.isEmpty())
                row.insert(QStringLiteral("problem"), r.sandbox.problem);
            if (const auto& p = r.sandbox.progress) {
                row.insert(QStringLiteral("scenario"), p->scenarioId);
                if (json()) {
                    row.insert(QStringLiteral("title"), p->title);
                    row.insert(QStringLiteral("step"), p->stepIndex + 1);
                    row.insert(QStringLiteral("steps"), p->stepsTotal);
                    row.insert(QStringLiteral("stepsDone"), p->stepsDone);
                    row.insert(QStringLiteral("finished"), p->finished());
                    row.insert(QStringLiteral("timeOnStep"), r.timeOnStep);
                    row.insert(QStringLiteral("totalTime"), r.totalTime);
                    row.insert(QStringLiteral("updatedBy"), p->updatedBy);
                } else {
                    row.insert(QStringLiteral("step"),
                               p->finished()
                                   ? QStringLiteral("finished")
                                   : QStringLiteral("%1 of %2").arg(p->stepIndex + 1).arg(p->stepsTotal));
                    row.insert(QStringLiteral("stepsDone"),
                               QStringLiteral("%1/%2").arg(p->stepsDone).arg(p->stepsTotal));
                    row.insert(QStringLiteral("timeOnStep"), duration(r.timeOnStep));
                    row.insert(QStringLiteral("totalTime"), duration(r.totalTime));
                }
            }
            t.add(row);
        }
        t.print(m_out, json());
        return Ok;
    }
    if (auto s = classroom.reset(who, a.at(1)); !s)
        return fail(s.error());
    done(QStringLiteral("The sandbox of %1 is back to its template.").arg(a.at(1)),
         {{QStringLiteral("trainee"), a.at(1)}});
    return Ok;
}

} // namespace incentives::cli
