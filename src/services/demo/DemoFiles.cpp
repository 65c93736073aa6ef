#include "services/demo/DemoFiles.h"

#include "services/AuditService.h"
#include "services/demo/DemoSeed.h"
#include "store/Copy.h"
#include "store/Files.h"
#include "store/Migrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace incentives::demofiles {
namespace {

// The translation context of this file: lupdate reads it from the declaration.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DemoFiles)
};

Status checkName(const QString& name)
{
    static const QRegularExpression valid(QStringLiteral(R"(^[\w][\w .-]{0,59}$)"),
                                          QRegularExpression::UseUnicodePropertiesOption);
    if (!valid.match(name).hasMatch() || name.contains(QStringLiteral("..")))
        return makeError(
            ErrorKind::Invalid,
            Tr::tr("A snapshot name has 1 to 60 letters, digits, spaces, dots, dashes or underscores."),
            QStringLiteral("name"));
    return {};
}

QString snapshotPath(const QString& databasePath, const QString& name)
{
    return QDir(snapshotsFolder(databasePath)).filePath(name + QStringLiteral(".db"));
}

// Puts a finished database file in the place of the database at location: a file is moved into
// place, and the old file goes only once the new one is complete; a server database has its whole
// content replaced in one transaction. Either way a failure leaves the old database as it was.
Status replaceWith(const QString& location, const QString& ready)
{
    if (DatabaseLocation::isServer(location)) {
        Status replaced;
        {
            auto source = Database::open(ready, Database::OpenMode::MustExist);
            if (!source)
                replaced = source.error();
            else if (auto target = Database::open(location, Database::OpenMode::CreateIfMissing); !target)
                replaced = target.error();
            else if (auto counts = copying::replaceAll(**source, **target); !counts)
                replaced = counts.error();
        }
        removeDatabaseFiles(ready);
        if (replaced)
            auditanchor::forget(location);
        return replaced;
    }
    if (auto s = files::replaceDatabaseFile(location, ready); !s)
        return s;
    auditanchor::forget(location);
    return {};
}

// Copies a source file beside the database, to be checked there and moved into place.
Status copyBeside(const QString& source, const QString& building)
{
    removeDatabaseFiles(building);
    auto written = files::writeFile(building, [&source](QIODevice& out) -> Status {
        QFile in(source);
        if (!in.open(QIODevice::ReadOnly))
            return makeError(ErrorKind::Storage, Tr::tr("Cannot copy %1.").arg(source));
        while (!in.atEnd()) {
            const QByteArray chunk = in.read(1 << 20);
            if (chunk.isEmpty() && in.error() != QFileDevice::NoError)
                return makeError(ErrorKind::Storage, Tr::tr("Cannot copy %1.").arg(source));
            if (out.write(chunk) != chunk.size())
                return makeError(ErrorKind::Storage, out.errorString());
        }
        return {};
    });
    return written;
}

// The checks every database to be put in the place of another must pass: an intact file of ours,
// no newer than this version, with the whole schema this version expects (the audit log's
// append-only triggers included) and an unbroken audit chain.
Status checkUsable(AppContext& ctx, const QString& shownAs)
{
    auto problems = checkIntegrity(ctx);
    if (!problems)
        return problems.error();
    if (!problems->isEmpty())
        return makeError(ErrorKind::Invalid,
                         Tr::tr("%1 cannot be used: %2").arg(shownAs, problems->join(QLatin1Char(' '))));
    return {};
}

// Where a new database is built before it replaces the one at location: beside the file, or in
// a temporary folder for a server.
QString buildingPath(const QString& location, QTemporaryDir& scratch)
{
    return DatabaseLocation::isServer(location) ? scratch.filePath(QStringLiteral("building.db"))
                                                : location + QStringLiteral(".new");
}

} // namespace

bool removeDatabaseFiles(const QString& path)
{
    return files::removeDatabaseFiles(path);
}

QString snapshotsFolder(const QString& databasePath)
{
    if (DatabaseLocation::isServer(databasePath)) {
        // A server's snapshots are kept on this computer, one folder per server database.
        auto l = DatabaseLocation::parse(databasePath);
        QString key =
            l ? QStringLiteral("%1-%2-%3-%4").arg(l->host, QString::number(l->port), l->database, l->user)
              : databasePath;
        key.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]")), QStringLiteral("_"));
        return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
            .filePath(QStringLiteral("incentives-desk/server-snapshots/") + key);
    }
    const QFileInfo info(databasePath);
    return info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral("-snapshots"));
}

Result<QStringList> snapshots(const QString& databasePath)
{
    QStringList names;
    const QDir dir(snapshotsFolder(databasePath));
    for (const QFileInfo& f : dir.entryInfoList({QStringLiteral("*.db")}, QDir::Files, QDir::Time))
        names.append(f.completeBaseName());
    return names;
}

