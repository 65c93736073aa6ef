#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class MyAccessPage;
}

namespace incentives {
class Session;
}

namespace incentives::gui {

// Every user's own roles per location, and whom to ask for more.
class MyAccessPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MyAccessPage)

public:
    explicit MyAccessPage(Session& session, QWidget* parent = nullptr);
    ~MyAccessPage() override;
    void reload();

private:
    std::unique_ptr<Ui::MyAccessPage> m_ui;
    Session& m_session;
};

} // namespace incentives::gui
