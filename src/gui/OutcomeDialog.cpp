#include "gui/OutcomeDialog.h"

#include "gui/FormSupport.h"
#include "services/OrganizationService.h"
#include "services/Session.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace incentives::gui {

OutcomeDialog::OutcomeDialog(Session& session, const QString& program, const QString& partnerId,
                             QWidget* parent)
    : QDialog(parent), m_session(session), m_program(program), m_partnerId(partnerId)
{
    setObjectName(QStringLiteral("outcomeDialog"));
    setWindowTitle(tr("Record Microsoft's outcome"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Record what Partner Center reports for %1 at %2. Only Microsoft validates: "
                                "record its decision once Partner Center shows it.")
                                 .arg(program.toHtmlEscaped(), partnerId.toHtmlEscaped()),
                             this);
    intro->setObjectName(QStringLiteral("introLabel"));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_approved = new QRadioButton(tr("&Approved: the enrollment is Enrolled"), this);
    m_approved->setObjectName(QStringLiteral("approvedRadio"));
    m_approved->setAccessibleName(tr("Approved"));
    m_approved->setChecked(true);
    layout->addWidget(m_approved);
    m_rejected = new QRadioButton(tr("&Rejected: the enrollment needs action"), this);
    m_rejected->setObjectName(QStringLiteral("rejectedRadio"));
    m_rejected->setAccessibleName(tr("Rejected"));
    layout->addWidget(m_rejected);
    auto* form = new QFormLayout;
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setAccessibleName(tr("Reason Partner Center gives"));
    m_reason->setMaxLength(500);
    form->addRow(tr("R&eason:"), m_reason);
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("saveError"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    styleAsError(m_error);
    layout->addWidget(m_error);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttons"));
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    nameDialogButtons(this);
    layout->addWidget(m_buttons);
    connect(m_approved, &QRadioButton::toggled, this, &OutcomeDialog::update);
    connect(m_reason, &QLineEdit::textChanged, this, &OutcomeDialog::update);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &OutcomeDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
}

OutcomeDialog::~OutcomeDialog() = default;

void OutcomeDialog::update()
{
    m_reason->setEnabled(m_rejected->isChecked());
    m_buttons->button(QDialogButtonBox::Save)
        ->setEnabled(m_approved->isChecked() || !m_reason->text().trimmed().isEmpty());
}

void OutcomeDialog::accept()
{
    auto recorded = OrganizationService(m_session.context())
                        .recordOutcome(m_session.actor(), m_program, m_partnerId, m_approved->isChecked(),
                                       m_rejected->isChecked() ? m_reason->text() : QString());
    if (!recorded) {
        m_error->setText(QStringLiteral("⚠ ") + recorded.error().message);
        m_error->setVisible(true);
        return;
    }
    QDialog::accept();
}

} // namespace incentives::gui
