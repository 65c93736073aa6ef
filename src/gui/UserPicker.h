#pragma once

#include "gui/MatchPicker.h"

namespace incentives::gui {

// A user chosen by typing part of a name or email address (see MatchPicker). Empty means no user
// (for a filter: everyone).
class UserPicker : public MatchPicker
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserPicker)

public:
    explicit UserPicker(QWidget* parent = nullptr);
    ~UserPicker() override;

    // The chosen user's email address, empty when none is chosen.
    QString email() const { return chosenKey(); }
    // Chooses no user without telling userChosen.
    void reset();

Q_SIGNALS:
    // The user chose someone, or cleared the field (email empty).
    void userChosen(const QString& email);

protected:
    QList<Match> find(const QString& text, bool* more) override;
    QString moreText() const override;
    bool typedInFull(const QString& typed, const Match& match) const override;
    void chosen(const Match& match) override;
};

} // namespace incentives::gui
