#pragma once

#include "gui/FormSupport.h"

#include <QDialog>

#include <memory>

namespace Ui {
class RoleDialog;
}

namespace incentives {
class Session;
}

namespace incentives::gui {

// Adds a user (with an optional first role), or assigns a role to an existing user. Assigning the
// Incentives admin role of a location that has one asks first, naming the person who loses it.
class RoleDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoleDialog)

public:
    enum class Mode
    {
        AddUser,
        AssignRole
    };

    RoleDialog(Session& session, Mode mode, const QString& email = {}, const QString& partnerId = {},
               QWidget* parent = nullptr);
    ~RoleDialog() override;

    QString temporaryPassword() const { return m_temporaryPassword; }
    QString email() const;
    void accept() override;

private:
    void update();
    std::optional<Role> role() const;
    // Who holds the Incentives admin role at the chosen location now, if anyone.
    QString currentAdmin() const;

    std::unique_ptr<Ui::RoleDialog> m_ui;
    Session& m_session;
    Mode m_mode;
    QString m_email;
    FieldErrors m_errors;
    QString m_temporaryPassword;
    QHash<QString, QString> m_admins; // PartnerID -> "Name <email>"
    QHash<QString, QString> m_adminEmails;
    QHash<QString, int> m_waiting;
};

} // namespace incentives::gui
