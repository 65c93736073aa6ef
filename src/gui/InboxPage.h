#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class InboxPage;
}

namespace incentives {
class Session;
}

namespace incentives::gui {

class InboxModel;

// The simulated email inbox: "Partner Incentive Enrollment Invitation" messages with Get Started.
class InboxPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboxPage)

public:
    explicit InboxPage(Session& session, QWidget* parent = nullptr);
    ~InboxPage() override;
    void reload();
    InboxModel* model() const { return m_model; }

Q_SIGNALS:
    void getStarted(const QString& program, const QString& partnerId);
    void unreadChanged(int unread);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showMessage();

    std::unique_ptr<Ui::InboxPage> m_ui;
    Session& m_session;
    InboxModel* m_model;
};

} // namespace incentives::gui
