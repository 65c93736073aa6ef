// incentives-cli verbs that mirror a real organization's Partner Center account: locations,
// programs and invitations as Partner Center shows them, Microsoft's recorded validation outcome,
// and CSV imports of locations and users.
#include "cli/Cli.h"
#include "cli/CliArgs.h"
#include "cli/CliOutput.h"
#include "core/FiscalCalendar.h"
#include "services/OrganizationService.h"

#include <QFile>

namespace incentives::cli {
namespace {

// Applies the location options given on the command line; returns what is wrong, or nothing.
QString applyLocationOptions(const Args& a, LocationInput& in)
{
    const auto text = [&a](const char* name, QString& field) {
        const QString option = QString::fromLatin1(name);
        if (a.has(option))
            field = a.value(option);
    };
    text("name", in.name);
    text("legal-name", in.legalName);
    text("country", in.country);
    text("city", in.city);
    text("address", in.address);
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
    LocationAttributes& attrs = in.attributes;
    if (!flag("solutions-partner", attrs.solutionsPartner) ||
        !flag("csp-indirect", attrs.cspIndirectReseller) || !flag("csp-direct", attrs.cspDirectBill))
        return QStringLiteral("the yes/no options take yes or no.");
    if (a.has(QStringLiteral("agreement"))) {
        const QString v = a.value(QStringLiteral("agreement")).toLower();
        if (v != QLatin1String("active") && v != QLatin1String("expired"))
            return QStringLiteral("--agreement is active or expired.");
        attrs.agreementActive = v == QLatin1String("active");
    }
    bool ok = true;
    if (a.has(QStringLiteral("revenue")))
        attrs.trailingRevenueUsd = a.value(QStringLiteral("revenue")).toLongLong(&ok);
    if (ok && a.has(QStringLiteral("customers")))
        attrs.customerAdds = a.value(QStringLiteral("customers")).toInt(&ok);
    if (!ok)
        return QStringLiteral("--revenue and --customers take whole numbers.");
    return {};
}

} // namespace

int Cli::cmdLocationsChange(Args& a)
{
    const bool add = a.at(0) == QLatin1String("add");
    if (a.count() != 2)
        return usage(
            add ? QStringLiteral("locations add PARTNERID --name NAME --legal-name NAME --country CC "
                                 "[attribute options]")
                : QStringLiteral("locations edit PARTNERID [--name NAME] [--legal-name NAME] "
                                 "[--country CC] [attribute options]"));
    Actor who;
    if (int rc = openAs(who); rc != Ok)
        return rc;
    OrganizationService organization(*m_ctx);
    LocationInput in;
    in.partnerId = a.at(1);
    if (!add) {
        auto current = organization.location(who, a.at(1));
        if (!current)
            return fail(current.error());
        in.name = current->name;
        in.legalName = current->legalName;
        in.country = current->country;
        in.city = current->city;
        in.address = current->address;
        in.attributes = current->attributes;
        in.version = current->version;
    }
    if (const QString problem = applyLocationOptions(a, in); !problem.isEmpty())
        return fail(makeError(ErrorKind::Invalid, problem));
    auto saved = add ? organization.addLocation(who, in) : organization.editLocation(who, in);
    if (!saved)
        return fail(saved.error());
    done(add ? QStringLiteral("Added the location %1 (%2).").arg(saved->partnerId, saved->name)
             : QStringLiteral("Saved the location %1 (%2).").arg(saved->partnerId, saved->name),
         {{QStringLiteral("partner_id"), saved->partnerId}});
    return Ok;
}

int Cli::cmdProgramsRecord(Args& a)
{
    if (a.count() != 2 || !a.has(QStringLiteral("currencies")))
        return usage(
            QStringLiteral("programs record NAME --currencies USD,EUR [--criteria TEXT] [--open-to-all] "
                           "[--credit-note] [--state open|closed|discontinued]"));
    Program p;
    p.name = a.at(1);
    p.currencies = a.value(QStringLiteral("currencies")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    p.criteria = a.value(QStringLiteral("criteria"));
    p.openToAll = a.has(QStringLiteral("open-to-all"));
    p.methods = {PaymentMethod::BankTransfer};
    if (a.has(QStringLiteral("credit-note")))
        p.methods.append(PaymentMethod::CreditNote);
    if (a.has(QStringLiteral("state"))) {
        const auto state = programStateFromCode(a.value(QStringLiteral("state")).toLower());
        if (!state)
            return usage(QStringLiteral("--state is open, closed or discontinued."));
        p.state = *state;
    }
    Actor who;
    if (int rc = openAs(who); rc != Ok)
        return rc;
    auto recorded = OrganizationService(*m_ctx).recordProgram(who, p);
    if (!recorded)
        return fail(recorded.error());
    done(QStringLiteral("Recorded %1 (%2, %3).")
             .arg(recorded->name, programStateLabel(recorded->state), fiscal::label(recorded->fiscalYear)),
         {{QStringLiteral("state"), programStateCode(recorded->state)}});
    return Ok;
}

int Cli::cmdInvitationRecord(Args& a)
{
    if (a.count() != 2 || !a.has(QStringLiteral("location")) || a.has(QStringLiteral("bank-profile")))
        return usage(QStringLiteral("invitation record PROGRAM --location ID"));
    Actor who;
    if (int rc = openAs(who); rc != Ok)
        return rc;
    auto e = OrganizationService(*m_ctx).recordInvitation(who, a.at(1), a.value(QStringLiteral("location")));
    if (!e)
        return fail(e.error());
    done(QStringLiteral("Recorded the invitation to %1 at %2: %3.")
             .arg(e->programName, e->partnerId, statusLabel(e->status)),
         {{QStringLiteral("status"), statusCode(e->status)}});
    return Ok;
}

int Cli::cmdValidationRecord(Args& a)
{
    const QString outcome = a.at(1);
    if (a.count() != 3 || !a.has(QStringLiteral("location")) ||
        (outcome != QLatin1String("approved") && outcome != QLatin1String("rejected")))
        return usage(
            QStringLiteral("validation record approved|rejected PROGRAM --location ID [--reason TEXT]"));
    Actor who;
    if (int rc = openAs(who); rc != Ok)
        return rc;
    auto e = OrganizationService(*m_ctx).recordOutcome(who, a.at(2), a.value(QStringLiteral("location")),
                                                       outcome == QLatin1String("approved"),
                                                       a.value(QStringLiteral("reason")));
    if (!e)
        return fail(e.error());
    done(QStringLiteral("Recorded Microsoft's outcome for %1 at %2: %3.")
             .arg(e->programName, e->partnerId, statusLabel(e->status)),
         {{QStringLiteral("status"), statusCode(e->status)}});
    return Ok;
}

int Cli::cmdImport(Args& a)
{
    const QString what = a.at(0);
    if (a.count() != 2 || (what != QLatin1String("locations") && what != QLatin1String("users")))
        return usage(QStringLiteral("import locations|users FILE [--dry-run]"));
    const ImportKind kind = what == QLatin1String("users") ? ImportKind::Users : ImportKind::Locations;
    QFile file(a.at(1));
    if (!file.open(QIODevice::ReadOnly))
        return fail(makeError(ErrorKind::NotFound,
                              QStringLiteral("cannot read %1: %2").arg(a.at(1), file.errorString())));
    const QByteArray content = file.read(8 * 1024 * 1024 + 1);
    file.close();
    Actor who;
    if (int rc = openAs(who); rc != Ok)
        return rc;
    OrganizationService organization(*m_ctx);
    auto preview = organization.previewImport(who, kind, content);
    if (!preview)
        return fail(preview.error());
    // The preview: one row per line of the file, with what is wrong with it.
    QList<Table::Column> columns{{QStringLiteral("line"), QStringLiteral("Line")}};
    for (const QString& c : preview->columns)
        columns.append({c, c});
    columns.append({QStringLiteral("problem"), QStringLiteral("Problem")});
    Table t(columns);
    for (const ImportRow& row : preview->rows) {
        QJsonObject o{{QStringLiteral("line"), row.line}, {QStringLiteral("problem"), row.problem}};
        for (qsizetype i = 0; i < preview->columns.size(); ++i)
            o.insert(preview->columns.at(i), row.cells.value(i));
        t.add(o);
    }
    if (!preview->canImport()) {
        const QStringList messages = preview->messages();
        for (const QString& m : messages)
            m_err << "incentives-cli: " << forTerminal(m_err, m) << '\n';
        if (messages.isEmpty())
            m_err << "incentives-cli: the file has no rows to import.\n";
        m_err << "incentives-cli: nothing was imported.\n";
        m_err.flush();
        return Refused;
    }
    if (a.has(QStringLiteral("dry-run"))) {
        t.print(m_out, json());
        if (!json())
            m_out << QStringLiteral("%1 rows can be imported; nothing was written (--dry-run).\n")
                         .arg(preview->rows.size());
        return Ok;
    }
    auto imported = organization.import(who, kind, content);
    if (!imported)
        return fail(imported.error());
    QJsonArray users;
    QStringList passwords;
    for (const ImportedUser& u : imported->users) {
        users.append(QJsonObject{{QStringLiteral("email"), u.email},
                                 {QStringLiteral("temporary_password"), u.temporaryPassword}});
        if (!u.temporaryPassword.isEmpty())
            passwords.append(QStringLiteral("  %1  %2").arg(u.email, u.temporaryPassword));
    }
    QString message = QStringLiteral("Imported %1 %2.").arg(imported->count).arg(what);
    if (!passwords.isEmpty())
        message += QStringLiteral("\nTemporary passwords (shown once; to change at first sign-in):\n") +
                   passwords.join(QLatin1Char('\n'));
    done(message, {{QStringLiteral("count"), imported->count}, {QStringLiteral("users"), users}});
    return Ok;
}

} // namespace incentives::cli
