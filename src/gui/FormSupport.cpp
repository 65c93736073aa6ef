#include "gui/FormSupport.h"

#include "core/Validators.h"
#include "gui/StatusStyle.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLocale>
#include <QMetaEnum>
#include <QPushButton>

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

namespace {

const QString kPaletteFollower = QStringLiteral("paletteFollower");

// Re-tints its widget after every palette change; the change it makes itself is the last one,
// since the tint derives from roles it does not set.
class PaletteFollower : public QObject
{
public:
    PaletteFollower(QWidget* widget, std::function<void(QPalette&)> tint)
        : QObject(widget), m_widget(widget), m_tint(std::move(tint))
    {
        setObjectName(kPaletteFollower);
        widget->installEventFilter(this);
    }

    void setTint(std::function<void(QPalette&)> tint)
    {
        m_tint = std::move(tint);
        apply();
    }

    void apply()
    {
        if (m_applying)
            return;
        QPalette p = m_widget->palette();
        m_tint(p);
        if (p == m_widget->palette() && m_widget->testAttribute(Qt::WA_SetPalette))
            return;
        m_applying = true;
        m_widget->setPalette(p);
        m_applying = false;
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == m_widget && event->type() == QEvent::PaletteChange)
            apply();
        return false;
    }

private:
    QWidget* m_widget;
    std::function<void(QPalette&)> m_tint;
    bool m_applying = false;
};

class WrappedHeight : public QObject
{
public:
    explicit WrappedHeight(QLabel* label) : QObject(label), m_label(label)
    {
        setObjectName(QStringLiteral("wrappedHeight"));
        label->installEventFilter(this);
    }

    void update()
    {
        const int height = m_label->heightForWidth(m_label->width());
        if (height > 0 && height != m_label->minimumHeight())
            m_label->setMinimumHeight(height);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == m_label && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
            update();
        return false;
    }

private:
    QLabel* m_label;
};

PaletteFollower* followerOf(QWidget* widget)
{
    return static_cast<PaletteFollower*>(
        widget->findChild<QObject*>(kPaletteFollower, Qt::FindDirectChildrenOnly));
}

} // namespace

void followPalette(QWidget* widget, const std::function<void(QPalette&)>& tint)
{
    if (PaletteFollower* follower = followerOf(widget))
        follower->setTint(tint);
    else
        (new PaletteFollower(widget, tint))->apply();
}

void stopFollowingPalette(QWidget* widget)
{
    delete followerOf(widget);
    widget->setPalette(QPalette()); // inherit every role again
}

void styleAsError(QLabel* label, bool error)
{
    if (!error) {
        stopFollowingPalette(label);
        return;
    }
    followPalette(label, [](QPalette& p) { p.setColor(QPalette::WindowText, errorColor(p)); });
}

void reserveWrappedHeight(QLabel* label)
{
    auto* keeper = static_cast<WrappedHeight*>(
        label->findChild<QObject*>(QStringLiteral("wrappedHeight"), Qt::FindDirectChildrenOnly));
    if (!keeper) {
        label->setWordWrap(true);
        label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
        keeper = new WrappedHeight(label);
    }
    keeper->update();
}

void nameDialogButtons(QWidget* dialog)
{
    const QMetaEnum roles = QMetaEnum::fromType<QDialogButtonBox::StandardButtons>();
    const auto boxes = dialog->findChildren<QDialogButtonBox*>();
    for (QDialogButtonBox* box : boxes) {
        if (box->objectName().isEmpty())
            box->setObjectName(QStringLiteral("buttons"));
        const auto buttons = box->buttons();
        for (QAbstractButton* button : buttons) {
            if (!button->objectName().isEmpty())
                continue;
            const char* key = roles.valueToKey(box->standardButton(button));
            if (!key)
                continue;
            QString name = QString::fromLatin1(key);
            name[0] = name.at(0).toLower();
            button->setObjectName(name + QStringLiteral("Button"));
        }
    }
}

void FieldErrors::add(const QString& field, QLabel* label, QWidget* input)
{
    label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_labels.insert(field, label);
    if (input) {
        m_inputs.insert(field, input);
        m_descriptions.insert(field, input->accessibleDescription());
    }
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
        if (QWidget* input = m_inputs.value(it.key())) {
            const QString own = m_descriptions.value(it.key());
            input->setAccessibleDescription(!visible        ? own
                                            : own.isEmpty() ? it.value()->text()
                                                            : own + QLatin1Char(' ') + it.value()->text());
        }
    }
    return problems.isEmpty();
}

QString FieldErrors::messageFor(const QString& field) const
{
    return m_messages.value(field);
}

} // namespace incentives::gui
