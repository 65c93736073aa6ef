#include "gui/PeopleModel.h"

#include <QCollator>
#include <QCollatorSortKey>
#include <QLocale>

#include <algorithm>
#include <vector>

namespace incentives::gui {

PeopleModel::PeopleModel(QObject* parent) : QAbstractTableModel(parent) {}

Person::Person(const QString& name, const QString& email, const QString& roles)
{
    // Ended by NUL, which no text typed or stored holds.
    const QString text = name + QChar() + email + QChar() + roles + QChar();
    // Encoding reserves room for three bytes a character: what is kept is made to fit.
    m_text = text.toUtf8();
    m_text.squeeze();
}

QString Person::part(int n) const
{
    qsizetype from = 0;
    for (int i = 0; i < n; ++i)
        from = m_text.indexOf('\0', from) + 1;
    const qsizetype to = m_text.indexOf('\0', from);
    return from <= 0 && n > 0 ? QString() : QString::fromUtf8(m_text.constData() + from, to - from);
}

bool Person::contains(const QByteArray& foldedText) const
{
    // Text in ASCII, as typed nearly always, is compared byte by byte with ASCII letters folded
    // (UTF-8 keeps every other character's bytes apart from ASCII); anything else folds this
    // person's text first.
    const bool ascii =
        std::all_of(foldedText.cbegin(), foldedText.cend(), [](char c) { return uchar(c) < 0x80; });
    if (!ascii)
        return QString::fromUtf8(m_text).toCaseFolded().contains(QString::fromUtf8(foldedText));
    const auto fold = [](char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; };
    return std::search(m_text.cbegin(), m_text.cend(), foldedText.cbegin(), foldedText.cend(),
                       [&fold](char a, char b) { return fold(a) == b; }) != m_text.cend();
}

bool Person::hasEmail(const QByteArray& email) const
{
    const qsizetype from = m_text.indexOf('\0') + 1;
    return from > 0 && m_text.size() > from + email.size() && m_text.at(from + email.size()) == '\0' &&
           QByteArrayView(m_text).sliced(from, email.size()) == email;
}

Result<QList<Person>> PeopleModel::arrange(DirectoryService directory)
{
    // The C locale compares code points whatever the options: English rules stand in for it.
    QCollator collator(QLocale().language() == QLocale::C ? QLocale(QLocale::English) : QLocale());
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    // Each name's sort key made once: tens of thousands of people sort in a blink. The addresses
    // settle the rare equal names.
    std::vector<QCollatorSortKey> keys;
    QList<Person> read;
    const QString noRole = tr("No incentives role");
    auto each = directory.forEachSignInChoice([&](const SignInChoice& c) {
        keys.push_back(collator.sortKey(c.name));
        read.append(Person(c.name, c.email, c.roles.isEmpty() ? noRole : c.roles.join(QStringLiteral(", "))));
    });
    if (!each)
        return each.error();
    std::vector<qsizetype> order(keys.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = qsizetype(i);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        const int byName = keys[size_t(a)].compare(keys[size_t(b)]);
        return byName != 0 ? byName < 0 : collator.compare(read.at(a).email(), read.at(b).email()) < 0;
    });
    keys.clear();
    QList<Person> out;
    out.reserve(read.size());
    for (qsizetype i : order)
        out.append(std::move(read[i]));
    return out;
}

void PeopleModel::setPeople(QList<Person> people)
{
    beginResetModel();
    m_people = std::move(people);
    refilter();
    endResetModel();
}

void PeopleModel::setFilter(const QString& text)
{
    const QByteArray folded = text.trimmed().toCaseFolded().toUtf8();
    if (folded == m_filter)
        return;
    // A longer text finds among those shown: typing narrows a list of thousands, key by key.
    const bool narrower = folded.contains(m_filter);
    beginResetModel();
    m_filter = folded;
    refilter(narrower);
    endResetModel();
}

void PeopleModel::restrictTo(const QString& email)
{
    beginResetModel();
    m_only = email.toUtf8();
    refilter();
    endResetModel();
}

void PeopleModel::refilter(bool amongShown)
{
    const auto shows = [this](const Person& p) {
        return (m_only.isEmpty() || p.hasEmail(m_only)) && (m_filter.isEmpty() || p.contains(m_filter));
    };
    if (amongShown) {
        m_shown.removeIf([&](qsizetype i) { return !shows(m_people.at(i)); });
        return;
    }
    m_shown.clear();
    for (qsizetype i = 0; i < m_people.size(); ++i)
        if (shows(m_people.at(i)))
            m_shown.append(i);
}

int PeopleModel::rowOf(const QString& email) const
{
    const QByteArray wanted = email.toUtf8();
    for (qsizetype r = 0; r < m_shown.size(); ++r)
        if (m_people.at(m_shown.at(r)).hasEmail(wanted))
            return int(r);
    return -1;
}

QString PeopleModel::emailAt(int row) const
{
    return row >= 0 && row < m_shown.size() ? m_people.at(m_shown.at(row)).email() : QString();
}

int PeopleModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int PeopleModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PeopleModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_shown.size())
        return {};
    const Person& p = m_people.at(m_shown.at(index.row()));
    if (role == EmailRole)
        return p.email();
    if (role != Qt::DisplayRole && !(role == Qt::ToolTipRole && index.column() == RolesColumn))
        return {};
    switch (index.column()) {
    case NameColumn:
        return p.name();
    case EmailColumn:
        return p.email();
    case RolesColumn:
        return p.roles();
    default:
        return {};
    }
}

QVariant PeopleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case EmailColumn:
        return tr("Email");
    case RolesColumn:
        return tr("Roles");
    default:
        return {};
    }
}

} // namespace incentives::gui
