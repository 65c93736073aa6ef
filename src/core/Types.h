#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

// The domain's vocabulary. Each enum has a stable code (stored in the database, typed in the CLI,
// written by scripts) and a translated label (shown to people). Codes never change once released.
namespace incentives {

using Id = qint64;

enum class Role
{
    AccountAdmin,
    IncentivesAdmin,
    IncentivesUser,
    Presenter // demo databases only: the presenter tools
};

enum class EnrollmentStatus
{
    Invited,
    Enrolling,
    Validating,
    Enrolled,
    Ineligible,
    Inactive,
    Discontinued
};

enum class ProgramState
{
    Open,
    Closed,
    Discontinued
};

enum class ProfileStatus
{
    PendingValidation,
    Approved,
    ActionRequired
};

enum class TaxForm
{
    W9,
    W8BenE, // a foreign entity
    W8Ben   // a foreign individual
};

enum class PaymentMethod
{
    BankTransfer,
    CreditNote
};

// Where Microsoft stands on the CSP tenant a credit-note profile names.
enum class CreditNoteStatus
{
    VerificationNeeded, // a new or changed tenant ID, until an Incentives admin verifies it
    Confirmed
};

enum class AccountType
{
    Checking,
    Savings
};

// Which set of fields a bank profile carries, decided by the bank country.
enum class BankScheme
{
    Iban,
    UsAba,
    UkSortCode,
    Canada,
    Australia,
    India,
    Swift
};

// Why an enrollment stands where it stands; rendered into the Actions required column.
enum class Reason
{
    None,
    AwaitingSubmission, // accepted, everything on file: Submit
    DetailsMissing,     // accepted, something missing: detail lists what
    HolderMismatch,     // validation: account holder is not the legal name
    CurrencyRejected,   // validation: currency not accepted for the bank country or program
    TaxFormExpired,
    RejectedByReviewer, // validation rejected with a reviewer's reason in detail
    EligibilityLost,    // detail lists the unmet criteria
    AgreementExpired,   // IVDMPA
    ProgramClosed,
    ProgramDiscontinued,
};

QString roleCode(Role role);
std::optional<Role> roleFromCode(const QString& code);
QString roleLabel(Role role);
// Account admin and Presenter cover the whole organization; the others are held per location.
bool isOrganizationWide(Role role);
QList<Role> allRoles();

QString statusCode(EnrollmentStatus status);
std::optional<EnrollmentStatus> statusFromCode(const QString& code);
QString statusLabel(EnrollmentStatus status);
QList<EnrollmentStatus> allStatuses();

QString programStateCode(ProgramState state);
std::optional<ProgramState> programStateFromCode(const QString& code);
QString programStateLabel(ProgramState state);

QString profileStatusCode(ProfileStatus status);
std::optional<ProfileStatus> profileStatusFromCode(const QString& code);
QString profileStatusLabel(ProfileStatus status);

QString taxFormCode(TaxForm form);
std::optional<TaxForm> taxFormFromCode(const QString& code);
QString taxFormLabel(TaxForm form);

QString paymentMethodCode(PaymentMethod method);
std::optional<PaymentMethod> paymentMethodFromCode(const QString& code);
QString paymentMethodLabel(PaymentMethod method);

QString creditNoteStatusCode(CreditNoteStatus status);
std::optional<CreditNoteStatus> creditNoteStatusFromCode(const QString& code);
QString creditNoteStatusLabel(CreditNoteStatus status);

QString accountTypeCode(AccountType type);
std::optional<AccountType> accountTypeFromCode(const QString& code);

QString reasonCode(Reason reason);
Reason reasonFromCode(const QString& code);

BankScheme bankSchemeFor(const QString& bankCountry);

// Shows only the last four characters of an account number or IBAN.
QString maskAccount(const QString& account);

struct Organization
{
    Id id = 0;
    QString name;
    QString legalName;
    QString globalPartnerId;
    QString country;
};

// What eligibility is judged on.
struct LocationAttributes
{
    bool agreementActive = true;
    bool solutionsPartner = false; // holds a Solutions Partner designation
    bool cspIndirectReseller = false;
    bool cspDirectBill = false;
    qint64 trailingRevenueUsd = 0;
    int customerAdds = 0;
};

struct Location
{
    Id id = 0;
    QString partnerId;
    QString name;
    QString legalName; // the legal entity's name, which a bank account paying it must carry
    QString country;
    QString city;
    QString address;
    LocationAttributes attributes;
    Id defaultBankProfileId = 0;
    int version = 0;
};

struct BankProfile
{
    Id id = 0;
    QString name;
    QString country;
    PaymentMethod method = PaymentMethod::BankTransfer;
    QString currency;
    QString holderName;
    QString iban;
    QString bic;           // also SWIFT for the Swift scheme
    QString routingNumber; // US ABA, UK sort code, Canadian transit, Australian BSB, Indian IFSC
    QString institution;   // Canada
    QString accountNumber;
    AccountType accountType = AccountType::Checking;
    QString bankName;
    QString bankAddress;
    // Bank transfer: the person at the partner the bank may contact about the account.
    QString contactName;
    QString contactEmail;
    QString contactPhone;
    // Credit note: the CSP tenant the credit is issued against, instead of any account field.
    QString tenantId; // a GUID, lower case
    CreditNoteStatus creditNoteStatus = CreditNoteStatus::VerificationNeeded;
    bool taxExempt = false; // asked only where the country requires an explicit request
    ProfileStatus status = ProfileStatus::PendingValidation;
    QString statusReason;
    Id ownerLocationId = 0; // the location it was created for (0: made before profiles had one)
    int version = 0;
};

struct TaxProfile
{
    Id id = 0;
    Id locationId = 0;
    TaxForm form = TaxForm::W9;
    QString ein;
    QString countryOfIncorporation;
    QString foreignTaxId;
    QString treatyCountry; // empty: no treaty claim
    QString treatyArticle;
    QDate signedOn;
    QString vatId;
    // W-8BEN (an individual): the person, their citizenship and birth date; without a foreign tax
    // ID, the reason none is given.
    QString personName;
    QString citizenshipCountry;
    QDate birthDate;
    QString noTaxIdReason;
    ProfileStatus status = ProfileStatus::PendingValidation;
    QString statusReason;
    int version = 0;
};

struct Program
{
    Id id = 0;
    QString name;
    int fiscalYear = 0;
    bool openToAll = false;
    ProgramState state = ProgramState::Open;
    QStringList currencies;
    QList<PaymentMethod> methods;
    QString criteria; // see Eligibility.h for the notation
    QString guide;    // resource name of the program guide
    int version = 0;
};

} // namespace incentives

namespace incentives {

struct User
{
    Id id = 0;
    QString email;
    QString name;
    bool active = true;
    bool mustChangePassword = false;
    QString passwordHash;
    int version = 0;
};

struct RoleAssignment
{
    Id userId = 0;
    Role role = Role::IncentivesUser;
    Id locationId = 0; // 0 for Account admin, which covers the whole organization
};

} // namespace incentives
