#include "core/CreditNote.h"
#include "core/Eligibility.h"
#include "core/EnrollmentRules.h"
#include "core/Types.h"

#include <QSet>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

using namespace incentives;

Q_DECLARE_METATYPE(incentives::BankProfile)
Q_DECLARE_METATYPE(incentives::PaymentMethod)
Q_DECLARE_METATYPE(incentives::TaxProfile)
Q_DECLARE_METATYPE(incentives::Location)
Q_DECLARE_METATYPE(incentives::Reason)
Q_DECLARE_METATYPE(incentives::BankScheme)
Q_DECLARE_METATYPE(incentives::EnrollmentStatus)
Q_DECLARE_METATYPE(incentives::rules::EnrollmentContext)

namespace {

const QString kLegalName = QStringLiteral("Contoso Ltd");
const QDate kToday(2026, 1, 15);

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

// Comma-separated names, sorted: "routing,account".
QStringList list(const char* names)
{
    QStringList out = s(names).split(QLatin1Char(','), Qt::SkipEmptyParts);
    std::sort(out.begin(), out.end());
    return out;
}

QString* member(BankProfile& p, const QString& name)
{
    static const QStringList names =
        s("name,country,currency,holder,iban,bic,routing,institution,account,bank-name,bank-address")
            .split(QLatin1Char(','));
    QString* const fields[] = {&p.name,          &p.country,  &p.currency,      &p.holderName,
                               &p.iban,          &p.bic,      &p.routingNumber, &p.institution,
                               &p.accountNumber, &p.bankName, &p.bankAddress};
    const qsizetype i = names.indexOf(name);
    if (i < 0)
        qFatal("no bank profile field %s", qPrintable(name));
    return fields[i];
}

const QStringList kSchemeFields = list("iban,bic,routing,institution,account,bank-name,bank-address");

// Changes fields given as "field=value|field=value".
BankProfile with(BankProfile p, const char* changes)
{
    for (const QString& change : s(changes).split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
        const qsizetype eq = change.indexOf(QLatin1Char('='));
        *member(p, change.left(eq)) = change.mid(eq + 1);
    }
    return p;
}

// A bank profile in which every scheme's fields are filled with something, so that a test can see
// which ones the check keeps and which it clears.
BankProfile bank(const char* country, const char* currency, const char* changes = "")
{
    BankProfile p;
    p.name = s("Main account");
    p.country = s(country);
    p.currency = s(currency);
    p.holderName = kLegalName;
    for (const QString& f : kSchemeFields)
        *member(p, f) = s("STRAY") + f.left(3).toUpper();
    return with(p, changes);
}

BankProfile gbBank()
{
    return bank("GB", "GBP", "routing=12-34-56|account=12345678");
}

// A German credit-note profile with stray bank fields and a contact, to see the check drop them.
BankProfile creditNote(const char* country = "DE",
                       const char* tenant = "3F2504E0-4F89-41D3-9A0C-0305E82C3301")
{
    BankProfile p = bank(country, "EUR");
    p.method = PaymentMethod::CreditNote;
    p.tenantId = s(tenant);
    p.contactName = s("Emma Schmidt");
    p.contactEmail = s("emma@contoso.example");
    return p;
}

TaxProfile w8(const char* incorporation, QDate signedOn = QDate(2025, 3, 1))
{
    TaxProfile t;
    t.form = TaxForm::W8BenE;
    t.countryOfIncorporation = s(incorporation);
    t.foreignTaxId = s("1234567890");
    t.signedOn = signedOn;
    return t;
}

TaxProfile w9()
{
    TaxProfile t;
    t.form = TaxForm::W9;
    t.ein = s("12-3456789");
    t.signedOn = QDate(2024, 5, 1);
    return t;
}

// A GB location, fully on file for a program paying GBP, USD or EUR by bank transfer.
rules::EnrollmentContext completeContext()
{
    rules::EnrollmentContext c;
    c.organization.legalName = kLegalName;
    c.location.country = s("GB");
    c.program.name = s("Azure Incentives");
    c.program.currencies = {s("USD"), s("EUR"), s("GBP")};
    c.program.methods = {PaymentMethod::BankTransfer};
    c.bank = gbBank();
    c.tax = w8("GB");
    c.today = kToday;
    return c;
}

// The complete context with one change.
template <typename F> rules::EnrollmentContext changed(F change)
{
    rules::EnrollmentContext c = completeContext();
    change(c);
    return c;
}

template <typename F> TaxProfile with(TaxProfile t, F change)
{
    change(t);
    return t;
}

QStringList fieldsOf(const QList<rules::Problem>& problems)
{
    QStringList fields;
    for (const auto& p : problems) {
        if (p.message.trimmed().isEmpty())
            fields.append(QStringLiteral("<no message for %1>").arg(p.field));
        if (!fields.contains(p.field))
            fields.append(p.field);
    }
    std::sort(fields.begin(), fields.end());
    return fields;
}

} // namespace

class TestEnrollmentRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checkBankProfile_data()
    {
        QTest::addColumn<BankProfile>("profile");
        QTest::addColumn<QStringList>("problems"); // fields with a problem
        QTest::addColumn<QStringList>("kept");     // scheme fields that stay filled when valid
        const auto row = [](const char* tag, const BankProfile& p, const char* problems,
                            const char* kept = "") {
            QTest::newRow(tag) << p << list(problems) << list(kept);
        };
        const char* us = "routing=021000021|account=123456789";
        const char* de = "iban=de89 3704 0044 0532 0130 00|bic=COBADEFFXXX";
        const char* in = "routing=HDFC0001234|account=501000123";
        const char* ca = "institution=001|routing=12345|account=1234567";
        const char* au = "routing=062-000|account=12345678";
        const auto jp = bank("JP", "JPY",
                             "bic=BOTKJPJTXXX|account=1234567|bank-name=MUFG Bank|"
                             "bank-address=2-7-1 Marunouchi, Tokyo");
        const char* swiftFields = "bic,account,bank-name,bank-address";

        row("US ABA", bank("US", "USD", us), "", "routing,account");
        row("US, lower case codes", bank("us", "usd", us), "", "routing,account");
        row("GB sort code", gbBank(), "", "routing,account");
        row("DE IBAN + BIC", bank("DE", "EUR", de), "", "iban,bic");
        row("IN IFSC", bank("IN", "INR", in), "", "routing,account");
        row("CA institution + transit", bank("CA", "CAD", ca), "", "institution,routing,account");
        row("AU BSB", bank("AU", "AUD", au), "", "routing,account");
        row("JP SWIFT", jp, "", swiftFields);
        row("CN SWIFT", with(jp, "country=CN|currency=CNY|bic=BKCHCNBJ"), "", swiftFields);

        row("US paid in EUR", bank("US", "EUR", us), "currency");
        row("US ABA checksum", bank("US", "USD", "routing=021000022|account=123456789"), "routing");
        row("DE with a French IBAN", bank("DE", "EUR", "iban=FR1420041010050500013M02606|bic=COBADEFFXXX"),
            "iban");
        row("DE with a French BIC", bank("DE", "EUR", "iban=DE89370400440532013000|bic=BNPAFRPPXXX"), "bic");
        row("DE IBAN check digits", bank("DE", "EUR", "iban=DE88370400440532013000|bic=COBADEFFXXX"), "iban");
        row("GB short sort code", with(gbBank(), "routing=12345"), "routing");
        row("IN IFSC fifth char", bank("IN", "INR", "routing=HDFC1001234|account=501000123"), "routing");
        row("CA short transit", bank("CA", "CAD", "institution=001|routing=1234|account=1234567"), "routing");
        row("AU short BSB", bank("AU", "AUD", "routing=06200|account=12345678"), "routing");
        row("JP without bank name and address", with(jp, "bank-name=|bank-address=  "),
            "bank-name,bank-address");
        row("account number with a dash", bank("AU", "AUD", "routing=062000|account=1234-5678"), "account");
        row("no holder", with(gbBank(), "holder= "), "holder");
        row("no name", with(gbBank(), "name="), "name");
        row("unknown currency", with(gbBank(), "currency=XXX"), "currency");
        row("unknown country", with(gbBank(), "country=ZZ"), "country");
        // Every problem is reported at once, so the form can mark all of them.
        row("US in EUR and no name", with(bank("US", "EUR", us), "name="), "name,currency");
    }

    void checkBankProfile()
    {
        QFETCH(BankProfile, profile);
        QFETCH(QStringList, problems);
        QFETCH(QStringList, kept);

        const auto found = rules::checkBankProfile(profile);
        QCOMPARE(fieldsOf(found), problems);
        if (!problems.isEmpty())
            return;

        for (const QString& name : kSchemeFields) {
            const QString value = *member(profile, name);
            if (kept.contains(name))
                QVERIFY2(!value.isEmpty() && !value.startsWith(s("STRAY")),
                         qPrintable(name + s(" was not kept")));
            else
                QVERIFY2(value.isEmpty(), qPrintable(name + s(" of another scheme was kept: ") + value));
        }
        // Stored in canonical form.
        QCOMPARE(profile.country, profile.country.toUpper());
        QCOMPARE(profile.currency, profile.currency.toUpper());
        QVERIFY(!profile.routingNumber.contains(QLatin1Char('-')));
        if (!profile.iban.isEmpty())
            QCOMPARE(profile.iban, s("DE89370400440532013000"));
    }

    void creditNoteCountries_data()
    {
        QTest::addColumn<QString>("country");
        QTest::addColumn<bool>("offered");
        QTest::addColumn<bool>("asksExemption");
        for (const char* c :
             {"AU", "AT", "BE", "CA", "DK", "FI", "FR", "DE", "NL", "NZ", "NO", "SE", "CH", "GB"})
            QTest::addRow("%s", c) << s(c) << true
                                   << (s("AU,NZ,CA,GB").split(QLatin1Char(',')).contains(s(c)));
        for (const char* c : {"US", "IN", "JP", "IE", "IT", "ES", "PL", "ZZ", ""})
            QTest::addRow("not %s", c) << s(c) << false << false;
        QTest::newRow("lower case de") << s("de") << true << false;
    }

    void creditNoteCountries()
    {
        QFETCH(QString, country);
        QFETCH(bool, offered);
        QFETCH(bool, asksExemption);
        QCOMPARE(creditnote::offeredIn(country), offered);
        QCOMPARE(creditnote::asksTaxExemption(country), asksExemption);
        QCOMPARE(creditnote::countries().size(), 14);
    }

    void creditNoteRefusal_data()
    {
        QTest::addColumn<PaymentMethod>("method");
        QTest::addColumn<bool>("programPaysCreditNote");
        QTest::addColumn<QString>("locationCountry");
        QTest::addColumn<QString>("refusal"); // a word of the message; empty: allowed
        QTest::newRow("credit note, DE program with credit note")
            << PaymentMethod::CreditNote << true << s("DE") << QString();
        QTest::newRow("program without credit note")
            << PaymentMethod::CreditNote << false << s("DE") << s("does not pay by credit note");
        QTest::newRow("location in the US")
            << PaymentMethod::CreditNote << true << s("US") << s("not offered");
        QTest::newRow("location in another credit-note country")
            << PaymentMethod::CreditNote << true << s("FR") << s("cannot pay a location");
        QTest::newRow("bank transfer anywhere")
            << PaymentMethod::BankTransfer << false << s("US") << QString();
    }

    void creditNoteRefusal()
    {
        QFETCH(PaymentMethod, method);
        QFETCH(bool, programPaysCreditNote);
        QFETCH(QString, locationCountry);
        QFETCH(QString, refusal);
        BankProfile p = creditNote();
        p.method = method;
        Program program;
        program.name = s("Marketplace Rewards");
        program.methods = {PaymentMethod::BankTransfer};
        if (programPaysCreditNote)
            program.methods.append(PaymentMethod::CreditNote);
        const QString found = creditnote::refusal(p, program, locationCountry);
        if (refusal.isEmpty())
            QVERIFY2(found.isEmpty(), qPrintable(found));
        else
            QVERIFY2(found.contains(refusal), qPrintable(found));
        // Without a program (a location's default): only the country counts.
        QCOMPARE(creditnote::refusal(p, locationCountry).isEmpty(),
                 method == PaymentMethod::BankTransfer || locationCountry == s("DE"));
    }

    void checkCreditNoteProfile_data()
    {
        QTest::addColumn<BankProfile>("profile");
        QTest::addColumn<QStringList>("problems");
        QTest::newRow("DE, tenant, stray bank fields") << creditNote() << QStringList();
        QTest::newRow("GB with tax exemption") << [] {
            BankProfile p = creditNote("GB");
            p.taxExempt = true;
            return p;
        }() << QStringList();
        QTest::newRow("DE with tax exemption") << [] {
            BankProfile p = creditNote("DE");
            p.taxExempt = true;
            return p;
        }() << list("tax-exempt");
        QTest::newRow("US") << creditNote("US") << list("method");
        QTest::newRow("no tenant") << creditNote("DE", "") << list("tenant");
        QTest::newRow("tenant not a GUID") << creditNote("DE", "contoso.onmicrosoft.com") << list("tenant");
        QTest::newRow("no holder needed") << [] {
            BankProfile p = creditNote();
            p.holderName.clear();
            return p;
        }() << QStringList();
        QTest::newRow("no name") << with(creditNote(), "name=") << list("name");
    }

    void checkCreditNoteProfile()
    {
        QFETCH(BankProfile, profile);
        QFETCH(QStringList, problems);
        QCOMPARE(fieldsOf(rules::checkBankProfile(profile)), problems);
        if (!problems.isEmpty())
            return;
        // No account field and no contact is stored with a credit note.
        for (const QString& name : kSchemeFields)
            QVERIFY2(member(profile, name)->isEmpty(), qPrintable(name));
        QVERIFY(profile.holderName.isEmpty());
        QVERIFY(profile.contactName.isEmpty() && profile.contactEmail.isEmpty());
        QCOMPARE(profile.tenantId, profile.tenantId.toLower());
        QVERIFY(!profile.tenantId.startsWith(QLatin1Char('{')));
    }

    void beneficiaryContact_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QStringList>("problems");
        QTest::newRow("none (optional)") << QString() << QString() << QString() << QStringList();
        QTest::newRow("name and email")
            << s("Bao Nguyen") << s("Bao@Contoso.example") << QString() << QStringList();
        QTest::newRow("all three") << s("Bao Nguyen") << s("bao@contoso.example") << s("+1 (425) 555-0100")
                                   << QStringList();
        QTest::newRow("phone only") << QString() << QString() << s("+14255550100")
                                    << list("contact-email,contact-name");
        QTest::newRow("bad email") << s("Bao") << s("bao@") << QString() << list("contact-email");
        QTest::newRow("bad phone") << s("Bao") << s("bao@contoso.example") << s("555-CALL")
                                   << list("contact-phone");
        QTest::newRow("short phone") << s("Bao") << s("bao@contoso.example") << s("12345")
                                     << list("contact-phone");
    }

    void beneficiaryContact()
    {
        QFETCH(QString, name);
        QFETCH(QString, email);
        QFETCH(QString, phone);
        QFETCH(QStringList, problems);
        BankProfile p = gbBank();
        p.contactName = name;
        p.contactEmail = email;
        p.contactPhone = phone;
        p.tenantId = s("3f2504e0-4f89-41d3-9a0c-0305e82c3301"); // not kept on a bank transfer
        QCOMPARE(fieldsOf(rules::checkBankProfile(p)), problems);
        if (!problems.isEmpty())
            return;
        QVERIFY(p.tenantId.isEmpty());
        QCOMPARE(p.contactEmail, email.toLower());
        if (!phone.isEmpty())
            QCOMPARE(p.contactPhone, s("+14255550100"));
    }

    void checkTaxProfile_data()
    {
        QTest::addColumn<TaxProfile>("profile");
        QTest::addColumn<QString>("country");
        QTest::addColumn<QStringList>("problems");
        const QStringList none;

        using T = TaxProfile&;
        QTest::newRow("US W-9") << w9() << s("US") << none;
        QTest::newRow("US W-9 unassigned EIN prefix")
            << with(w9(), [](T t) { t.ein = s("00-1234567"); }) << s("US") << list("ein");
        QTest::newRow("US W-9 no EIN") << with(w9(), [](T t) { t.ein.clear(); }) << s("US") << list("ein");
        QTest::newRow("US files no W-8BEN-E") << w8("US") << s("US") << list("form");
        QTest::newRow("GB files no W-9") << w9() << s("GB") << list("form");
        QTest::newRow("GB W-8BEN-E") << w8("GB") << s("GB") << none;
        QTest::newRow("JP W-8BEN-E, no VAT needed") << w8("JP") << s("JP") << none;
        QTest::newRow("W-8 without foreign tax id")
            << with(w8("GB"), [](T t) { t.foreignTaxId = s(" "); }) << s("GB") << list("foreign-tax-id");
        QTest::newRow("W-8 unknown incorporation") << w8("ZZ") << s("GB") << list("incorporation");
        QTest::newRow("treaty without article")
            << with(w8("GB"), [](T t) { t.treatyCountry = s("GB"); }) << s("GB") << list("treaty-article");
        QTest::newRow("treaty with article")
            << with(w8("GB"), [](T t) { t.treatyCountry = s("GB"), t.treatyArticle = s("Article 7"); })
            << s("GB") << none;
        QTest::newRow("no signing date") << w8("GB", QDate()) << s("GB") << list("signed");
        const auto vat = [](const char* country, const char* id) {
            return with(w8(country), [id](T t) { t.vatId = s(id); });
        };
        QTest::newRow("DE with its VAT") << vat("DE", "DE 136 695 976") << s("DE") << none;
        QTest::newRow("DE without VAT") << vat("DE", "") << s("DE") << list("vat");
        QTest::newRow("DE VAT check digit") << vat("DE", "DE136695977") << s("DE") << list("vat");
        QTest::newRow("DE with a French VAT") << vat("DE", "FR40303265045") << s("DE") << list("vat");
        QTest::newRow("FR with its VAT") << vat("FR", "FR40303265045") << s("FR") << none;
        QTest::newRow("GB VAT is kept, not required") << vat("GB", " gb123 ") << s("GB") << none;
    }

    void checkTaxProfile()
    {
        QFETCH(TaxProfile, profile);
        QFETCH(QString, country);
        QFETCH(QStringList, problems);
        const auto found = rules::checkTaxProfile(profile, country);
        QCOMPARE(fieldsOf(found), problems);
        if (!problems.isEmpty())
            return;
        if (profile.form == TaxForm::W9) {
            QCOMPARE(profile.ein, s("123456789"));
            QVERIFY(profile.countryOfIncorporation.isEmpty() && profile.foreignTaxId.isEmpty());
        } else {
            QVERIFY(profile.ein.isEmpty());
            QVERIFY(!profile.foreignTaxId.isEmpty());
            if (!profile.vatId.isEmpty())
                QVERIFY(!profile.vatId.contains(QLatin1Char(' ')));
        }
    }

    void taxExpiry()
    {
        QCOMPARE(rules::requiredTaxForm(s("US")), TaxForm::W9);
        QCOMPARE(rules::requiredTaxForm(s("GB")), TaxForm::W8BenE);

        // A W-9 never expires.
        const TaxProfile nine = w9();
        QVERIFY(!rules::taxExpiry(nine).isValid());
        QVERIFY(!rules::taxExpired(nine, QDate(2099, 1, 1)));

        // A W-8BEN-E signed on the leap day of 2024 is good through 31 Dec 2027.
        const TaxProfile eight = w8("GB", QDate(2024, 2, 29));
        QCOMPARE(rules::taxExpiry(eight), QDate(2027, 12, 31));
        QVERIFY(!rules::taxExpired(eight, QDate(2024, 2, 29)));
        QVERIFY(!rules::taxExpired(eight, QDate(2027, 12, 31)));
        QVERIFY(rules::taxExpired(eight, QDate(2028, 1, 1)));

        // Without a signing date there is nothing to expire (checkTaxProfile refuses it instead).
        QVERIFY(!rules::taxExpiry(w8("GB", QDate())).isValid());
    }

    void holderMatches_data()
    {
        QTest::addColumn<QString>("holder");
        QTest::addColumn<bool>("matches");
        QTest::newRow("exact") << kLegalName << true;
        QTest::newRow("upper case, double space") << s("CONTOSO  LTD") << true;
        QTest::newRow("surrounding spaces") << s("  contoso ltd ") << true;
        QTest::newRow("tab inside") << s("Contoso\tLtd") << true;
        QTest::newRow("another name") << s("Contoso UK Limited") << false;
        QTest::newRow("punctuation differs") << s("Contoso Ltd.") << false;
        QTest::newRow("no space") << s("ContosoLtd") << false;
        QTest::newRow("empty") << QString() << false;
    }

    void holderMatches()
    {
        QFETCH(QString, holder);
        QFETCH(bool, matches);
        QCOMPARE(rules::holderMatches(holder, kLegalName), matches);
    }

    void bankCountry_data()
    {
        QTest::addColumn<QString>("country");
        QTest::addColumn<BankScheme>("scheme");
        QTest::addColumn<QString>("currencies"); // in order: the local currency first
        QTest::newRow("US") << s("US") << BankScheme::UsAba << s("USD");
        QTest::newRow("GB") << s("GB") << BankScheme::UkSortCode << s("GBP,USD,EUR");
        QTest::newRow("DE, no EUR twice") << s("DE") << BankScheme::Iban << s("EUR,USD");
        QTest::newRow("FR") << s("FR") << BankScheme::Iban << s("EUR,USD");
        QTest::newRow("CA") << s("CA") << BankScheme::Canada << s("CAD,USD,EUR");
        QTest::newRow("AU") << s("AU") << BankScheme::Australia << s("AUD,USD,EUR");
        QTest::newRow("IN") << s("IN") << BankScheme::India << s("INR,USD,EUR");
        QTest::newRow("JP") << s("JP") << BankScheme::Swift << s("JPY,USD,EUR");
        QTest::newRow("CN") << s("CN") << BankScheme::Swift << s("CNY,USD,EUR");
    }

    void bankCountry()
    {
        QFETCH(QString, country);
        QFETCH(BankScheme, scheme);
        QFETCH(QString, currencies);
        QCOMPARE(bankSchemeFor(country), scheme);
        QCOMPARE(bankSchemeFor(s(" ") + country.toLower()), scheme);
        QCOMPARE(rules::currenciesForBankCountry(country).join(QLatin1Char(',')), currencies);
    }

    void missingDetails_data()
    {
        QTest::addColumn<rules::EnrollmentContext>("context");
        QTest::addColumn<QStringList>("missing");

        using C = rules::EnrollmentContext&;
        QTest::newRow("complete") << changed([](C) {}) << QStringList();
        QTest::newRow("no bank profile") << changed([](C c) { c.bank.reset(); }) << list("bank");
        QTest::newRow("no tax profile") << changed([](C c) { c.tax.reset(); }) << list("tax");
        QTest::newRow("nothing on file")
            << changed([](C c) { c.bank.reset(), c.tax.reset(); }) << list("bank,tax");
        QTest::newRow("program does not pay GBP") << changed([](C c) {
            c.program.currencies = {s("USD"), s("EUR")};
        }) << list("currency");
        QTest::newRow("payment method not offered")
            << changed([](C c) { c.bank->method = PaymentMethod::CreditNote; }) << list("bank");
        const auto creditNoteContext = [](C c) {
            c.bank = creditNote("GB"); // the context's location is in the United Kingdom
            c.bank->creditNoteStatus = CreditNoteStatus::Confirmed;
            c.program.methods.append(PaymentMethod::CreditNote);
        };
        QTest::newRow("credit note, confirmed") << changed(creditNoteContext) << QStringList();
        QTest::newRow("credit note, tenant not verified") << changed([&](C c) {
            creditNoteContext(c);
            c.bank->creditNoteStatus = CreditNoteStatus::VerificationNeeded;
        }) << list("bank");
        QTest::newRow("credit note, location in another country") << changed([&](C c) {
            creditNoteContext(c);
            c.location.country = s("AU");
        }) << list("bank");
        // Signed in 2022: expired on 31 Dec 2025, before kToday.
        QTest::newRow("expired W-8BEN-E")
            << changed([](C c) { c.tax = w8("GB", QDate(2022, 5, 1)); }) << list("tax");
        QTest::newRow("bank needs action")
            << changed([](C c) { c.bank->status = ProfileStatus::ActionRequired; }) << list("bank");
        QTest::newRow("tax needs action")
            << changed([](C c) { c.tax->status = ProfileStatus::ActionRequired; }) << list("tax");
        QTest::newRow("bank incomplete")
            << changed([](C c) { c.bank->accountNumber.clear(); }) << list("bank");
        QTest::newRow("W-9 for a GB location") << changed([](C c) { c.tax = w9(); }) << list("tax");
        QTest::newRow("approved profiles") << changed([](C c) {
            c.bank->status = ProfileStatus::Approved, c.tax->status = ProfileStatus::Approved;
        }) << QStringList();
    }

    void missingDetails()
    {
        QFETCH(rules::EnrollmentContext, context);
        QFETCH(QStringList, missing);
        const auto found = rules::missingDetails(context);
        QStringList messages;
        for (const auto& p : found)
            messages.append(p.message);
        QVERIFY2(fieldsOf(found) == missing, qPrintable(messages.join(QLatin1Char('|'))));
    }

    void validate_data()
    {
        QTest::addColumn<rules::EnrollmentContext>("context");
        QTest::addColumn<Reason>("reason");
        QTest::addColumn<bool>("bankAtFault");
        QTest::addColumn<bool>("taxAtFault");

        using C = rules::EnrollmentContext&;
        QTest::newRow("all good") << changed([](C) {}) << Reason::None << false << false;
        QTest::newRow("holder differs only in case and spaces")
            << changed([](C c) { c.bank->holderName = s("CONTOSO  LTD"); }) << Reason::None << false << false;
        QTest::newRow("holder mismatch") << changed([](C c) { c.bank->holderName = s("Contoso UK Limited"); })
                                         << Reason::HolderMismatch << true << false;
        // A subsidiary's account carries its own legal entity name, not the organization's.
        QTest::newRow("holder is the location's legal entity") << changed([](C c) {
            c.location.legalName = s("Contoso UK Limited");
            c.bank->holderName = s("contoso uk  LIMITED");
        }) << Reason::None << false << false;
        QTest::newRow("organization's name for a subsidiary")
            << changed([](C c) { c.location.legalName = s("Contoso UK Limited"); }) << Reason::HolderMismatch
            << true << false;
        // A profile rejected before stays rejected until it is edited: nothing here blames it again.
        QTest::newRow("bank profile needs action") << changed([](C c) {
            c.bank->status = ProfileStatus::ActionRequired;
            c.bank->statusReason = s("Bank letter unreadable");
        }) << Reason::DetailsMissing << false << false;
        QTest::newRow("tax profile needs action") << changed([](C c) {
            c.tax->status = ProfileStatus::ActionRequired;
            c.tax->statusReason = s("Wrong tax ID");
        }) << Reason::DetailsMissing << false << false;
        QTest::newRow("JPY for a GB bank")
            << changed([](C c) { c.bank->currency = s("JPY"), c.program.currencies.append(s("JPY")); })
            << Reason::CurrencyRejected << true << false;
        QTest::newRow("EUR for a US bank")
            << changed([](C c) { c.bank = bank("US", "EUR", "routing=021000021|account=123456789"); })
            << Reason::CurrencyRejected << true << false;
        QTest::newRow("currency the program does not pay")
            << changed([](C c) { c.program.currencies = {s("USD")}; }) << Reason::CurrencyRejected << true
            << false;
        QTest::newRow("expired tax form") << changed([](C c) { c.tax = w8("GB", QDate(2022, 5, 1)); })
                                          << Reason::TaxFormExpired << false << true;
        QTest::newRow("no tax profile")
            << changed([](C c) { c.tax.reset(); }) << Reason::DetailsMissing << false << true;
    }

    void validate()
    {
        QFETCH(rules::EnrollmentContext, context);
        QFETCH(Reason, reason);
        QFETCH(bool, bankAtFault);
        QFETCH(bool, taxAtFault);
        const auto out = rules::validate(context);
        QCOMPARE(out.approved, reason == Reason::None);
        QCOMPARE(out.reason, reason);
        QCOMPARE(out.bankAtFault, bankAtFault);
        QCOMPARE(out.taxAtFault, taxAtFault);
        QCOMPARE(out.detail.isEmpty(), reason == Reason::None);
    }

    void actionsRequired_data()
    {
        QTest::addColumn<EnrollmentStatus>("status");
        QTest::addColumn<Reason>("reason");
        QTest::addColumn<bool>("hasAdmin");
        QTest::addColumn<QString>("mustContain");
        using S = EnrollmentStatus;
        QTest::newRow("invited") << S::Invited << Reason::None << true << s("Enroll");
        QTest::newRow("invited, no admin") << S::Invited << Reason::None << false << s("Account admin");
        QTest::newRow("enrolling, submit")
            << S::Enrolling << Reason::AwaitingSubmission << true << s("Submit");
        QTest::newRow("enrolling, details") << S::Enrolling << Reason::DetailsMissing << true << s("DETAIL");
        QTest::newRow("enrolling, holder") << S::Enrolling << Reason::HolderMismatch << true << s("DETAIL");
        QTest::newRow("enrolling, tax expired") << S::Enrolling << Reason::TaxFormExpired << true << s("tax");
        QTest::newRow("enrolling, no admin")
            << S::Enrolling << Reason::DetailsMissing << false << s("Account admin");
        QTest::newRow("validating") << S::Validating << Reason::None << true << s("2026-07-02 14:00 UTC");
        QTest::newRow("enrolled") << S::Enrolled << Reason::None << true << s("None");
        QTest::newRow("ineligible") << S::Ineligible << Reason::EligibilityLost << true
                                    << s("See eligibility requirements");
        QTest::newRow("inactive, agreement")
            << S::Inactive << Reason::AgreementExpired << true << s("IVDMPA");
        QTest::newRow("inactive, eligibility")
            << S::Inactive << Reason::EligibilityLost << true << s("DETAIL");
        QTest::newRow("inactive, closed") << S::Inactive << Reason::ProgramClosed << true << s("closed");
        QTest::newRow("discontinued")
            << S::Discontinued << Reason::ProgramDiscontinued << true << s("no longer");
    }

    void actionsRequired()
    {
        QFETCH(EnrollmentStatus, status);
        QFETCH(Reason, reason);
        QFETCH(bool, hasAdmin);
        QFETCH(QString, mustContain);
        rules::ActionsInput in;
        in.status = status;
        in.reason = reason;
        in.detail = s("DETAIL");
        in.locationHasAdmin = hasAdmin;
        in.validationDue = QDateTime(QDate(2026, 7, 2), QTime(14, 0), QTimeZone::utc());
        const QString text = rules::actionsRequired(in);
        QVERIFY(!text.trimmed().isEmpty());
        QVERIFY2(text.contains(mustContain, Qt::CaseInsensitive), qPrintable(text));

        // The location's Incentives admin reads an Enrolling row in Partner Center's words; nobody
        // reads them for another status or where the location has no admin to act.
        in.viewerIsAdmin = true;
        const QString asAdmin = rules::actionsRequired(in);
        if (status == EnrollmentStatus::Enrolling && hasAdmin)
            QCOMPARE(asAdmin, s("Action required: %1").arg(text));
        else
            QCOMPARE(asAdmin, text);

        // Every status has something to say, with or without a reason or a due time.
        for (EnrollmentStatus st : allStatuses()) {
            rules::ActionsInput bare;
            bare.status = st;
            QVERIFY2(!rules::actionsRequired(bare).trimmed().isEmpty(), qPrintable(statusCode(st)));
        }
    }

    void eligibilityParse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("count");         // -1: refused
        QTest::addColumn<QString>("formatted"); // what format() writes back
        const QString all = s("agreement;solutions-partner;csp-indirect;csp-direct;revenue>=100000;"
                              "customers>=5;countries=US,GB");
        QTest::newRow("every kind") << all << 7 << all;
        QTest::newRow("empty: open to all") << QString() << 0 << QString();
        QTest::newRow("case, spaces, empty parts") << s(" Agreement ;; REVENUE>=0; Countries=us,gb ;") << 3
                                                   << s("agreement;revenue>=0;countries=US,GB");
        for (const char* bad :
             {"agreement;golden-partner", "revenue>=", "revenue>=lots", "revenue>=-5", "revenue>5",
              "customers>=2.5", "countries=", "countries=US,ZZ", "countries=USA"})
            QTest::addRow("refused: %s", bad) << s(bad) << -1 << QString();
    }

    void eligibilityParse()
    {
        QFETCH(QString, text);
        QFETCH(int, count);
        QFETCH(QString, formatted);
        const auto parsed = eligibility::parse(text);
        if (count < 0) {
            QVERIFY(!parsed.ok());
            QCOMPARE(parsed.error().kind, ErrorKind::Invalid);
            QVERIFY(!parsed.error().message.isEmpty());
            return;
        }
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().message));
        QCOMPARE(parsed->size(), count);
        QCOMPARE(eligibility::format(parsed.value()), formatted);
        const auto again = eligibility::parse(formatted);
        QVERIFY(again.ok());
        QCOMPARE(eligibility::format(again.value()), formatted);
    }

    void checklist_data()
    {
        QTest::addColumn<QString>("criterion");
        QTest::addColumn<Location>("location");
        QTest::addColumn<bool>("met");

        Location base;
        base.country = s("GB");
        base.attributes.agreementActive = false;
        const auto with = [&base](auto change) {
            Location l = base;
            change(l);
            return l;
        };
        using L = Location&;
        QTest::newRow("agreement met")
            << s("agreement") << with([](L l) { l.attributes.agreementActive = true; }) << true;
        QTest::newRow("agreement unmet") << s("agreement") << base << false;
        QTest::newRow("solutions partner met")
            << s("solutions-partner") << with([](L l) { l.attributes.solutionsPartner = true; }) << true;
        QTest::newRow("solutions partner unmet") << s("solutions-partner") << base << false;
        QTest::newRow("csp indirect met")
            << s("csp-indirect") << with([](L l) { l.attributes.cspIndirectReseller = true; }) << true;
        QTest::newRow("csp indirect unmet") << s("csp-indirect") << base << false;
        QTest::newRow("csp direct met")
            << s("csp-direct") << with([](L l) { l.attributes.cspDirectBill = true; }) << true;
        QTest::newRow("csp direct unmet") << s("csp-direct") << base << false;
        QTest::newRow("revenue exactly")
            << s("revenue>=100000") << with([](L l) { l.attributes.trailingRevenueUsd = 100000; }) << true;
        QTest::newRow("revenue one short")
            << s("revenue>=100000") << with([](L l) { l.attributes.trailingRevenueUsd = 99999; }) << false;
        QTest::newRow("customers exactly")
            << s("customers>=5") << with([](L l) { l.attributes.customerAdds = 5; }) << true;
        QTest::newRow("customers one short")
            << s("customers>=5") << with([](L l) { l.attributes.customerAdds = 4; }) << false;
        QTest::newRow("country listed") << s("countries=US,GB") << base << true;
        QTest::newRow("country not listed")
            << s("countries=US,GB") << with([](L l) { l.country = s("DE"); }) << false;
    }

    void checklist()
    {
        QFETCH(QString, criterion);
        QFETCH(Location, location);
        QFETCH(bool, met);
        const auto parsed = eligibility::parse(criterion);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->size(), 1);
        const auto items = eligibility::checklist(parsed.value(), location);
        QCOMPARE(items.size(), 1);
        QCOMPARE(items[0].code, criterion);
        QVERIFY(!items[0].text.isEmpty());
        QVERIFY(!items[0].detail.isEmpty());
        QCOMPARE(items[0].met, met);
        QCOMPARE(eligibility::allMet(items), met);
        QCOMPARE(eligibility::unmet(items), met ? QStringList() : QStringList{items[0].text});

        // Next to a criterion that is met, the outcome is the same.
        auto two = eligibility::parse(criterion + s(";countries=") + location.country);
        QVERIFY(two.ok());
        QCOMPARE(eligibility::allMet(eligibility::checklist(two.value(), location)), met);
        QCOMPARE(eligibility::unmet(eligibility::checklist(two.value(), location)).size(), met ? 0 : 1);
    }

    void maskAccount_data()
    {
        QTest::addColumn<QString>("account");
        QTest::addColumn<QString>("masked");
        const QString b4 = QString(4, QChar(0x2022));
        QTest::newRow("ten digits") << s("1234567890") << b4 + s("7890");
        QTest::newRow("IBAN with spaces") << s("DE89 3704 0044 0532 0130 00") << b4 + s("3000");
        QTest::newRow("five") << s("12345") << b4 + s("2345");
        QTest::newRow("four: all hidden") << s("1234") << b4;
        QTest::newRow("two: all hidden") << s("12") << QString(2, QChar(0x2022));
        QTest::newRow("empty stays empty") << QString() << QString();
    }

    void maskAccount()
    {
        QFETCH(QString, account);
        QFETCH(QString, masked);
        QCOMPARE(incentives::maskAccount(account), masked);
    }

    void codesRoundTrip()
    {
        const auto check = [](const auto& values, auto codeOf, auto fromCode) {
            QSet<QString> codes;
            for (const auto v : values) {
                const QString code = codeOf(v);
                QVERIFY(!code.isEmpty());
                QVERIFY2(!codes.contains(code), qPrintable(code));
                codes.insert(code);
                QVERIFY2(fromCode(code) == v, qPrintable(code));
                QVERIFY2(fromCode(s(" ") + code.toUpper() + s(" ")) == v, qPrintable(code));
            }
            QVERIFY(!fromCode(s("no-such-code")).has_value());
            QVERIFY(!fromCode(QString()).has_value());
        };
        check(QList<Role>{Role::AccountAdmin, Role::IncentivesAdmin, Role::IncentivesUser}, roleCode,
              roleFromCode);
        check(allStatuses(), statusCode, statusFromCode);
        QCOMPARE(allStatuses().size(), 7);
        check(QList<ProgramState>{ProgramState::Open, ProgramState::Closed, ProgramState::Discontinued},
              programStateCode, programStateFromCode);
        check(QList<ProfileStatus>{ProfileStatus::PendingValidation, ProfileStatus::Approved,
                                   ProfileStatus::ActionRequired},
              profileStatusCode, profileStatusFromCode);
        check(QList<TaxForm>{TaxForm::W9, TaxForm::W8BenE}, taxFormCode, taxFormFromCode);
        check(QList<PaymentMethod>{PaymentMethod::BankTransfer, PaymentMethod::CreditNote}, paymentMethodCode,
              paymentMethodFromCode);
        check(QList<AccountType>{AccountType::Checking, AccountType::Savings}, accountTypeCode,
              accountTypeFromCode);

        // Labels are for people.
        for (EnrollmentStatus st : allStatuses())
            QVERIFY(!statusLabel(st).isEmpty());
        QCOMPARE(statusLabel(EnrollmentStatus::Validating), s("Validating enrollment"));

        // Reasons: None is the empty code; every other one round-trips; an unknown code reads as None.
        static_assert(int(Reason::ProgramDiscontinued) == 10, "Reason changed: update this test");
        QSet<QString> codes;
        for (int i = 0; i <= int(Reason::ProgramDiscontinued); ++i) {
            const Reason r = Reason(i);
            const QString code = reasonCode(r);
            QCOMPARE(code.isEmpty(), r == Reason::None);
            QVERIFY2(!codes.contains(code), qPrintable(code));
            codes.insert(code);
            QCOMPARE(reasonFromCode(code), r);
        }
        QCOMPARE(reasonFromCode(s("no-such-reason")), Reason::None);
    }
};

QTEST_GUILESS_MAIN(TestEnrollmentRules)
#include "tst_enrollmentrules.moc"
