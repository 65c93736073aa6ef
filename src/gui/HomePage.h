#pragma once

#include "core/Types.h"
#include "gui/CountWorker.h"
#include "store/Repositories.h"

#include <QWidget>

#include <memory>

class QLabel;

namespace Ui {
class HomePage;
}

namespace incentives {
class Session;
}

namespace incentives::gui {

// Home: the user's open mandatory actions first, the earliest due first, then new invitations (each shown
// until selected once), a status summary of their locations, and what waits for their action.
class HomePage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HomePage)

public:
    explicit HomePage(Session& session, QWidget* parent = nullptr);
    ~HomePage() override;
    void reload();

Q_SIGNALS:
    // The user selected an invitation or an action: show that enrollment.
    void enrollmentSelected(const QString& program, const QString& partnerId);
    // The user asked for every enrollment in a status (Home lists the newest invitations only).
    void statusRequested(incentives::EnrollmentStatus status);
    // The user selected a mandatory action: show where it is done.
    void actionOpened(const incentives::InboxMessage& message);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    // The location column as wide as the room left, and at least as wide as its names.
    void fitSummaryColumns();
    void openInvitation(qint64 enrollmentId);
    void loadInvitations();
    // Shows the list or its empty state, and past the newest, how many there are.
    void showInvitationCount();
    // The per-location summary and the rows that need the viewer.
    void showFigures(const QList<EnrollmentRepository::StatusCount>& summary,
                     const QList<WorkspaceRow>& needsAction);

    std::unique_ptr<Ui::HomePage> m_ui;
    Session& m_session;
    QLabel* m_organizationLogo;
    QLabel* m_organizationName;
    // The open mandatory actions listed, the earliest due first (the box's title counts them all).
    static constexpr int kMandatoryListed = 50;
    QList<InboxMessage> m_mandatory; // in mandatoryList's order
    qint64 m_invitationsTotal = 0;   // every invitation Home would list, the shown ones too
    bool m_invitationsMoreThanTotal = false;
    // Above WorkspaceModel::kCountInline enrollments the figures, which count every enrollment,
    // come from a thread of their own; the newest request's ticket.
    std::unique_ptr<CountWorker> m_worker;
    QString m_workerPath; // the database the worker reads
    quint64 m_figuresTicket = 0;
};

} // namespace incentives::gui
