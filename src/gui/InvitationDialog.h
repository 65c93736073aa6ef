#pragma once

#include "services/EnrollmentService.h"

#include <QDialog>

#include <memory>

class QPushButton;

namespace Ui {
class InvitationDialog;
}

namespace incentives {
class Session;
}

namespace incentives::gui {

// The invitation: the program, the location and what is on file. With everything the program needs
// present and valid it offers Submit; otherwise Continue, which accepts the invitation and leads to
// the Payout and tax profile page at the first missing part.
class InvitationDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InvitationDialog)

public:
    enum class Outcome
    {
        Cancelled,
        Submitted,
        Continue
    };

    InvitationDialog(Session& session, const QString& program, const QString& partnerId,
                     QWidget* parent = nullptr);
    ~InvitationDialog() override;

    Outcome outcome() const { return m_outcome; }
    // The part to complete first after Continue: "bank", "currency" or "tax".
    QString firstMissing() const;
    const InvitationView& view() const { return m_view; }
    bool loaded() const { return m_loaded; }
    QString loadError() const { return m_loadError; }

private:
    void reload();
    void updateButtons();
    void submit();
    void continueToProfiles();

    std::unique_ptr<Ui::InvitationDialog> m_ui;
    Session& m_session;
    QString m_program;
    QString m_partnerId;
    InvitationView m_view;
    bool m_loaded = false;
    QString m_loadError;
    Outcome m_outcome = Outcome::Cancelled;
    QPushButton* m_submit;
    QPushButton* m_continue;
};

} // namespace incentives::gui
