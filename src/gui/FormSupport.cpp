#include "gui/FormSupport.h"

#include "core/Validators.h"
#include "gui/StatusStyle.h"

#include <QComboBox>
#include <QCompleter>
#include <QLocale>

#include <algorithm>

namespace incentives::gui {

void fillCountries(QComboBox* combo)
{
    struct Entry
    {
        QString name;
        QString code;
    };
    QList<Entry> entries;
    for (int t = 1; t <= int(QLocale::LastTerritory); ++t) {
        const auto territory = QLocale::Territory(t);
        const QString code = QLocale::territoryToCode(territory);
        if (code.size() != 2 || !validators::countryCode(code).valid())
            continue;
        entries.append({QLocale::territoryToString(territory), code});
    }
    std::sort(entries.begin(), entries.end(),
              [](const Entry& a, const Entry& b) { return QString::localeAwareCompare(a.name, b.name) < 0; });
    combo->clear();
    for (const Entry& e : entries)
        combo->addItem(QStringLiteral("%1 (%2)").arg(e.name, e.code), e.code);
    auto* completer = new QCompleter(combo->model(), combo);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    combo->setCompleter(completer);
    combo->setCurrentIndex(-1);
}

QString countryOf(const QComboBox* combo)
{
    const int index = combo->findText(combo->currentText());
    if (index >= 0)
        return combo->itemData(index).toString();
    return combo->currentText().trimmed().toUpper();
}

void selectCountry(QComboBox* combo, const QString& code)
{
    const int index = combo->findData(code);
    combo->setCurrentIndex(index);
    if (index < 0)
        combo->setEditText(code);
}

void styleAsError(QLabel* label)
{
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, statusColor(EnrollmentStatus::Ineligible, p));
    label->setPalette(p);
}

bool FieldErrors::show(const QList<rules::Problem>& problems)
{
    m_messages.clear();
    for (const auto& problem : problems)
        if (!m_messages.contains(problem.field))
            m_messages.insert(problem.field, problem.message);
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it) {
        const QString message = m_messages.value(it.key());
        const bool visible = !message.isEmpty() && (m_showAll || m_touched.contains(it.key()));
        it.value()->setText(visible ? QStringLiteral("⚠ ") + message : QString());
        it.value()->setVisible(visible);
        styleAsError(it.value());
    }
    return problems.isEmpty();
}

QString FieldErrors::messageFor(const QString& field) const
{
    return m_messages.value(field);
}

} // namespace incentives::gui
