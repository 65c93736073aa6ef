#include "gui/UserPicker.h"

#include "services/Session.h"

#include <QStandardItemModel>

namespace incentives::gui {
namespace {

QString labelOf(const User& u)
{
    return QStringLiteral("%1 <%2>").arg(u.name, u.email);
}

} // namespace

UserPicker::UserPicker(QWidget* parent)
    : MatchPicker(QStringLiteral("userMatches"), tr("Matching users"), parent)
{
    setPlaceholderText(tr("Everyone — type a name or email address"));
}

UserPicker::~UserPicker() = default;

void UserPicker::reset()
{
    matches()->clear();
    showChosen({});
}

QList<MatchPicker::Match> UserPicker::find(const QString& text, bool* more)
{
    DirectorySearch search;
    search.text = text;
    search.limit = kMatches;
    auto page = session()->directory().findUsers(session()->actor(), search);
    if (!page)
        return {};
    QList<Match> found;
    for (const UserView& v : page->users)
        found.append({v.user.email, v.user.id, labelOf(v.user)});
    *more = page->more;
    return found;
}

QString UserPicker::moreText() const
{
    return tr("More users match: type more of the name or email address");
}

bool UserPicker::typedInFull(const QString& typed, const Match& match) const
{
    return match.key.compare(typed, Qt::CaseInsensitive) == 0;
}

void UserPicker::chosen(const Match& match)
{
    Q_EMIT userChosen(match.key);
}

} // namespace incentives::gui
