#pragma once

#include <QDialog>

#include <memory>

class QStandardItemModel;
class QSortFilterProxyModel;

namespace Ui {
class SignInDialog;
}

namespace incentives {
class Session;
}

namespace incentives::gui {

// Lists the organization's users (name, email, roles) to sign in as.
class SignInDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInDialog)

public:
    explicit SignInDialog(Session& session, const QString& preselect, QWidget* parent = nullptr);
    ~SignInDialog() override;

    QString selectedEmail() const;
    // Unlocking a locked window: only this user may continue. The heading says whether the window
    // locked itself after inactivity or the user locked it.
    void lockTo(const QString& email, bool afterInactivity);
    // Signs the chosen user in; on a refusal the dialog stays open with the reason.
    void accept() override;
    QStandardItemModel* usersModel() const { return m_model; }

private:
    void load(const QString& preselect);
    void updateButtons();

    std::unique_ptr<Ui::SignInDialog> m_ui;
    Session& m_session;
    QStandardItemModel* m_model;
    QSortFilterProxyModel* m_proxy;
};

} // namespace incentives::gui
