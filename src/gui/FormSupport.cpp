#include "gui/FormSupport.h"

#include "core/Validators.h"
#include "gui/MessageBoxes.h"
#include "gui/StatusStyle.h"

#include <QAbstractItemView>
#include <QBoxLayout>
#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>
#include <QMetaEnum>
#include <QPushButton>
#include <QRegularExpression>

#include <algorithm>

namespace incentives::gui {

namespace {

// Picks the country typed into a country combo box when Enter is pressed in it, and keeps that
// Enter from the dialog's default button.
class CountryEnter : public QObject
{
public:
    explicit CountryEnter(QComboBox* combo) : QObject(combo), m_combo(combo)
    {
        setObjectName(QStringLiteral("countryEnter"));
        combo->installEventFilter(this);
        if (combo->lineEdit())
            connect(combo->lineEdit(), &QLineEdit::returnPressed, this, &CountryEnter::pick);
    }

    void pick()
    {
        const QString typed = m_combo->currentText();
        const QString code = resolveCountry(m_combo, typed);
        const int index = code.isEmpty() ? -1 : m_combo->findData(code);
        if (index >= 0 &&
            (index != m_combo->currentIndex() || m_combo->currentText() != m_combo->itemText(index))) {
            m_combo->setCurrentIndex(index);
            m_combo->setEditText(m_combo->itemText(index));
        }
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == m_combo && event->type() == QEvent::KeyPress) {
            const auto* key = static_cast<QKeyEvent*>(event);
            if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
                if (QCompleter* completer = m_combo->completer(); completer && completer->popup())
                    completer->popup()->hide();
                pick();
                return true;
            }
        }
        return false;
    }

private:
    QComboBox* m_combo;
};

QString plain(const QString& text)
{
    // Case and accents do not matter: "cote d'ivoire" finds "Côte d’Ivoire".
    QString out;
    for (QChar c : text.normalized(QString::NormalizationForm_D))
        if (c.category() != QChar::Mark_NonSpacing)
            out += c == u'\u2019' ? QChar(u'\'') : c.toCaseFolded();
    return out.simplified();
}

} // namespace

void fillCountries(QComboBox* combo)
{
    struct Entry
    {
        QString name;
        QString code;
        QString native;
    };
    QList<Entry> entries;
    for (int t = 1; t <= int(QLocale::LastTerritory); ++t) {
        const auto territory = QLocale::Territory(t);
        const QString code = QLocale::territoryToCode(territory);
        if (code.size() != 2 || !validators::countryCode(code).valid())
            continue;
        // QLocale falls back to the default locale for a territory it has no data for: that
        // locale's name is not this country's.
        const QLocale own(QLocale::AnyLanguage, territory);
        entries.append({QLocale::territoryToString(territory), code,
                        own.territory() == territory ? own.nativeTerritoryName() : QString()});
    }
    std::sort(entries.begin(), entries.end(),
              [](const Entry& a, const Entry& b) { return QString::localeAwareCompare(a.name, b.name) < 0; });
    combo->clear();
    combo->setInsertPolicy(QComboBox::NoInsert);
    for (const Entry& e : entries) {
        combo->addItem(QStringLiteral("%1 (%2)").arg(e.name, e.code), e.code);
        combo->setItemData(combo->count() - 1, e.native, Qt::UserRole + 1);
    }
    auto* completer = new QCompleter(combo->model(), combo);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    combo->setCompleter(completer);
    combo->setCurrentIndex(-1);
    if (!combo->findChild<QObject*>(QStringLiteral("countryEnter"), Qt::FindDirectChildrenOnly))
        new CountryEnter(combo);
}

QString resolveCountry(const QComboBox* combo, const QString& typed)
{
    const QString wanted = plain(typed);
    if (wanted.isEmpty())
        return {};
    QStringList partial;
    for (int i = 0; i < combo->count(); ++i) {
        const QString code = combo->itemData(i).toString();
        const QString shown = plain(combo->itemText(i));
        const QString name = plain(combo->itemText(i).section(QStringLiteral(" ("), 0, 0));
        const QString native = plain(combo->itemData(i, Qt::UserRole + 1).toString());
        if (wanted == shown || wanted == name || wanted == plain(code) ||
            (!native.isEmpty() && wanted == native))
            return code;
        if (shown.contains(wanted) || (!native.isEmpty() && native.contains(wanted)))
            partial.append(code);
    }
    return partial.size() == 1 ? partial.first() : QString();
}

QString countryOf(const QComboBox* combo)
{
    const int index = combo->findText(combo->currentText());
    if (index >= 0)
        return combo->itemData(index).toString();
    if (const QString code = resolveCountry(combo, combo->currentText()); !code.isEmpty())
        return code;
    return combo->currentText().trimmed().toUpper();
}

