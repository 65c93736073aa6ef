#pragma once

#include "services/AppContext.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ConnectDialog;
}

namespace incentives::gui {

struct ServerProfile;

// File → Connect to a shared database…: the address of a PostgreSQL database (saved connections
// to pick from), the password asked for or taken from the keychain, and the connection tried
// before the dialog closes, with what went wrong shown beside the field it concerns.
class ConnectDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectDialog)

public:
    explicit ConnectDialog(QWidget* parent = nullptr);
    ~ConnectDialog() override;

    // Fills the form from a postgresql:// address (from --database, or a failed start).
    void setUrl(const QString& url);
    // Shows why a connection failed, beside the password when that was the trouble.
    void showError(const Error& error);
    void accept() override;

    // Opens a server database, with the password kept in the keychain for it if there is one.
    static Result<std::unique_ptr<AppContext>> openWithKeptPassword(const QString& url);

    // After Connect succeeded: the open database, and its address without the password.
    std::unique_ptr<AppContext> takeContext() { return std::move(m_ctx); }
    QString url() const { return m_url; }
    // Something to tell after connecting (the keychain refused the password), or empty.
    QString warning() const { return m_warning; }

private:
    void showProfile(int index);
    void fillForm(const ServerProfile& p);
    void forgetProfile();
    ServerProfile profileFromForm() const;
    bool checkForm(bool showErrors);

    std::unique_ptr<Ui::ConnectDialog> m_ui;
    std::unique_ptr<AppContext> m_ctx;
    QString m_url;
    QString m_warning;
    bool m_touched = false;
};

} // namespace incentives::gui
