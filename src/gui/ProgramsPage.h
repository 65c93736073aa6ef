#pragma once

#include <QDialog>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace incentives {
class Session;
}

namespace incentives::gui {

// Every incentive program with its state, and the guide of the one selected. Account admins
// record the programs Partner Center shows (Record program…).
class ProgramsPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgramsPage)

public:
    explicit ProgramsPage(Session& session, QWidget* parent = nullptr);
    ~ProgramsPage() override;

    void reload();
    bool selectProgram(const QString& name);
    QString selectedProgram() const;
    QTableWidget* table() const { return m_table; }
    void recordProgram();    // opens the modal dialog
    void recordInvitation(); // for the selected program: asks for the location

Q_SIGNALS:
    void programsChanged();

private:
    void showGuide();

    Session& m_session;
    QTableWidget* m_table;
    QTextBrowser* m_guide;
    QPushButton* m_record;
    QPushButton* m_invite;
    bool m_mayInvite = false;
    QLabel* m_note;
};

// Records a program as Partner Center shows it: name, payout currencies, payment methods,
// eligibility criteria (or open to all) and its state.
class RecordProgramDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordProgramDialog)

public:
    explicit RecordProgramDialog(Session& session, QWidget* parent = nullptr);
    ~RecordProgramDialog() override;
    QString programName() const;
    void accept() override;

private:
    Session& m_session;
    QLineEdit* m_name;
    QLineEdit* m_currencies;
    QCheckBox* m_openToAll;
    QLineEdit* m_criteria;
    QCheckBox* m_creditNote;
    QComboBox* m_state;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace incentives::gui
