#pragma once

#include "core/Result.h"
#include "core/Types.h"

#include <QDateTime>

// The rules of the enrollment flow that need no storage: what a profile must contain, what an
// enrollment still lacks, how the simulated Microsoft validation decides, and what the Actions
// required column says.
namespace incentives::rules {

// Validation finishes this long after submission (the guide: up to 48 hours).
constexpr qint64 kValidationDelaySeconds = 24 * 3600;
constexpr qint64 kMaxValidationDelaySeconds = 48 * 3600;

struct Problem
{
    QString field;   // form field it belongs to: "iban", "currency", "bank", "tax", ...
    QString message; // what is wrong, for people
};

// Checks and normalizes every field of a bank profile. Fields that do not belong to the bank
// country's scheme are cleared. Problems are empty when the profile may be stored.
QList<Problem> checkBankProfile(BankProfile& profile);
// Checks and normalizes a tax profile for a location in the given country.
QList<Problem> checkTaxProfile(TaxProfile& profile, const QString& locationCountry);

// Which form a location files by default: W-9 for US locations, W-8BEN-E elsewhere.
TaxForm requiredTaxForm(const QString& locationCountry);
// The forms a location may file: a US location the W-9; elsewhere the W-8BEN-E for an entity or
// the W-8BEN for an individual.
QList<TaxForm> taxFormsFor(const QString& locationCountry);
// A W-8BEN-E or W-8BEN expires at the end of the third calendar year after signing; a W-9 never.
QDate taxExpiry(const TaxProfile& profile); // invalid date: never expires
bool taxExpired(const TaxProfile& profile, const QDate& today);

// The currencies a bank in this country can be paid in (our choice: the local currency, USD and
// EUR; US accounts USD only).
QStringList currenciesForBankCountry(const QString& country);
QString localCurrency(const QString& country);

struct EnrollmentContext
{
    Organization organization;
    Location location;
    Program program;
    std::optional<BankProfile> bank;
    std::optional<TaxProfile> tax;
    QString currency; // the enrollment's own disbursement currency; empty: none chosen yet
    QDate today;
};

// The currency the enrollment is paid in: its own, or, while it has none, the one its bank
// profile proposes (the currency chosen in the bank profile form).
QString paymentCurrency(const EnrollmentContext& context);

// Whether an enrollment of this program may be paid in this currency into a bank account in
// bankCountry (empty: no bank profile yet, only the program is asked). Problems name the field
// "currency"; the currency is normalized to upper case.
QList<Problem> checkAssignmentCurrency(QString& currency, const Program& program, const QString& bankCountry);

// Whether an enrollment at this location may be paid under this tax profile: one of the location's
// own, of a form the location files, complete, not expired and not waiting for action. Problems
// name the field "tax".
QList<Problem> checkAssignmentTax(const TaxProfile& tax, const Location& location, const QDate& today);

// What keeps the enrollment from being submitted. Empty: Submit. Otherwise: Continue.
QList<Problem> missingDetails(const EnrollmentContext& context);

struct ValidationOutcome
{
    bool approved = true;
    Reason reason = Reason::None;
    QString detail;
    bool bankAtFault = false;
    bool taxAtFault = false;
};

// The simulated Microsoft check of submitted details.
ValidationOutcome validate(const EnrollmentContext& context);

// The holder must match the legal name, compared case- and space-normalized.
bool holderMatches(const QString& holder, const QString& legalName);
// The name a bank account paying this location must carry: the location's legal entity name (a
// subsidiary's own), or the organization's legal name when the location names none.
QString legalEntityName(const EnrollmentContext& context);

// Whether the payments of an enrollment may be held (hold) or released (!hold) now: only an
// enrollment that was accepted and is not discontinued has payments to hold, and a hold is
// released only once placed.
Status paymentHoldChange(EnrollmentStatus status, bool currentlyHeld, bool hold);

struct ActionsInput
{
    EnrollmentStatus status = EnrollmentStatus::Invited;
    Reason reason = Reason::None;
    QString detail;
    QDateTime validationDue;
    bool locationHasAdmin = true;
    // Whether the person looking is the location's Incentives admin: Partner Center shows them an
    // Enrolling enrollment as "Action required", and the column says so in its words.
    bool viewerIsAdmin = false;
    bool paymentHold = false; // the partner holds the enrollment's payments
};
QString actionsRequired(const ActionsInput& in);

} // namespace incentives::rules
