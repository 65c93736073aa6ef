#include "gui/LocationPicker.h"

#include "services/Session.h"

namespace incentives::gui {
namespace {

QString labelOf(const Location& l)
{
    return QStringLiteral("%1 — %2").arg(l.partnerId, l.name);
}

} // namespace

LocationPicker::LocationPicker(QWidget* parent)
    : MatchPicker(QStringLiteral("locationMatches"), tr("Matching locations"), parent)
{
    setPlaceholderText(tr("All locations — type a PartnerID or a name"));
}

LocationPicker::~LocationPicker() = default;

QList<MatchPicker::Match> LocationPicker::find(const QString& text, bool* more)
{
    DirectorySearch search;
    search.text = text;
    search.limit = kMatches;
    auto page = session()->directory().findLocations(session()->actor(), search);
    if (!page)
        return {};
    QList<Match> found;
    for (const LocationView& v : page->locations)
        found.append({v.location.partnerId, v.location.id, labelOf(v.location)});
    *more = page->more;
    return found;
}

QString LocationPicker::moreText() const
{
    return tr("More locations match: type more of the name or PartnerID");
}

bool LocationPicker::typedInFull(const QString& typed, const Match& match) const
{
    return match.key == typed;
}

void LocationPicker::chosen(const Match& match)
{
    m_locationId = match.id;
    Q_EMIT locationChosen(match.key);
}

bool LocationPicker::setPartnerId(const QString& partnerId)
{
    if (partnerId.isEmpty() || !session()) {
        m_locationId = 0;
        showChosen({});
        return partnerId.isEmpty();
    }
    auto v = session()->directory().location(session()->actor(), partnerId);
    if (!v)
        return false;
    m_locationId = v->location.id;
    showChosen({v->location.partnerId, v->location.id, labelOf(v->location)});
    return true;
}

} // namespace incentives::gui
