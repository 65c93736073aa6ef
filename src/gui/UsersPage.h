#pragma once

#include <QWidget>

#include <memory>

class QLabel;
class QStandardItemModel;

namespace Ui {
class UsersPage;
}

namespace incentives {
class Session;
}

namespace incentives::gui {

// Users and roles, for Account admins: who holds which role at which location, adding users,
// assigning and removing roles, deactivating; and each location's Incentives admin.
class UsersPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsersPage)

public:
    enum Filter
    {
        AllUsers,
        AccountAdmins,
        IncentivesAdmins,
        IncentivesUsers,
        WithoutRole,
        Deactivated
    };

    // Rows shown at most in each table; a search finds the others.
    static constexpr int kShown = 200;

    explicit UsersPage(Session& session, QWidget* parent = nullptr);
    ~UsersPage() override;

    QStandardItemModel* usersModel() const { return m_users; }
    void reload();
    bool selectUser(const QString& email);
    QString selectedEmail() const;
    // The confirmation of the last change made on the page, or empty.
    QString confirmation() const;

    // What the buttons do; the dialogs they open are modal.
    void addUser();
    void assignRole();
    void assignAdminToSelectedLocation();
    void removeRole();
    void toggleActive();
    void resetPassword();
    void addLocation();
    void editLocation();
    void importLocations();
    void importUsers();
    QString selectedPartnerId() const;

Q_SIGNALS:
    void usersChanged();

private:
    void reloadUsers();
    void reloadLocations();
    void updateButtons();
    void changed();
    void confirm(const QString& text);

    std::unique_ptr<Ui::UsersPage> m_ui;
    Session& m_session;
    QStandardItemModel* m_users;
    QLabel* m_confirmation;
};

} // namespace incentives::gui
