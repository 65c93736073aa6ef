#include "gui/ChangePasswordDialog.h"

#include "gui/FormSupport.h"
#include "services/AuthService.h"
#include "services/Passwords.h"
#include "services/Session.h"
#include "ui_ChangePasswordDialog.h"

#include <QPushButton>

namespace incentives::gui {

ChangePasswordDialog::ChangePasswordDialog(Session& session, bool required, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ChangePasswordDialog>()), m_session(session)
{
    m_ui->setupUi(this);
    m_ui->introLabel->setText(required
                                  ? tr("You signed in with a temporary password. Choose your own to go on.")
                                  : tr("Choose a new password."));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    nameDialogButtons(this);
    styleAsError(m_ui->errorLabel);
    for (QLineEdit* edit : {m_ui->currentEdit, m_ui->newEdit, m_ui->repeatEdit})
        connect(edit, &QLineEdit::textChanged, this, &ChangePasswordDialog::validate);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

ChangePasswordDialog::~ChangePasswordDialog() = default;

void ChangePasswordDialog::validate()
{
    QString problem;
    const QString next = m_ui->newEdit->text();
    if (!next.isEmpty()) {
        if (auto s = passwords::checkStrength(next); !s)
            problem = s.error().message;
        else if (m_ui->repeatEdit->text() != next)
            problem = tr("The two new passwords differ.");
    }
    m_ui->errorLabel->setText(problem.isEmpty() ? QString() : QStringLiteral("⚠ ") + problem);
    m_ui->buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(problem.isEmpty() && !next.isEmpty() && !m_ui->currentEdit->text().isEmpty());
}

void ChangePasswordDialog::accept()
{
    auto changed = AuthService(m_session.context())
                       .changePassword(m_session.actor(), m_ui->currentEdit->text(), m_ui->newEdit->text());
    if (!changed) {
        m_ui->errorLabel->setText(QStringLiteral("⚠ ") + changed.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace incentives::gui
