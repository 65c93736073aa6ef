// incentives-cli verbs for the database, the clock, users, locations, programs and the audit log.
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
#include "services/demo/Generator.h"
#include "services/demo/PresenterTools.h"
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

int Cli::cmdInit(Args& a)
{
    const bool demo = a.has(QStringLiteral("demo"));
    const bool empty = a.has(QStringLiteral("empty"));
    if (demo == empty || a.count() > 0)
        return usage(QStringLiteral("init takes --demo, or --empty --org NAME."));
    if (empty && !a.has(QStringLiteral("org")))
        return usage(QStringLiteral("init --empty needs --org NAME."));

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
            return seed::demo(ctx);
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
        return fail(built.error());
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

int Cli::cmdUsers(Args& a)
{
    const QString sub = a.at(0).isEmpty() ? QStringLiteral("list") : a.at(0);
    Actor who;
    if (int rc = openAs(who); rc != Ok)
        return rc;
    DirectoryService directory(*m_ctx);
    if (sub == QLatin1String("list")) {
        auto users = directory.users(who);
        if (!users)
            return fail(users.error());
        auto partnerIds = directory.partnerIds();
        if (!partnerIds)
            return fail(partnerIds.error());
        Table t({{QStringLiteral("name"), QStringLiteral("Name")},
                 {QStringLiteral("email"), QStringLiteral("Email")},
                 {QStringLiteral("active"), QStringLiteral("Active")},
                 {QStringLiteral("roles"), QStringLiteral("Roles")}});
        for (const UserView& v : *users) {
            QJsonArray roles;
            for (const RoleAssignment& r : v.roles) {
                QJsonObject o{{QStringLiteral("role"), roleCode(r.role)}};
                if (r.locationId > 0)
                    o.insert(QStringLiteral("location"), partnerIds->value(r.locationId));
                roles.append(o);
            }
            QJsonObject row{{QStringLiteral("name"), v.user.name},
                            {QStringLiteral("email"), v.user.email},
                            {QStringLiteral("active"), v.user.active},
                            {QStringLiteral("roles"), roles}};
            if (!json())
                row.insert(QStringLiteral("roles"), v.describeRoles(*partnerIds).join(QStringLiteral(", ")));
            t.add(row);
        }
        t.print(m_out, json());
        return Ok;
    }
    if (sub == QLatin1String("add")) {
        if (a.count() != 3)
            return usage(QStringLiteral("users add EMAIL NAME"));
        auto added = directory.addUser(who, a.at(1), a.at(2));
        if (!added)
            return fail(added.error());
        const QString message =
            added->temporaryPassword.isEmpty()
                ? QStringLiteral("Added %1 <%2>.").arg(added->user.name, added->user.email)
                : QStringLiteral(
                      "Added %1 <%2>. Temporary password (shown once; to change at first sign-in): %3")
                      .arg(added->user.name, added->user.email, added->temporaryPassword);
        done(message, {{QStringLiteral("temporary_password"), added->temporaryPassword}});
        return Ok;
    }
    if (sub == QLatin1String("deactivate") || sub == QLatin1String("reactivate")) {
        if (a.count() != 2)
            return usage(QStringLiteral("users %1 EMAIL").arg(sub));
        const bool active = sub == QLatin1String("reactivate");
        if (auto r = directory.setActive(who, a.at(1), active); !r)
            return fail(r.error());
        done(active ? QStringLiteral("%1 can sign in again.").arg(a.at(1))
                    : QStringLiteral("%1 is deactivated; their history stays.").arg(a.at(1)));
        return Ok;
    }
    if (sub == QLatin1String("reset-password")) {
        if (a.count() != 2)
            return usage(QStringLiteral("users reset-password EMAIL"));
        auto temporary = AuthService(*m_ctx).resetPassword(who, a.at(1));
        if (!temporary)
            return fail(temporary.error());
        done(QStringLiteral("Temporary password for %1 (shown once; to change at first sign-in): %2")
                 .arg(a.at(1), *temporary),
             {{QStringLiteral("temporary_password"), *temporary}});
        return Ok;
    }
    if (sub == QLatin1String("assign") || sub == QLatin1String("revoke")) {
        if (a.count() != 3)
            return usage(QStringLiteral("users %1 EMAIL ROLE [--location ID]").arg(sub));
        const auto role = roleFromCode(a.at(2));
        if (!role)
            return usage(QStringLiteral("ROLE is account-admin, incentives-admin or incentives-user."));
        const QString location = a.value(QStringLiteral("location"));
        auto result = sub == QLatin1String("assign") ? directory.assignRole(who, a.at(1), *role, location,
                                                                            a.has(QStringLiteral("replace")))
                                                     : directory.revokeRole(who, a.at(1), *role, location);
        if (!result)
            return fail(result.error());
        done(sub == QLatin1String("assign")
                 ? QStringLiteral("%1 is %2%3.")
                       .arg(a.at(1).trimmed().toLower(), roleLabel(*role),
                            location.isEmpty() ? QString() : QStringLiteral(" at ") + location)
                 : QStringLiteral("%1 is no longer %2%3.")
                       .arg(a.at(1).trimmed().toLower(), roleLabel(*role),
                            location.isEmpty() ? QString() : QStringLiteral(" at ") + location));
        return Ok;
    }
    return usage(
        QStringLiteral("users list | add | assign | revoke | deactivate | reactivate | reset-password"));
}

int Cli::cmdLocations(Args& a)
{
    if (a.count() > 1 || (a.count() == 1 && a.at(0) != QLatin1String("list")))
        return usage(QStringLiteral("locations list"));
    Actor who;
    if (int rc = openAs(who); rc != Ok)
        return rc;
    auto locations = DirectoryService(*m_ctx).locations(who);
    if (!locations)
        return fail(locations.error());
    Table t({{QStringLiteral("partner_id"), QStringLiteral("PartnerID")},
             {QStringLiteral("name"), QStringLiteral("Location")},
             {QStringLiteral("legal_name"), QStringLiteral("Legal entity")},
             {QStringLiteral("country"), QStringLiteral("Country")},
             {QStringLiteral("agreement"), QStringLiteral("Agreement")},
             {QStringLiteral("incentives_admin"), QStringLiteral("Incentives admin")},
             {QStringLiteral("waiting_invitations"), QStringLiteral("Waiting invitations")}});
    for (const LocationView& v : *locations)
        t.add({{QStringLiteral("partner_id"), v.location.partnerId},
               {QStringLiteral("name"), v.location.name},
               {QStringLiteral("legal_name"), v.location.legalName},
               {QStringLiteral("country"), v.location.country},
               {QStringLiteral("agreement"),
                v.location.attributes.agreementActive ? QStringLiteral("active") : QStringLiteral("expired")},
               {QStringLiteral("incentives_admin"),
                v.incentivesAdmin ? QJsonValue(v.incentivesAdmin->email) : QJsonValue()},
               {QStringLiteral("waiting_invitations"), v.waitingInvitations}});
    t.print(m_out, json());
    return Ok;
}

int Cli::cmdPrograms(Args& a)
{
    if (a.count() > 1 || (a.count() == 1 && a.at(0) != QLatin1String("list")))
        return usage(QStringLiteral("programs list"));
    Actor who;
    if (int rc = openAs(who); rc != Ok)
        return rc;
    auto programs = DirectoryService(*m_ctx).programs(who);
    if (!programs)
        return fail(programs.error());
    Table t({{QStringLiteral("name"), QStringLiteral("Program")},
             {QStringLiteral("fiscal_year"), QStringLiteral("Year")},
             {QStringLiteral("state"), QStringLiteral("State")},
             {QStringLiteral("open_to_all"), QStringLiteral("Open to all")},
             {QStringLiteral("currencies"), QStringLiteral("Currencies")},
             {QStringLiteral("criteria"), QStringLiteral("Eligibility criteria")}});
    for (const Program& p : *programs)
        t.add({{QStringLiteral("name"), p.name},
               {QStringLiteral("fiscal_year"), fiscal::label(p.fiscalYear)},
               {QStringLiteral("state"), programStateCode(p.state)},
               {QStringLiteral("open_to_all"), p.openToAll},
               {QStringLiteral("currencies"), QJsonArray::fromStringList(p.currencies)},
               {QStringLiteral("criteria"), p.criteria}});
    t.print(m_out, json());
    return Ok;
}

int Cli::cmdAudit(Args& a)
{
    if (int rc = open(); rc != Ok)
        return rc;
    AuditService audit(*m_ctx);
    if (a.at(0) == QLatin1String("verify")) {
        // A maintenance check anyone holding the file may run: it tells only where the chain breaks.
        auto broken = m_ctx->auditLog().verify();
        if (!broken)
            return fail(broken.error());
        if (*broken != 0)
            return fail(
                makeError(ErrorKind::Conflict,
                          QStringLiteral("the audit log is broken at record %1: it was changed after it "
                                         "was written.")
                              .arg(*broken)));
        if (a.has(QStringLiteral("anchor"))) {
            auto anchor = AuditAnchor::parse(a.value(QStringLiteral("anchor")));
            if (!anchor)
                return fail(anchor.error());
            auto problem = auditanchor::compare(*m_ctx, *anchor);
            if (!problem)
                return fail(problem.error());
            if (!problem->isEmpty())
                return fail(makeError(ErrorKind::Conflict, *problem));
        }
        auto count = m_ctx->auditLog().count();
        done(a.has(QStringLiteral("anchor"))
                 ? QStringLiteral("The audit log is intact (%1 records) and holds its anchor.")
                       .arg(count ? *count : 0)
                 : QStringLiteral("The audit log is intact (%1 records).").arg(count ? *count : 0));
        return Ok;
    }
    if (a.at(0) == QLatin1String("anchor") && a.count() == 1) {
        // What to keep elsewhere, so that deleting or rewriting records later shows.
        auto anchor = auditanchor::head(*m_ctx);
        if (!anchor)
            return fail(anchor.error());
        if (json())
            printObject(m_out,
                        {{QStringLiteral("anchor"), anchor->text()},
                         {QStringLiteral("count"), anchor->count},
                         {QStringLiteral("hash"), anchor->hash}},
                        true);
        else
            m_out << anchor->text() << '\n';
        return Ok;
    }
    if (a.count() > 0)
        return usage(QStringLiteral("audit [--limit N] [--search TEXT] [--user EMAIL] [--csv FILE] | audit "
                                    "anchor | audit verify [--anchor COUNT:HASH]"));
    auto who = actor();
    if (!who)
        return fail(who.error());
    bool ok = true;
    AuditFilter filter;
    filter.limit = a.value(QStringLiteral("limit"), QStringLiteral("50")).toInt(&ok);
    if (!ok || filter.limit <= 0 || filter.limit > 100000)
        return usage(QStringLiteral("--limit takes a number from 1 to 100000."));
    filter.text = a.value(QStringLiteral("search"));
    filter.actor = a.value(QStringLiteral("user"));
    if (a.has(QStringLiteral("csv"))) {
        const QString output = a.value(QStringLiteral("csv"));
        if (auto s = files::checkTarget(output, m_database); !s)
            return fail(s.error());
        auto csv = audit.exportCsv(*who, filter);
        if (!csv)
            return fail(csv.error());
        if (auto s = files::writeFile(output, *csv); !s)
            return fail(s.error());
        done(QStringLiteral("Wrote %1.").arg(output));
        return Ok;
    }
    auto entries = audit.list(*who, filter);
    if (!entries)
        return fail(entries.error());
    Table t({{QStringLiteral("at"), QStringLiteral("When")},
             {QStringLiteral("actor"), QStringLiteral("Who")},
             {QStringLiteral("action"), QStringLiteral("Action")},
             {QStringLiteral("location"), QStringLiteral("Location")},
             {QStringLiteral("program"), QStringLiteral("Program")},
             {QStringLiteral("details"), QStringLiteral("Details")}});
    for (const AuditEntry& e : *entries)
        t.add({{QStringLiteral("at"), when(e.at)},
               {QStringLiteral("actor"), e.actor},
               {QStringLiteral("action"), e.action},
               {QStringLiteral("location"), e.partnerId},
               {QStringLiteral("program"), e.program},
               {QStringLiteral("details"), e.details}});
    t.print(m_out, json());
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
    return usage(QStringLiteral("demo list | demo save NAME | demo load NAME | demo reset"));
}

int Cli::cmdScenario(Args& a)
{
    const QString sub = a.at(0).isEmpty() ? QStringLiteral("list") : a.at(0);
    if (sub == QLatin1String("list")) {
        Table t({{QStringLiteral("id"), QStringLiteral("Scenario")},
                 {QStringLiteral("title"), QStringLiteral("Title")}});
        for (const auto& s : scenarios::all())
            t.add({{QStringLiteral("id"), s.id}, {QStringLiteral("title"), s.title}});
        t.print(m_out, json());
        return Ok;
    }
    const auto* scenario = scenarios::find(a.at(1));
    if (a.count() != 2 || !scenario)
        return usage(QStringLiteral("scenario list | scenario show ID | scenario start ID"));
    if (sub == QLatin1String("start")) {
        Actor who;
        if (int rc = openAs(who); rc != Ok)
            return rc;
        auto replacement = MaintenanceService(*m_ctx).resetDemo(who);
        if (!replacement)
            return fail(replacement.error());
        if (int rc = replaceDatabase(*replacement); rc != Ok)
            return rc;
    } else if (sub != QLatin1String("show")) {
        return usage(QStringLiteral("scenario list | scenario show ID | scenario start ID"));
    }
    if (int rc = open(); rc != Ok)
        return rc;
    const QList<bool> progress = scenarios::progress(*m_ctx, *scenario);
    if (json()) {
        QJsonArray steps;
        for (qsizetype i = 0; i < scenario->steps.size(); ++i)
            steps.append(QJsonObject{{QStringLiteral("step"), scenario->steps.at(i).text},
                                     {QStringLiteral("done"), progress.at(i)}});
        printObject(m_out,
                    {{QStringLiteral("id"), scenario->id},
                     {QStringLiteral("title"), scenario->title},
                     {QStringLiteral("steps"), steps}},
                    true);
        return Ok;
    }
    m_out << scenario->title << '\n' << scenario->summary << '\n';
    for (qsizetype i = 0; i < scenario->steps.size(); ++i)
        m_out << (progress.at(i) ? "  [x] " : "  [ ] ") << scenario->steps.at(i).text << '\n';
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
