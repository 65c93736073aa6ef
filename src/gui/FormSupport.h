#pragma once

#include "core/EnrollmentRules.h"

#include <QHash>
#include <QLabel>
#include <QSet>

class QComboBox;

namespace incentives::gui {

// Every ISO country QLocale knows, as "Germany (DE)" with the code as item data; the combo box is
// searchable by any part of the name or code.
void fillCountries(QComboBox* combo);
QString countryOf(const QComboBox* combo); // the chosen code, or what was typed
void selectCountry(QComboBox* combo, const QString& code);

// Shows each field's problem in the label beside it, for the fields the user has touched (and all
// of them once showAll is set). Returns whether there is no problem at all.
class FieldErrors
{
public:
    void add(const QString& field, QLabel* label)
    {
        label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        m_labels.insert(field, label);
    }
    void touch(const QString& field) { m_touched.insert(field); }
    void showAll() { m_showAll = true; }
    bool show(const QList<rules::Problem>& problems);
    QString messageFor(const QString& field) const;

private:
    QHash<QString, QLabel*> m_labels;
    QSet<QString> m_touched;
    QHash<QString, QString> m_messages;
    bool m_showAll = false;
};

// The look of an inline error: a warning sign and the text in the palette's error colour.
void styleAsError(QLabel* label);

} // namespace incentives::gui
