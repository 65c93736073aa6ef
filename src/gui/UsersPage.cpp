#include "gui/UsersPage.h"

#include "gui/ImportDialog.h"
#include "gui/LocationDialog.h"
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
    // Column widths from the first rows: measuring every row of a long page costs more than it shows.
    m_ui->usersTable->horizontalHeader()->setResizeContentsPrecision(40);
    m_ui->locationsTable->horizontalHeader()->setResizeContentsPrecision(40);
    for (const QString& text : {tr("All users"), tr("Account admins"), tr("Incentives admins"),
                                tr("Incentives users"), tr("Users without a role"), tr("Deactivated users")})
        m_ui->roleFilter->addItem(text);
    connect(m_ui->roleFilter, &QComboBox::currentIndexChanged, this, &UsersPage::reloadUsers);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, &UsersPage::reloadUsers);
    connect(m_ui->locationSearchEdit, &QLineEdit::textChanged, this, &UsersPage::reloadLocations);
    m_ui->usersMoreLabel->hide();
    m_ui->locationsMoreLabel->hide();
    connect(m_ui->addUserButton, &QPushButton::clicked, this, &UsersPage::addUser);
    connect(m_ui->assignRoleButton, &QPushButton::clicked, this, &UsersPage::assignRole);
    connect(m_ui->removeRoleButton, &QPushButton::clicked, this, &UsersPage::removeRole);
    connect(m_ui->deactivateButton, &QPushButton::clicked, this, &UsersPage::toggleActive);
    connect(m_ui->resetPasswordButton, &QPushButton::clicked, this, &UsersPage::resetPassword);
    connect(m_ui->assignAdminButton, &QPushButton::clicked, this, &UsersPage::assignAdminToSelectedLocation);
    connect(m_ui->addLocationButton, &QPushButton::clicked, this, &UsersPage::addLocation);
    connect(m_ui->editLocationButton, &QPushButton::clicked, this, &UsersPage::editLocation);
    connect(m_ui->importLocationsButton, &QPushButton::clicked, this, &UsersPage::importLocations);
    connect(m_ui->importUsersButton, &QPushButton::clicked, this, &UsersPage::importUsers);
    connect(m_ui->locationsTable, &QTableWidget::cellActivated, this, [this] {
        if (m_ui->editLocationButton->isEnabled())
            editLocation();
    });
    connect(m_ui->usersTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &UsersPage::updateButtons);
    connect(m_ui->locationsTable, &QTableWidget::currentCellChanged, this, &UsersPage::updateButtons);
    updateButtons();
}

UsersPage::~UsersPage() = default;

void UsersPage::reload()
{
    reloadUsers();
    reloadLocations();
}

void UsersPage::reloadUsers()
{
    const QString keep = selectedEmail();
    m_users->clear();
    m_users->setHorizontalHeaderLabels({tr("Name"), tr("Email"), tr("Status"), tr("Roles")});
    // One bounded page, filtered and searched in the database.
    DirectorySearch search;
    search.text = m_ui->searchEdit->text();
    search.users = DirectorySearch::Users(m_ui->roleFilter->currentIndex());
    search.limit = kShown;
    auto page = m_session.directory().findUsers(m_session.actor(), search);
    if (page) {
        for (const UserView& v : page->users) {
            auto* name = new QStandardItem(v.user.name);
            name->setData(v.user.email, EmailRole);
            name->setData(v.user.active, ActiveRole);
            auto* status = new QStandardItem(v.user.active ? tr("Active") : tr("Deactivated"));
            const QStringList roles = v.describeRoles(page->partnerIds);
            auto* roleItem = new QStandardItem(roles.isEmpty() ? tr("No incentives role")
                                                               : roles.join(QStringLiteral(", ")));
            roleItem->setToolTip(roleItem->text());
            m_users->appendRow({name, new QStandardItem(v.user.email), status, roleItem});
        }
    }
    m_ui->usersMoreLabel->setVisible(page && page->more);
    m_ui->usersMoreLabel->setText(
        tr("The first %1 users are listed; search for a name or email address to find the others.")
            .arg(kShown));
    m_ui->usersTable->resizeColumnsToContents();
    if (!keep.isEmpty())
        selectUser(keep);
    updateButtons();
}

