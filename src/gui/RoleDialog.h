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
    // After a save: what changed, naming the person, the role and the location ("Li Wei is now
    // Incentives user of Contoso London (4649102).").
    QString confirmation() const { return m_confirmation; }
    void accept() override;
    // With changes made, asks before closing the form.
    void reject() override;

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
    FormSnapshot m_opened;
    QString m_name; // of the user a role is assigned to
    QString m_confirmation;
    QString m_temporaryPassword;
    QHash<QString, QString> m_admins; // PartnerID -> "Name <email>"
    QHash<QString, QString> m_adminEmails;
    QHash<QString, int> m_waiting;
    QHash<QString, QString> m_locationNames; // PartnerID -> name
};

} // namespace incentives::gui
