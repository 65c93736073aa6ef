#include "core/EnrollmentRules.h"

#include "core/CreditNote.h"
#include "core/FiscalCalendar.h"
#include "core/TimeText.h"
#include "core/Validators.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace incentives::rules {
namespace {

// The translation context of this file: lupdate reads it from the declaration.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EnrollmentRules)
};

// Runs a validator on a field, stores the canonical form, and records the problem.
void field(QList<Problem>& problems, const char* name, QString& value, const validators::Check& check)
{
    if (check.valid())
        value = check.normalized;
    else
        problems.append({QString::fromLatin1(name), check.error});
}

void required(QList<Problem>& problems, const char* name, QString& value, const char* what,
              int maxLength = 200)
{
    const auto check = validators::displayName(value, maxLength);
    if (value.trimmed().isEmpty())
        problems.append({QString::fromLatin1(name), Tr::tr(what)});
    else
        field(problems, name, value, check);
}

// The beneficiary contact, the person the bank may call about the account. Partner Center's bank
// profile wizard asks for one; profiles stored before the app knew of it have none and must stay
// valid, so the contact is optional as a whole. Once any of it is given, the name and email are
// required and the phone, optional, must be a phone number.
void checkContact(BankProfile& p, QList<Problem>& problems)
{
    p.contactName = p.contactName.trimmed();
    p.contactEmail = p.contactEmail.trimmed();
    p.contactPhone = p.contactPhone.trimmed();
    if (p.contactName.isEmpty() && p.contactEmail.isEmpty() && p.contactPhone.isEmpty())
        return;
    required(problems, "contact-name", p.contactName,
             QT_TRANSLATE_NOOP("EnrollmentRules", "Enter the name of the person the bank may contact."));
    field(problems, "contact-email", p.contactEmail, validators::email(p.contactEmail));
    if (!p.contactPhone.isEmpty())
        field(problems, "contact-phone", p.contactPhone, validators::phone(p.contactPhone));
}

// A credit note has no account: only the CSP tenant it credits, and the tax-exemption choice where
// the country asks for one. Whatever account fields came along are dropped.
QList<Problem> checkCreditNote(BankProfile& p, QList<Problem>& problems)
{
    if (!creditnote::offeredIn(p.country))
        problems.append({QStringLiteral("method"),
                         Tr::tr("Credit note is not offered in %1.")
                             .arg(QLocale::territoryToString(QLocale::codeToTerritory(p.country)))});
    field(problems, "tenant", p.tenantId, validators::tenantId(p.tenantId));
    if (p.taxExempt && !creditnote::asksTaxExemption(p.country))
        problems.append({QStringLiteral("tax-exempt"),
                         Tr::tr("A credit note in %1 needs no tax-exemption request.")
                             .arg(QLocale::territoryToString(QLocale::codeToTerritory(p.country)))});
    for (QString* f : {&p.holderName, &p.iban, &p.bic, &p.routingNumber, &p.institution, &p.accountNumber,
                       &p.bankName, &p.bankAddress, &p.contactName, &p.contactEmail, &p.contactPhone})
        f->clear();
    p.accountType = AccountType::Checking;
    return problems;
}

} // namespace

QString localCurrency(const QString& country)
{
    const auto territory = QLocale::codeToTerritory(country);
    if (territory == QLocale::AnyTerritory)
        return {};
    return QLocale(QLocale::AnyLanguage, territory).currencySymbol(QLocale::CurrencyIsoCode);
}

QStringList currenciesForBankCountry(const QString& country)
{
    if (country == QLatin1String("US"))
        return {QStringLiteral("USD")};
    QStringList list;
    const QString local = localCurrency(country);
    if (!local.isEmpty())
        list.append(local);
    for (const QString& c : {QStringLiteral("USD"), QStringLiteral("EUR")})
        if (!list.contains(c))
            list.append(c);
    return list;
}

