#include "store/Database.h"
#include "store/Repositories.h"
#include "store/Rows.h"

#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace incentives {
namespace {

constexpr const char* kAuditColumns =
    "id, at, actor_id, actor, action, partner_id, program, details, prev_hash, hash";
const QString kGenesis = QString(64, QLatin1Char('0'));

AuditEntry readEntry(const QSqlQuery& q)
{
    AuditEntry a;
    a.id = q.value(0).toLongLong();
    a.at = rows::moment(q.value(1));
    a.actorId = rows::id(q.value(2));
    a.actor = q.value(3).toString();
    a.action = q.value(4).toString();
    a.partnerId = q.value(5).toString();
    a.program = q.value(6).toString();
    a.details = q.value(7).toString();
    a.prevHash = q.value(8).toString();
    a.hash = q.value(9).toString();
    return a;
}

} // namespace

QString AuditRepository::hashOf(const AuditEntry& e)
{
    // Fields are length-prefixed so that no two different records hash the same text.
    QByteArray text;
    for (const QString& part :
         {e.prevHash, QString::number(e.at.toSecsSinceEpoch()), QString::number(e.actorId), e.actor, e.action,
          e.partnerId, e.program, e.details}) {
        const QByteArray utf8 = part.toUtf8();
        text += QByteArray::number(utf8.size()) + ':' + utf8 + ';';
    }
    return QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex());
}

Status AuditRepository::append(AuditEntry e)
{
    auto last = m_db.scalar(QStringLiteral("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1"));
    if (!last)
        return last.error();
    e.prevHash = last->isNull() ? kGenesis : last->toString();
    e.hash = hashOf(e);
    return m_db.run(
        QStringLiteral("INSERT INTO audit_log(at, actor_id, actor, action, partner_id, program, details, "
                       "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {rows::epoch(e.at), rows::idOrNull(e.actorId), e.actor, e.action, e.partnerId, e.program, e.details,
         e.prevHash, e.hash});
}

namespace {

std::pair<QString, QVariantList> listQuery(Id actorId, int limit, Id before)
{
    QStringList where;
    QVariantList values;
    if (actorId > 0) {
        where.append(QStringLiteral("actor_id = ?"));
        values.append(actorId);
    }
    if (before > 0) {
        where.append(QStringLiteral("id < ?"));
        values.append(before);
    }
    values.append(qMax(0, limit));
    return {QStringLiteral("SELECT %1 FROM audit_log %2 ORDER BY id DESC LIMIT ?")
                .arg(QLatin1String(kAuditColumns),
                     where.isEmpty() ? QString()
                                     : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "))),
            values};
}

} // namespace

Result<QList<AuditEntry>> AuditRepository::list(Id actorId, int limit, Id before)
{
    const auto [sql, values] = listQuery(actorId, limit, before);
    return rows::all<AuditEntry>(m_db.exec(sql, values), readEntry);
}

Result<QStringList> AuditRepository::explainList(Id actorId, int limit, Id before)
{
    const auto [sql, values] = listQuery(actorId, limit, before);
    auto plan = m_db.exec(m_db.dialect().explain() + sql, values);
    if (!plan)
        return plan.error();
    QStringList lines;
    while (plan->next())
        lines.append(plan->value(plan->record().count() - 1).toString());
    return lines;
}

Result<QList<AuditEntry>> AuditRepository::ofEnrollment(const QString& partnerId, const QString& program,
                                                        int limit)
{
    // The newest records, read backwards along the subject's index and returned oldest first.
    auto list = rows::all<AuditEntry>(
        m_db.exec(QStringLiteral("SELECT %1 FROM audit_log WHERE partner_id = ? AND program = ? ORDER BY id "
                                 "DESC LIMIT ?")
                      .arg(QLatin1String(kAuditColumns)),
                  {partnerId, program, qMax(0, limit)}),
        readEntry);
    if (list)
        std::reverse(list->begin(), list->end());
    return list;
}

Result<Id> AuditRepository::verify()
{
    auto q =
        m_db.exec(QStringLiteral("SELECT %1 FROM audit_log ORDER BY id").arg(QLatin1String(kAuditColumns)));
    if (!q)
        return q.error();
    QString expectedPrev = kGenesis;
    while (q->next()) {
        const AuditEntry e = readEntry(*q);
        if (e.prevHash != expectedPrev || hashOf(e) != e.hash)
            return e.id;
        expectedPrev = e.hash;
    }
    return Id(0);
}

Result<qint64> AuditRepository::count()
{
    auto v = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    if (!v)
        return v.error();
    return v->toLongLong();
}

Result<QString> AuditRepository::hashAt(qint64 position)
{
    if (position < 1)
        return QString();
    auto v = m_db.scalar(QStringLiteral("SELECT hash FROM audit_log ORDER BY id LIMIT 1 OFFSET ?"),
                         {position - 1});
    if (!v)
        return v.error();
    return v->toString();
}

} // namespace incentives
