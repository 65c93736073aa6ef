#include "services/Transfer.h"

#include "services/AuditService.h"
#include "services/demo/DemoFiles.h"
#include "store/Files.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace incentives::transfer {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Transfer)
};

// Holds a read snapshot of the source for as long as it lives.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(Database& db) : m_db(db) { m_active = bool(m_db.run(m_db.dialect().beginRead())); }
    ~ReadSnapshot()
    {
        if (m_active)
            (void)m_db.run(QStringLiteral("COMMIT"));
    }
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

private:
    Database& m_db;
    bool m_active = false;
};

Result<Report> copyInto(AppContext& source, const Actor& actor, AppContext& target)
{
    auto empty = copying::isEmpty(target.db());
    if (!empty)
        return empty.error();
    if (!*empty)
        return makeError(ErrorKind::Conflict,
                         Tr::tr("%1 already holds data; a database is moved only into a new or empty one.")
                             .arg(target.db().path()));
    Report report;
    ReadSnapshot snapshot(source.db());
    auto before = copying::countRows(source.db());
    if (!before)
        return before.error();
    report.source = *before;

    Transaction tx(target.db());
    if (!tx.active())
        return tx.error();
    auto copied = copying::copyAll(source.db(), target.db());
    if (!copied)
        return copied.error();
    auto after = copying::countRows(target.db());
    if (!after)
        return after.error();
    report.target = *after;
    for (qsizetype i = 0; i < report.source.size(); ++i)
        if (report.source.at(i).rows != report.target.at(i).rows)
            return makeError(ErrorKind::Storage,
                             Tr::tr("The copy of %1 has %2 rows instead of %3; nothing was written.")
                                 .arg(report.source.at(i).table)
                                 .arg(report.target.at(i).rows)
                                 .arg(report.source.at(i).rows));
    if (auto s = target.audit(actor, QStringLiteral("database.migrated"), {}, {},
                              Tr::tr("Copied from %1").arg(source.db().path()));
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return report;
}

// A file is built beside its place and moved in whole: a kill or a failure at any point leaves the
// old file (or no file) as it was.
Result<Report> migrateIntoFile(AppContext& source, const Actor& actor, const QString& file)
{
    const files::Kind kind = files::kindOf(file);
    if (kind == files::Kind::Folder || kind == files::Kind::Other)
        return files::checkSource(file).error();
    if (kind == files::Kind::Regular && QFileInfo(file).size() > 0) {
        auto existing = AppContext::open(file, Database::OpenMode::MustExist);
        if (!existing)
            return existing.error();
        auto empty = copying::isEmpty((*existing)->db());
        if (!empty)
            return empty.error();
        if (!*empty)
            return makeError(
                ErrorKind::Conflict,
                Tr::tr("%1 already holds data; a database is moved only into a new or empty one.").arg(file));
    }
    const QString building = file + QStringLiteral(".new");
    files::removeDatabaseFiles(building);
    Result<Report> result = makeError(ErrorKind::Storage, QString());
    {
        auto ctx = AppContext::open(building, Database::OpenMode::CreateIfMissing);
        if (!ctx) {
            files::removeDatabaseFiles(building);
            return ctx.error();
        }
        result = copyInto(source, actor, **ctx);
        if (result) {
            (*ctx)->db().checkpoint();
            copying::afterBulkLoad((*ctx)->db());
            (*ctx)->db().checkpoint();
        }
    }
    if (!result) {
        files::removeDatabaseFiles(building);
        return result;
    }
    if (auto s = files::replaceDatabaseFile(file, building); !s)
        return s.error();
    auditanchor::forget(file);
    return result;
}

} // namespace

Result<Report> migrate(AppContext& source, const Actor& actor, const QString& target)
{
    if (auto allowed = source.require(actor, QStringLiteral("migrate"), Action::MoveOrganization); !allowed)
        return allowed.error();
    auto where = DatabaseLocation::parse(target);
    if (!where)
        return where.error();
    if (where->display() == source.db().path())
        return makeError(ErrorKind::Usage, Tr::tr("The source and the target are the same database."));
    if (where->isFile())
        return migrateIntoFile(source, actor, where->file);

    Result<Report> result = makeError(ErrorKind::Storage, QString());
    {
        auto ctx = AppContext::open(target, Database::OpenMode::CreateIfMissing);
        if (!ctx)
            return ctx.error();
        result = copyInto(source, actor, **ctx);
        if (result)
            copying::afterBulkLoad((*ctx)->db());
    }
    return result;
}

} // namespace incentives::transfer
