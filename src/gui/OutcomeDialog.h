#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace incentives {
class Session;
}

namespace incentives::gui {

// The location's Incentives admin records Microsoft's validation outcome of an enrollment in
// Validating, as Partner Center reported it: approved, or rejected with the reason it gave.
class OutcomeDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutcomeDialog)

public:
    OutcomeDialog(Session& session, const QString& program, const QString& partnerId,
                  QWidget* parent = nullptr);
    ~OutcomeDialog() override;
    void accept() override;

private:
    void update();

    Session& m_session;
    QString m_program;
    QString m_partnerId;
    QRadioButton* m_approved;
    QRadioButton* m_rejected;
    QLineEdit* m_reason;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace incentives::gui
