#include "gui/TaxProfileDialog.h"

#include "core/TimeText.h"
#include "core/Validators.h"
#include "gui/MessageBoxes.h"
#include "services/Session.h"
#include "ui_TaxProfileDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

namespace incentives::gui {
namespace {
// The form the dialog opens with: the profile's own; for another profile, a form the location files
// that differs from the one it has (a W-8BEN beside a W-8BEN-E), where there is one.
TaxForm firstForm(const Location& location, const std::optional<TaxProfile>& existing, bool another)
{
    const QList<TaxForm> forms = rules::taxFormsFor(location.country);
    if (existing && another)
        for (TaxForm f : forms)
            if (f != existing->form)
                return f;
    return existing && forms.contains(existing->form) ? existing->form
                                                      : rules::requiredTaxForm(location.country);
}
} // namespace

TaxProfileDialog::TaxProfileDialog(Session& session, const Location& location,
                                   const std::optional<TaxProfile>& existing, QWidget* parent, bool another)
    : QDialog(parent), m_ui(std::make_unique<Ui::TaxProfileDialog>()), m_session(session),
      m_location(location), m_existing(another ? std::nullopt : existing),
      m_form(firstForm(location, existing, another)), m_another(another)
{
    m_ui->setupUi(this);
    setWindowTitle(another ? tr("Add a tax profile — %1 (%2)").arg(location.name, location.partnerId)
                           : tr("Tax profile — %1 (%2)").arg(location.name, location.partnerId));
    m_ui->buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    nameDialogButtons(this);
    styleAsError(m_ui->saveError);
    for (TaxForm f : rules::taxFormsFor(location.country))
        m_ui->formBox->addItem(taxFormLabel(f), int(f));
    m_ui->formBox->setCurrentIndex(qMax(0, m_ui->formBox->findData(int(m_form))));
    m_ui->formBox->setEnabled(m_ui->formBox->count() > 1);
    updateIntro();
    fillCountries(m_ui->incorporationEdit);
    fillCountries(m_ui->treatyCountryEdit);
    const QDate today = m_session.context().clock().now().date();
    m_ui->signedEdit->setMaximumDate(today);
    m_ui->signedEdit->setDate(today);

    addIndividualRows();
    m_errors.add(QStringLiteral("ein"), m_ui->einError, m_ui->einEdit);
    m_errors.add(QStringLiteral("incorporation"), m_ui->incorporationError, m_ui->incorporationEdit);
    m_errors.add(QStringLiteral("foreign-tax-id"), m_ui->foreignTaxIdError, m_ui->foreignTaxIdEdit);
    m_errors.add(QStringLiteral("treaty-country"), m_ui->treatyCountryError, m_ui->treatyCountryEdit);
    m_errors.add(QStringLiteral("treaty-article"), m_ui->treatyArticleError, m_ui->treatyArticleEdit);
    m_errors.add(QStringLiteral("signed"), m_ui->signedError, m_ui->signedEdit);
    m_errors.add(QStringLiteral("vat"), m_ui->vatError, m_ui->vatEdit);
    m_errors.add(QStringLiteral("form"), m_ui->formError);
    m_errors.setMissingLine(addMissingLine(m_ui->buttons));
    const QList<std::pair<QLineEdit*, QString>> edits{
        {m_ui->einEdit, QStringLiteral("ein")},
        {m_ui->foreignTaxIdEdit, QStringLiteral("foreign-tax-id")},
        {m_ui->treatyArticleEdit, QStringLiteral("treaty-article")},
        {m_ui->vatEdit, QStringLiteral("vat")}};
    for (const auto& [edit, field] : edits) {
        const QString name = field;
        connect(edit, &QLineEdit::textEdited, this, [this, name] {
            m_errors.touch(name);
            validate();
        });
    }
    for (QComboBox* box : {m_ui->incorporationEdit, m_ui->treatyCountryEdit}) {
        const QString name = box == m_ui->incorporationEdit ? QStringLiteral("incorporation")
                                                            : QStringLiteral("treaty-country");
        connect(box, &QComboBox::currentTextChanged, this, [this, name] {
            m_errors.touch(name);
            validate();
        });
    }
    for (QLineEdit* edit : {m_personEdit, m_noTaxIdReasonEdit}) {
        const QString name =
            edit == m_personEdit ? QStringLiteral("person-name") : QStringLiteral("no-tax-id-reason");
        connect(edit, &QLineEdit::textEdited, this, [this, name] {
            m_errors.touch(name);
            validate();
        });
    }
    connect(m_citizenshipEdit, &QComboBox::currentTextChanged, this, [this] {
        m_errors.touch(QStringLiteral("citizenship"));
        validate();
    });
    connect(m_birthDateEdit, &QDateEdit::dateChanged, this, [this] {
        m_errors.touch(QStringLiteral("birth-date"));
        validate();
    });
    connect(m_ui->formBox, &QComboBox::currentIndexChanged, this, [this] {
        m_form = TaxForm(m_ui->formBox->currentData().toInt());
        updateIntro();
        updateRows();
        validate();
    });
    connect(m_ui->treatyEdit, &QCheckBox::toggled, this, [this] {
        updateRows();
        validate();
    });
    connect(m_ui->signedEdit, &QDateEdit::dateChanged, this, [this] {
        m_errors.touch(QStringLiteral("signed"));
        validate();
    });
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &TaxProfileDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (m_existing && m_existing->form == m_form) {
        fill(*m_existing);
        m_errors.showAll();
        if (auto affected = m_session.profiles().revalidatedByTaxEdit(m_session.actor(), location.partnerId,
                                                                      m_existing->id);
            affected && !affected->isEmpty()) {
            QStringList rows;
            for (const Enrollment& e : *affected)
                rows.append(e.programName);
            m_ui->revalidationLabel->setText(
                tr("Saving sends these enrollments of %1 back to Validating enrollment: %2.")
                    .arg(location.partnerId, rows.join(QStringLiteral(", "))));
            m_ui->revalidationLabel->setVisible(true);
        }
    } else if (m_form != TaxForm::W9) {
        selectCountry(m_ui->incorporationEdit, location.country);
        selectCountry(m_citizenshipEdit, location.country);
    }
    updateRows();
    validate();
    m_opened.take(this);
    // The form's first field takes the focus; the form itself is one Shift+Tab (or Alt+F) away.
    QWidget* first = m_form == TaxForm::W9      ? static_cast<QWidget*>(m_ui->einEdit)
                     : m_form == TaxForm::W8Ben ? static_cast<QWidget*>(m_personEdit)
                                                : static_cast<QWidget*>(m_ui->incorporationEdit);
    first->setFocus();
}

TaxProfileDialog::~TaxProfileDialog() = default;

QLabel* TaxProfileDialog::insertRow(QWidget* after, const QString& label, QWidget* input,
                                    const QString& field)
{
    int row = 0;
    QFormLayout::ItemRole role;
    m_ui->form->getWidgetPosition(after, &row, &role);
    auto* caption = new QLabel(label, this);
    caption->setObjectName(input->objectName() + QStringLiteral("Label"));
    caption->setBuddy(input);
    auto* error = new QLabel(this);
    error->setObjectName(input->objectName().chopped(4) + QStringLiteral("Error"));
    error->setTextFormat(Qt::PlainText);
    error->setWordWrap(true);
    error->setVisible(false);
    m_ui->form->insertRow(row + 1, caption, input);
    m_ui->form->insertRow(row + 2, QString(), error);
    m_errors.add(field, error, input);
    m_individualRows << input << error;
    return error;
}

void TaxProfileDialog::addIndividualRows()
{
    m_personEdit = new QLineEdit(this);
    m_personEdit->setObjectName(QStringLiteral("personNameEdit"));
    m_personEdit->setAccessibleName(tr("Name of the individual"));
    m_personEdit->setMaxLength(400);
    m_citizenshipEdit = new QComboBox(this);
    m_citizenshipEdit->setObjectName(QStringLiteral("citizenshipEdit"));
    m_citizenshipEdit->setAccessibleName(tr("Country of citizenship"));
    m_citizenshipEdit->setEditable(true);
    m_citizenshipEdit->setInsertPolicy(QComboBox::NoInsert);
    fillCountries(m_citizenshipEdit);
    m_birthDateEdit = new QDateEdit(this);
    m_birthDateEdit->setObjectName(QStringLiteral("birthDateEdit"));
    m_birthDateEdit->setAccessibleName(tr("Date of birth"));
    m_birthDateEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_birthDateEdit->setCalendarPopup(true);
    m_birthDateEdit->setMinimumDate(QDate(1900, 1, 1));
    m_birthDateEdit->setDate(QDate(1980, 1, 1));
    m_noTaxIdReasonEdit = new QLineEdit(this);
    m_noTaxIdReasonEdit->setObjectName(QStringLiteral("noTaxIdReasonEdit"));
    m_noTaxIdReasonEdit->setAccessibleName(tr("Reason no foreign tax ID is given"));
    m_noTaxIdReasonEdit->setPlaceholderText(tr("Only without a foreign tax ID"));
    m_noTaxIdReasonEdit->setMaxLength(400);
    // Each row goes after the previous field's problem line, which sits under its field.
    QLabel* personError = insertRow(m_ui->formError, tr("&Name of the individual:"), m_personEdit,
                                    QStringLiteral("person-name"));
    QLabel* citizenshipError = insertRow(personError, tr("Country of ci&tizenship:"), m_citizenshipEdit,
                                         QStringLiteral("citizenship"));
    QLabel* birthError =
        insertRow(citizenshipError, tr("Date of &birth:"), m_birthDateEdit, QStringLiteral("birth-date"));
    QLabel* reasonError = insertRow(m_ui->foreignTaxIdError, tr("&Reason for no tax ID:"),
                                    m_noTaxIdReasonEdit, QStringLiteral("no-tax-id-reason"));
    for (QLabel* error : {personError, citizenshipError, birthError, reasonError})
        styleAsError(error);
    // In the keyboard's order: after the form, the individual's fields; the reason after the tax ID.
    setTabOrder(m_ui->formBox, m_personEdit);
    setTabOrder(m_personEdit, m_citizenshipEdit);
    setTabOrder(m_citizenshipEdit, m_birthDateEdit);
    setTabOrder(m_birthDateEdit, m_ui->einEdit);
    setTabOrder(m_ui->foreignTaxIdEdit, m_noTaxIdReasonEdit);
    setTabOrder(m_noTaxIdReasonEdit, m_ui->treatyEdit);
}

void TaxProfileDialog::updateIntro()
{
    switch (m_form) {
    case TaxForm::W9:
        m_ui->introLabel->setText(tr("A US location files a W-9 with its Employer Identification Number."));
        break;
    case TaxForm::W8BenE:
        m_ui->introLabel->setText(tr("A location outside the US files a W-8BEN-E, valid until the end of the "
                                     "third calendar year after signing."));
        break;
    case TaxForm::W8Ben:
        m_ui->introLabel->setText(tr(
            "An individual outside the US files a W-8BEN: their name, citizenship and date of birth, and a "
            "foreign tax ID or the reason none is given. It stays valid until the end of the third calendar "
            "year after signing."));
        break;
    }
}

void TaxProfileDialog::reject()
{
    if (m_opened.differs(this) && !confirmDiscard(this))
        return;
    QDialog::reject();
}

void TaxProfileDialog::fill(const TaxProfile& t)
{
    m_ui->einEdit->setText(t.ein);
    selectCountry(m_ui->incorporationEdit, t.countryOfIncorporation);
    m_ui->foreignTaxIdEdit->setText(t.foreignTaxId);
    m_ui->treatyEdit->setChecked(!t.treatyCountry.isEmpty());
    selectCountry(m_ui->treatyCountryEdit, t.treatyCountry);
    m_ui->treatyArticleEdit->setText(t.treatyArticle);
    if (t.signedOn.isValid())
        m_ui->signedEdit->setDate(t.signedOn);
    m_ui->vatEdit->setText(t.vatId);
    m_personEdit->setText(t.personName);
    selectCountry(m_citizenshipEdit, t.citizenshipCountry);
    if (t.birthDate.isValid())
        m_birthDateEdit->setDate(t.birthDate);
    m_noTaxIdReasonEdit->setText(t.noTaxIdReason);
}

bool TaxProfileDialog::offerReload(const Error& error)
{
    // Someone else saved this location's tax profile since the form was opened (or created one):
    // their version replaces the form only if the user says so.
    if (error.kind != ErrorKind::Conflict || !error.field.isEmpty())
        return false;
    const auto answer = MessageBoxes::question(
        this, tr("Changed by someone else"),
        tr("Someone else saved the tax profile of %1 after you opened it.\n\nLoad their version into the "
           "form? What you typed here is then replaced; choose No to keep it on screen.")
            .arg(m_location.partnerId),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return false;
    if (!m_existing)
        return false;
    auto fresh = m_session.profiles().taxDraft(m_session.actor(), m_location.partnerId, m_existing->id);
    if (!fresh || fresh->form != m_form)
        return false; // another form: the user chooses it again
    m_existing = *fresh;
    fill(*fresh);
    updateRows();
    validate();
    m_opened.take(this);
    m_ui->saveError->setText(
        tr("This is the version saved by someone else. Make your changes again and save."));
    m_ui->saveError->setVisible(true);
    return true;
}

void TaxProfileDialog::updateRows()
{
    const bool w9 = m_form == TaxForm::W9;
    const bool individual = m_form == TaxForm::W8Ben;
    m_ui->form->setRowVisible(m_ui->einEdit, w9);
    m_ui->form->setRowVisible(m_ui->einError, w9);
    for (QWidget* w : std::as_const(m_individualRows))
        m_ui->form->setRowVisible(w, individual);
    m_ui->form->setRowVisible(m_ui->incorporationEdit, m_form == TaxForm::W8BenE);
    m_ui->form->setRowVisible(m_ui->incorporationError, m_form == TaxForm::W8BenE);
    for (QWidget* w :
         {static_cast<QWidget*>(m_ui->foreignTaxIdEdit), static_cast<QWidget*>(m_ui->treatyEdit)})
        m_ui->form->setRowVisible(w, !w9);
    const bool treaty = !w9 && m_ui->treatyEdit->isChecked();
    m_ui->form->setRowVisible(m_ui->treatyCountryEdit, treaty);
    m_ui->form->setRowVisible(m_ui->treatyArticleEdit, treaty);
    m_ui->form->setRowVisible(m_ui->vatEdit, validators::isEuCountry(m_location.country));
}

TaxProfile TaxProfileDialog::profile() const
{
    TaxProfile t = m_existing.value_or(TaxProfile());
    t.form = m_form;
    t.ein = m_ui->einEdit->text();
    t.countryOfIncorporation = countryOf(m_ui->incorporationEdit);
    t.foreignTaxId = m_ui->foreignTaxIdEdit->text();
    t.treatyCountry = m_ui->treatyEdit->isChecked() ? countryOf(m_ui->treatyCountryEdit) : QString();
    t.treatyArticle = m_ui->treatyEdit->isChecked() ? m_ui->treatyArticleEdit->text() : QString();
    t.signedOn = m_ui->signedEdit->date();
    t.vatId = m_ui->vatEdit->text();
    t.personName = m_personEdit->text();
    t.citizenshipCountry = countryOf(m_citizenshipEdit);
    t.birthDate = m_birthDateEdit->date();
    t.noTaxIdReason = m_noTaxIdReasonEdit->text();
    return t;
}

void TaxProfileDialog::validate()
{
    TaxProfile t = profile();
    QList<rules::Problem> problems = rules::checkTaxProfile(t, m_location.country);
    if (m_form == TaxForm::W8Ben)
        if (const QString unknown = countryProblem(m_citizenshipEdit); !unknown.isEmpty())
            problems.prepend({QStringLiteral("citizenship"), unknown});
    if (m_form != TaxForm::W9) {
        if (m_form == TaxForm::W8BenE)
            if (const QString unknown = countryProblem(m_ui->incorporationEdit); !unknown.isEmpty())
                problems.prepend({QStringLiteral("incorporation"), unknown});
        if (m_ui->treatyEdit->isChecked())
            if (const QString unknown = countryProblem(m_ui->treatyCountryEdit); !unknown.isEmpty())
                problems.prepend({QStringLiteral("treaty-country"), unknown});
    }
    const QDate today = m_session.context().clock().now().date();
    if (rules::taxExpired(t, today))
        problems.append(
            {QStringLiteral("signed"), tr("A form signed then has expired already; sign a new one.")});
    const QDate expiry = rules::taxExpiry(t);
    m_ui->expiryLabel->setText(expiry.isValid()
                                   ? tr("This form stays valid until %1.").arg(timetext::formatDate(expiry))
                                   : tr("A W-9 does not expire."));
    m_valid = m_errors.show(problems);
    m_ui->buttons->button(QDialogButtonBox::Save)->setEnabled(m_valid);
}

void TaxProfileDialog::accept()
{
    validate();
    if (!m_valid)
        return;
    auto result = m_another ? m_session.profiles().addTax(m_session.actor(), m_location.partnerId, profile())
                            : m_session.profiles().setTax(m_session.actor(), m_location.partnerId, profile(),
                                                          m_existing ? m_existing->version : 0);
    if (!result) {
        if (offerReload(result.error()))
            return;
        m_ui->saveError->setText(QStringLiteral("⚠ ") + result.error().message);
        m_ui->saveError->setVisible(true);
        return;
    }
    m_saved = *result;
    QDialog::accept();
}

} // namespace incentives::gui
