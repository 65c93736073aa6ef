#include "gui/UsersPage.h"

#include "gui/MessageBoxes.h"
#include "gui/RoleDialog.h"
#include "gui/StatusStyle.h"
#include "services/AuthService.h"
#include "services/Session.h"
#include "ui_UsersPage.h"

#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QStandardItemModel>

namespace incentives::gui {
namespace {
enum Roles
{
    EmailRole = Qt::UserRole + 1,
    ActiveRole
};
}

UsersPage::UsersPage(Session& session, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::UsersPage>()), m_session(session),
      m_users(new QStandardItemModel(this)), m_confirmation(new QLabel(this))
{
    m_ui->setupUi(this);
    m_confirmation->setObjectName(QStringLiteral("confirmationLabel"));
    m_confirmation->setAccessibleName(tr("Last change"));
    m_confirmation->setTextFormat(Qt::PlainText);
    m_confirmation->setWordWrap(true);
    m_confirmation->hide();
    m_ui->layout->addWidget(m_confirmation);
    m_ui->usersTable->setModel(m_users);
    m_ui->usersTable->verticalHeader()->hide();
    m_ui->usersTable->horizontalHeader()->setStretchLastSection(true);
    for (const QString& text : {tr("All users"), tr("Account admins"), tr("Incentives admins"),
                                tr("Incentives users"), tr("Users without a role"), tr("Deactivated users")})
        m_ui->roleFilter->addItem(text);
    connect(m_ui->roleFilter, &QComboBox::currentIndexChanged, this, &UsersPage::reload);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, &UsersPage::reload);
    connect(m_ui->addUserButton, &QPushButton::clicked, this, &UsersPage::addUser);
    connect(m_ui->assignRoleButton, &QPushButton::clicked, this, &UsersPage::assignRole);
    connect(m_ui->removeRoleButton, &QPushButton::clicked, this, &UsersPage::removeRole);
    connect(m_ui->deactivateButton, &QPushButton::clicked, this, &UsersPage::toggleActive);
    connect(m_ui->resetPasswordButton, &QPushButton::clicked, this, &UsersPage::resetPassword);
    connect(m_ui->assignAdminButton, &QPushButton::clicked, this, &UsersPage::assignAdminToSelectedLocation);
    connect(m_ui->usersTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &UsersPage::updateButtons);
    connect(m_ui->locationsTable, &QTableWidget::currentCellChanged, this, &UsersPage::updateButtons);
    updateButtons();
}

UsersPage::~UsersPage() = default;