QList<Problem> checkBankProfile(BankProfile& p)
{
    QList<Problem> problems;
    required(problems, "name", p.name, QT_TRANSLATE_NOOP("EnrollmentRules", "Give the profile a name."), 100);
    const auto country = validators::countryCode(p.country);
    if (!country.valid()) {
        problems.append({QStringLiteral("country"), country.error});
        return problems;
    }
    p.country = country.normalized;
    const auto currency = validators::currencyCode(p.currency);
    field(problems, "currency", p.currency, currency);
    if (p.method == PaymentMethod::CreditNote)
        return checkCreditNote(p, problems);
    if (currency.valid() && p.country == QLatin1String("US") && p.currency != QLatin1String("USD"))
        problems.append({QStringLiteral("currency"), Tr::tr("US bank accounts are paid in USD only.")});
    required(problems, "holder", p.holderName,
             QT_TRANSLATE_NOOP("EnrollmentRules", "Enter the account holder's name."));
    p.tenantId.clear();
    p.taxExempt = false;
    p.creditNoteStatus = CreditNoteStatus::VerificationNeeded;
    checkContact(p, problems);

    const BankScheme scheme = bankSchemeFor(p.country);
    auto clearAllBut = [&p](std::initializer_list<QString*> keep) {
        for (QString* f : {&p.iban, &p.bic, &p.routingNumber, &p.institution, &p.accountNumber, &p.bankName,
                           &p.bankAddress}) {
            if (std::find(keep.begin(), keep.end(), f) == keep.end())
                f->clear();
        }
    };
    switch (scheme) {
    case BankScheme::Iban: {
        const auto ibanCheck = validators::iban(p.iban);
        if (ibanCheck.valid() && !ibanCheck.normalized.startsWith(p.country))
            problems.append({QStringLiteral("iban"), Tr::tr("This IBAN belongs to a bank in %1, not %2.")
                                                         .arg(ibanCheck.normalized.left(2), p.country)});
        else
            field(problems, "iban", p.iban, ibanCheck);
    }
        field(problems, "bic", p.bic, validators::bic(p.bic, p.country));
        clearAllBut({&p.iban, &p.bic});
        break;
    case BankScheme::UsAba:
        field(problems, "routing", p.routingNumber, validators::abaRouting(p.routingNumber));
        field(problems, "account", p.accountNumber, validators::accountNumber(p.accountNumber));
        clearAllBut({&p.routingNumber, &p.accountNumber});
        break;
    case BankScheme::UkSortCode:
        field(problems, "routing", p.routingNumber, validators::ukSortCode(p.routingNumber));
        field(problems, "account", p.accountNumber, validators::ukAccountNumber(p.accountNumber));
        clearAllBut({&p.routingNumber, &p.accountNumber});
        break;
    case BankScheme::Canada:
        field(problems, "institution", p.institution, validators::canadaInstitution(p.institution));
        field(problems, "routing", p.routingNumber, validators::canadaTransit(p.routingNumber));
        field(problems, "account", p.accountNumber, validators::accountNumber(p.accountNumber));
        clearAllBut({&p.institution, &p.routingNumber, &p.accountNumber});
        break;
    case BankScheme::Australia:
        field(problems, "routing", p.routingNumber, validators::australiaBsb(p.routingNumber));
        field(problems, "account", p.accountNumber, validators::accountNumber(p.accountNumber));
        clearAllBut({&p.routingNumber, &p.accountNumber});
        break;
    case BankScheme::India:
        field(problems, "routing", p.routingNumber, validators::indiaIfsc(p.routingNumber));
        field(problems, "account", p.accountNumber, validators::accountNumber(p.accountNumber));
        clearAllBut({&p.routingNumber, &p.accountNumber});
        break;
    case BankScheme::Swift:
        field(problems, "bic", p.bic, validators::bic(p.bic, p.country));
        field(problems, "account", p.accountNumber, validators::accountNumber(p.accountNumber));
        required(problems, "bank-name", p.bankName,
                 QT_TRANSLATE_NOOP("EnrollmentRules", "Enter the bank's name."));
        required(problems, "bank-address", p.bankAddress,
                 QT_TRANSLATE_NOOP("EnrollmentRules", "Enter the bank's address."), 400);
        clearAllBut({&p.bic, &p.accountNumber, &p.bankName, &p.bankAddress});
        break;
    }
    return problems;
}

