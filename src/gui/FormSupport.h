#pragma once

#include "core/EnrollmentRules.h"

#include <QHash>
#include <QLabel>
#include <QSet>

#include <functional>

class QComboBox;
class QDialogButtonBox;

namespace incentives::gui {

// Every ISO country QLocale knows, as "Germany (DE)" with the code as item data; the combo box is
// searchable by any part of the name or code, and Enter picks the country typed: its name as
// shown, its own name ("Deutschland"), its code, or a part of the name only one country has. What
// Enter picks never also presses the dialog's default button.
void fillCountries(QComboBox* combo);
QString countryOf(const QComboBox* combo); // the chosen code, or what was typed
void selectCountry(QComboBox* combo, const QString& code);
// The code of the country typed text names, or empty when it names none or several.
QString resolveCountry(const QComboBox* combo, const QString& typed);
// What is wrong with the text typed into a country combo box (no country has that name), or empty.
QString countryProblem(const QComboBox* combo);

// Shows each field's problem in the label beside it, for the fields the user has touched (and all
// of them once showAll is set). Returns whether there is no problem at all. The problem is also
// the accessible description of the input, so that a screen reader says it with the field.
// With a missing line, it also names every field that still has a problem (touched or not) by
// its label in the form: "Still needed: IBAN, BIC".
class FieldErrors
{
public:
    // label may be null for a field whose problems show only in the missing line.
    void add(const QString& field, QLabel* label, QWidget* input = nullptr);
    void touch(const QString& field) { m_touched.insert(field); }
    void showAll() { m_showAll = true; }
    void setMissingLine(QLabel* line) { m_missingLine = line; }
    bool show(const QList<rules::Problem>& problems);
    QString messageFor(const QString& field) const;
    // The labels of the fields with a problem, in the order of the form.
    QStringList missingFields() const;

private:
    struct Field
    {
        QString name;
        QLabel* label = nullptr;
        QWidget* input = nullptr;
        QString description; // the input's own description
    };
    QList<Field> m_fields;
    QSet<QString> m_touched;
    QHash<QString, QString> m_messages;
    QLabel* m_missingLine = nullptr;
    bool m_showAll = false;
};

// A label beside the dialog's buttons, for FieldErrors::setMissingLine.
QLabel* addMissingLine(QDialogButtonBox* buttons);

// What the inputs of a form hold, to tell whether the user changed anything since.
class FormSnapshot
{
public:
    void take(const QWidget* form);
    bool differs(const QWidget* form) const;

private:
    static QStringList valuesOf(const QWidget* form);
    QStringList m_values;
};

// Asks "Discard your changes?" (Discard / Keep editing); true: discard.
bool confirmDiscard(QWidget* parent);

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
