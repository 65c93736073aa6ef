#include "services/AuditService.h"

#include "core/TimeText.h"
#include "services/Csv.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>

#include <memory>
#include <optional>

namespace incentives {
namespace {

// Whose records a viewer reads: Account admins anyone's (0: everyone's, or the one person the
// filter names), everyone else their own. Empty when the filter names nobody known.
std::optional<Id> auditSubject(AppContext& ctx, const Grants& g, const AuditFilter& filter)
{
    if (!authorize(g, Action::ViewAllAudit).ok())
        return g.userId;
    if (filter.actor.trimmed().isEmpty())
        return Id(0);
    auto user = ctx.directory().userByEmail(filter.actor);
    if (!user)
        return std::nullopt;
    return user->id;
}

Error deactivated()
{
    return makeError(ErrorKind::Denied,
                     QCoreApplication::translate("AuditService", "This user account is deactivated."));
}

} // namespace

Result<QList<AuditEntry>> AuditService::list(const Actor& actor, const AuditFilter& filter)
{
    return m_ctx.view<QList<AuditEntry>>(actor, [&](const Grants& g) -> Result<QList<AuditEntry>> {
        if (!g.active)
            return deactivated();
        const std::optional<Id> subject = auditSubject(m_ctx, g, filter);
        if (!subject)
            return QList<AuditEntry>();
        const Id only = *subject;
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

audittext::Names AuditService::names()
{
    // One look-up per person and location, however many records name them.
    auto people = std::make_shared<QHash<QString, QString>>();
    auto places = std::make_shared<QHash<QString, QString>>();
    AppContext* ctx = &m_ctx;
    return {[ctx, people](const QString& email) {
                auto it = people->constFind(email);
                if (it == people->cend()) {
                    auto user = ctx->directory().userByEmail(email);
                    it = people->insert(email, user ? user->name : QString());
                }
                return *it;
            },
            [ctx, places](const QString& partnerId) {
                auto it = places->constFind(partnerId);
                if (it == places->cend()) {
                    auto location = ctx->directory().locationByPartnerId(partnerId);
                    it = places->insert(partnerId, location ? location->name : QString());
                }
                return *it;
            }};
}

namespace {

bool matches(const AuditLine& line, const QString& text)
{
    const AuditEntry& e = line.entry;
    return line.sentence.contains(text, Qt::CaseInsensitive) ||
           e.action.contains(text, Qt::CaseInsensitive) || e.partnerId.contains(text, Qt::CaseInsensitive) ||
           e.program.contains(text, Qt::CaseInsensitive) || e.details.contains(text, Qt::CaseInsensitive) ||
           e.actor.contains(text, Qt::CaseInsensitive);
}

} // namespace

Result<AuditLinePage> AuditService::page(const Actor& actor, const AuditFilter& filter, qint64 searchBudget)
{
    return m_ctx.view<AuditLinePage>(actor, [&](const Grants& g) -> Result<AuditLinePage> {
        if (!g.active)
            return deactivated();
        const std::optional<Id> subject = auditSubject(m_ctx, g, filter);
        if (!subject)
            return AuditLinePage();
        const Id only = *subject;
        const int limit = qBound(1, filter.limit, 100000);
        // The search looks at the sentences too, which the database does not hold: the log is
        // read newest first in batches, each one step down the key (or the user's index).
        const QString text = filter.text.trimmed();
        const int batch =
            text.isEmpty()
                ? limit + 1
                : int(qBound(qint64(1), searchBudget > 0 ? searchBudget : qint64(1000), qint64(1000)));
        const audittext::Names lookup = names();
        AuditLinePage out;
        Id before = filter.before;
        for (;;) {
            auto entries = m_ctx.auditLog().list(only, batch, before);
            if (!entries)
                return entries.error();
            for (const AuditEntry& e : std::as_const(*entries)) {
                before = e.id;
                ++out.searched;
                AuditLine line{e, audittext::sentence(e, lookup)};
                if (!text.isEmpty() && !matches(line, text))
                    continue;
                if (out.lines.size() == limit) {
                    out.next = out.lines.constLast().entry.id;
                    return out;
                }
                out.lines.append(std::move(line));
            }
            if (entries->size() < batch)
                return out;
            if (searchBudget > 0 && out.searched >= searchBudget) {
                out.next = before;
                return out;
            }
        }
    });
}

Result<QList<AuditLine>> AuditService::lines(const Actor& actor, const AuditFilter& filter)
{
    auto found = page(actor, filter, 0);
    if (!found)
        return found.error();
    return std::move(found->lines);
}

Result<QByteArray> AuditService::exportCsv(const Actor& actor, const AuditFilter& filter)
{
    QString out = csv::line({QStringLiteral("time"), QStringLiteral("user"), QStringLiteral("action"),
                             QStringLiteral("location"), QStringLiteral("program"), QStringLiteral("details"),
                             QStringLiteral("sentence")});
    // Every matching record, however long the log: page after page until it ends.
    AuditFilter all = filter;
    all.limit = 10000;
    all.before = 0;
    for (;;) {
        auto found = page(actor, all, 0);
        if (!found)
            return found.error();
        for (const AuditLine& l : std::as_const(found->lines)) {
            const AuditEntry& e = l.entry;
            out += csv::line({timetext::formatIso(e.at), e.actor, e.action, e.partnerId, e.program, e.details,
                              l.sentence});
        }
        if (found->next == 0)
            break;
        all.before = found->next;
    }
    return out.toUtf8();
}

Result<AuditService::Chain> AuditService::verifyChain()
{
    auto broken = m_ctx.auditLog().verify();
    if (!broken)
        return broken.error();
    auto count = m_ctx.auditLog().count();
    if (!count)
        return count.error();
    return Chain{*count, *broken};
}

} // namespace incentives

namespace incentives {

QString AuditAnchor::text() const
{
    return QStringLiteral("%1:%2").arg(count).arg(hash);
}

Result<AuditAnchor> AuditAnchor::parse(const QString& text)
{
    static const QRegularExpression form(QStringLiteral("^([0-9]{1,18}):([0-9a-f]{64})$"));
    const auto match = form.match(text.trimmed().toLower());
    if (!match.hasMatch())
        return makeError(ErrorKind::Usage,
                         QCoreApplication::translate(
                             "AuditService", "An audit anchor is COUNT:HASH, as 'audit anchor' prints it."));
    return AuditAnchor{match.captured(1).toLongLong(), match.captured(2)};
}

namespace auditanchor {
namespace {

QString storePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("incentives-desk/audit-anchors.ini"));
}

QString keyFor(const QString& location)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(location.toUtf8(), QCryptographicHash::Sha256).toHex().left(32));
}

} // namespace

Result<AuditAnchor> head(AppContext& ctx)
{
    auto n = ctx.auditLog().count();
    if (!n)
        return n.error();
    auto hash = ctx.auditLog().hashAt(*n);
    if (!hash)
        return hash.error();
    return AuditAnchor{*n, *hash};
}

Result<QString> compare(AppContext& ctx, const AuditAnchor& anchor)
{
    auto n = ctx.auditLog().count();
    if (!n)
        return n.error();
    if (*n < anchor.count)
        return QCoreApplication::translate("AuditService",
                                           "The audit log holds %1 records, fewer than the %2 of its anchor: "
                                           "records were deleted.")
            .arg(*n)
            .arg(anchor.count);
    auto hash = ctx.auditLog().hashAt(anchor.count);
    if (!hash)
        return hash.error();
    if (anchor.count > 0 && *hash != anchor.hash)
        return QCoreApplication::translate("AuditService",
                                           "Record %1 of the audit log no longer matches its anchor: the log "
                                           "was rewritten.")
            .arg(anchor.count);
    return QString();
}

Result<QString> checkRemembered(AppContext& ctx)
{
    QSettings store(storePath(), QSettings::IniFormat);
    const QString key = keyFor(ctx.db().path());
    const QString seen = store.value(key).toString();
    if (!seen.isEmpty())
        if (auto anchor = AuditAnchor::parse(seen); anchor) {
            auto problem = compare(ctx, *anchor);
            if (!problem)
                return problem.error();
            if (!problem->isEmpty())
                return QCoreApplication::translate("AuditService",
                                                   "%1 (This computer last saw the log at %2.)")
                    .arg(*problem, anchor->text());
        }
    auto now = head(ctx);
    if (!now)
        return now.error();
    if (now->text() != seen) {
        store.setValue(key, now->text());
        store.sync();
    }
    return QString();
}

void forget(const QString& location)
{
    QSettings store(storePath(), QSettings::IniFormat);
    store.remove(keyFor(location));
    store.sync();
}

} // namespace auditanchor
} // namespace incentives