QString countryProblem(const QComboBox* combo)
{
    const QString typed = combo->currentText().trimmed();
    if (typed.isEmpty() || combo->findText(typed) >= 0 || !resolveCountry(combo, typed).isEmpty())
        return {};
    return QCoreApplication::translate("FormSupport",
                                       "No country is called “%1”: type more of its name, or choose it "
                                       "from the list.")
        .arg(typed.left(40));
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
    if (label)
        label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_fields.append({field, label, input, input ? input->accessibleDescription() : QString()});
}

bool FieldErrors::show(const QList<rules::Problem>& problems)
{
    m_messages.clear();
    for (const auto& problem : problems)
        if (!m_messages.contains(problem.field))
            m_messages.insert(problem.field, problem.message);
    for (const Field& f : std::as_const(m_fields)) {
        if (!f.label)
            continue;
        const QString message = m_messages.value(f.name);
        const bool visible = !message.isEmpty() && (m_showAll || m_touched.contains(f.name));
        f.label->setText(visible ? QStringLiteral("⚠ ") + message : QString());
        f.label->setVisible(visible);
        styleAsError(f.label);
        if (f.input) {
            const QString& own = f.description;
            f.input->setAccessibleDescription(!visible        ? own
                                              : own.isEmpty() ? f.label->text()
                                                              : own + QLatin1Char(' ') + f.label->text());
        }
    }
    if (m_missingLine) {
        const QStringList missing = missingFields();
        m_missingLine->setText(
            missing.isEmpty() ? QString()
                              : QCoreApplication::translate("FormSupport", "Still needed: %1")
                                    .arg(missing.join(QCoreApplication::translate("FormSupport", ", "))));
        m_missingLine->setVisible(!missing.isEmpty());
    }
    return problems.isEmpty();
}

QString FieldErrors::messageFor(const QString& field) const
{
    return m_messages.value(field);
}

QStringList FieldErrors::missingFields() const
{
    QStringList names;
    for (const Field& f : m_fields) {
        if (!m_messages.contains(f.name) || !f.input || f.input->isHidden())
            continue;
        // The field's name is the text of the label the form gives it.
        QString name;
        const auto labels = f.input->window()->findChildren<QLabel*>();
        for (const QLabel* l : labels)
            if (l->buddy() == f.input) {
                name = l->text();
                break;
            }
        name.remove(QRegularExpression(QStringLiteral("&(?!&)")));
        name = name.trimmed();
        while (name.endsWith(u':') || name.endsWith(u'\uFF1A'))
            name.chop(1);
        if (name.isEmpty())
            name = f.input->accessibleName();
        if (!name.isEmpty() && !names.contains(name))
            names.append(name.trimmed());
    }
    return names;
}

QLabel* addMissingLine(QDialogButtonBox* buttons)
{
    auto* line = new QLabel(buttons->parentWidget());
    line->setObjectName(QStringLiteral("missingLabel"));
    line->setAccessibleName(QCoreApplication::translate("FormSupport", "Fields still needed"));
    line->setWordWrap(true);
    line->setTextFormat(Qt::PlainText);
    line->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    line->setVisible(false);
    auto* layout = qobject_cast<QBoxLayout*>(buttons->parentWidget()->layout());
    const int index = layout ? layout->indexOf(buttons) : -1;
    if (index < 0) // not in a box layout: the line goes last
        return line;
    layout->removeWidget(buttons);
    auto* row = new QHBoxLayout;
    row->setObjectName(QStringLiteral("saveRow"));
    row->addWidget(line, 1);
    row->addWidget(buttons);
    layout->insertLayout(index, row);
    return line;
}

QStringList FormSnapshot::valuesOf(const QWidget* form)
{
    QStringList values;
    for (const QLineEdit* e : form->findChildren<QLineEdit*>())
        if (!qobject_cast<const QComboBox*>(e->parentWidget()) && !e->isReadOnly())
            values.append(e->objectName() + QLatin1Char('=') + e->text());
    for (const QComboBox* c : form->findChildren<QComboBox*>())
        values.append(c->objectName() + QLatin1Char('=') + c->currentText());
    for (const QAbstractButton* b : form->findChildren<QAbstractButton*>())
        if (b->isCheckable())
            values.append(b->objectName() + QLatin1Char('=') +
                          (b->isChecked() ? QStringLiteral("1") : QStringLiteral("0")));
    for (const QDateTimeEdit* d : form->findChildren<QDateTimeEdit*>())
        values.append(d->objectName() + QLatin1Char('=') + d->dateTime().toString(Qt::ISODate));
    return values;
}

void FormSnapshot::take(const QWidget* form)
{
    m_values = valuesOf(form);
}

bool FormSnapshot::differs(const QWidget* form) const
{
    return valuesOf(form) != m_values;
}

bool confirmDiscard(QWidget* parent)
{
    return MessageBoxes::confirm(parent, QCoreApplication::translate("FormSupport", "Discard changes"),
                                 QCoreApplication::translate("FormSupport", "Discard your changes?"),
                                 QCoreApplication::translate("FormSupport", "&Discard"),
                                 QCoreApplication::translate("FormSupport", "&Keep editing"));
}

} // namespace incentives::gui