TaxForm requiredTaxForm(const QString& locationCountry)
{
    return locationCountry == QLatin1String("US") ? TaxForm::W9 : TaxForm::W8BenE;
}

QList<TaxForm> taxFormsFor(const QString& locationCountry)
{
    if (locationCountry == QLatin1String("US"))
        return {TaxForm::W9};
    return {TaxForm::W8BenE, TaxForm::W8Ben};
}

namespace {

void checkTreaty(QList<Problem>& problems, TaxProfile& t)
{
    if (!t.treatyCountry.trimmed().isEmpty()) {
        field(problems, "treaty-country", t.treatyCountry, validators::countryCode(t.treatyCountry));
        required(problems, "treaty-article", t.treatyArticle,
                 QT_TRANSLATE_NOOP("EnrollmentRules", "Name the treaty article the claim rests on."), 40);
    } else {
        t.treatyCountry.clear();
        t.treatyArticle.clear();
    }
}

void clearIndividual(TaxProfile& t)
{
    t.personName.clear();
    t.citizenshipCountry.clear();
    t.birthDate = QDate();
    t.noTaxIdReason.clear();
}

// A W-8BEN: the individual's name, citizenship (not the US: a US person files a W-9), birth date
// (not after signing), and a foreign tax ID or the reason none is given.
void checkIndividual(QList<Problem>& problems, TaxProfile& t)
{
    t.ein.clear();
    t.countryOfIncorporation.clear();
    required(problems, "person-name", t.personName,
             QT_TRANSLATE_NOOP("EnrollmentRules", "Enter the name of the person who signs the W-8BEN."));
    const auto citizenship = validators::countryCode(t.citizenshipCountry);
    if (citizenship.valid() && citizenship.normalized == QLatin1String("US"))
        problems.append({QStringLiteral("citizenship"), Tr::tr("A US citizen files a W-9, not a W-8BEN.")});
    else
        field(problems, "citizenship", t.citizenshipCountry, citizenship);
    if (t.foreignTaxId.trimmed().isEmpty()) {
        t.foreignTaxId.clear();
        required(problems, "no-tax-id-reason", t.noTaxIdReason,
                 QT_TRANSLATE_NOOP("EnrollmentRules",
                                   "Enter the foreign tax ID, or the reason the person has none."),
                 200);
    } else {
        field(problems, "foreign-tax-id", t.foreignTaxId, validators::foreignTaxId(t.foreignTaxId));
        t.noTaxIdReason.clear();
    }
    if (!t.birthDate.isValid())
        problems.append({QStringLiteral("birth-date"), Tr::tr("Enter the person's date of birth.")});
    else if (t.birthDate < QDate(1900, 1, 1))
        problems.append({QStringLiteral("birth-date"), Tr::tr("Enter a date of birth after 1900.")});
    else if (t.signedOn.isValid() && t.birthDate >= t.signedOn)
        problems.append(
            {QStringLiteral("birth-date"), Tr::tr("The date of birth must come before the signature date.")});
    checkTreaty(problems, t);
}

} // namespace

QList<Problem> checkTaxProfile(TaxProfile& t, const QString& locationCountry)
{
    QList<Problem> problems;
    if (!taxFormsFor(locationCountry).contains(t.form)) {
        problems.append({QStringLiteral("form"),
                         locationCountry == QLatin1String("US")
                             ? Tr::tr("A US location files a W-9.")
                             : Tr::tr("A location outside the US files a W-8BEN-E, or a W-8BEN for an "
                                      "individual.")});
        return problems;
    }
    if (t.form == TaxForm::W9) {
        field(problems, "ein", t.ein, validators::ein(t.ein));
        t.countryOfIncorporation.clear();
        t.foreignTaxId.clear();
        t.treatyCountry.clear();
        t.treatyArticle.clear();
        clearIndividual(t);
    } else if (t.form == TaxForm::W8Ben) {
        checkIndividual(problems, t);
    } else {
        t.ein.clear();
        clearIndividual(t);
        field(problems, "incorporation", t.countryOfIncorporation,
              validators::countryCode(t.countryOfIncorporation));
        field(problems, "foreign-tax-id", t.foreignTaxId, validators::foreignTaxId(t.foreignTaxId));
        checkTreaty(problems, t);
    }
    if (!t.signedOn.isValid())
        problems.append({QStringLiteral("signed"), Tr::tr("Enter the date the form was signed.")});
    if (validators::isEuCountry(locationCountry))
        field(problems, "vat", t.vatId, validators::vat(t.vatId, locationCountry));
    else
        t.vatId = t.vatId.trimmed().isEmpty() ? QString() : t.vatId.trimmed().toUpper();
    return problems;
}

