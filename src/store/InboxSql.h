#pragma once

#include <QString>
#include <QStringList>

// The Action Center's order as SQL: open actions first, mandatory before recommended, then by due
// date (those with one first), then newest first; closed ones after them, newest first. The index
// of schema version 18 is made of these very expressions, so that a page of a person's messages, the
// open ones, the open mandatory ones and their counts are walks of that index whatever the inbox's
// size; a query matches the index only when it spells them the same way, so both take them from here.
namespace incentives::inboxsql {

// 0 for an open message, 1 for a closed one.
inline QString openRank(const QString& table = {})
{
    return QStringLiteral("(CASE WHEN %1closed_at IS NULL THEN 0 ELSE 1 END)").arg(table);
}

// 0 for an open mandatory message ('mandatory' is actions::priorityCode's stable code), else 1.
inline QString mandatoryRank(const QString& table = {})
{
    return QStringLiteral("(CASE WHEN %1closed_at IS NULL AND %1priority = 'mandatory' THEN 0 ELSE 1 END)")
        .arg(table);
}

// An open message's due date, else the largest value: those with one first.
inline QString dueRank(const QString& table = {})
{
    return QStringLiteral("(CASE WHEN %1closed_at IS NULL AND %1due_at IS NOT NULL THEN %1due_at ELSE "
                          "9223372036854775807 END)")
        .arg(table);
}

// The ORDER BY list after the ranks given as equal, e.g. orderFrom(2) for the open mandatory ones.
inline QString orderFrom(int firstRank, const QString& table = {})
{
    const QString ranks[] = {openRank(table), mandatoryRank(table), dueRank(table)};
    QStringList terms;
    for (int i = firstRank; i < 3; ++i)
        terms.append(ranks[i]);
    terms << QStringLiteral("%1received_at DESC").arg(table) << QStringLiteral("%1id DESC").arg(table);
    return terms.join(QStringLiteral(", "));
}

// The index: a person's messages in that order.
inline QString createIndex()
{
    return QStringLiteral("CREATE INDEX ix_inbox_order ON inbox_messages(user_id, %1)").arg(orderFrom(0));
}

} // namespace incentives::inboxsql
