#pragma once

#include "core/Types.h"

#include <QFrame>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace incentives {
class Session;
struct EnrollmentDetails;
} // namespace incentives

namespace incentives::gui {

// The workspace's details pane: the selected enrollment's whole next step, when its validation
// is expected to end, the profiles it uses and its status history. It shows what the services
// return for the enrollment and decides nothing itself.
class WorkspaceDetailsPane : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspaceDetailsPane)

public:
    explicit WorkspaceDetailsPane(Session& session, QWidget* parent = nullptr);
    ~WorkspaceDetailsPane() override;

    // Shows an enrollment's details (0: nothing selected).
    void showEnrollment(Id enrollmentId);
    Id enrollmentId() const { return m_enrollmentId; }

private:
    void show(const EnrollmentDetails& details);
    void showMessage(const QString& text);

    Session& m_session;
    Id m_enrollmentId = 0;
    QStackedWidget* m_stack;
    QLabel* m_message;
    QLabel* m_title;
    QLabel* m_status;
    QLabel* m_nextStep;
    QLabel* m_validationEnd;
    QLabel* m_bank;
    QLabel* m_tax;
    QLabel* m_payment;
    QListWidget* m_history;
};

} // namespace incentives::gui