void UsersPage::reload()
{
    const QString keep = selectedEmail();
    m_users->clear();
    m_users->setHorizontalHeaderLabels({tr("Name"), tr("Email"), tr("Status"), tr("Roles")});
    auto users = m_session.directory().users(m_session.actor());
    auto partnerIds = m_session.directory().partnerIds();
    if (users && partnerIds) {
        const auto filter = Filter(m_ui->roleFilter->currentIndex());
        const QString search = m_ui->searchEdit->text().trimmed();
        for (const UserView& v : *users) {
            const auto holds = [&v](Role role) {
                return std::any_of(v.roles.begin(), v.roles.end(),
                                   [role](const RoleAssignment& r) { return r.role == role; });
            };
            const bool keepRow =
                (filter == AllUsers) || (filter == AccountAdmins && holds(Role::AccountAdmin)) ||
                (filter == IncentivesAdmins && holds(Role::IncentivesAdmin)) ||
                (filter == IncentivesUsers && holds(Role::IncentivesUser)) ||
                (filter == WithoutRole && v.roles.isEmpty()) || (filter == Deactivated && !v.user.active);
            if (!keepRow || (!search.isEmpty() && !v.user.name.contains(search, Qt::CaseInsensitive) &&
                             !v.user.email.contains(search, Qt::CaseInsensitive)))
                continue;
            auto* name = new QStandardItem(v.user.name);
            name->setData(v.user.email, EmailRole);
            name->setData(v.user.active, ActiveRole);
            auto* status = new QStandardItem(v.user.active ? tr("Active") : tr("Deactivated"));
            const QStringList roles = v.describeRoles(*partnerIds);
            auto* roleItem = new QStandardItem(roles.isEmpty() ? tr("No incentives role")
                                                               : roles.join(QStringLiteral(", ")));
            roleItem->setToolTip(roleItem->text());
            m_users->appendRow({name, new QStandardItem(v.user.email), status, roleItem});
        }
    }
    m_ui->usersTable->resizeColumnsToContents();
    if (!keep.isEmpty())
        selectUser(keep);

    m_ui->locationsTable->clear();
    m_ui->locationsTable->setColumnCount(5);
    m_ui->locationsTable->setHorizontalHeaderLabels(
        {tr("PartnerID"), tr("Location"), tr("Country"), tr("Incentives admin"), tr("Waiting invitations")});
    m_ui->locationsTable->verticalHeader()->hide();
    if (auto locations = m_session.directory().locations(m_session.actor())) {
        m_ui->locationsTable->setRowCount(int(locations->size()));
        int row = 0;
        for (const LocationView& v : *locations) {
            m_ui->locationsTable->setItem(row, 0, new QTableWidgetItem(v.location.partnerId));
            m_ui->locationsTable->setItem(row, 1, new QTableWidgetItem(v.location.name));
            m_ui->locationsTable->setItem(row, 2,
                                          new QTableWidgetItem(QLocale::territoryToString(
                                              QLocale::codeToTerritory(v.location.country))));
            auto* admin = new QTableWidgetItem(
                v.incentivesAdmin
                    ? QStringLiteral("%1 <%2>").arg(v.incentivesAdmin->name, v.incentivesAdmin->email)
                    : tr("⚠ No Incentives admin — invitations for this location are waiting"));
            if (!v.incentivesAdmin)
                admin->setForeground(statusColor(EnrollmentStatus::Ineligible, palette()));
            m_ui->locationsTable->setItem(row, 3, admin);
            m_ui->locationsTable->setItem(row, 4,
                                          new QTableWidgetItem(QLocale().toString(v.waitingInvitations)));
            ++row;
        }
    }
    m_ui->locationsTable->resizeColumnsToContents();
    m_ui->locationsTable->horizontalHeader()->setStretchLastSection(true);
    updateButtons();
}

bool UsersPage::selectUser(const QString& email)
{
    for (int r = 0; r < m_users->rowCount(); ++r)
        if (m_users->item(r, 0)->data(EmailRole).toString() == email) {
            m_ui->usersTable->setCurrentIndex(m_users->index(r, 0));
            return true;
        }
    return false;
}

QString UsersPage::selectedEmail() const
{
    const QModelIndex current = m_ui->usersTable->currentIndex();
    return current.isValid() ? m_users->item(current.row(), 0)->data(EmailRole).toString() : QString();
}

void UsersPage::updateButtons()
{
    const bool admin = m_session.permissions().manageUsers.ok();
    const bool selected = !selectedEmail().isEmpty();
    m_ui->addUserButton->setEnabled(admin);
    m_ui->assignRoleButton->setEnabled(admin && selected);
    m_ui->removeRoleButton->setEnabled(admin && selected);
    m_ui->resetPasswordButton->setEnabled(admin && selected && m_session.passwordsRequired());
    m_ui->deactivateButton->setEnabled(admin && selected);
    const QModelIndex current = m_ui->usersTable->currentIndex();
    const bool active = !current.isValid() || m_users->item(current.row(), 0)->data(ActiveRole).toBool();
    m_ui->deactivateButton->setText(active ? tr("&Deactivate") : tr("Re&activate"));
    m_ui->assignAdminButton->setEnabled(admin && m_ui->locationsTable->currentRow() >= 0);
}

void UsersPage::changed()
{
    reload();
    Q_EMIT usersChanged();
}

void UsersPage::confirm(const QString& text)
{
    m_confirmation->setText(text.isEmpty() ? QString() : QStringLiteral("✓ ") + text);
    m_confirmation->setVisible(!text.isEmpty());
}

QString UsersPage::confirmation() const
{
    return m_confirmation->isHidden() ? QString() : m_confirmation->text();
}

