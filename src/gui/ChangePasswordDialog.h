#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class ChangePasswordDialog;
}

namespace incentives {
class Session;
}

namespace incentives::gui {

// Choosing a new password: required after a temporary one, possible at any time.
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangePasswordDialog)

public:
    ChangePasswordDialog(Session& session, bool required, QWidget* parent = nullptr);
    ~ChangePasswordDialog() override;
    void accept() override;

private:
    void validate();

    std::unique_ptr<Ui::ChangePasswordDialog> m_ui;
    Session& m_session;
};

} // namespace incentives::gui