QDate taxExpiry(const TaxProfile& t)
{
    // The W-8BEN-E's rule holds for the W-8BEN too: both are W-8 forms.
    if (t.form == TaxForm::W9 || !t.signedOn.isValid())
        return {};
    return fiscal::w8Expiry(t.signedOn);
}

bool taxExpired(const TaxProfile& t, const QDate& today)
{
    const QDate expiry = taxExpiry(t);
    return expiry.isValid() && today > expiry;
}

bool holderMatches(const QString& holder, const QString& legalName)
{
    return holder.simplified().toCaseFolded() == legalName.simplified().toCaseFolded();
}

QString legalEntityName(const EnrollmentContext& c)
{
    return c.location.legalName.trimmed().isEmpty() ? c.organization.legalName : c.location.legalName;
}

QString paymentCurrency(const EnrollmentContext& c)
{
    if (!c.currency.isEmpty())
        return c.currency;
    return c.bank ? c.bank->currency : QString();
}

QList<Problem> checkAssignmentCurrency(QString& currency, const Program& program, const QString& bankCountry)
{
    QList<Problem> problems;
    const auto check = validators::currencyCode(currency);
    if (!check.valid()) {
        problems.append({QStringLiteral("currency"), check.error});
        return problems;
    }
    currency = check.normalized;
    if (!program.currencies.contains(currency))
        problems.append(
            {QStringLiteral("currency"),
             Tr::tr("%1 pays in %2 only.").arg(program.name, program.currencies.join(QStringLiteral(", ")))});
    else if (!bankCountry.isEmpty() && !currenciesForBankCountry(bankCountry).contains(currency))
        problems.append({QStringLiteral("currency"),
                         Tr::tr("%1 is not accepted for a bank account in %2.").arg(currency, bankCountry)});
    return problems;
}

QList<Problem> checkAssignmentTax(const TaxProfile& tax, const Location& location, const QDate& today)
{
    QList<Problem> problems;
    if (tax.locationId != location.id) {
        problems.append({QStringLiteral("tax"),
                         Tr::tr("Tax profile %1 belongs to another location; choose one of location %2's.")
                             .arg(tax.id)
                             .arg(location.partnerId)});
        return problems;
    }
    TaxProfile copy = tax;
    if (!checkTaxProfile(copy, location.country).isEmpty())
        problems.append({QStringLiteral("tax"), Tr::tr("The tax profile is incomplete.")});
    else if (taxExpired(tax, today))
        problems.append(
            {QStringLiteral("tax"), Tr::tr("The %1 expired on %2; sign a new one.")
                                        .arg(taxFormLabel(tax.form), timetext::formatDate(taxExpiry(tax)))});
    else if (tax.status == ProfileStatus::ActionRequired)
        problems.append(
            {QStringLiteral("tax"), Tr::tr("The tax profile needs action: %1").arg(tax.statusReason)});
    return problems;
}

Status paymentHoldChange(EnrollmentStatus status, bool currentlyHeld, bool hold)
{
    if (hold && currentlyHeld)
        return makeError(ErrorKind::WrongState, Tr::tr("The payments are already on hold."));
    if (!hold && !currentlyHeld)
        return makeError(ErrorKind::WrongState, Tr::tr("The payments are not on hold."));
    if (hold && (status == EnrollmentStatus::Invited || status == EnrollmentStatus::Ineligible ||
                 status == EnrollmentStatus::Discontinued))
        return makeError(ErrorKind::WrongState,
                         Tr::tr("Only an accepted enrollment has payments to hold; this one is %1.")
                             .arg(statusLabel(status)));
    return {};
}

