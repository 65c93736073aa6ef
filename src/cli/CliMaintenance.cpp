// incentives-cli verbs for whole databases: creating, generating, backing up, restoring, checking
// and moving one.
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
#include "services/demo/DemoFiles.h"
#include "services/demo/DemoSeed.h"
#include "services/demo/DemoTemplate.h"
#include "services/demo/Generator.h"
#include "services/demo/PresenterTools.h"
#include "services/demo/Scenarios.h"
#include "store/Files.h"

#include <QFile>
#include <QFileInfo>

namespace incentives::cli {

int Cli::cmdInit(Args& a)
{
    const bool demo = a.has(QStringLiteral("demo"));
    const bool empty = a.has(QStringLiteral("empty"));
    if (demo == empty || a.count() > 0)
        return usage(QStringLiteral("init takes --demo, or --empty --org NAME."));
    if (empty && !a.has(QStringLiteral("org")))
        return usage(QStringLiteral("init --empty needs --org NAME."));
    if (a.has(QStringLiteral("template")) && !demo)
        return usage(QStringLiteral("--template goes with --demo."));
    // A template is read and checked whole before anything is written.
    std::optional<demotemplate::Template> demoTemplate;
    if (a.has(QStringLiteral("template"))) {
        auto loaded = demotemplate::load(a.value(QStringLiteral("template")));
        if (!loaded)
            return failLines(loaded.error());
        demoTemplate = std::move(loaded).value();
    }

    // Build the new database beside the target and move it into place only when complete, so
    // that a failure leaves the old file as it was.
    const QString target = m_database;
    auto exists = databaseExists();
    if (!exists)
        return fail(exists.error());
    if (*exists && !a.has(QStringLiteral("force"))) {
        auto existing = AppContext::open(target, Database::OpenMode::MustExist);
        if (!existing)
            return fail(existing.error());
        if ((*existing)->directory().organization())
            return fail(makeError(
                ErrorKind::WrongState,
                QStringLiteral("%1 already holds an organization; add --force to replace it.").arg(target)));
    }
    if (*exists)
        if (int rc = mayReplaceWhole(); rc != Ok)
            return rc;
    QString adminPassword;
    const Status built = demofiles::buildInPlace(target, [&](AppContext& ctx) -> Status {
        if (demo)
            return demoTemplate ? demotemplate::apply(ctx, *demoTemplate) : seed::demo(ctx);
        auto made =
            seed::empty(ctx, {a.value(QStringLiteral("org")), a.value(QStringLiteral("legal-name")),
                              a.value(QStringLiteral("partner-id")), a.value(QStringLiteral("country")),
                              a.value(QStringLiteral("admin"), QStringLiteral("admin@example.com")),
                              a.value(QStringLiteral("admin-name"))});
        if (!made)
            return made.error();
        adminPassword = *made;
        return {};
    });
    if (!built)
        return failLines(built.error());
    done(demo
             ? QStringLiteral("Created the demo database %1.").arg(target)
             : QStringLiteral(
                   "Created %1 for %2. The Account admin %3 signs in with the temporary password %4 "
                   "(shown once) and chooses a new one.")
                   .arg(target, a.value(QStringLiteral("org")),
                        a.value(QStringLiteral("admin"), QStringLiteral("admin@example.com")), adminPassword),
         {{QStringLiteral("database"), target}, {QStringLiteral("temporary_password"), adminPassword}});
    return Ok;
}

int Cli::cmdGenerate(Args& a)
{
    bool ok1 = true;
    bool ok2 = true;
    bool ok3 = true;
    generator::Options options;
    options.locations = a.value(QStringLiteral("locations"), QStringLiteral("1000")).toInt(&ok1);
    options.programs = a.value(QStringLiteral("programs"), QStringLiteral("10")).toInt(&ok2);
    options.seed = a.value(QStringLiteral("seed"), QStringLiteral("1")).toUInt(&ok3);
    if (a.count() > 0 || !ok1 || !ok2 || !ok3)
        return usage(QStringLiteral("generate --locations N --programs M [--seed S] [--force]"));
    const QString target = m_database;
    auto exists = databaseExists();
    if (!exists)
        return fail(exists.error());
    if (*exists && !a.has(QStringLiteral("force")))
        return fail(makeError(ErrorKind::WrongState,
                              QStringLiteral("%1 exists; add --force to replace it.").arg(target)));
    if (*exists)
        if (int rc = mayReplaceWhole(); rc != Ok)
            return rc;
    generator::Summary summary;
    int lastPercent = -1;
    options.progress = [this, &lastPercent](qint64 done, qint64 total) {
        const int percent = int(done * 100 / qMax<qint64>(1, total));
        if (!json() && percent / 10 != lastPercent / 10) {
            m_err << "generating: " << percent << "%\n";
            m_err.flush();
        }
        lastPercent = percent;
        return true;
    };
    const Status built = demofiles::buildInPlace(target, [&](AppContext& ctx) -> Status {
        auto made = generator::generate(ctx, options);
        if (!made)
            return made.error();
        summary = *made;
        return {};
    });
    if (!built)
        return fail(built.error());
    done(QStringLiteral("Generated %1: %2 locations, %3 users, %4 programs, %5 enrollments.")
             .arg(target)
             .arg(summary.locations)
             .arg(summary.users)
             .arg(summary.programs)
             .arg(summary.enrollments),
         {{QStringLiteral("enrollments"), summary.enrollments}});
    return Ok;
}

int Cli::cmdBackup(Args& a)
{
    if (a.count() != 1)
        return usage(QStringLiteral("backup FILE"));
    Actor who;
    if (int rc = openAs(who); rc != Ok)
        return rc;
    auto anchor = auditanchor::head(*m_ctx);
    if (!anchor)
        return fail(anchor.error());
    if (auto s = MaintenanceService(*m_ctx).backUp(who, a.at(0)); !s)
        return fail(s.error());
    // The copy is at least this far along; keep the anchor with it to check it later.
    done(QStringLiteral("Wrote a copy to %1. Audit anchor: %2").arg(a.at(0), anchor->text()),
         {{QStringLiteral("file"), a.at(0)}, {QStringLiteral("audit_anchor"), anchor->text()}});
    return Ok;
}

int Cli::cmdMigrate(Args& a)
{
    if (a.count() != 0 || a.value(QStringLiteral("to")).isEmpty())
        return usage(QStringLiteral("migrate --to DATABASE [--from DATABASE]"));
    if (a.has(QStringLiteral("from"))) {
        auto from = DatabaseLocation::parse(a.value(QStringLiteral("from")));
        if (!from)
            return fail(from.error());
        if (!from->password.isEmpty())
            Database::rememberPassword(a.value(QStringLiteral("from")), from->password);
        m_database = from->display();
    }
    auto to = DatabaseLocation::parse(a.value(QStringLiteral("to")));
    if (!to)
        return fail(to.error());
    if (!to->password.isEmpty())
        Database::rememberPassword(a.value(QStringLiteral("to")), to->password);
    Actor who;
    if (int rc = openAs(who); rc != Ok)
        return rc;
    auto report = transfer::migrate(*m_ctx, who, to->display());
    if (!report)
        return fail(report.error());
    Table t({{QStringLiteral("table"), QStringLiteral("Table")},
             {QStringLiteral("source"), QStringLiteral("Source rows")},
             {QStringLiteral("target"), QStringLiteral("Copied rows")}});
    for (qsizetype i = 0; i < report->source.size(); ++i)
        t.add({{QStringLiteral("table"), report->source.at(i).table},
               {QStringLiteral("source"), report->source.at(i).rows},
               {QStringLiteral("target"), report->target.at(i).rows}});
    t.print(m_out, json());
    if (!json())
        m_out << QStringLiteral("Moved %1 to %2; every table's row count matches.\n")
                     .arg(m_database, to->display());
    return Ok;
}

int Cli::cmdRestore(Args& a)
{
    if (a.count() != 1)
        return usage(QStringLiteral("restore FILE"));
    Actor who;
    if (int rc = openAs(who); rc != Ok)
        return rc;
    auto replacement = MaintenanceService(*m_ctx).restore(who, a.at(0));
    if (!replacement)
        return fail(replacement.error());
    if (int rc = replaceDatabase(*replacement); rc != Ok)
        return rc;
    done(QStringLiteral("Restored %1 from %2.").arg(m_database, a.at(0)));
    return Ok;
}

int Cli::cmdCheck(Args& a)
{
    if (a.count() != 0)
        return usage(QStringLiteral("check takes no arguments."));
    Actor who;
    if (int rc = openAs(who); rc != Ok)
        return rc;
    auto problems = MaintenanceService(*m_ctx).check(who);
    if (!problems)
        return fail(problems.error());
    if (!problems->isEmpty())
        return fail(makeError(ErrorKind::Conflict, problems->join(QLatin1Char(' '))));
    done(QStringLiteral("The database is intact."));
    return Ok;
}

} // namespace incentives::cli
