// incentives-cli verbs for payout (bank) and tax profiles, and the identifier validators.
#include "cli/Cli.h"
#include "cli/CliArgs.h"
#include "cli/CliOutput.h"
#include "core/EnrollmentRules.h"
#include "core/TimeText.h"
#include "core/Validators.h"
#include "services/DirectoryService.h"
#include "services/ProfileService.h"

namespace incentives::cli {
namespace {

// Copies the options given on the command line onto a profile; returns a usage error or "".
QString applyBankOptions(const Args& a, BankProfile& p)
{
    const auto set = [&a](const char* option, QString& field) {
        const QString name = QString::fromLatin1(option);
        if (a.has(name))
            field = a.value(name);
    };
    set("name", p.name);
    set("country", p.country);
    set("currency", p.currency);
    set("holder", p.holderName);
    set("iban", p.iban);
    set("bic", p.bic);
    set("routing", p.routingNumber);
    set("institution", p.institution);
    set("account", p.accountNumber);
    set("bank-name", p.bankName);
    set("bank-address", p.bankAddress);
    set("tenant", p.tenantId);
    set("contact-name", p.contactName);
    set("contact-email", p.contactEmail);
    set("contact-phone", p.contactPhone);
    if (a.has(QStringLiteral("tax-exempt")) && a.has(QStringLiteral("no-tax-exempt")))
        return QStringLiteral("--tax-exempt and --no-tax-exempt exclude each other.");
    if (a.has(QStringLiteral("tax-exempt")))
        p.taxExempt = true;
    if (a.has(QStringLiteral("no-tax-exempt")))
        p.taxExempt = false;
    if (a.has(QStringLiteral("account-type"))) {
        const auto type = accountTypeFromCode(a.value(QStringLiteral("account-type")));
        if (!type)
            return QStringLiteral("--account-type is checking or savings.");
        p.accountType = *type;
    }
    if (a.has(QStringLiteral("method"))) {
        const auto method = paymentMethodFromCode(a.value(QStringLiteral("method")));
        if (!method)
            return QStringLiteral("--method is bank-transfer or credit-note.");
        p.method = *method;
    }
    return {};
}

QJsonObject bankObject(const BankProfileView& v)
{
    const BankProfile& b = v.profile;
    QJsonObject o{{QStringLiteral("name"), b.name},
                  {QStringLiteral("country"), b.country},
                  {QStringLiteral("currency"), b.currency},
                  {QStringLiteral("method"), paymentMethodCode(b.method)},
                  {QStringLiteral("holder"), b.holderName},
                  {QStringLiteral("status"), profileStatusCode(b.status)},
                  {QStringLiteral("status_reason"), b.statusReason},
                  {QStringLiteral("default_for"), QJsonArray::fromStringList(v.defaultFor)},
                  {QStringLiteral("enrollments"), v.enrollments},
                  {QStringLiteral("full_details"), v.fullDetails},
                  {QStringLiteral("owner"), v.ownerPartnerId},
                  {QStringLiteral("may_use"), v.mayUse.ok()},
                  {QStringLiteral("may_edit"), v.mayEdit.ok()}};
    if (!v.mayEdit)
        o.insert(QStringLiteral("edit_refused"), v.mayEdit.error().message);
    const auto add = [&o](const char* key, const QString& value) {
        if (!value.isEmpty())
            o.insert(QString::fromLatin1(key), value);
    };
    add("iban", b.iban);
    add("bic", b.bic);
    add("routing", b.routingNumber);
    add("institution", b.institution);
    add("account", b.accountNumber);
    if (!b.accountNumber.isEmpty() && b.country == QLatin1String("US"))
        o.insert(QStringLiteral("account_type"), accountTypeCode(b.accountType));
    add("bank_name", b.bankName);
    add("bank_address", b.bankAddress);
    add("contact_name", b.contactName);
    add("contact_email", b.contactEmail);
    add("contact_phone", b.contactPhone);
    if (b.method == PaymentMethod::CreditNote) {
        o.insert(QStringLiteral("tenant"), b.tenantId);
        o.insert(QStringLiteral("credit_note_status"), creditNoteStatusCode(b.creditNoteStatus));
        o.insert(QStringLiteral("tax_exempt"), b.taxExempt);
    }
    return o;
}

QJsonObject taxObject(const TaxProfile& t)
{
    QJsonObject o{{QStringLiteral("id"), t.id},
                  {QStringLiteral("form"), taxFormCode(t.form)},
                  {QStringLiteral("signed"), t.signedOn.toString(Qt::ISODate)},
                  {QStringLiteral("status"), profileStatusCode(t.status)},
                  {QStringLiteral("status_reason"), t.statusReason}};
    const QDate expiry = rules::taxExpiry(t);
    o.insert(QStringLiteral("expires"),
             expiry.isValid() ? QJsonValue(expiry.toString(Qt::ISODate)) : QJsonValue());
    const auto add = [&o](const char* key, const QString& value) {
        if (!value.isEmpty())
            o.insert(QString::fromLatin1(key), value);
    };
    add("ein", t.ein.isEmpty() ? QString() : maskAccount(t.ein));
    add("incorporation", t.countryOfIncorporation);
    add("foreign_tax_id", t.foreignTaxId);
    add("treaty_country", t.treatyCountry);
    add("treaty_article", t.treatyArticle);
    add("vat", t.vatId);
    add("person", t.personName);
    add("citizenship", t.citizenshipCountry);
    add("birth_date", t.birthDate.isValid() ? t.birthDate.toString(Qt::ISODate) : QString());
    add("no_tax_id_reason", t.noTaxIdReason);
    return o;
}

} // namespace

int Cli::cmdBankProfile(Args& a)
{
    const QString sub = a.at(0).isEmpty() ? QStringLiteral("list") : a.at(0);
    Actor who;
    if (int rc = openAs(who); rc != Ok)
        return rc;
    ProfileService service(*m_ctx);
    if (sub == QLatin1String("list")) {
        auto all = service.bankProfiles(who);
        if (!all)
            return fail(all.error());
        Table t({{QStringLiteral("name"), QStringLiteral("Profile")},
                 {QStringLiteral("country"), QStringLiteral("Country")},
                 {QStringLiteral("currency"), QStringLiteral("Currency")},
                 {QStringLiteral("account"), QStringLiteral("Account")},
                 {QStringLiteral("status"), QStringLiteral("Status")},
                 {QStringLiteral("default_for"), QStringLiteral("Default for")}});
        for (const BankProfileView& v : *all) {
            QJsonObject o = bankObject(v);
            if (v.profile.method == PaymentMethod::CreditNote)
                o.insert(
                    QStringLiteral("account"),
                    QStringLiteral("credit note (%1)").arg(creditNoteStatusCode(v.profile.creditNoteStatus)));
            else if (!o.contains(QStringLiteral("account")))
                o.insert(QStringLiteral("account"), o.value(QStringLiteral("iban")));
            t.add(o);
        }
        t.print(m_out, json());
        return Ok;
    }
    if (sub == QLatin1String("show")) {
        if (a.count() != 2)
            return usage(QStringLiteral("bank-profile show NAME"));
        auto v = service.bankProfile(who, a.at(1));
        if (!v)
            return fail(v.error());
        printObject(m_out, bankObject(*v), json());
        return Ok;
    }
    if (sub == QLatin1String("add")) {
        if (a.count() != 1)
            return usage(QStringLiteral("bank-profile add [--location ID] --name NAME --country CC "
                                        "--currency CUR --holder NAME ..."));
        BankProfile p;
        if (auto e = applyBankOptions(a, p); !e.isEmpty())
            return usage(e);
        auto added = service.addBank(who, p, a.value(QStringLiteral("location")));
        if (!added)
            return fail(added.error());
        done(QStringLiteral("Added the bank profile '%1' (Pending validation).").arg(added->name));
        return Ok;
    }
    if (sub == QLatin1String("edit")) {
        if (a.count() != 2 || a.has(QStringLiteral("location")))
            return usage(QStringLiteral("bank-profile edit NAME [--name NEW] [fields...]"));
        BankProfile probe;
        if (auto e = applyBankOptions(a, probe); !e.isEmpty())
            return usage(e);
        QString optionsError;
        auto edited = service.editBank(who, a.at(1), [&a](BankProfile& p) { (void)applyBankOptions(a, p); });
        if (!edited)
            return fail(edited.error());
        done(QStringLiteral("Saved '%1'; enrollments that use it are validated again.").arg(edited->name));
        return Ok;
    }
    if (sub == QLatin1String("assign")) {
        if (a.count() != 2 || !a.has(QStringLiteral("location")))
            return usage(QStringLiteral("bank-profile assign NAME --location ID"));
        if (auto r = service.setDefaultBank(who, a.at(1), a.value(QStringLiteral("location"))); !r)
            return fail(r.error());
        done(QStringLiteral("'%1' is the default bank profile of %2.")
                 .arg(a.at(1), a.value(QStringLiteral("location"))));
        return Ok;
    }
    if (sub == QLatin1String("verify")) {
        if (a.count() != 2 || a.has(QStringLiteral("location")))
            return usage(QStringLiteral("bank-profile verify NAME"));
        auto verified = service.verifyCreditNote(who, a.at(1));
        if (!verified)
            return fail(verified.error());
        done(QStringLiteral("The CSP tenant of '%1' is confirmed.").arg(verified->name));
        return Ok;
    }
    return usage(QStringLiteral("bank-profile list | show | add | edit | assign | verify"));
}

int Cli::cmdTaxProfileList(const QString& partnerId)
{
    Actor who;
    if (int rc = openAs(who); rc != Ok)
        return rc;
    auto locations = DirectoryService(*m_ctx).locations(who);
    if (!locations)
        return fail(locations.error());
    ProfileService service(*m_ctx);
    Table t({{QStringLiteral("partner_id"), QStringLiteral("PartnerID")},
             {QStringLiteral("id"), QStringLiteral("ID")},
             {QStringLiteral("form"), QStringLiteral("Form")},
             {QStringLiteral("status"), QStringLiteral("Status")},
             {QStringLiteral("signed"), QStringLiteral("Signed")},
             {QStringLiteral("expires"), QStringLiteral("Expires")}});
    QStringList partnerIds;
    if (!partnerId.isEmpty())
        partnerIds.append(partnerId);
    else
        for (const LocationView& l : *locations)
            partnerIds.append(l.location.partnerId);
    // Every tax profile of each location, its first (what an assignment without a choice uses) first.
    for (const QString& p : std::as_const(partnerIds)) {
        auto taxes = service.taxProfiles(who, p);
        if (!taxes)
            return fail(taxes.error());
        for (const TaxProfile& tax : *taxes) {
            QJsonObject o = taxObject(tax);
            o.insert(QStringLiteral("partner_id"), p);
            if (o.value(QStringLiteral("expires")).isNull())
                o.insert(QStringLiteral("expires"),
                         json() ? QJsonValue() : QJsonValue(QStringLiteral("never")));
            t.add(o);
        }
    }
    t.print(m_out, json());
    return Ok;
}

int Cli::cmdTaxProfile(Args& a)
{
    const QString sub = a.at(0);
    if (sub == QLatin1String("list")) {
        if (a.count() != 1 || a.has(QStringLiteral("id")))
            return usage(QStringLiteral("tax-profile list [--location ID]"));
        return cmdTaxProfileList(a.value(QStringLiteral("location")).trimmed());
    }
    if (sub == QLatin1String("documents") || sub == QLatin1String("attach") ||
        sub == QLatin1String("document-save"))
        return cmdTaxDocuments(a, sub);
    if ((sub != QLatin1String("show") && sub != QLatin1String("set") && sub != QLatin1String("add")) ||
        a.count() != 1 || !a.has(QStringLiteral("location")) ||
        (sub == QLatin1String("add") && a.has(QStringLiteral("id"))))
        return usage(
            QStringLiteral("tax-profile list [--location ID] | show|set --location ID [--id N] ... | add "
                           "--location ID --form FORM ... | documents --location ID [--id N] | "
                           "attach FILE --location ID [--id N] | document-save DOCID OUTFILE"));
    // One of the location's several tax profiles; without --id its first.
    Id profileId = 0;
    if (a.has(QStringLiteral("id"))) {
        bool number = false;
        profileId = a.value(QStringLiteral("id")).trimmed().toLongLong(&number);
        if (!number || profileId <= 0)
            return usage(QStringLiteral("--id needs a tax profile's ID (see tax-profile list)."));
    }
    if (sub == QLatin1String("add") && !a.has(QStringLiteral("form")))
        return usage(QStringLiteral("tax-profile add: give --form w9, w8ben-e or w8ben."));
    Actor who;
    if (int rc = openAs(who); rc != Ok)
        return rc;
    ProfileService service(*m_ctx);
    const QString location = a.value(QStringLiteral("location"));
    if (sub == QLatin1String("show")) {
        if (profileId != 0) {
            auto chosen = service.taxDraft(who, location, profileId);
            if (!chosen)
                return fail(chosen.error());
            printObject(m_out, taxObject(*chosen), json());
            return Ok;
        }
        auto current = service.taxProfile(who, location);
        if (!current)
            return fail(current.error());
        if (!current->has_value())
            return fail(makeError(ErrorKind::NotFound,
                                  QStringLiteral("location %1 has no tax profile.").arg(location)));
        printObject(m_out, taxObject(**current), json());
        return Ok;
    }
    // Start from what is on file, so that one field can change on its own; a new profile starts
    // from a draft of the location's form, signed today.
    TaxProfile t;
    if (sub == QLatin1String("add")) {
        auto fresh = service.newTaxDraft(who, location);
        if (!fresh)
            return fail(fresh.error());
        t = *fresh;
    } else {
        auto draft = service.taxDraft(who, location, profileId);
        if (!draft)
            return fail(draft.error());
        t = *draft;
    }
    if (a.has(QStringLiteral("form"))) {
        const auto form = taxFormFromCode(a.value(QStringLiteral("form")));
        if (!form)
            return usage(QStringLiteral("--form is w9, w8ben-e or w8ben."));
        t.form = *form;
    }
    const auto set = [&a](const char* option, QString& field) {
        if (a.has(QString::fromLatin1(option)))
            field = a.value(QString::fromLatin1(option));
    };
    set("ein", t.ein);
    set("incorporation", t.countryOfIncorporation);
    set("foreign-tax-id", t.foreignTaxId);
    set("treaty-country", t.treatyCountry);
    set("treaty-article", t.treatyArticle);
    set("vat", t.vatId);
    set("person", t.personName);
    set("citizenship", t.citizenshipCountry);
    set("no-tax-id-reason", t.noTaxIdReason);
    if (a.has(QStringLiteral("birth-date"))) {
        const QDate d = QDate::fromString(a.value(QStringLiteral("birth-date")).trimmed(), Qt::ISODate);
        if (!d.isValid())
            return fail(makeError(ErrorKind::Invalid,
                                  QStringLiteral("--birth-date takes a date such as 1985-04-02.")));
        t.birthDate = d;
    }
    if (a.has(QStringLiteral("signed"))) {
        const QDate d = QDate::fromString(a.value(QStringLiteral("signed")).trimmed(), Qt::ISODate);
        if (!d.isValid())
            return fail(
                makeError(ErrorKind::Invalid, QStringLiteral("--signed takes a date such as 2027-05-03.")));
        t.signedOn = d;
    }
    auto saved =
        sub == QLatin1String("add") ? service.addTax(who, location, t) : service.setTax(who, location, t);
    if (!saved)
        return fail(saved.error());
    done(QStringLiteral("Saved the %1 for %2 as tax profile %3 (Pending validation).")
             .arg(taxFormLabel(saved->form), location)
             .arg(saved->id),
         taxObject(*saved));
    return Ok;
}

int Cli::cmdValidate(Args& a)
{
    if (a.count() != 2)
        return usage(QStringLiteral("validate KIND VALUE"));
    const QString kind = a.at(0).toLower();
    const QString value = a.at(1);
    const QString country = a.value(QStringLiteral("country"));
    validators::Check check;
    if (kind == QLatin1String("iban"))
        check = validators::iban(value);
    else if (kind == QLatin1String("bic") || kind == QLatin1String("swift"))
        check = validators::bic(value, country);
    else if (kind == QLatin1String("aba"))
        check = validators::abaRouting(value);
    else if (kind == QLatin1String("sort-code"))
        check = validators::ukSortCode(value);
    else if (kind == QLatin1String("transit"))
        check = validators::canadaTransit(value);
    else if (kind == QLatin1String("institution"))
        check = validators::canadaInstitution(value);
    else if (kind == QLatin1String("bsb"))
        check = validators::australiaBsb(value);
    else if (kind == QLatin1String("ifsc"))
        check = validators::indiaIfsc(value);
    else if (kind == QLatin1String("ein"))
        check = validators::ein(value);
    else if (kind == QLatin1String("vat"))
        check = validators::vat(value, country);
    else
        return usage(QStringLiteral(
            "KIND is iban, bic, aba, sort-code, transit, institution, bsb, ifsc, ein or vat."));
    if (!check.valid())
        return fail(makeError(ErrorKind::Invalid, check.error));
    if (json())
        printObject(
            m_out, {{QStringLiteral("valid"), true}, {QStringLiteral("normalized"), check.normalized}}, true);
    else
        m_out << "valid\n";
    return Ok;
}

} // namespace incentives::cli