QList<Problem> missingDetails(const EnrollmentContext& c)
{
    QList<Problem> missing;
    if (!c.bank) {
        missing.append(
            {QStringLiteral("bank"), Tr::tr("No bank profile is chosen: set a default for this location.")});
    } else {
        BankProfile copy = *c.bank;
        if (!checkBankProfile(copy).isEmpty())
            missing.append(
                {QStringLiteral("bank"), Tr::tr("The bank profile '%1' is incomplete.").arg(c.bank->name)});
        if (c.bank->status == ProfileStatus::ActionRequired)
            missing.append(
                {QStringLiteral("bank"),
                 Tr::tr("The bank profile '%1' needs action: %2").arg(c.bank->name, c.bank->statusReason)});
        if (c.currency.isEmpty() && !c.program.currencies.contains(c.bank->currency))
            missing.append({QStringLiteral("currency"),
                            Tr::tr("%1 pays in %2; the bank profile '%3' is in %4.")
                                .arg(c.program.name, c.program.currencies.join(QStringLiteral(", ")),
                                     c.bank->name, c.bank->currency)});
        if (!c.currency.isEmpty() && !c.program.currencies.contains(c.currency))
            missing.append(
                {QStringLiteral("currency"),
                 Tr::tr("%1 pays in %2; this enrollment is paid in %3.")
                     .arg(c.program.name, c.program.currencies.join(QStringLiteral(", ")), c.currency)});
        if (const QString refused = creditnote::refusal(*c.bank, c.program, c.location.country);
            !refused.isEmpty())
            missing.append({QStringLiteral("bank"), refused});
        else if (!c.program.methods.contains(c.bank->method))
            missing.append(
                {QStringLiteral("bank"),
                 Tr::tr("%1 does not pay by %2.").arg(c.program.name, paymentMethodLabel(c.bank->method))});
        if (c.bank->method == PaymentMethod::CreditNote &&
            c.bank->creditNoteStatus != CreditNoteStatus::Confirmed)
            missing.append({QStringLiteral("bank"),
                            Tr::tr("The CSP tenant of the credit-note profile '%1' needs verification by "
                                   "an Incentives admin of its location.")
                                .arg(c.bank->name)});
    }
    if (!c.tax) {
        missing.append({QStringLiteral("tax"), Tr::tr("This location has no tax profile.")});
    } else {
        TaxProfile copy = *c.tax;
        if (!checkTaxProfile(copy, c.location.country).isEmpty())
            missing.append({QStringLiteral("tax"), Tr::tr("The tax profile is incomplete.")});
        if (taxExpired(*c.tax, c.today))
            missing.append({QStringLiteral("tax"),
                            Tr::tr("The %1 expired on %2; sign a new one.")
                                .arg(taxFormLabel(c.tax->form), timetext::formatDate(taxExpiry(*c.tax)))});
        else if (c.tax->status == ProfileStatus::ActionRequired)
            missing.append(
                {QStringLiteral("tax"), Tr::tr("The tax profile needs action: %1").arg(c.tax->statusReason)});
    }
    return missing;
}

