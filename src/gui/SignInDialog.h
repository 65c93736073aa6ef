#pragma once

#include <QDialog>

#include <memory>

class QTimer;

namespace Ui {
class SignInDialog;
}

namespace incentives {
class Session;
}

namespace incentives::gui {

class CountWorker;
class PeopleModel;
struct Person;

// Lists the organization's users (name, email, roles) to sign in as. A large organization's are
// read off the window's thread: the dialog opens at once and says they are coming.
class SignInDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInDialog)

public:
    explicit SignInDialog(Session& session, const QString& preselect, QWidget* parent = nullptr);
    ~SignInDialog() override;

    QString selectedEmail() const;
    // Unlocking a locked window: only this user may continue. The heading says whether the window
    // locked itself after inactivity or the user locked it.
    void lockTo(const QString& email, bool afterInactivity);
    // Signs the chosen user in; on a refusal the dialog stays open with the reason.
    void accept() override;
    PeopleModel* usersModel() const { return m_model; }

private:
    void load();
    void showPeople(const QList<Person>& people);
    void select(const QString& email); // that person, else the first listed
    void applyFilter();
    void updateButtons();

    std::unique_ptr<Ui::SignInDialog> m_ui;
    Session& m_session;
    PeopleModel* m_model;
    QTimer* m_filterTimer;
    QString m_preselect;
    QString m_filterHint;                  // the filter's placeholder once the people are in
    std::unique_ptr<CountWorker> m_worker; // reads a large organization's people
};

} // namespace incentives::gui
