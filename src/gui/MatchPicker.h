#pragma once

#include <QLineEdit>

class QCompleter;
class QStandardItemModel;

namespace incentives {
class Session;
}

namespace incentives::gui {

// Something chosen by typing part of its name: the matches, searched in the database as the user
// types (at most kMatches of them), drop down below the field, to choose with the arrow keys and
// Enter or with the mouse. It stays as quick with 100,000 entries as with ten, where a combo box
// would list them all. Empty means none chosen. Subclasses say what is searched and what a
// choice means (LocationPicker, UserPicker).
class MatchPicker : public QLineEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MatchPicker)

public:
    static constexpr int kMatches = 50;

    ~MatchPicker() override;

    // The session it searches; set once before use.
    void setSession(Session& session) { m_session = &session; }
    // The matches shown for what was typed last.
    QStandardItemModel* matches() const { return m_matches; }

protected:
    // One entry: its key (a PartnerID, an email address; empty: none), its id where it has one,
    // and the line the field and the list show for it.
    struct Match
    {
        QString key;
        qint64 id = 0;
        QString label;
    };

    // popupName and popupAccessibleName name the list of matches.
    MatchPicker(const QString& popupName, const QString& popupAccessibleName, QWidget* parent);

    Session* session() const { return m_session; }
    // The database's matches for text, at most kMatches; more: whether others match too.
    virtual QList<Match> find(const QString& text, bool* more) = 0;
    // The list's last line when others match too.
    virtual QString moreText() const = 0;
    // Whether Enter on typed text takes this match without it being picked from the list.
    virtual bool typedInFull(const QString& typed, const Match& match) const = 0;
    // A match was chosen (key empty: the field cleared); the field shows its label already.
    virtual void chosen(const Match& match) = 0;
    // Shows a match as chosen without calling chosen() (empty: none).
    void showChosen(const Match& match);
    // The key of the match chosen last.
    QString chosenKey() const { return m_key; }

private:
    void search(const QString& text);
    void choose(const Match& match);
    void chooseTyped();
    Match matchAt(int row) const;

    Session* m_session = nullptr;
    QStandardItemModel* m_matches;
    QCompleter* m_completer;
    QString m_key;
    QString m_label;
};

} // namespace incentives::gui
