// incentives-cli verbs for users and roles, locations, programs and the audit log.
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
    if (a.at(0) == QLatin1String("add") || a.at(0) == QLatin1String("edit"))
        return cmdLocationsChange(a);
    if (a.count() > 1 || (a.count() == 1 && a.at(0) != QLatin1String("list")))
        return usage(QStringLiteral("locations list | add | edit"));
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
    if (a.at(0) == QLatin1String("record"))
        return cmdProgramsRecord(a);
    const bool show = a.at(0) == QLatin1String("show");
    if ((show && a.count() != 2) ||
        (!show && (a.count() > 1 || (a.count() == 1 && a.at(0) != QLatin1String("list")))))
        return usage(QStringLiteral("programs list | programs show NAME"));
    Actor who;
    if (int rc = openAs(who); rc != Ok)
        return rc;
    if (show) {
        auto guide = DirectoryService(*m_ctx).programGuide(who, a.at(1));
        if (!guide)
            return fail(guide.error());
        if (json())
            printObject(
                m_out,
                {{QStringLiteral("name"), guide->title}, {QStringLiteral("html"), guide::toHtml(*guide)}},
                true);
        else
            m_out << guide::toText(*guide);
        return Ok;
    }
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
        auto chain = audit.verifyChain();
        if (!chain)
            return fail(chain.error());
        if (chain->brokenAt != 0)
            return fail(
                makeError(ErrorKind::Conflict,
                          QStringLiteral("the audit log is broken at record %1: it was changed after it "
                                         "was written.")
                              .arg(chain->brokenAt)));
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
        done(a.has(QStringLiteral("anchor"))
                 ? QStringLiteral("The audit log is intact (%1 records) and holds its anchor.")
                       .arg(chain->records)
                 : QStringLiteral("The audit log is intact (%1 records).").arg(chain->records));
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
    auto entries = audit.lines(*who, filter);
    if (!entries)
        return fail(entries.error());
    // The table says what happened in a sentence; JSON keeps the codes for scripts as well.
    QList<Table::Column> columns{{QStringLiteral("at"), QStringLiteral("When")},
                                 {QStringLiteral("actor"), QStringLiteral("Who")},
                                 {QStringLiteral("event"), QStringLiteral("What happened")}};
    if (json())
        columns += {{QStringLiteral("action"), QStringLiteral("Action")},
                    {QStringLiteral("location"), QStringLiteral("Location")},
                    {QStringLiteral("program"), QStringLiteral("Program")},
                    {QStringLiteral("details"), QStringLiteral("Details")}};
    Table t(columns);
    for (const AuditLine& l : *entries) {
        const AuditEntry& e = l.entry;
        t.add({{QStringLiteral("at"), when(e.at)},
               {QStringLiteral("actor"), e.actor},
               {QStringLiteral("event"), l.sentence},
               {QStringLiteral("action"), e.action},
               {QStringLiteral("location"), e.partnerId},
               {QStringLiteral("program"), e.program},
               {QStringLiteral("details"), e.details}});
    }
    t.print(m_out, json());
    return Ok;
}

} // namespace incentives::cli