Status saveSnapshot(AppContext& ctx, const Actor& actor, const QString& name)
{
    if (!ctx.clock().isDemo())
        return makeError(ErrorKind::Denied, Tr::tr("Demo tools work only in a demo database."));
    if (auto s = ctx.require(actor, QStringLiteral("demo.save"), Action::RunDemoTools); !s)
        return s;
    if (auto s = checkName(name.trimmed()); !s)
        return s;
    if (!QDir().mkpath(snapshotsFolder(ctx.db().path())))
        return makeError(ErrorKind::Storage,
                         Tr::tr("Cannot create %1.").arg(snapshotsFolder(ctx.db().path())));
    const QString target = snapshotPath(ctx.db().path(), name.trimmed());
    if (QFileInfo::exists(target))
        return makeError(ErrorKind::Conflict,
                         Tr::tr("A snapshot named '%1' exists already.").arg(name.trimmed()),
                         QStringLiteral("name"));
    if (auto s = ctx.db().backupTo(target); !s)
        return s;
    Transaction tx(ctx.db());
    if (!tx.active())
        return tx.error();
    if (auto s = ctx.audit(actor, QStringLiteral("demo.snapshot-saved"), {}, {}, name.trimmed()); !s)
        return s;
    return tx.commit();
}

Status buildInPlace(const QString& path, const std::function<Status(AppContext&)>& fill)
{
    QTemporaryDir scratch;
    const QString building = buildingPath(path, scratch);
    removeDatabaseFiles(building);
    {
        auto ctx = AppContext::open(building, Database::OpenMode::CreateIfMissing);
        if (!ctx)
            return ctx.error();
        if (auto s = fill(**ctx); !s) {
            ctx->reset();
            removeDatabaseFiles(building);
            return s;
        }
        // Fold the log into the file, so that one file is all there is to move.
        (*ctx)->db().checkpoint();
    }
    return replaceWith(path, building);
}

Status createDemo(const QString& path, const BeforeMove& before)
{
    return buildInPlace(path, [&before](AppContext& ctx) {
        if (auto s = seed::demo(ctx); !s)
            return s;
        return before ? before(ctx) : Status();
    });
}

Status restoreBackup(const QString& path, const QString& backup, const BeforeMove& before)
{
    if (auto s = files::checkSource(backup); !s)
        return s;
    QTemporaryDir scratch;
    const QString building = buildingPath(path, scratch);
    if (auto s = copyBeside(backup, building); !s)
        return s;
    {
        auto ctx = AppContext::open(building, Database::OpenMode::MustExist);
        if (!ctx) {
            removeDatabaseFiles(building);
            return makeError(
                ErrorKind::Invalid,
                Tr::tr("%1 cannot be restored: it is not an intact Incentives Desk database (%2)")
                    .arg(backup, ctx.error().message));
        }
        if (auto s = checkUsable(**ctx, backup); !s) {
            ctx->reset();
            removeDatabaseFiles(building);
            return makeError(
                ErrorKind::Invalid,
                Tr::tr("%1 is damaged; the current database stays. %2").arg(backup, s.error().message));
        }
        if (before)
            if (auto s = before(**ctx); !s) {
                ctx->reset();
                removeDatabaseFiles(building);
                return s;
            }
        (*ctx)->db().checkpoint();
    }
    return replaceWith(path, building);
}

Result<QStringList> checkIntegrity(AppContext& ctx)
{
    QStringList problems;
    auto integrity = ctx.db().exec(ctx.db().dialect().integrityCheck());
    if (!integrity)
        return integrity.error();
    while (integrity->next())
        if (integrity->value(0).toString() != QLatin1String("ok"))
            problems.append(integrity->value(0).toString());
    auto keys = ctx.db().exec(ctx.db().dialect().foreignKeyCheck());
    if (!keys)
        return keys.error();
    while (keys->next())
        problems.append(Tr::tr("A %1 row points at a missing %2 row.")
                            .arg(keys->value(0).toString(), keys->value(2).toString()));
    auto schema = migrations::schemaDifferences(ctx.db());
    if (!schema)
        return schema.error();
    problems += *schema;
    auto chain = ctx.auditLog().verify();
    if (!chain)
        return chain.error();
    if (*chain != 0)
        problems.append(Tr::tr("The audit log was changed after it was written, at record %1.").arg(*chain));
    return problems;
}

Status restoreSnapshot(const QString& path, const QString& name, const BeforeMove& before)
{
    if (auto s = checkName(name.trimmed()); !s)
        return s;
    const QString source = snapshotPath(path, name.trimmed());
    if (!QFileInfo::exists(source))
        return makeError(ErrorKind::NotFound, Tr::tr("There is no snapshot named '%1'.").arg(name.trimmed()));
    if (auto s = files::checkSource(source); !s)
        return s;
    QTemporaryDir scratch;
    const QString building = buildingPath(path, scratch);
    if (auto s = copyBeside(source, building); !s)
        return s;
    {
        // Only an intact demo database of ours may replace the current one.
        auto ctx = AppContext::open(building, Database::OpenMode::MustExist);
        if (!ctx || !(*ctx)->clock().isDemo()) {
            if (ctx)
                ctx->reset();
            removeDatabaseFiles(building);
            return ctx ? makeError(ErrorKind::Invalid,
                                   Tr::tr("'%1' is not a demo snapshot.").arg(name.trimmed()))
                       : ctx.error();
        }
        if (auto s = checkUsable(**ctx, source); !s) {
            ctx->reset();
            removeDatabaseFiles(building);
            return s;
        }
        if (before)
            if (auto s = before(**ctx); !s) {
                ctx->reset();
                removeDatabaseFiles(building);
                return s;
            }
        (*ctx)->db().checkpoint();
    }
    return replaceWith(path, building);
}

} // namespace incentives::demofiles
