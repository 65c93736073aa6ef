#pragma once

#include <QLineEdit>

class QCompleter;
class QStandardItemModel;

namespace incentives {
class Session;
}

namespace incentives::gui {

// A user chosen by typing part of a name or email address: the matches, searched in the database
// as the user types (at most kMatches of them), drop down below the field, to choose with the
// arrow keys and Enter or with the mouse. With thousands of users it stays as quick as with ten,
// where a combo box would list them all. Empty means no user (for a filter: everyone).
class UserPicker : public QLineEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserPicker)

public:
    static constexpr int kMatches = 50;

    explicit UserPicker(QWidget* parent = nullptr);
    ~UserPicker() override;

    // The session it searches; set once before use.
    void setSession(Session& session);
    // The chosen user's email address, empty when none is chosen.
    QString email() const { return m_email; }
    // Chooses no user without telling userChosen.
    void reset();
    // The matches shown for what was typed last.
    QStandardItemModel* matches() const { return m_matches; }

Q_SIGNALS:
    // The user chose someone, or cleared the field (email empty).
    void userChosen(const QString& email);

private:
    void search(const QString& text);
    void choose(const QString& email, const QString& label);
    void chooseTyped();

    Session* m_session = nullptr;
    QStandardItemModel* m_matches;
    QCompleter* m_completer;
    QString m_email;
    QString m_label;
};

} // namespace incentives::gui
