#include "store/Database.h"

#include "store/Migrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlRecord>

#include <atomic>

namespace incentives {
namespace {

std::atomic<int> g_connectionCounter{0};

// The translation context of this file: lupdate reads it from the declaration.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

// Reads the SQLite header without opening the file through SQLite, so that a damaged or foreign
// file is recognised before anything could write to it (or create a -wal beside it).
struct Header
{
    bool sqlite = false;
    bool empty = false;
    bool truncated = false;
    quint32 applicationId = 0;
    quint32 userVersion = 0;
    quint32 pageCount = 0;
};

quint32 bigEndian32(const QByteArray& bytes, int offset)
{
    const auto* p = reinterpret_cast<const uchar*>(bytes.constData() + offset);
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

Header readHeader(const QString& path)
{
    Header h;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return h;
    const qint64 size = f.size();
    const QByteArray head = f.read(100);
    if (head.isEmpty()) {
        h.sqlite = true; // an empty file is an empty database
        h.empty = true;
        return h;
    }
    h.sqlite = head.startsWith(QByteArrayLiteral("SQLite format 3\0"));
    if (!h.sqlite)
        return h;
    if (head.size() < 100) {
        h.truncated = true;
        return h;
    }
    const auto* p = reinterpret_cast<const uchar*>(head.constData());
    const quint32 pageSize = (quint32(p[16]) << 8 | p[17]) == 1 ? 65536 : (quint32(p[16]) << 8 | p[17]);
    h.pageCount = bigEndian32(head, 28);
    h.userVersion = bigEndian32(head, 60);
    h.applicationId = bigEndian32(head, 68);
    // A file shorter than its header records is cut short, unless a write-ahead log or rollback
    // journal beside it is still to be replayed: a checkpoint killed half-way leaves exactly that,
    // and SQLite recovers it on open.
    const bool recoverable = QFileInfo::exists(path + QStringLiteral("-wal")) ||
                             QFileInfo::exists(path + QStringLiteral("-journal"));
    h.truncated =
        pageSize < 512 || (!recoverable && (size % pageSize != 0 || size < qint64(pageSize) * h.pageCount));
    return h;
}

struct Identity
{
    int applicationId = 0;
    int userVersion = 0;
    int tables = 0;
};

// Refuses a file that is not ours or is newer, from what it says about itself.
Status checkIdentity(const QString& path, const Identity& id)
{
    const bool blank = id.applicationId == 0 && id.userVersion == 0 && id.tables == 0;
    if (!blank && id.applicationId != Database::kApplicationId)
        return makeError(
            ErrorKind::Storage,
            Tr::tr("%1 belongs to another application; Incentives Desk leaves it untouched.").arg(path));
    if (id.userVersion > Database::kSchemaVersion)
        return makeError(
            ErrorKind::Storage,
            Tr::tr("%1 was written by a newer version of Incentives Desk (schema %2; this version "
                   "reads up to %3). Update the app to open it.")
                .arg(path)
                .arg(id.userVersion)
                .arg(Database::kSchemaVersion));
    return {};
}

} // namespace

Database::Database(QString connectionName, QString path, Backend backend)
    : m_connectionName(std::move(connectionName)), m_path(std::move(path)), m_dialect(backend)
{}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, OpenMode mode)
{
    if (path.trimmed().isEmpty())
        return makeError(ErrorKind::Usage, Tr::tr("No database path was given."));
    const QFileInfo info(path);
    if (info.exists() && info.isDir())
        return makeError(ErrorKind::Storage, Tr::tr("%1 is a folder, not a database file.").arg(path));
    if (!info.exists()) {
        if (mode == OpenMode::MustExist)
            return makeError(
                ErrorKind::NotFound,
                Tr::tr("There is no database at %1. Create one with 'incentives-cli --database %1 init "
                       "--demo'.")
                    .arg(path));
        if (!QDir().mkpath(info.absolutePath()))
            return makeError(ErrorKind::Storage,
                             Tr::tr("Cannot create the folder %1.").arg(info.absolutePath()));
    } else {
        const Header header = readHeader(path);
        if (!header.sqlite)
            return makeError(ErrorKind::Storage, Tr::tr("%1 is not an Incentives Desk database.").arg(path));
        if (header.truncated)
            return makeError(ErrorKind::Storage, Tr::tr("%1 is damaged: the file is cut short.").arg(path));
        if (!header.empty)
            if (auto s = checkIdentity(
                    path, {int(header.applicationId), int(header.userVersion), header.pageCount > 1 ? 1 : 0});
                !s)
                return s.error();
        if (!info.isWritable())
            return makeError(ErrorKind::Storage,
                             Tr::tr("%1 is read-only. Make it writable or open a copy.").arg(path));
    }

    const QString name = QStringLiteral("incentives-%1").arg(g_connectionCounter++);
    std::unique_ptr<Database> db(new Database(name, info.absoluteFilePath(), Backend::Sqlite));
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        c.setDatabaseName(info.absoluteFilePath());
        if (!c.open())
            return makeError(ErrorKind::Storage,
                             Tr::tr("Cannot open %1: %2").arg(path, c.lastError().text()));
    }
    // The header may lag behind a write-ahead log; ask SQLite itself before anything is written.
    if (info.exists()) {
        Identity id;
        auto appId = db->scalar(db->dialect().readApplicationId());
        auto version = db->scalar(db->dialect().readSchemaVersion());
        auto tables = db->scalar(db->dialect().countTables());
        if (!appId || !version || !tables)
            return makeError(ErrorKind::Storage, Tr::tr("%1 is damaged or not a database.").arg(path));
        id.applicationId = appId->toInt();
        id.userVersion = version->toInt();
        id.tables = tables->toInt();
        if (auto s = checkIdentity(path, id); !s)
            return s.error();
    }
    for (const QString& statement : db->dialect().connectionSetup()) {
        if (auto s = db->run(statement); !s)
            return s.error();
    }
    if (auto migrated = migrations::upgrade(*db); !migrated)
        return migrated.error();
    return db;
}

