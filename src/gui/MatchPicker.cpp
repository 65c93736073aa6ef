#include "gui/MatchPicker.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QStandardItemModel>

namespace incentives::gui {
namespace {

enum Roles
{
    KeyRole = Qt::UserRole + 1,
    IdRole
};

} // namespace

MatchPicker::MatchPicker(const QString& popupName, const QString& popupAccessibleName, QWidget* parent)
    : QLineEdit(parent), m_matches(new QStandardItemModel(this)), m_completer(new QCompleter(this))
{
    setClearButtonEnabled(true);
    m_completer->setModel(m_matches);
    // The model holds the database's matches already: the completer shows them as they are.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setMaxVisibleItems(12);
    m_completer->popup()->setObjectName(popupName);
    m_completer->popup()->setAccessibleName(popupAccessibleName);
    setCompleter(m_completer);
    connect(this, &QLineEdit::textEdited, this, &MatchPicker::search);
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            [this](const QModelIndex& index) { choose(matchAt(index.row())); });
    connect(this, &QLineEdit::returnPressed, this, &MatchPicker::chooseTyped);
    connect(this, &QLineEdit::editingFinished, this, [this] {
        // Leaving the field with a half-typed text keeps what was chosen before.
        if (!m_completer->popup()->isVisible() && text() != m_label && !text().isEmpty())
            setText(m_label);
    });
}

MatchPicker::~MatchPicker() = default;

MatchPicker::Match MatchPicker::matchAt(int row) const
{
    const QStandardItem* item = m_matches->item(row);
    if (!item)
        return {};
    return {item->data(KeyRole).toString(), item->data(IdRole).toLongLong(), item->text()};
}

void MatchPicker::search(const QString& text)
{
    if (text.trimmed().isEmpty()) {
        m_matches->clear();
        if (!m_key.isEmpty())
            choose({});
        return;
    }
    if (!m_session)
        return;
    m_matches->clear();
    bool more = false;
    for (const Match& match : find(text, &more)) {
        auto* item = new QStandardItem(match.label);
        item->setData(match.key, KeyRole);
        item->setData(match.id, IdRole);
        m_matches->appendRow(item);
    }
    if (more) {
        auto* item = new QStandardItem(moreText());
        item->setFlags(Qt::NoItemFlags);
        m_matches->appendRow(item);
    }
    if (m_matches->rowCount() > 0)
        m_completer->complete();
    else
        m_completer->popup()->hide();
}

void MatchPicker::chooseTyped()
{
    if (text().trimmed().isEmpty() || text() == m_label)
        return;
    // Enter without choosing from the list: the only match, or one typed in full.
    const QString typed = text().trimmed();
    for (int r = 0; r < m_matches->rowCount(); ++r) {
        const Match match = matchAt(r);
        if (!match.key.isEmpty() && (typedInFull(typed, match) || m_matches->rowCount() == 1)) {
            choose(match);
            m_completer->popup()->hide();
            return;
        }
    }
}

void MatchPicker::showChosen(const Match& match)
{
    m_key = match.key;
    m_label = match.label;
    setText(match.label);
}

void MatchPicker::choose(const Match& match)
{
    m_key = match.key;
    m_label = match.label;
    if (text() != match.label)
        setText(match.label);
    chosen(match);
}

} // namespace incentives::gui