void UsersPage::reloadLocations()
{
    m_ui->locationsTable->clear();
    m_ui->locationsTable->setColumnCount(7);
    m_ui->locationsTable->setHorizontalHeaderLabels({tr("PartnerID"), tr("Location"), tr("Legal entity"),
                                                     tr("Country"), tr("Agreement"), tr("Incentives admin"),
                                                     tr("Waiting invitations")});
    m_ui->locationsTable->verticalHeader()->hide();
    DirectorySearch search;
    search.text = m_ui->locationSearchEdit->text();
    search.limit = kShown;
    auto page = m_session.directory().findLocations(m_session.actor(), search);
    m_ui->locationsTable->setRowCount(page ? int(page->locations.size()) : 0);
    if (page) {
        int row = 0;
        for (const LocationView& v : page->locations) {
            m_ui->locationsTable->setItem(row, 0, new QTableWidgetItem(v.location.partnerId));
            m_ui->locationsTable->setItem(row, 1, new QTableWidgetItem(v.location.name));
            m_ui->locationsTable->setItem(row, 2, new QTableWidgetItem(v.location.legalName));
            m_ui->locationsTable->setItem(row, 3,
                                          new QTableWidgetItem(QLocale::territoryToString(
                                              QLocale::codeToTerritory(v.location.country))));
            m_ui->locationsTable->setItem(
                row, 4,
                new QTableWidgetItem(v.location.attributes.agreementActive ? tr("Active") : tr("Expired")));
            auto* admin = new QTableWidgetItem(
                v.incentivesAdmin
                    ? QStringLiteral("%1 <%2>").arg(v.incentivesAdmin->name, v.incentivesAdmin->email)
                    : tr("⚠ No Incentives admin — invitations for this location are waiting"));
            if (!v.incentivesAdmin)
                admin->setForeground(statusColor(EnrollmentStatus::Ineligible, palette()));
            m_ui->locationsTable->setItem(row, 5, admin);
            m_ui->locationsTable->setItem(row, 6,
                                          new QTableWidgetItem(QLocale().toString(v.waitingInvitations)));
            ++row;
        }
    }
    m_ui->locationsMoreLabel->setVisible(page && page->more);
    m_ui->locationsMoreLabel->setText(
        tr("The first %1 locations are listed; search for a PartnerID or name to find the others.")
            .arg(kShown));
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
    // Locations are recorded by Account admins; the services decide, the buttons show it.
    const Status locations = m_session.permissions().manageLocations;
    for (QPushButton* b : {m_ui->addLocationButton, m_ui->importLocationsButton}) {
        b->setEnabled(locations.ok());
        b->setToolTip(locations.ok() ? QString() : locations.error().message);
    }
    m_ui->editLocationButton->setEnabled(locations.ok() && !selectedPartnerId().isEmpty());
    m_ui->importUsersButton->setEnabled(admin);
}

QString UsersPage::selectedPartnerId() const
{
    const int row = m_ui->locationsTable->currentRow();
    const QTableWidgetItem* item = row >= 0 ? m_ui->locationsTable->item(row, 0) : nullptr;
    return item ? item->text() : QString();
}

void UsersPage::addLocation()
{
    LocationDialog dialog(m_session, {}, this);
    if (dialog.exec() == QDialog::Accepted)
        changed();
}

void UsersPage::editLocation()
{
    const QString partnerId = selectedPartnerId();
    if (partnerId.isEmpty())
        return;
    LocationDialog dialog(m_session, partnerId, this);
    if (dialog.exec() == QDialog::Accepted)
        changed();
}

void UsersPage::importLocations()
{
    ImportDialog dialog(m_session, ImportKind::Locations, this);
    dialog.setObjectName(QStringLiteral("importLocationsDialog"));
    if (dialog.exec() == QDialog::Accepted)
        changed();
}

void UsersPage::importUsers()
{
    ImportDialog dialog(m_session, ImportKind::Users, this);
    dialog.setObjectName(QStringLiteral("importUsersDialog"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    changed();
    QStringList passwords;
    for (const ImportedUser& u : dialog.importedUsers())
        if (!u.temporaryPassword.isEmpty())
            passwords.append(QStringLiteral("%1\t%2").arg(u.email, u.temporaryPassword));
    if (!passwords.isEmpty())
        MessageBoxes::information(
            this, tr("Temporary passwords"),
            tr("Each imported user signs in the first time with their temporary password, "
               "then chooses their own. They are shown only now:\n\n%1")
                .arg(passwords.join(QLatin1Char('\n'))));
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