Result<QSqlQuery> Database::exec(const QString& sql, const QVariantList& values)
{
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return storageError(q.lastError());
    for (const QVariant& v : values)
        q.addBindValue(bindable(v));
    if (!q.exec())
        return storageError(q.lastError());
    return q;
}

Status Database::run(const QString& sql, const QVariantList& values)
{
    auto q = exec(sql, values);
    if (!q)
        return q.error();
    return {};
}

QVariant Database::bindable(const QVariant& v)
{
    if (v.typeId() == QMetaType::QString && !v.isNull() && v.toString().isNull())
        return QStringLiteral("");
    return v;
}

Result<QVariant> Database::scalar(const QString& sql, const QVariantList& values)
{
    auto q = exec(sql, values);
    if (!q)
        return q.error();
    if (q->next())
        return q->value(0);
    return QVariant();
}

Error Database::storageError(const QSqlError& error) const
{
    if (m_dialect.isBusy(error))
        return makeError(
            ErrorKind::Storage,
            Tr::tr("The database is busy: another program is writing to it. Nothing was changed; try "
                   "again in a moment."));
    if (m_dialect.isDiskFull(error))
        return makeError(ErrorKind::Storage,
                         Tr::tr("The disk is full: nothing was saved. Free some space and try again."));
    if (m_dialect.isReadOnly(error))
        return makeError(ErrorKind::Storage, Tr::tr("The database is read-only: nothing was saved."));
    if (m_dialect.isUniqueViolation(error))
        return makeError(ErrorKind::Conflict, Tr::tr("That would duplicate an existing record."));
    return makeError(ErrorKind::Storage, Tr::tr("The database reported an error: %1").arg(error.text()));
}

Status Database::backupTo(const QString& targetPath)
{
    const QString statement = m_dialect.copyToFile();
    if (statement.isEmpty())
        return makeError(ErrorKind::Usage, Tr::tr("This database cannot be copied to a file."));
    if (QFileInfo::exists(targetPath))
        return makeError(ErrorKind::Conflict,
                         Tr::tr("%1 exists already; choose another name.").arg(targetPath));
    return run(statement, {targetPath});
}

void Database::checkpoint()
{
    const QString statement = m_dialect.checkpoint();
    if (!statement.isEmpty())
        (void)run(statement);
}

int Database::schemaVersion()
{
    auto v = scalar(m_dialect.readSchemaVersion());
    return v ? v->toInt() : -1;
}

} // namespace incentives
