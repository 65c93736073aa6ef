#include "gui/BankProfileDialog.h"

#include "core/CreditNote.h"
#include "core/Validators.h"
#include "gui/MessageBoxes.h"
#include "services/Session.h"
#include "ui_BankProfileDialog.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QPushButton>

namespace incentives::gui {

BankProfileDialog::BankProfileDialog(Session& session, const std::optional<BankProfile>& existing,
                                     const QStringList& programCurrencies, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::BankProfileDialog>()), m_session(session),
      m_existing(existing), m_programCurrencies(programCurrencies)
{
    m_ui->setupUi(this);
    setWindowTitle(existing ? tr("Edit bank profile — %1").arg(existing->name) : tr("New bank profile"));
    fillCountries(m_ui->countryEdit);
    m_ui->methodEdit->addItem(paymentMethodLabel(PaymentMethod::BankTransfer),
                              int(PaymentMethod::BankTransfer));
    m_ui->methodEdit->addItem(paymentMethodLabel(PaymentMethod::CreditNote), int(PaymentMethod::CreditNote));
    m_ui->accountTypeEdit->addItem(tr("Checking"), int(AccountType::Checking));
    m_ui->accountTypeEdit->addItem(tr("Savings"), int(AccountType::Savings));
    m_ui->buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    nameDialogButtons(this);
    styleAsError(m_ui->saveError);

    const QList<std::tuple<QString, QLabel*, QWidget*>> errorLabels{
        {QStringLiteral("name"), m_ui->nameError, m_ui->nameEdit},
        {QStringLiteral("country"), m_ui->countryError, m_ui->countryEdit},
        {QStringLiteral("currency"), m_ui->currencyError, m_ui->currencyEdit},
        {QStringLiteral("holder"), m_ui->holderError, m_ui->holderEdit},
        {QStringLiteral("iban"), m_ui->ibanError, m_ui->ibanEdit},
        {QStringLiteral("bic"), m_ui->bicError, m_ui->bicEdit},
        {QStringLiteral("institution"), m_ui->institutionError, m_ui->institutionEdit},
        {QStringLiteral("routing"), m_ui->routingError, m_ui->routingEdit},
        {QStringLiteral("account"), m_ui->accountError, m_ui->accountEdit},
        {QStringLiteral("bank-name"), m_ui->bankNameError, m_ui->bankNameEdit},
        {QStringLiteral("bank-address"), m_ui->bankAddressError, m_ui->bankAddressEdit},
        {QStringLiteral("method"), m_ui->methodError, m_ui->methodEdit},
        {QStringLiteral("tenant"), m_ui->tenantError, m_ui->tenantEdit},
        {QStringLiteral("tax-exempt"), m_ui->taxExemptError, m_ui->taxExemptCheck},
        {QStringLiteral("contact-name"), m_ui->contactNameError, m_ui->contactNameEdit},
        {QStringLiteral("contact-email"), m_ui->contactEmailError, m_ui->contactEmailEdit},
        {QStringLiteral("contact-phone"), m_ui->contactPhoneError, m_ui->contactPhoneEdit},
    };
    for (const auto& [field, label, input] : errorLabels)
        m_errors.add(field, label, input);
    m_errors.setMissingLine(addMissingLine(m_ui->buttons));
    const QList<std::pair<QLineEdit*, QString>> edits{
        {m_ui->nameEdit, QStringLiteral("name")},
        {m_ui->holderEdit, QStringLiteral("holder")},
        {m_ui->ibanEdit, QStringLiteral("iban")},
        {m_ui->bicEdit, QStringLiteral("bic")},
        {m_ui->institutionEdit, QStringLiteral("institution")},
        {m_ui->routingEdit, QStringLiteral("routing")},
        {m_ui->accountEdit, QStringLiteral("account")},
        {m_ui->bankNameEdit, QStringLiteral("bank-name")},
        {m_ui->bankAddressEdit, QStringLiteral("bank-address")},
        {m_ui->tenantEdit, QStringLiteral("tenant")},
        {m_ui->contactNameEdit, QStringLiteral("contact-name")},
        {m_ui->contactEmailEdit, QStringLiteral("contact-email")},
        {m_ui->contactPhoneEdit, QStringLiteral("contact-phone")},
    };
    for (const auto& [edit, field] : edits) {
        const QString name = field;
        connect(edit, &QLineEdit::textEdited, this, [this, name] {
            m_errors.touch(name);
            validate();
        });
    }
    connect(m_ui->countryEdit, &QComboBox::currentTextChanged, this, [this] {
        m_errors.touch(QStringLiteral("country"));
        countryChanged();
    });
    connect(m_ui->currencyEdit, &QComboBox::currentIndexChanged, this, [this] {
        m_errors.touch(QStringLiteral("currency"));
        validate();
    });
    connect(m_ui->methodEdit, &QComboBox::currentIndexChanged, this, [this] {
        m_errors.touch(QStringLiteral("method"));
        methodChanged();
    });
    connect(m_ui->taxExemptCheck, &QCheckBox::toggled, this, &BankProfileDialog::validate);
    connect(m_ui->verifyButton, &QPushButton::clicked, this, &BankProfileDialog::verifyTenant);
    connect(m_ui->accountTypeEdit, &QComboBox::currentIndexChanged, this, &BankProfileDialog::validate);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &BankProfileDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (existing) {
        fill(*existing);
        m_errors.showAll();
        // Saving sends the enrollments that use the profile back to validation: say which.
        if (auto affected = m_session.profiles().revalidatedByBankEdit(m_session.actor(), existing->name);
            affected && !affected->isEmpty()) {
            QStringList rows;
            for (const Enrollment& e : *affected)
                rows.append(QStringLiteral("%1 (%2)").arg(e.programName, e.partnerId));
            m_ui->revalidationLabel->setText(
                tr("Saving sends these enrollments back to Validating enrollment: %1.")
                    .arg(rows.join(QStringLiteral(", "))));
            m_ui->revalidationLabel->setVisible(true);
        }
    } else {
        countryChanged();
    }
    validate();
    m_opened.take(this);
    showCreditNoteStatus();
}

void BankProfileDialog::reject()
{
    if (m_opened.differs(this) && !confirmDiscard(this))
        return;
    QDialog::reject();
}

void BankProfileDialog::fill(const BankProfile& p)
{
    m_ui->nameEdit->setText(p.name);
    selectCountry(m_ui->countryEdit, p.country);
    m_ui->methodEdit->setCurrentIndex(m_ui->methodEdit->findData(int(p.method)));
    m_ui->holderEdit->setText(p.holderName);
    m_ui->ibanEdit->setText(p.iban);
    m_ui->bicEdit->setText(p.bic);
    m_ui->institutionEdit->setText(p.institution);
    m_ui->routingEdit->setText(p.routingNumber);
    m_ui->accountEdit->setText(p.accountNumber);
    m_ui->accountTypeEdit->setCurrentIndex(m_ui->accountTypeEdit->findData(int(p.accountType)));
    m_ui->bankNameEdit->setText(p.bankName);
    m_ui->bankAddressEdit->setText(p.bankAddress);
    m_ui->tenantEdit->setText(p.tenantId);
    m_ui->taxExemptCheck->setChecked(p.taxExempt);
    m_ui->contactNameEdit->setText(p.contactName);
    m_ui->contactEmailEdit->setText(p.contactEmail);
    m_ui->contactPhoneEdit->setText(p.contactPhone);
    countryChanged();
    m_ui->currencyEdit->setCurrentIndex(m_ui->currencyEdit->findText(p.currency));
}

bool BankProfileDialog::offerReload(const Error& error)
{
    // Someone else saved this profile since the form was opened: never overwrite their change
    // unseen. Either their version replaces the form, or the form keeps what was typed.
    if (!m_existing || error.kind != ErrorKind::Conflict || !error.field.isEmpty())
        return false;
    const auto answer = MessageBoxes::question(
        this, tr("Changed by someone else"),
        tr("Someone else saved the bank profile %1 after you opened it.\n\nLoad their version into the "
           "form? What you typed here is then replaced; choose No to keep it on screen.")
            .arg(m_existing->name),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return false;
    auto fresh = m_session.profiles().bankProfile(m_session.actor(), m_existing->name);
    if (!fresh || !fresh->fullDetails)
        return false;
    m_existing = fresh->profile;
    fill(fresh->profile);
    validate();
    m_opened.take(this);
    m_ui->saveError->setText(
        tr("This is the version saved by someone else. Make your changes again and save."));
    m_ui->saveError->setVisible(true);
    return true;
}

BankProfileDialog::~BankProfileDialog() = default;

void BankProfileDialog::setRow(QWidget* field, bool visible)
{
    // A grid rather than a form layout: Qt 6.4's QFormLayout leaves rows shown again after
    // setRowVisible(false) out of its height-for-width sum, squeezing them to no height once a
    // wrapped error line is on screen. Hidden widgets leave their grid row empty and spacing-free.
    const int index = m_ui->form->indexOf(field);
    if (index < 0)
        return;
    int row = 0, column = 0, rowSpan = 0, columnSpan = 0;
    m_ui->form->getItemPosition(index, &row, &column, &rowSpan, &columnSpan);
    if (QLayoutItem* label = m_ui->form->itemAtPosition(row, 0); label && label->widget() && column != 0)
        label->widget()->setVisible(visible);
    field->setVisible(visible);
}

void BankProfileDialog::countryChanged()
{
    const QString country = countryOf(m_ui->countryEdit);
    const BankScheme scheme = bankSchemeFor(country);
    const bool creditNote =
        PaymentMethod(m_ui->methodEdit->currentData().toInt()) == PaymentMethod::CreditNote;
    const bool countryKnown = validators::countryCode(country).valid();
    const bool known = !creditNote && countryKnown;
    setRow(m_ui->holderEdit, !creditNote);
    for (QWidget* contact : {m_ui->contactNameEdit, m_ui->contactEmailEdit, m_ui->contactPhoneEdit})
        setRow(contact, !creditNote);
    setRow(m_ui->tenantEdit, creditNote);
    setRow(m_ui->creditStatusValue, creditNote);
    const bool asksExemption = creditNote && creditnote::asksTaxExemption(country);
    setRow(m_ui->taxExemptCheck, asksExemption);
    if (!asksExemption)
        m_ui->taxExemptCheck->setChecked(false);
    m_ui->introLabel->setText(
        creditNote ? tr("A credit note is issued to your CSP billing account instead of a payment to a bank. "
                        "It is offered in some countries only, and only by programs that pay by credit note.")
                   : tr("The fields follow the bank's country. Microsoft pays only to an account held in the "
                        "legal entity name of the location it pays."));
    m_ui->countryLabel->setText(creditNote ? tr("&Country:") : tr("Bank &country:"));
    showCreditNoteStatus();
    setRow(m_ui->ibanEdit, known && scheme == BankScheme::Iban);
    setRow(m_ui->bicEdit, known && (scheme == BankScheme::Iban || scheme == BankScheme::Swift));
    setRow(m_ui->institutionEdit, known && scheme == BankScheme::Canada);
    setRow(m_ui->routingEdit, known && scheme != BankScheme::Iban && scheme != BankScheme::Swift);
    setRow(m_ui->accountEdit, known && scheme != BankScheme::Iban);
    setRow(m_ui->accountTypeEdit, known && scheme == BankScheme::UsAba);
    setRow(m_ui->bankNameEdit, known && scheme == BankScheme::Swift);
    setRow(m_ui->bankAddressEdit, known && scheme == BankScheme::Swift);
    switch (scheme) {
    case BankScheme::UsAba:
        m_ui->routingLabel->setText(tr("ABA &routing number:"));
        break;
    case BankScheme::UkSortCode:
        m_ui->routingLabel->setText(tr("&Sort code:"));
        break;
    case BankScheme::Canada:
        m_ui->routingLabel->setText(tr("&Transit number:"));
        break;
    case BankScheme::Australia:
        m_ui->routingLabel->setText(tr("BS&B:"));
        break;
    case BankScheme::India:
        m_ui->routingLabel->setText(tr("IF&SC:"));
        break;
    default:
        m_ui->routingLabel->setText(tr("&Routing number:"));
        break;
    }
    m_ui->bicLabel->setText(scheme == BankScheme::Swift ? tr("&SWIFT code:") : tr("&BIC:"));

    // Currencies: what the bank country allows, narrowed to what the program pays in.
    const QString previous = m_ui->currencyEdit->currentText();
    QStringList currencies = countryKnown ? rules::currenciesForBankCountry(country) : QStringList();
    if (!m_programCurrencies.isEmpty()) {
        QStringList narrowed;
        for (const QString& c : currencies)
            if (m_programCurrencies.contains(c))
                narrowed.append(c);
        currencies = narrowed;
    }
    {
        const QSignalBlocker block(m_ui->currencyEdit);
        m_ui->currencyEdit->clear();
        m_ui->currencyEdit->addItems(currencies);
        const int keep = m_ui->currencyEdit->findText(previous);
        m_ui->currencyEdit->setCurrentIndex(keep >= 0 ? keep : (currencies.isEmpty() ? -1 : 0));
    }
    validate();
}

void BankProfileDialog::methodChanged()
{
    countryChanged();
}

void BankProfileDialog::showCreditNoteStatus()
{
    // The status is the stored one: a new tenant, or a changed one, waits for verification.
    const bool stored =
        m_existing && m_existing->method == PaymentMethod::CreditNote &&
        m_existing->tenantId.compare(m_ui->tenantEdit->text().trimmed(), Qt::CaseInsensitive) == 0;
    const CreditNoteStatus status =
        stored ? m_existing->creditNoteStatus : CreditNoteStatus::VerificationNeeded;
    // The label stays one short line; what happens next is its description and tooltip.
    const QString next = status == CreditNoteStatus::Confirmed
                             ? QString()
                             : tr("%1 — an Incentives admin of the location verifies the tenant once "
                                  "Microsoft has confirmed it.")
                                   .arg(creditNoteStatusLabel(status));
    m_ui->creditStatusValue->setText(creditNoteStatusLabel(status));
    m_ui->creditStatusValue->setToolTip(next);
    m_ui->creditStatusValue->setAccessibleDescription(next);
    const bool creditNote =
        PaymentMethod(m_ui->methodEdit->currentData().toInt()) == PaymentMethod::CreditNote;
    setRow(m_ui->verifyButton, creditNote && m_existing.has_value() && status != CreditNoteStatus::Confirmed);
    Status may = makeError(ErrorKind::Invalid, tr("Save the profile first."));
    if (stored && !m_opened.differs(this)) {
        if (auto allowed = m_session.profiles().mayVerifyCreditNote(m_session.actor(), m_existing->name))
            may = *allowed;
        else
            may = allowed.error();
    } else if (stored) {
        may = makeError(ErrorKind::Invalid, tr("Save or discard your changes before verifying."));
    }
    m_ui->verifyButton->setEnabled(may.ok());
    m_ui->verifyButton->setToolTip(may.ok() ? tr("Record that Microsoft confirmed this CSP tenant.")
                                            : may.error().message);
}

void BankProfileDialog::verifyTenant()
{
    if (!m_existing)
        return;
    const auto answer =
        MessageBoxes::question(this, tr("Verify CSP tenant"),
                               tr("Record that Microsoft confirmed the CSP tenant %1 of the profile %2?")
                                   .arg(m_existing->tenantId, m_existing->name),
                               QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    auto verified =
        m_session.profiles().verifyCreditNote(m_session.actor(), m_existing->name, m_existing->version);
    if (!verified) {
        m_ui->saveError->setText(QStringLiteral("⚠ ") + verified.error().message);
        m_ui->saveError->setVisible(true);
        return;
    }
    // Nothing else was changed (verifying asks for a saved form): the dialog's work is done.
    m_existing = *verified;
    m_saved = *verified;
    QDialog::accept();
}

BankProfile BankProfileDialog::profile() const
{
    BankProfile p = m_existing.value_or(BankProfile());
    p.name = m_ui->nameEdit->text();
    p.country = countryOf(m_ui->countryEdit);
    p.method = PaymentMethod(m_ui->methodEdit->currentData().toInt());
    p.currency = m_ui->currencyEdit->currentText();
    p.holderName = m_ui->holderEdit->text();
    p.iban = m_ui->ibanEdit->text();
    p.bic = m_ui->bicEdit->text();
    p.institution = m_ui->institutionEdit->text();
    p.routingNumber = m_ui->routingEdit->text();
    p.accountNumber = m_ui->accountEdit->text();
    p.accountType = AccountType(m_ui->accountTypeEdit->currentData().toInt());
    p.bankName = m_ui->bankNameEdit->text();
    p.bankAddress = m_ui->bankAddressEdit->text();
    p.tenantId = m_ui->tenantEdit->text();
    p.taxExempt = m_ui->taxExemptCheck->isChecked();
    p.contactName = m_ui->contactNameEdit->text();
    p.contactEmail = m_ui->contactEmailEdit->text();
    p.contactPhone = m_ui->contactPhoneEdit->text();
    return p;
}

void BankProfileDialog::validate()
{
    BankProfile p = profile();
    QList<rules::Problem> problems = rules::checkBankProfile(p);
    if (const QString unknown = countryProblem(m_ui->countryEdit); !unknown.isEmpty())
        problems.prepend({QStringLiteral("country"), unknown});
    if (p.currency.isEmpty() && validators::countryCode(p.country).valid())
        problems.append({QStringLiteral("currency"),
                         tr("No currency of this country is paid by the program: choose another bank.")});
    m_valid = m_errors.show(problems);
    if (PaymentMethod(m_ui->methodEdit->currentData().toInt()) == PaymentMethod::CreditNote)
        showCreditNoteStatus();
    // A test BIC of the registry is accepted, but no payment reaches it: said beside the field.
    if (m_errors.messageFor(QStringLiteral("bic")).isEmpty() && !p.bic.isEmpty()) {
        const auto bic = validators::bic(p.bic, p.country);
        if (bic.valid() && !bic.notice.isEmpty()) {
            m_ui->bicError->setText(QStringLiteral("ℹ ") + bic.notice);
            styleAsError(m_ui->bicError, false);
            m_ui->bicError->setVisible(true);
            m_ui->bicEdit->setAccessibleDescription(bic.notice);
        }
    }
    m_ui->buttons->button(QDialogButtonBox::Save)->setEnabled(m_valid);
}

void BankProfileDialog::accept()
{
    validate();
    if (!m_valid)
        return;
    const BankProfile typed = profile();
    auto service = m_session.profiles();
    Result<BankProfile> result = m_existing ? service.editBank(
                                                  m_session.actor(), m_existing->name,
                                                  [&typed](BankProfile& stored) {
                                                      const Id id = stored.id;
                                                      const int version = stored.version;
                                                      stored = typed;
                                                      stored.id = id;
                                                      stored.version = version;
                                                  },
                                                  m_existing->version)
                                            : service.addBank(m_session.actor(), typed, m_ownerPartnerId);
    if (!result) {
        if (offerReload(result.error()))
            return;
        // Keep everything typed; say what went wrong where it belongs.
        m_ui->saveError->setText(QStringLiteral("⚠ ") + result.error().message);
        m_ui->saveError->setVisible(true);
        return;
    }
    m_saved = *result;
    QDialog::accept();
}

} // namespace incentives::gui
