#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class NoAccessPage;
}

namespace incentives {
class Session;
}

namespace incentives::gui {

// What a user without an incentives role sees: the Account admins to ask for access.
class NoAccessPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoAccessPage)

public:
    explicit NoAccessPage(Session& session, QWidget* parent = nullptr);
    ~NoAccessPage() override;
    void reload();

private:
    std::unique_ptr<Ui::NoAccessPage> m_ui;
    Session& m_session;
};

} // namespace incentives::gui
