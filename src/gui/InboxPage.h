#pragma once

#include "store/Repositories.h"

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

// The Action Center: invitations, validation outcomes, tax-form reminders, renewal outcomes and role
// changes, mandatory ones first. Open goes where the action is done; Dismiss closes a recommended one.
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
    // Open on an invitation: start that enrollment.
    void getStarted(const QString& program, const QString& partnerId);
    // Open on any other action: show where it is done.
    void actionOpened(const incentives::InboxMessage& message);
    // How many actions are open (the toolbar's and the navigation's count).
    void openCountChanged(int open);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showMessage();
    void showSummary();
    void openCurrent();
    void dismissCurrent();

    std::unique_ptr<Ui::InboxPage> m_ui;
    Session& m_session;
    InboxModel* m_model;
};

} // namespace incentives::gui
