#include "core/Types.h"

#include "core/Validators.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace incentives {
namespace {

template <typename E> struct Entry
{
    E value;
    const char* code;
    const char* label; // translated in context "Types"
};

template <typename E, std::size_t N> QString codeOf(const std::array<Entry<E>, N>& table, E value)
{
    for (const auto& e : table)
        if (e.value == value)
            return QString::fromLatin1(e.code);
    return {};
}

template <typename E, std::size_t N>
std::optional<E> fromCode(const std::array<Entry<E>, N>& table, const QString& code)
{
    const QString wanted = code.trimmed().toLower();
    for (const auto& e : table)
        if (wanted == QLatin1String(e.code))
            return e.value;
    return std::nullopt;
}

template <typename E, std::size_t N> QString labelOf(const std::array<Entry<E>, N>& table, E value)
{
    for (const auto& e : table)
        if (e.value == value)
            return QCoreApplication::translate("Types", e.label);
    return {};
}

constexpr std::array<Entry<Role>, 4> kRoles{{
    {Role::AccountAdmin, "account-admin", QT_TRANSLATE_NOOP("Types", "Account admin")},
    {Role::IncentivesAdmin, "incentives-admin", QT_TRANSLATE_NOOP("Types", "Incentives admin")},
    {Role::IncentivesUser, "incentives-user", QT_TRANSLATE_NOOP("Types", "Incentives user")},
    {Role::Presenter, "presenter", QT_TRANSLATE_NOOP("Types", "Presenter")},
}};

constexpr std::array<Entry<EnrollmentStatus>, 7> kStatuses{{
    {EnrollmentStatus::Invited, "invited", QT_TRANSLATE_NOOP("Types", "Invited")},
    {EnrollmentStatus::Enrolling, "enrolling", QT_TRANSLATE_NOOP("Types", "Enrolling")},
    {EnrollmentStatus::Validating, "validating", QT_TRANSLATE_NOOP("Types", "Validating enrollment")},
    {EnrollmentStatus::Enrolled, "enrolled", QT_TRANSLATE_NOOP("Types", "Enrolled")},
    {EnrollmentStatus::Ineligible, "ineligible", QT_TRANSLATE_NOOP("Types", "Ineligible")},
    {EnrollmentStatus::Inactive, "inactive", QT_TRANSLATE_NOOP("Types", "Inactive")},
    {EnrollmentStatus::Discontinued, "discontinued", QT_TRANSLATE_NOOP("Types", "Discontinued")},
}};

constexpr std::array<Entry<ProgramState>, 3> kProgramStates{{
    {ProgramState::Open, "open", QT_TRANSLATE_NOOP("Types", "Open")},
    {ProgramState::Closed, "closed", QT_TRANSLATE_NOOP("Types", "Closed for enrollment")},
    {ProgramState::Discontinued, "discontinued", QT_TRANSLATE_NOOP("Types", "Discontinued")},
}};

constexpr std::array<Entry<ProfileStatus>, 3> kProfileStatuses{{
    {ProfileStatus::PendingValidation, "pending", QT_TRANSLATE_NOOP("Types", "Pending validation")},
    {ProfileStatus::Approved, "approved", QT_TRANSLATE_NOOP("Types", "Approved")},
    {ProfileStatus::ActionRequired, "action-required", QT_TRANSLATE_NOOP("Types", "Action required")},
}};

constexpr std::array<Entry<TaxForm>, 3> kTaxForms{{
    {TaxForm::W9, "w9", QT_TRANSLATE_NOOP("Types", "W-9")},
    {TaxForm::W8BenE, "w8ben-e", QT_TRANSLATE_NOOP("Types", "W-8BEN-E")},
    {TaxForm::W8Ben, "w8ben", QT_TRANSLATE_NOOP("Types", "W-8BEN")},
}};

constexpr std::array<Entry<PaymentMethod>, 2> kMethods{{
    {PaymentMethod::BankTransfer, "bank-transfer", QT_TRANSLATE_NOOP("Types", "Electronic bank transfer")},
    {PaymentMethod::CreditNote, "credit-note", QT_TRANSLATE_NOOP("Types", "Credit note")},
}};

constexpr std::array<Entry<CreditNoteStatus>, 2> kCreditNoteStatuses{{
    {CreditNoteStatus::VerificationNeeded, "verification-needed",
     QT_TRANSLATE_NOOP("Types", "Verification needed")},
    {CreditNoteStatus::Confirmed, "confirmed", QT_TRANSLATE_NOOP("Types", "Confirmed")},
}};

constexpr std::array<Entry<AccountType>, 2> kAccountTypes{{
    {AccountType::Checking, "checking", QT_TRANSLATE_NOOP("Types", "Checking")},
    {AccountType::Savings, "savings", QT_TRANSLATE_NOOP("Types", "Savings")},
}};

constexpr std::array<Entry<Reason>, 11> kReasons{{
    {Reason::None, "", ""},
    {Reason::AwaitingSubmission, "awaiting-submission", ""},
    {Reason::DetailsMissing, "details-missing", ""},
    {Reason::HolderMismatch, "holder-mismatch", ""},
    {Reason::CurrencyRejected, "currency-rejected", ""},
    {Reason::TaxFormExpired, "tax-form-expired", ""},
    {Reason::RejectedByReviewer, "rejected", ""},
    {Reason::EligibilityLost, "eligibility-lost", ""},
    {Reason::AgreementExpired, "agreement-expired", ""},
    {Reason::ProgramClosed, "program-closed", ""},
    {Reason::ProgramDiscontinued, "program-discontinued", ""},
}};

} // namespace

