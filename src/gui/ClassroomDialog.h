#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTimer;

namespace incentives {
class Session;
}

namespace incentives::gui {

// The trainer's dashboard of a class on a shared PostgreSQL database (Presenter tools): every
// trainee's sandbox with the guided scenario they are in, the step they are on, the steps done and
// the time spent, refreshed live; the reset of the selected trainee's sandbox, and new sandboxes
// for more trainees. The ClassroomService decides; the dialog only shows.
class ClassroomDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClassroomDialog)

public:
    explicit ClassroomDialog(Session& session, QWidget* parent = nullptr);
    ~ClassroomDialog() override;

    // Reads every trainee's progress again.
    void refresh();
    QString lastMessage() const;

    // Seconds as the dashboard shows them ("1 h 02 min", "4 min 05 s", "12 s").
    static QString duration(qint64 seconds);

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void resetSelected();
    void createSandboxes();
    void chooseTemplate();
    void updateButtons();
    void report(const QString& message);

    Session& m_session;
    QTableWidget* m_table;
    QPushButton* m_refreshButton;
    QPushButton* m_resetButton;
    QLineEdit* m_traineesEdit;
    QLineEdit* m_templateEdit;
    QPushButton* m_browseButton;
    QPushButton* m_createButton;
    QLabel* m_messageLabel;
    QTimer* m_timer;
};

} // namespace incentives::gui
