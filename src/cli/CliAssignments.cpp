// incentives-cli verbs for payout and tax profile assignment: what each enrollment is paid with,
// in which currency, and whether its payments are held.
#include "cli/Cli.h"
#include "cli/CliArgs.h"
#include "cli/CliOutput.h"
#include "services/AssignmentService.h"

#include <QJsonArray>

namespace incentives::cli {
namespace {

QJsonObject assignmentObject(const AssignmentRow& r)
{
    QJsonObject o{
        {QStringLiteral("program"), r.enrollment.programName},
        {QStringLiteral("partner_id"), r.enrollment.partnerId},
        {QStringLiteral("location"), r.enrollment.locationName},
        {QStringLiteral("status"), statusCode(r.enrollment.status)},
        {QStringLiteral("tax_id"), r.taxProfileId > 0 ? QJsonValue(r.taxProfileId) : QJsonValue()},
        {QStringLiteral("tax"), r.taxProfile},
        {QStringLiteral("tax_is_default"), r.taxFromDefault},
        {QStringLiteral("method"), r.paymentMethod},
        {QStringLiteral("bank_id"), r.bankProfileId > 0 ? QJsonValue(r.bankProfileId) : QJsonValue()},
        {QStringLiteral("bank"), r.bankProfile},
        {QStringLiteral("bank_is_default"), r.bankFromDefault},
        {QStringLiteral("currency"), r.currency},
        {QStringLiteral("currency_proposed"), r.currencyProposed},
        {QStringLiteral("on_hold"), r.enrollment.paymentHold}};
    return o;
}

} // namespace

int Cli::cmdAssignments(Args& a)
{
    const QString sub = a.at(0).isEmpty() ? QStringLiteral("list") : a.at(0);
    const QString currencyOption = QStringLiteral("currency");
    const QString bankOption = QStringLiteral("bank");
    // --tax-profile ID, or its short form --tax ID.
    const QString taxOption =
        a.has(QStringLiteral("tax-profile")) ? QStringLiteral("tax-profile") : QStringLiteral("tax");
    // Everything the words say is checked before the database is opened: bad input writes nothing.
    AssignmentChange change;
    if (sub == QLatin1String("list")) {
        if (a.count() > 1 || a.has(bankOption) || a.has(taxOption) || a.has(currencyOption))
            return usage(QStringLiteral("assignments [list]"));
    } else if (sub == QLatin1String("set")) {
        if (a.count() != 3)
            return usage(QStringLiteral(
                "assignments set PROGRAM PARTNERID [--bank ID] [--tax-profile ID] [--currency XXX]"));
        if (!a.has(bankOption) && !a.has(taxOption) && !a.has(currencyOption))
            return usage(QStringLiteral("assignments set: give --bank, --tax-profile or --currency."));
        if (a.has(QStringLiteral("tax-profile")) && a.has(QStringLiteral("tax")))
            return usage(QStringLiteral("assignments set: give --tax-profile once."));
        if (a.has(bankOption) && a.value(bankOption).trimmed().isEmpty())
            return usage(QStringLiteral("--bank needs a bank profile's ID or name."));
        if (a.has(currencyOption) && a.value(currencyOption).trimmed().isEmpty())
            return usage(QStringLiteral("--currency needs a currency code, like EUR."));
        change.bankProfile = a.value(bankOption);
        change.currency = a.value(currencyOption);
        if (a.has(taxOption)) {
            bool number = false;
            const Id tax = a.value(taxOption).toLongLong(&number);
            if (!number || tax <= 0)
                return usage(
                    QStringLiteral("--tax-profile needs a tax profile's ID (see tax-profile list)."));
            change.taxProfile = tax;
        }
    } else if (sub == QLatin1String("hold") || sub == QLatin1String("release")) {
        if (a.count() != 3 || a.has(bankOption) || a.has(taxOption) || a.has(currencyOption))
            return usage(QStringLiteral("assignments %1 PROGRAM PARTNERID").arg(sub));
    } else if (sub == QLatin1String("defaults")) {
        if (a.count() < 2 || a.value(bankOption).trimmed().isEmpty() ||
            a.value(currencyOption).trimmed().isEmpty() || a.has(taxOption))
            return usage(QStringLiteral("assignments defaults --bank ID --currency XXX PARTNERID..."));
    } else {
        return usage(QStringLiteral("assignments: no subcommand '%1'.").arg(sub.left(40)));
    }

    Actor who;
    if (int rc = openAs(who); rc != Ok)
        return rc;
    AssignmentService service(*m_ctx);
    if (sub == QLatin1String("list")) {
        auto rows = service.list(who);
        if (!rows)
            return fail(rows.error());
        Table t({{QStringLiteral("program"), QStringLiteral("Program")},
                 {QStringLiteral("partner_id"), QStringLiteral("PartnerID")},
                 {QStringLiteral("tax_id"), QStringLiteral("Tax ID")},
                 {QStringLiteral("tax"), QStringLiteral("Tax profile")},
                 {QStringLiteral("method"), QStringLiteral("Payment method")},
                 {QStringLiteral("bank_id"), QStringLiteral("Bank ID")},
                 {QStringLiteral("bank"), QStringLiteral("Bank profile")},
                 {QStringLiteral("currency"), QStringLiteral("Currency")},
                 {QStringLiteral("on_hold"), QStringLiteral("On hold")}});
        for (const AssignmentRow& r : *rows)
            t.add(assignmentObject(r));
        t.print(m_out, json());
        return Ok;
    }
    if (sub == QLatin1String("set")) {
        auto row = service.set(who, a.at(1), a.at(2), change);
        if (!row)
            return fail(row.error());
        done(QStringLiteral("%1 at %2 is paid from '%3' in %4 under tax profile %5.")
                 .arg(row->enrollment.programName, row->enrollment.partnerId,
                      row->bankProfile.isEmpty() ? QStringLiteral("-") : row->bankProfile,
                      row->currency.isEmpty() ? QStringLiteral("-") : row->currency,
                      row->taxProfile.isEmpty() ? QStringLiteral("-") : row->taxProfile),
             assignmentObject(*row));
        return Ok;
    }
    if (sub == QLatin1String("hold") || sub == QLatin1String("release")) {
        const bool hold = sub == QLatin1String("hold");
        auto row = service.hold(who, a.at(1), a.at(2), hold);
        if (!row)
            return fail(row.error());
        done(hold ? QStringLiteral("The payments of %1 at %2 are on hold.")
                        .arg(row->enrollment.programName, row->enrollment.partnerId)
                  : QStringLiteral("The payments of %1 at %2 are released.")
                        .arg(row->enrollment.programName, row->enrollment.partnerId),
             assignmentObject(*row));
        return Ok;
    }
    auto outcome =
        service.setDefaults(who, a.value(bankOption), a.value(currencyOption), a.positional().mid(1));
    if (!outcome)
        return fail(outcome.error());
    QString message =
        QStringLiteral("Set the default bank profile of %1 location(s); %2 enrollment(s) take %3.")
            .arg(outcome->locations)
            .arg(outcome->assigned)
            .arg(a.value(currencyOption).trimmed().toUpper());
    if (!outcome->unchanged.isEmpty())
        message += QStringLiteral(" Not paid in it, unchanged: %1.")
                       .arg(outcome->unchanged.join(QStringLiteral(", ")));
    done(message, {{QStringLiteral("locations"), outcome->locations},
                   {QStringLiteral("assigned"), outcome->assigned},
                   {QStringLiteral("unchanged"), QJsonArray::fromStringList(outcome->unchanged)}});
    return Ok;
}

} // namespace incentives::cli
