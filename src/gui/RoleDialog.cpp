#include "gui/RoleDialog.h"

#include "core/Validators.h"
#include "gui/MessageBoxes.h"
#include "services/Session.h"
#include "ui_RoleDialog.h"

#include <QPushButton>

namespace incentives::gui {

RoleDialog::RoleDialog(Session& session, Mode mode, const QString& email, const QString& partnerId,
                       QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::RoleDialog>()), m_session(session), m_mode(mode),
      m_email(email)
{
    m_ui->setupUi(this);
    m_ui->buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    nameDialogButtons(this);
    styleAsError(m_ui->saveError);
    m_errors.add(QStringLiteral("name"), m_ui->nameError, m_ui->nameEdit);
    m_errors.add(QStringLiteral("email"), m_ui->emailError, m_ui->emailEdit);
    m_errors.add(QStringLiteral("role"), nullptr, m_ui->roleCombo);
    m_errors.add(QStringLiteral("location"), nullptr, m_ui->locationCombo);
    m_errors.setMissingLine(addMissingLine(m_ui->buttons));
    if (mode == Mode::AssignRole)
        if (auto users = m_session.directory().users(m_session.actor()))
            for (const UserView& v : *users)
                if (v.user.email == email)
                    m_name = v.user.name;
    const bool adding = mode == Mode::AddUser;
    m_ui->form->setRowVisible(m_ui->nameEdit, adding);
    m_ui->form->setRowVisible(m_ui->nameError, adding);
    m_ui->form->setRowVisible(m_ui->emailEdit, adding);
    m_ui->form->setRowVisible(m_ui->emailError, adding);
    setWindowTitle(adding ? tr("Add a user") : tr("Assign a role to %1").arg(email));
    if (adding)
        m_ui->roleCombo->addItem(tr("No role yet"));
    for (Role r : m_session.directory().assignableRoles())
        m_ui->roleCombo->addItem(roleLabel(r), int(r));
    if (auto locations = m_session.directory().locations(m_session.actor())) {
        for (const LocationView& v : *locations) {
            m_ui->locationCombo->addItem(QStringLiteral("%1 — %2").arg(v.location.partnerId, v.location.name),
                                         v.location.partnerId);
            if (v.incentivesAdmin) {
                m_admins.insert(v.location.partnerId, QStringLiteral("%1 <%2>").arg(
                                                          v.incentivesAdmin->name, v.incentivesAdmin->email));
                m_adminEmails.insert(v.location.partnerId, v.incentivesAdmin->email);
            }
            m_waiting.insert(v.location.partnerId, v.waitingInvitations);
            m_locationNames.insert(v.location.partnerId, v.location.name);
        }
    }
    if (!partnerId.isEmpty()) {
        m_ui->locationCombo->setCurrentIndex(m_ui->locationCombo->findData(partnerId));
        m_ui->roleCombo->setCurrentIndex(m_ui->roleCombo->findData(int(Role::IncentivesAdmin)));
    }
    connect(m_ui->nameEdit, &QLineEdit::textEdited, this, [this] {
        m_errors.touch(QStringLiteral("name"));
        update();
    });
    connect(m_ui->emailEdit, &QLineEdit::textEdited, this, [this] {
        m_errors.touch(QStringLiteral("email"));
        update();
    });
    connect(m_ui->roleCombo, &QComboBox::currentIndexChanged, this, &RoleDialog::update);
    connect(m_ui->locationCombo, &QComboBox::currentIndexChanged, this, &RoleDialog::update);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &RoleDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
    m_opened.take(this);
}

void RoleDialog::reject()
{
    if (m_opened.differs(this) && !confirmDiscard(this))
        return;
    QDialog::reject();
}

RoleDialog::~RoleDialog() = default;

std::optional<Role> RoleDialog::role() const
{
    const QVariant chosen = m_ui->roleCombo->currentData();
    if (!chosen.isValid())
        return std::nullopt;
    return Role(chosen.toInt());
}

QString RoleDialog::email() const
{
    return m_mode == Mode::AddUser ? m_ui->emailEdit->text().trimmed().toLower() : m_email;
}

QString RoleDialog::currentAdmin() const
{
    if (role() != Role::IncentivesAdmin)
        return {};
    const QString partnerId = m_ui->locationCombo->currentData().toString();
    if (m_adminEmails.value(partnerId) == email())
        return {};
    return m_admins.value(partnerId);
}

void RoleDialog::update()
{
    const auto r = role();
    const bool scoped = r && !isOrganizationWide(*r);
    m_ui->locationCombo->setEnabled(scoped);
    const QString partnerId = m_ui->locationCombo->currentData().toString();
    QString note;
    if (r == Role::IncentivesAdmin) {
        const QString current = currentAdmin();
        if (!current.isEmpty())
            note = tr("%1 is the Incentives admin of %2 now. A location has one: saving gives the role to "
                      "this user "
                      "instead.")
                       .arg(current, partnerId);
        else if (!m_admins.contains(partnerId))
            note = tr("%1 has no Incentives admin: its %2 waiting invitation(s) will reach this user's inbox "
                      "at once.")
                       .arg(partnerId)
                       .arg(m_waiting.value(partnerId));
    } else if (r == Role::AccountAdmin) {
        note = tr("Account admins manage users and roles for the whole organization.");
    } else if (r == Role::Presenter) {
        note = tr("Presenters run the demo: its clock, Microsoft's side, programs and snapshots.");
    }
    m_ui->noteLabel->setText(note);
    QList<rules::Problem> problems;
    if (m_mode == Mode::AddUser) {
        const auto name = validators::displayName(m_ui->nameEdit->text(), 100);
        if (!name.valid())
            problems.append({QStringLiteral("name"), name.error});
        const auto mail = validators::email(m_ui->emailEdit->text());
        if (!mail.valid())
            problems.append({QStringLiteral("email"), mail.error});
    }
    if (m_mode == Mode::AssignRole && !r)
        problems.append({QStringLiteral("role"), tr("Choose a role.")});
    if (scoped && m_ui->locationCombo->currentIndex() < 0)
        problems.append({QStringLiteral("location"), tr("Choose the location.")});
    const bool valid = m_errors.show(problems);
    m_ui->buttons->button(QDialogButtonBox::Save)->setEnabled(valid);
}

void RoleDialog::accept()
{
    const auto r = role();
    const QString partnerId =
        r && !isOrganizationWide(*r) ? m_ui->locationCombo->currentData().toString() : QString();
    const QString replaced = currentAdmin();
    if (!replaced.isEmpty() &&
        MessageBoxes::question(
            this, tr("Replace the Incentives admin"),
            tr("%1 will lose the Incentives admin role for %2. Go on?").arg(replaced, partnerId)) !=
            QMessageBox::Yes)
        return;
    auto directory = m_session.directory();
    Status outcome;
    if (m_mode == Mode::AddUser) {
        auto added = directory.addUser(m_session.actor(), m_ui->emailEdit->text(), m_ui->nameEdit->text());
        if (!added) {
            outcome = added.error();
        } else {
            m_temporaryPassword = added->temporaryPassword;
            m_mode = Mode::AssignRole; // a failed role below must not add the user twice
            m_email = added->user.email;
        }
    }
    if (outcome.ok() && r) {
        auto assigned = directory.assignRole(m_session.actor(), email(), *r, partnerId, !replaced.isEmpty());
        if (!assigned)
            outcome = assigned.error();
    }
    if (!outcome) {
        m_ui->saveError->setText(QStringLiteral("⚠ ") + outcome.error().message);
        m_ui->saveError->setVisible(true);
        if (outcome.error().field == QLatin1String("email"))
            m_ui->emailEdit->setFocus();
        return;
    }
    const QString who = m_mode == Mode::AssignRole && !m_name.isEmpty() ? m_name
                        : !m_ui->nameEdit->text().trimmed().isEmpty()   ? m_ui->nameEdit->text().trimmed()
                                                                        : email();
    if (!r)
        m_confirmation = tr("%1 is added, with no role yet.").arg(who);
    else if (partnerId.isEmpty())
        m_confirmation = tr("%1 is now %2.").arg(who, roleLabel(*r));
    else
        //: person, role, location name, PartnerID
        m_confirmation = tr("%1 is now %2 of %3 (%4).")
                             .arg(who, roleLabel(*r), m_locationNames.value(partnerId), partnerId);
    QDialog::accept();
}

} // namespace incentives::gui
