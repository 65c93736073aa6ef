#pragma once

#include "core/EnrollmentRules.h"

#include <QHash>
#include <QLabel>
#include <QSet>

#include <functional>

class QComboBox;

namespace incentives::gui {

// Every ISO country QLocale knows, as "Germany (DE)" with the code as item data; the combo box is
// searchable by any part of the name or code.
void fillCountries(QComboBox* combo);
QString countryOf(const QComboBox* combo); // the chosen code, or what was typed
void selectCountry(QComboBox* combo, const QString& code);

// Shows each field's problem in the label beside it, for the fields the user has touched (and all
// of them once showAll is set). Returns whether there is no problem at all. The problem is also
// the accessible description of the input, so that a screen reader says it with the field.
class FieldErrors
{
public:
    void add(const QString& field, QLabel* label, QWidget* input = nullptr);
    void touch(const QString& field) { m_touched.insert(field); }
    void showAll() { m_showAll = true; }
    bool show(const QList<rules::Problem>& problems);
    QString messageFor(const QString& field) const;

private:
    QHash<QString, QLabel*> m_labels;
    QHash<QString, QWidget*> m_inputs;
    QHash<QString, QString> m_descriptions; // the inputs' own descriptions
    QSet<QString> m_touched;
    QHash<QString, QString> m_messages;
    bool m_showAll = false;
};

// The look of an inline error: the text (which starts with a warning sign) in an error colour
// that reads on the palette, kept so when the palette changes; error false gives the label its
// ordinary look back.
void styleAsError(QLabel* label, bool error = true);

// Applies tint to the widget's palette now and whenever the palette it inherits changes (a dark
// or high-contrast theme), for colours derived from other palette roles.
void followPalette(QWidget* widget, const std::function<void(QPalette&)>& tint);
void stopFollowingPalette(QWidget* widget);

// Keeps a word-wrapped label as tall as its text needs at its width, where the layout around it
// does not ask (a dock widget's does not): the text wraps instead of being cut off. Call it again
// after changing the text.
void reserveWrappedHeight(QLabel* label);

// Gives the buttons of every button box in dialog an object name from their standard role
// ("cancelButton", "closeButton", ...) where they have none, for tests and assistive technology.
void nameDialogButtons(QWidget* dialog);

} // namespace incentives::gui
