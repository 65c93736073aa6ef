#include "gui/LocationPicker.h"

#include "services/Session.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QStandardItemModel>

namespace incentives::gui {
namespace {

enum Roles
{
    PartnerIdRole = Qt::UserRole + 1,
    IdRole
};

QString labelOf(const Location& l)
{
    return QStringLiteral("%1 — %2").arg(l.partnerId, l.name);
}

} // namespace

LocationPicker::LocationPicker(QWidget* parent)
    : QLineEdit(parent), m_matches(new QStandardItemModel(this)), m_completer(new QCompleter(this))
{
    setClearButtonEnabled(true);
    setPlaceholderText(tr("All locations — type a PartnerID or a name"));
    m_completer->setModel(m_matches);
    // The model holds the database's matches already: the completer shows them as they are.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setMaxVisibleItems(12);
    m_completer->popup()->setObjectName(QStringLiteral("locationMatches"));
    m_completer->popup()->setAccessibleName(tr("Matching locations"));
    setCompleter(m_completer);
    connect(this, &QLineEdit::textEdited, this, &LocationPicker::search);
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            [this](const QModelIndex& index) {
                choose(index.data(PartnerIdRole).toString(), index.data(IdRole).toLongLong(),
                       index.data(Qt::DisplayRole).toString());
            });
    connect(this, &QLineEdit::returnPressed, this, &LocationPicker::chooseTyped);
    connect(this, &QLineEdit::editingFinished, this, [this] {
        // Leaving the field with a half-typed text keeps the location chosen before.
        if (!m_completer->popup()->isVisible() && text() != m_label && !text().isEmpty())
            setText(m_label);
    });
}

LocationPicker::~LocationPicker() = default;

void LocationPicker::setSession(Session& session)
{
    m_session = &session;
}

void LocationPicker::search(const QString& text)
{
    if (text.trimmed().isEmpty()) {
        m_matches->clear();
        if (!m_partnerId.isEmpty())
            choose({}, 0, {});
        return;
    }
    if (!m_session)
        return;
    DirectorySearch find;
    find.text = text;
    find.limit = kMatches;
    m_matches->clear();
    auto page = m_session->directory().findLocations(m_session->actor(), find);
    if (!page)
        return;
    for (const LocationView& v : page->locations) {
        auto* item = new QStandardItem(labelOf(v.location));
        item->setData(v.location.partnerId, PartnerIdRole);
        item->setData(v.location.id, IdRole);
        m_matches->appendRow(item);
    }
    if (page->more) {
        auto* more = new QStandardItem(tr("More locations match: type more of the name or PartnerID"));
        more->setFlags(Qt::NoItemFlags);
        m_matches->appendRow(more);
    }
    if (m_matches->rowCount() > 0)
        m_completer->complete();
    else
        m_completer->popup()->hide();
}

void LocationPicker::chooseTyped()
{
    if (text().trimmed().isEmpty() || text() == m_label)
        return;
    // Enter without choosing from the list: the only match, or the PartnerID typed in full.
    const QString typed = text().trimmed();
    for (int r = 0; r < m_matches->rowCount(); ++r) {
        const QStandardItem* item = m_matches->item(r);
        const QString id = item->data(PartnerIdRole).toString();
        if (!id.isEmpty() && (id == typed || (m_matches->rowCount() == 1))) {
            choose(id, item->data(IdRole).toLongLong(), item->text());
            m_completer->popup()->hide();
            return;
        }
    }
}

bool LocationPicker::setPartnerId(const QString& partnerId)
{
    if (partnerId.isEmpty() || !m_session) {
        m_partnerId.clear();
        m_locationId = 0;
        m_label.clear();
        setText({});
        return partnerId.isEmpty();
    }
    auto v = m_session->directory().location(m_session->actor(), partnerId);
    if (!v)
        return false;
    m_partnerId = v->location.partnerId;
    m_locationId = v->location.id;
    m_label = labelOf(v->location);
    setText(m_label);
    return true;
}

void LocationPicker::choose(const QString& partnerId, qint64 id, const QString& label)
{
    m_partnerId = partnerId;
    m_locationId = id;
    m_label = label;
    if (text() != label)
        setText(label);
    Q_EMIT locationChosen(partnerId);
}

} // namespace incentives::gui
