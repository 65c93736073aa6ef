#include "gui/InvitationDialog.h"

#include "core/FiscalCalendar.h"
#include "gui/FormSupport.h"
#include "services/Session.h"
#include "ui_InvitationDialog.h"

#include <QLocale>
#include <QPushButton>

namespace incentives::gui {

InvitationDialog::InvitationDialog(Session& session, const QString& program, const QString& partnerId,
                                   QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::InvitationDialog>()), m_session(session), m_program(program),
      m_partnerId(partnerId)
{
    m_ui->setupUi(this);
    QFont big = m_ui->titleLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_ui->titleLabel->setFont(big);
    m_submit = m_ui->buttons->addButton(tr("&Submit"), QDialogButtonBox::AcceptRole);
    m_submit->setObjectName(QStringLiteral("submitButton"));
    m_continue = m_ui->buttons->addButton(tr("C&ontinue"), QDialogButtonBox::ActionRole);
    m_continue->setObjectName(QStringLiteral("continueButton"));
    m_continue->setAccessibleDescription(
        tr("Accept the terms and complete the missing bank or tax details on the profiles page"));
    nameDialogButtons(this);
    connect(m_submit, &QPushButton::clicked, this, &InvitationDialog::submit);
    connect(m_continue, &QPushButton::clicked, this, &InvitationDialog::continueToProfiles);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->termsCheck, &QCheckBox::toggled, this, &InvitationDialog::updateButtons);
    connect(m_ui->bankProfileCombo, &QComboBox::activated, this, &InvitationDialog::reload);
    reload();
}

InvitationDialog::~InvitationDialog() = default;

void InvitationDialog::reload()
{
    const QString chosen = m_ui->bankProfileCombo->currentData().toString();
    auto view = m_session.enrollments().invitation(m_session.actor(), m_program, m_partnerId, chosen);
    m_loaded = view.ok();
    if (!view) {
        m_loadError = view.error().message;
        m_ui->titleLabel->setText(m_program);
        m_ui->missingLabel->setText(QStringLiteral("⚠ ") + m_loadError);
        styleAsError(m_ui->missingLabel);
        updateButtons();
        return;
    }
    m_view = *view;
    const Enrollment& e = m_view.enrollment;
    setWindowTitle(tr("Partner Incentive Enrollment — %1").arg(m_view.program.name));
    m_ui->titleLabel->setText(m_view.program.name);
    m_ui->subtitleLabel->setText(
        tr("%1 (%2, %3) · %4 · %5")
            .arg(m_view.location.name, m_view.location.partnerId,
                 QLocale::territoryToString(QLocale::codeToTerritory(m_view.location.country)),
                 fiscal::label(e.fiscalYear), statusLabel(e.status)));
    {
        const QSignalBlocker block(m_ui->bankProfileCombo);
        m_ui->bankProfileCombo->clear();
        for (const BankProfile& p : m_view.bankChoices) {
            const QString account = !p.iban.isEmpty() ? p.iban : p.accountNumber;
            m_ui->bankProfileCombo->addItem(
                QStringLiteral("%1 — %2, %3 %4").arg(p.name, p.currency, p.country, account), p.name);
        }
        const int current = m_view.bank ? m_ui->bankProfileCombo->findData(m_view.bank->name) : -1;
        m_ui->bankProfileCombo->setCurrentIndex(current);
        if (current < 0)
            m_ui->bankProfileCombo->setPlaceholderText(tr("No bank profile is set for this location"));
    }
    if (m_view.bank) {
        QString status = profileStatusLabel(m_view.bank->status);
        if (!m_view.bank->statusReason.isEmpty())
            status += QStringLiteral(": ") + m_view.bank->statusReason;
        if (m_view.bank->id == m_view.location.defaultBankProfileId)
            status += tr(" (the location's default)");
        m_ui->bankStatusLabel->setText(status);
    } else {
        m_ui->bankStatusLabel->setText(tr("None on file"));
    }
    if (m_view.tax) {
        m_ui->taxFormLabel->setText(taxFormLabel(m_view.tax->form));
        QString status = profileStatusLabel(m_view.tax->status);
        if (!m_view.tax->statusReason.isEmpty())
            status += QStringLiteral(": ") + m_view.tax->statusReason;
        m_ui->taxStatusLabel->setText(status);
    } else {
        m_ui->taxFormLabel->setText(taxFormLabel(rules::requiredTaxForm(m_view.location.country)));
        m_ui->taxStatusLabel->setText(tr("None on file"));
    }
    if (m_view.canSubmit()) {
        m_ui->missingLabel->setText(
            tr("Microsoft has all the bank and tax details this program needs. Select Submit "
               "to finalize the enrollment; validation takes up to 48 hours."));
        styleAsError(m_ui->missingLabel, false);
    } else {
        QStringList lines{QStringLiteral("⚠ ") +
                          tr("More information is needed. Select Continue to complete:")};
        for (const auto& m : m_view.missing)
            lines.append(QStringLiteral("• ") + m.message);
        m_ui->missingLabel->setText(lines.join(QLatin1Char('\n')));
        styleAsError(m_ui->missingLabel);
    }
    updateButtons();
}

void InvitationDialog::updateButtons()
{
    // Whether this user may enroll it is the services' answer; the terms box is the user's.
    const bool allowed = m_loaded && m_view.next.kind == rules::NextStep::Kind::Enroll && m_view.next.allowed;
    const bool terms =
        m_ui->termsCheck->isChecked() || m_view.enrollment.status == EnrollmentStatus::Enrolling;
    m_ui->termsCheck->setVisible(m_loaded && m_view.enrollment.status == EnrollmentStatus::Invited);
    m_submit->setVisible(m_loaded && m_view.canSubmit());
    m_continue->setVisible(m_loaded && !m_view.canSubmit());
    m_submit->setEnabled(allowed && terms);
    m_continue->setEnabled(allowed && terms);
    const QString why = !allowed ? m_view.next.refusal
                        : !terms ? tr("Accept the program terms first.")
                                 : QString();
    m_submit->setToolTip(why);
    m_continue->setToolTip(why);
}

void InvitationDialog::submit()
{
    auto result = m_session.enrollments().submit(m_session.actor(), m_program, m_partnerId,
                                                 m_ui->bankProfileCombo->currentData().toString());
    if (!result) {
        m_ui->missingLabel->setText(QStringLiteral("⚠ ") + result.error().message);
        styleAsError(m_ui->missingLabel);
        return;
    }
    m_outcome = Outcome::Submitted;
    accept();
}

void InvitationDialog::continueToProfiles()
{
    if (m_view.enrollment.status == EnrollmentStatus::Invited) {
        auto accepted = m_session.enrollments().accept(m_session.actor(), m_program, m_partnerId);
        if (!accepted) {
            m_ui->missingLabel->setText(QStringLiteral("⚠ ") + accepted.error().message);
            styleAsError(m_ui->missingLabel);
            return;
        }
    }
    m_outcome = Outcome::Continue;
    accept();
}

QString InvitationDialog::firstMissing() const
{
    return m_view.missing.isEmpty() ? QString() : m_view.missing.first().field;
}

} // namespace incentives::gui