void UsersPage::addUser()
{
    RoleDialog dialog(m_session, RoleDialog::Mode::AddUser, {}, {}, this);
    dialog.setObjectName(QStringLiteral("addUserDialog"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString email = dialog.email();
    changed();
    selectUser(email);
    confirm(dialog.confirmation());
    if (!dialog.temporaryPassword().isEmpty())
        MessageBoxes::information(
            this, tr("Temporary password"),
            tr("%1 signs in the first time with this temporary password, then chooses their "
               "own. It is shown only now:\n\n%2")
                .arg(email, dialog.temporaryPassword()));
}

void UsersPage::assignRole()
{
    const QString email = selectedEmail();
    if (email.isEmpty())
        return;
    RoleDialog dialog(m_session, RoleDialog::Mode::AssignRole, email, {}, this);
    dialog.setObjectName(QStringLiteral("assignRoleDialog"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    changed();
    confirm(dialog.confirmation());
}

void UsersPage::assignAdminToSelectedLocation()
{
    const int row = m_ui->locationsTable->currentRow();
    const QString email = selectedEmail();
    if (row < 0)
        return;
    if (email.isEmpty()) {
        MessageBoxes::information(this, tr("Assign Incentives admin"),
                                  tr("Select the user in the Users tab first."));
        return;
    }
    RoleDialog dialog(m_session, RoleDialog::Mode::AssignRole, email,
                      m_ui->locationsTable->item(row, 0)->text(), this);
    dialog.setObjectName(QStringLiteral("assignRoleDialog"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    changed();
    confirm(dialog.confirmation());
}

void UsersPage::removeRole()
{
    const QString email = selectedEmail();
    auto users = m_session.directory().users(m_session.actor());
    auto partnerIds = m_session.directory().partnerIds();
    if (email.isEmpty() || !users || !partnerIds)
        return;
    QList<RoleAssignment> held;
    QStringList choices;
    for (const UserView& v : *users)
        if (v.user.email == email) {
            held = v.roles;
            UserView one;
            for (const RoleAssignment& r : v.roles) {
                one.roles = {r};
                choices.append(one.describeRoles(*partnerIds).constFirst());
            }
        }
    if (held.isEmpty()) {
        MessageBoxes::information(this, tr("Remove role"), tr("%1 holds no role.").arg(email));
        return;
    }
    bool ok = false;
    const QString choice = QInputDialog::getItem(
        this, tr("Remove role"), tr("Role of %1 to remove:").arg(email), choices, 0, false, &ok);
    if (!ok)
        return;
    const RoleAssignment& r = held.at(choices.indexOf(choice));
    auto removed =
        m_session.directory().revokeRole(m_session.actor(), email, r.role, partnerIds->value(r.locationId));
    if (!removed) {
        MessageBoxes::warning(this, tr("Remove role"), removed.error().message);
        return;
    }
    changed();
    confirm(tr("%1 no longer holds the role %2.").arg(email, choice));
}

void UsersPage::toggleActive()
{
    const QString email = selectedEmail();
    const QModelIndex current = m_ui->usersTable->currentIndex();
    if (email.isEmpty() || !current.isValid())
        return;
    const bool active = m_users->item(current.row(), 0)->data(ActiveRole).toBool();
    if (active &&
        MessageBoxes::question(this, tr("Deactivate user"),
                               tr("%1 will no longer be able to sign in or act. Their history stays in the "
                                  "audit log. Deactivate?")
                                   .arg(email)) != QMessageBox::Yes)
        return;
    auto done = m_session.directory().setActive(m_session.actor(), email, !active);
    if (!done) {
        MessageBoxes::warning(this, tr("Deactivate user"), done.error().message);
        return;
    }
    changed();
}

void UsersPage::resetPassword()
{
    const QString email = selectedEmail();
    if (email.isEmpty())
        return;
    auto temporary = AuthService(m_session.context()).resetPassword(m_session.actor(), email);
    if (!temporary) {
        MessageBoxes::warning(this, tr("Reset password"), temporary.error().message);
        return;
    }
    MessageBoxes::information(
        this, tr("Temporary password"),
        tr("%1 signs in next with this temporary password, then chooses their own. It is shown "
           "only now:\n\n%2")
            .arg(email, *temporary));
}

} // namespace incentives::gui