ValidationOutcome validate(const EnrollmentContext& c)
{
    ValidationOutcome out;
    if (!c.bank || !c.tax) {
        out.approved = false;
        out.reason = Reason::DetailsMissing;
        out.detail = Tr::tr("Bank or tax details are missing.");
        out.bankAtFault = !c.bank;
        out.taxAtFault = !c.tax;
        return out;
    }
    // A rejected profile stays rejected until it is edited (an edit makes it Pending validation).
    if (c.bank->status == ProfileStatus::ActionRequired || c.tax->status == ProfileStatus::ActionRequired) {
        out.approved = false;
        out.reason = Reason::DetailsMissing;
        out.detail =
            c.bank->status == ProfileStatus::ActionRequired
                ? Tr::tr("The bank profile '%1' needs action: %2").arg(c.bank->name, c.bank->statusReason)
                : Tr::tr("The tax profile needs action: %1").arg(c.tax->statusReason);
        return out;
    }
    const QString legalName = legalEntityName(c);
    // A credit note is issued to the CSP tenant, which has no account holder to compare.
    if (c.bank->method == PaymentMethod::BankTransfer && !holderMatches(c.bank->holderName, legalName)) {
        out.approved = false;
        out.reason = Reason::HolderMismatch;
        out.detail = Tr::tr("The account holder '%1' does not match the legal name '%2'.")
                         .arg(c.bank->holderName, legalName);
        out.bankAtFault = true;
        return out;
    }
    const QString currency = paymentCurrency(c);
    if (!currenciesForBankCountry(c.bank->country).contains(currency) ||
        !c.program.currencies.contains(currency)) {
        out.approved = false;
        out.reason = Reason::CurrencyRejected;
        out.detail = Tr::tr("%1 is not accepted for a bank account in %2.").arg(currency, c.bank->country);
        out.bankAtFault = true;
        return out;
    }
    if (taxExpired(*c.tax, c.today)) {
        out.approved = false;
        out.reason = Reason::TaxFormExpired;
        out.detail = Tr::tr("The %1 has expired.").arg(taxFormLabel(c.tax->form));
        out.taxAtFault = true;
        return out;
    }
    return out;
}

namespace {
QString actionsRequiredBeforeHold(const ActionsInput& in);
}

QString actionsRequired(const ActionsInput& in)
{
    const QString text = actionsRequiredBeforeHold(in);
    if (!in.paymentHold)
        return text;
    if (in.status == EnrollmentStatus::Enrolled)
        return Tr::tr("Payment on hold");
    return Tr::tr("%1 Payment on hold.").arg(text);
}

namespace {
QString actionsRequiredBeforeHold(const ActionsInput& in)
{
    using S = EnrollmentStatus;
    const bool adminMissing = !in.locationHasAdmin;
    const QString assign = Tr::tr("An Account admin must assign an Incentives admin to this location.");
    switch (in.status) {
    case S::Invited:
        return adminMissing ? assign : Tr::tr("Enroll");
    case S::Enrolling: {
        QString text;
        switch (in.reason) {
        case Reason::AwaitingSubmission:
            text = Tr::tr("Submit");
            break;
        case Reason::DetailsMissing:
            text = Tr::tr("Update payout and tax profiles: %1").arg(in.detail);
            break;
        case Reason::HolderMismatch:
        case Reason::CurrencyRejected:
        case Reason::RejectedByReviewer:
            text = Tr::tr("Update the bank profile: %1").arg(in.detail);
            break;
        case Reason::TaxFormExpired:
            text = Tr::tr("Update the tax profile: %1").arg(in.detail);
            break;
        default:
            text = Tr::tr("Complete payout and tax profiles, then Submit.");
            break;
        }
        if (adminMissing)
            return assign + QLatin1Char(' ') + text;
        // Partner Center's Status column reads "Action required" here for the location's
        // Incentives admin; the trainee who knows that screen finds the same words.
        return in.viewerIsAdmin ? Tr::tr("Action required: %1").arg(text) : text;
    }
    case S::Validating:
        if (in.validationDue.isValid())
            return Tr::tr("None. Validation is expected to end by %1.")
                .arg(timetext::format(in.validationDue));
        return Tr::tr("None. Validation takes up to 48 hours.");
    case S::Enrolled:
        return Tr::tr("None");
    case S::Ineligible:
        return Tr::tr("See eligibility requirements");
    case S::Inactive:
        switch (in.reason) {
        case Reason::AgreementExpired:
            return Tr::tr("Renew the partner program agreement (IVDMPA).");
        case Reason::EligibilityLost:
            return Tr::tr("Meet the eligibility requirements again: %1").arg(in.detail);
        case Reason::ProgramClosed:
            return Tr::tr("The program is closed for enrollment; wait for it to reopen.");
        default:
            return in.detail.isEmpty() ? Tr::tr("The program is not open now.") : in.detail;
        }
    case S::Discontinued:
        return Tr::tr("None. The program is no longer offered.");
    }
    return {};
}
} // namespace

} // namespace incentives::rules