QString roleCode(Role role)
{
    return codeOf(kRoles, role);
}
std::optional<Role> roleFromCode(const QString& code)
{
    return fromCode(kRoles, code);
}
QString roleLabel(Role role)
{
    return labelOf(kRoles, role);
}

bool isOrganizationWide(Role role)
{
    return role == Role::AccountAdmin || role == Role::Presenter;
}

QList<Role> allRoles()
{
    QList<Role> out;
    for (const auto& e : kRoles)
        out.append(e.value);
    return out;
}

QString statusCode(EnrollmentStatus status)
{
    return codeOf(kStatuses, status);
}
std::optional<EnrollmentStatus> statusFromCode(const QString& code)
{
    return fromCode(kStatuses, code);
}
QString statusLabel(EnrollmentStatus status)
{
    return labelOf(kStatuses, status);
}
QList<EnrollmentStatus> allStatuses()
{
    QList<EnrollmentStatus> all;
    for (const auto& e : kStatuses)
        all.append(e.value);
    return all;
}

QString programStateCode(ProgramState state)
{
    return codeOf(kProgramStates, state);
}
std::optional<ProgramState> programStateFromCode(const QString& code)
{
    return fromCode(kProgramStates, code);
}
QString programStateLabel(ProgramState state)
{
    return labelOf(kProgramStates, state);
}

QString profileStatusCode(ProfileStatus status)
{
    return codeOf(kProfileStatuses, status);
}
std::optional<ProfileStatus> profileStatusFromCode(const QString& code)
{
    return fromCode(kProfileStatuses, code);
}
QString profileStatusLabel(ProfileStatus status)
{
    return labelOf(kProfileStatuses, status);
}

QString taxFormCode(TaxForm form)
{
    return codeOf(kTaxForms, form);
}
std::optional<TaxForm> taxFormFromCode(const QString& code)
{
    return fromCode(kTaxForms, code);
}
QString taxFormLabel(TaxForm form)
{
    return labelOf(kTaxForms, form);
}

QString paymentMethodCode(PaymentMethod method)
{
    return codeOf(kMethods, method);
}
std::optional<PaymentMethod> paymentMethodFromCode(const QString& code)
{
    return fromCode(kMethods, code);
}
QString paymentMethodLabel(PaymentMethod method)
{
    return labelOf(kMethods, method);
}

QString creditNoteStatusCode(CreditNoteStatus status)
{
    return codeOf(kCreditNoteStatuses, status);
}
std::optional<CreditNoteStatus> creditNoteStatusFromCode(const QString& code)
{
    return fromCode(kCreditNoteStatuses, code);
}
QString creditNoteStatusLabel(CreditNoteStatus status)
{
    return labelOf(kCreditNoteStatuses, status);
}

QString accountTypeCode(AccountType type)
{
    return codeOf(kAccountTypes, type);
}
std::optional<AccountType> accountTypeFromCode(const QString& code)
{
    return fromCode(kAccountTypes, code);
}

QString reasonCode(Reason reason)
{
    return codeOf(kReasons, reason);
}
Reason reasonFromCode(const QString& code)
{
    return fromCode(kReasons, code).value_or(Reason::None);
}

BankScheme bankSchemeFor(const QString& bankCountry)
{
    const QString c = bankCountry.trimmed().toUpper();
    // The UK has IBANs, but Partner Center's UK form asks for sort code and account number.
    if (c == QLatin1String("GB"))
        return BankScheme::UkSortCode;
    if (c == QLatin1String("US"))
        return BankScheme::UsAba;
    if (c == QLatin1String("CA"))
        return BankScheme::Canada;
    if (c == QLatin1String("AU"))
        return BankScheme::Australia;
    if (c == QLatin1String("IN"))
        return BankScheme::India;
    if (validators::isIbanCountry(c))
        return BankScheme::Iban;
    return BankScheme::Swift;
}

QString maskAccount(const QString& account)
{
    const QString compact = QString(account).remove(QLatin1Char(' '));
    if (compact.isEmpty())
        return {};
    if (compact.size() <= 4)
        return QString(compact.size(), QChar(0x2022));
    return QString(4, QChar(0x2022)) + compact.right(4);
}

} // namespace incentives
