#include "services/AuditService.h"

#include "core/TimeText.h"
#include "services/Csv.h"

#include <QCoreApplication>

namespace incentives {

Result<QList<AuditEntry>> AuditService::list(const Actor& actor, const AuditFilter& filter)
{
    return m_ctx.view<QList<AuditEntry>>(actor, [&](const Grants& g) -> Result<QList<AuditEntry>> {
        if (!g.active)
            return makeError(ErrorKind::Denied, QCoreApplication::translate(
                                                    "AuditService", "This user account is deactivated."));
        const bool everyone = authorize(g, Action::ViewAllAudit).ok();
        Id only = everyone ? 0 : g.userId;
        if (everyone && !filter.actor.trimmed().isEmpty()) {
            auto user = m_ctx.directory().userByEmail(filter.actor);
            if (!user)
                return QList<AuditEntry>();
            only = user->id;
        }
        const int limit = qBound(1, filter.limit, 100000);
        const QString text = filter.text.trimmed();
        // Read more than the limit when filtering by text, so that the newest matches fill it.
        auto entries = m_ctx.auditLog().list(only, text.isEmpty() ? limit : 100000);
        if (!entries)
            return entries.error();
        if (text.isEmpty())
            return entries;
        QList<AuditEntry> matched;
        for (const AuditEntry& e : *entries) {
            if (e.action.contains(text, Qt::CaseInsensitive) ||
                e.partnerId.contains(text, Qt::CaseInsensitive) ||
                e.program.contains(text, Qt::CaseInsensitive) ||
                e.details.contains(text, Qt::CaseInsensitive) || e.actor.contains(text, Qt::CaseInsensitive))
                matched.append(e);
            if (matched.size() >= limit)
                break;
        }
        return matched;
    });
}

Result<QByteArray> AuditService::exportCsv(const Actor& actor, const AuditFilter& filter)
{
    auto entries = list(actor, filter);
    if (!entries)
        return entries.error();
    QString out =
        csv::line({QStringLiteral("time"), QStringLiteral("user"), QStringLiteral("action"),
                   QStringLiteral("location"), QStringLiteral("program"), QStringLiteral("details")});
    for (const AuditEntry& e : *entries)
        out += csv::line({timetext::formatIso(e.at), e.actor, e.action, e.partnerId, e.program, e.details});
    return out.toUtf8();
}

} // namespace incentives
