#include "store/Database.h"

#include "core/Logging.h"
#include "store/Copy.h"
#include "store/Files.h"
#include "store/Migrations.h"
#include "store/PgSecurity.h"
#include "store/Sandboxes.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUrl>
#include <QUrlQuery>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace incentives {
namespace {

std::atomic<int> g_connectionCounter{0};
std::atomic<bool> g_checkDeferred{false};

// A test hook of both structural checks: the check of a file far larger than a test's.
void slowCheckHook()
{
    if (files::faultArmed("slow-check"))
        std::this_thread::sleep_for(std::chrono::seconds(3));
}

// The structural check on a connection of its own: empty when the file is intact, else the first
// problem found.
QString quickCheckOf(const QString& path)
{
    const QString name = QStringLiteral("incentives-check-%1").arg(g_connectionCounter++);
    QString problem;
    slowCheckHook();
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        c.setDatabaseName(path);
        c.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=30000"));
        if (!c.open()) {
            problem = c.lastError().text();
        } else {
            QSqlQuery q(c);
            if (!q.exec(Dialect(Backend::Sqlite).quickCheck()))
                problem = q.lastError().text();
            else if (q.next() && q.value(0).toString() != QLatin1String("ok"))
                problem = q.value(0).toString();
        }
        c.close();
    }
    QSqlDatabase::removeDatabase(name);
    return problem;
}

// The database files this process holds SQLite connections to, with how many. Such a file is
// never opened directly again while they last: POSIX record locks belong to the process, so
// closing any other descriptor of the file drops the locks of every connection to it. Another
// program closing its own connection would then take itself for the last one, checkpoint, and
// delete the write-ahead log and its index under this process's connections, which would go on
// reading the deleted log and never see another change.
QMutex g_openFilesMutex;
QHash<QString, int> g_openFiles;

bool heldOpen(const QString& absolutePath)
{
    const QMutexLocker lock(&g_openFilesMutex);
    return g_openFiles.value(absolutePath) > 0;
}

void holdOpen(const QString& absolutePath, int change)
{
    const QMutexLocker lock(&g_openFilesMutex);
    int& n = g_openFiles[absolutePath];
    n += change;
    if (n <= 0)
        g_openFiles.remove(absolutePath);
}

// Server passwords given during this run, by location; shared by every thread's connections.
QMutex g_passwordsMutex;
QHash<QString, QString>& rememberedPasswords()
{
    static QHash<QString, QString> passwords;
    return passwords;
}

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

// SQLite's locking bytes (os_unix.c): a reader holds a read lock on the shared range, and no
// connection deletes the write-ahead log or rewrites the file through a rollback journal while
// another holds one.
constexpr off_t kPendingByte = 0x40000000;
constexpr off_t kSharedFirst = kPendingByte + 2;
constexpr off_t kSharedSize = 510;

// Holds a shared lock on a database file for as long as it lives, through an open file
// description lock, which (unlike a plain POSIX lock) is not dropped when this process closes
// another descriptor of the same file. locked() is false when a writer holds the file exclusively.
class SharedLock
{
public:
    explicit SharedLock(int fd) : m_fd(fd)
    {
        struct flock lock
        {
        };
        lock.l_type = F_RDLCK;
        lock.l_whence = SEEK_SET;
        lock.l_start = kSharedFirst;
        lock.l_len = kSharedSize;
        m_locked = ::fcntl(m_fd, F_OFD_SETLK, &lock) == 0;
    }
    ~SharedLock()
    {
        if (!m_locked)
            return;
        struct flock lock
        {
        };
        lock.l_type = F_UNLCK;
        lock.l_whence = SEEK_SET;
        lock.l_start = kSharedFirst;
        lock.l_len = kSharedSize;
        (void)::fcntl(m_fd, F_OFD_SETLK, &lock);
    }
    SharedLock(const SharedLock&) = delete;
    SharedLock& operator=(const SharedLock&) = delete;
    bool locked() const { return m_locked; }

private:
    int m_fd;
    bool m_locked = false;
};

qint64 sizeOf(int fd)
{
    struct stat st
    {
    };
    return ::fstat(fd, &st) == 0 ? qint64(st.st_size) : -1;
}

Header readHeader(const QString& path)
{
    Header h;
    // Never blocks: a FIFO or a device put in the file's place meanwhile answers at once.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return h;
    struct Closer
    {
        int fd;
        ~Closer() { ::close(fd); }
    } closer{fd};
    // Under a shared lock another process may still append to its write-ahead log and copy it into
    // the file (which only grows the file, and only while the log exists), but it cannot delete
    // the log: so a log absent before and after the reads means the file did not change between
    // them.
    const SharedLock lock(fd);
    const auto logBeside = [&] {
        return QFileInfo::exists(path + QStringLiteral("-wal")) ||
               QFileInfo::exists(path + QStringLiteral("-journal"));
    };
    const bool logBefore = logBeside();
    const qint64 sizeBefore = sizeOf(fd);
    char buffer[100];
    const ssize_t got = ::pread(fd, buffer, sizeof buffer, 0);
    const QByteArray head(buffer, got > 0 ? int(got) : 0);
    const qint64 size = sizeOf(fd);
    const bool logAfter = logBeside();
    if (head.isEmpty() && size == 0) {
        h.sqlite = true; // an empty file is an empty database
        h.empty = true;
        return h;
    }
    h.sqlite = head.startsWith(QByteArrayLiteral("SQLite format 3\0"));
    if (!h.sqlite)
        return h;
    // Judged only when the file provably stood still: locked, no log, the same size throughout.
    const bool settled = lock.locked() && !logBefore && !logAfter && sizeBefore == size;
    if (head.size() < 100) {
        h.truncated = settled;
        return h;
    }
    const auto* p = reinterpret_cast<const uchar*>(head.constData());
    const quint32 pageSize = (quint32(p[16]) << 8 | p[17]) == 1 ? 65536 : (quint32(p[16]) << 8 | p[17]);
    h.pageCount = bigEndian32(head, 28);
    h.userVersion = bigEndian32(head, 60);
    h.applicationId = bigEndian32(head, 68);
    // A file shorter than its header records is cut short, unless a write-ahead log or rollback
    // journal beside it is still to be replayed (a checkpoint killed half-way leaves exactly that,
    // and SQLite recovers it on open) or another process is writing it right now.
    h.truncated =
        pageSize < 512 || (settled && (size % pageSize != 0 || size < qint64(pageSize) * h.pageCount));
    return h;
}

QString busyMessage()
{
    return Tr::tr("The database is busy: another program is writing to it. Nothing was changed; try "
                  "again in a moment.");
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

// The deferred structural check of one connection's file, and its verdict.
struct Database::IntegrityCheck
{
    enum class State
    {
        NotStarted,
        Running,
        Done
    };
    std::mutex mutex;
    std::condition_variable settled;
    State state = State::NotStarted;
    bool background = false; // started by startIntegrityCheck(): writes do not wait for it
    QString problem;         // with Done: empty when intact
    std::thread thread;

    void settle(const QString& found)
    {
        const std::lock_guard lock(mutex);
        problem = found;
        state = State::Done;
        settled.notify_all();
    }
    ~IntegrityCheck()
    {
        if (thread.joinable())
            thread.join();
    }
};

void Database::setIntegrityCheckDeferred(bool deferred)
{
    g_checkDeferred = deferred;
}

bool Database::integrityCheckDeferred()
{
    return g_checkDeferred;
}

void Database::startIntegrityCheck(std::function<void(const QString& problem)> done)
{
    if (!m_check)
        return;
    const std::lock_guard lock(m_check->mutex);
    if (m_check->state != IntegrityCheck::State::NotStarted)
        return;
    m_check->state = IntegrityCheck::State::Running;
    m_check->background = true;
    m_check->thread = std::thread([check = m_check.get(), path = m_path, done = std::move(done)] {
        const QString problem = quickCheckOf(path);
        check->settle(problem);
        if (problem.isEmpty())
            qCInfo(lcStore) << "the structural check found" << path << "intact";
        else
            qCWarning(lcStore) << "the structural check found" << path << "damaged:" << problem;
        if (done)
            done(problem);
    });
}

Status Database::writable()
{
    if (!m_check)
        return {};
    std::unique_lock lock(m_check->mutex);
    if (m_check->state == IntegrityCheck::State::NotStarted) {
        // A write before the check began: the check runs here, first.
        m_check->state = IntegrityCheck::State::Running;
        lock.unlock();
        m_check->settle(quickCheckOf(m_path));
        lock.lock();
    }
    const auto done = [this] { return m_check->state == IntegrityCheck::State::Done; };
    if (!m_check->background) {
        m_check->settled.wait(lock, done);
    } else if (!m_check->settled.wait_for(lock, std::chrono::milliseconds(250), done)) {
        return makeError(ErrorKind::Conflict,
                         Tr::tr("%1 is still being checked before its first change (on a large "
                                "file this takes a minute); nothing was changed. Try again in a "
                                "moment.")
                             .arg(QDir::toNativeSeparators(m_path)));
    }
    if (m_check->problem.isEmpty())
        return {};
    return damagedError(m_check->problem);
}

bool Database::integrityVerdictPending()
{
    if (!m_check)
        return false;
    const std::lock_guard lock(m_check->mutex);
    return m_check->state != IntegrityCheck::State::Done;
}

Error Database::damagedError(const QString& problem) const
{
    return makeError(ErrorKind::Storage,
                     Tr::tr("%1 is damaged (%2). It was left as it is; restore a backup or "
                            "open another file.")
                         .arg(m_path, problem));
}

Database::~Database()
{
    m_check.reset(); // a check under way ends first
    if (m_heldFile)
        holdOpen(m_path, -1);
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

bool DatabaseLocation::isServer(const QString& text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

Result<DatabaseLocation> DatabaseLocation::parse(const QString& text)
{
    DatabaseLocation l;
    if (text.trimmed().isEmpty())
        return makeError(ErrorKind::Usage, Tr::tr("No database path was given."));
    if (!isServer(text)) {
        l.file = QFileInfo(text).absoluteFilePath();
        return l;
    }
    const QUrl url(text, QUrl::StrictMode);
    const auto bad = [&](const QString& why) {
        return makeError(ErrorKind::Usage, Tr::tr("%1 is not a usable PostgreSQL address: %2. Write it "
                                                  "as postgresql://USER@HOST:PORT/DATABASE.")
                                               .arg(url.isValid() ? url.toDisplayString(QUrl::RemovePassword)
                                                                  : QStringLiteral("The address"),
                                                    why));
    };
    if (!url.isValid())
        return bad(url.errorString());
    l.backend = Backend::Postgres;
    l.host = url.host();
    l.port = url.port(5432);
    if (l.port <= 0 || l.port > 65535)
        return bad(Tr::tr("the port must be between 1 and 65535"));
    l.user = url.userName();
    l.password = url.password();
    l.database = url.path().mid(1);
    if (l.database.isEmpty() || l.database.contains(QLatin1Char('/')))
        return bad(Tr::tr("the database name is missing"));
    if (l.user.isEmpty())
        return bad(Tr::tr("the user name is missing"));
    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("sslmode")) {
            static const QStringList modes{QStringLiteral("disable"),   QStringLiteral("allow"),
                                           QStringLiteral("prefer"),    QStringLiteral("require"),
                                           QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
            if (!modes.contains(value))
                return bad(Tr::tr("sslmode must be one of %1").arg(modes.join(QStringLiteral(", "))));
            l.sslMode = value;
        } else if (key == QLatin1String("connect_timeout")) {
            bool ok = false;
            l.connectTimeout = value.toInt(&ok);
            if (!ok || l.connectTimeout < 1 || l.connectTimeout > 600)
                return bad(Tr::tr("connect_timeout must be a number of seconds from 1 to 600"));
        } else if (key == QLatin1String("sandbox")) {
            if (!sandboxes::isSandboxName(value))
                return bad(
                    Tr::tr("sandbox must name a classroom sandbox (%1…)").arg(QLatin1String(kSandboxPrefix)));
            l.sandbox = value;
        } else {
            return bad(Tr::tr("the option %1 is not known").arg(key));
        }
    }
    return l;
}

QString DatabaseLocation::display() const
{
    if (backend == Backend::Sqlite)
        return file;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    url.setHost(host.isEmpty() ? QStringLiteral("localhost") : host);
    if (port != 5432)
        url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    QUrlQuery query;
    if (!sslMode.isEmpty())
        query.addQueryItem(QStringLiteral("sslmode"), sslMode);
    if (connectTimeout != 10)
        query.addQueryItem(QStringLiteral("connect_timeout"), QString::number(connectTimeout));
    if (!sandbox.isEmpty())
        query.addQueryItem(QStringLiteral("sandbox"), sandbox);
    url.setQuery(query);
    return url.toString();
}

void Database::rememberPassword(const QString& location, const QString& password)
{
    auto parsed = DatabaseLocation::parse(location);
    if (!parsed)
        return;
    parsed->sandbox.clear(); // one password for the login, whichever sandbox it opens
    QMutexLocker lock(&g_passwordsMutex);
    rememberedPasswords().insert(parsed->display(), password);
}

Result<std::unique_ptr<Database>> Database::open(const QString& location, OpenMode mode)
{
    auto parsed = DatabaseLocation::parse(location);
    if (!parsed)
        return parsed.error();
    auto db = parsed->isFile() ? openFile(location, mode) : openServer(*parsed, mode);
    if (!db) {
        qCInfo(lcStore) << "cannot open" << parsed->display() << "-" << db.error().message;
        return db.error();
    }
    if (auto s = (*db)->prepareAndUpgrade(); !s)
        return s.error();
    qCInfo(lcStore) << "opened" << parsed->display();
    return db;
}

bool Database::fileNeedsUpgrade(const QString& path)
{
    if (DatabaseLocation::isServer(path) || !QFileInfo(path).isFile())
        return false;
    const Header h = readHeader(path);
    return h.sqlite && !h.empty && !h.truncated && h.applicationId == quint32(kApplicationId) &&
           h.userVersion > 0 && int(h.userVersion) < migrations::currentFileVersion();
}

Result<std::unique_ptr<Database>> Database::openServer(const DatabaseLocation& location, OpenMode mode)
{
    const QString where = location.display();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return makeError(ErrorKind::Storage,
                         Tr::tr("Cannot connect to %1: PostgreSQL support is not installed (on Debian, "
                                "the package libqt6sql6-psql).")
                             .arg(where));
    QString password = location.password;
    if (password.isEmpty()) {
        DatabaseLocation login = location;
        login.sandbox.clear();
        QMutexLocker lock(&g_passwordsMutex);
        password = rememberedPasswords().value(login.display());
    }
    if (password.isEmpty())
        password = qEnvironmentVariable("INCENTIVES_DB_PASSWORD"); // else libpq's PGPASSWORD, ~/.pgpass

    const QString name = QStringLiteral("incentives-%1").arg(g_connectionCounter++);
    std::unique_ptr<Database> db(new Database(name, where, Backend::Postgres));
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        c.setHostName(location.host);
        c.setPort(location.port);
        c.setDatabaseName(location.database);
        c.setUserName(location.user);
        c.setPassword(password);
        QStringList options{QStringLiteral("connect_timeout=%1").arg(location.connectTimeout),
                            QStringLiteral("application_name=incentives-desk")};
        if (!location.sslMode.isEmpty())
            options << QStringLiteral("sslmode=%1").arg(location.sslMode);
        c.setConnectOptions(options.join(QLatin1Char(';')));
        if (!c.open()) {
            const QString why = c.lastError().databaseText().trimmed().isEmpty()
                                    ? c.lastError().text().simplified()
                                    : c.lastError().databaseText().simplified();
            Error e = makeError(ErrorKind::Storage, Tr::tr("Cannot connect to %1: %2").arg(where, why));
            if (why.contains(QLatin1String("password")))
                e.field = QStringLiteral("password"); // a password is missing or wrong: ask again
            return e;
        }
    }
    if (!location.sandbox.isEmpty()) {
        // Works in the sandbox's schema, as its owner when the login belongs to that role (its
        // trainee, or the main organization's owner who builds it).
        if (auto s = sandboxes::enter(*db, location.sandbox); !s)
            return s.error();
        db->m_sandbox = location.sandbox;
    }
    auto tables = db->scalar(db->dialect().countTables());
    if (!tables)
        return tables.error();
    if (tables->toInt() == 0) {
        if (mode == OpenMode::MustExist)
            return makeError(ErrorKind::NotFound,
                             Tr::tr("%1 holds no Incentives Desk data yet. Create it with 'incentives-cli "
                                    "--database %1 init --demo'.")
                                 .arg(where));
        return db;
    }
    Identity id;
    id.tables = tables->toInt();
    auto appId = db->scalar(db->dialect().readApplicationId());
    if (!appId)
        return appId.error();
    id.applicationId = appId->toInt();
    if (id.applicationId == kApplicationId) {
        auto version = db->scalar(db->dialect().readSchemaVersion());
        if (!version)
            return version.error();
        id.userVersion = version->toInt();
    }
    if (auto s = checkIdentity(where, id); !s)
        return s.error();
    return db;
}

Status Database::prepareAndUpgrade()
{
    for (const QString& statement : m_dialect.connectionSetup()) {
        if (auto s = run(statement); !s)
            return s;
    }
    if (auto s = migrations::upgrade(*this); !s)
        return s;
    if (isFile())
        return {};
    // Who the server takes this login for (store/PgSecurity.cpp).
    auto installed = scalar(pgsecurity::installedQuery());
    if (!installed)
        return installed.error();
    if (!installed->toBool())
        return {};
    auto q = exec(pgsecurity::loginUserQuery());
    if (!q)
        return q.error();
    if (q->next()) {
        m_loginUserId = q->value(0).toLongLong();
        m_personLogin = !q->value(1).toBool();
        m_serverSearch = m_personLogin && q->value(2).toBool();
    }
    return {};
}

Result<std::unique_ptr<Database>> Database::openFile(const QString& path, OpenMode mode)
{
    const QFileInfo info(path);
    const files::Kind kind = files::kindOf(path);
    if (kind == files::Kind::Folder || kind == files::Kind::Other)
        return files::checkSource(path).error(); // refused at once: a FIFO is never opened
    if (kind == files::Kind::Regular && mode == OpenMode::MustExist)
        if (auto s = files::checkSource(path); !s) // an empty file is not given a schema here
            return s.error();
    if (kind == files::Kind::Missing) {
        if (mode == OpenMode::MustExist)
            return makeError(
                ErrorKind::NotFound,
                Tr::tr("There is no database at %1. Create one with 'incentives-cli --database %1 init "
                       "--demo'.")
                    .arg(path));
        if (!QDir().mkpath(info.absolutePath()))
            return makeError(ErrorKind::Storage,
                             Tr::tr("Cannot create the folder %1.").arg(info.absolutePath()));
    } else if (!heldOpen(info.absoluteFilePath())) {
        // (A file this process already holds open passed these checks then; SQLite is asked below.)
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
        // The write-ahead log and its index live beside the file.
        if (!QFileInfo(info.absolutePath()).isWritable())
            return makeError(ErrorKind::Storage,
                             Tr::tr("%1 is in a folder you cannot write to (%2), and the database needs "
                                    "to write beside its file. Open a copy in a folder of yours.")
                                 .arg(path, info.absolutePath()));
    }

    const QString name = QStringLiteral("incentives-%1").arg(g_connectionCounter++);
    std::unique_ptr<Database> db(new Database(name, info.absoluteFilePath(), Backend::Sqlite));
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        c.setDatabaseName(info.absoluteFilePath());
        if (!c.open())
            return files::diskFull(path)
                       ? files::diskFullError(path)
                       : makeError(ErrorKind::Storage,
                                   Tr::tr("Cannot open %1: %2").arg(path, c.lastError().text()));
    }
    holdOpen(db->m_path, 1);
    db->m_heldFile = true;
    // The header may lag behind a write-ahead log; ask SQLite itself before anything is written.
    if (info.exists()) {
        // Another process may be folding its log into the file right now: wait for it rather
        // than take its lock for damage.
        if (const QString wait = db->dialect().busyTimeout(); !wait.isEmpty())
            (void)db->run(wait);
        Identity id;
        auto appId = db->scalar(db->dialect().readApplicationId());
        auto version = db->scalar(db->dialect().readSchemaVersion());
        auto tables = db->scalar(db->dialect().countTables());
        // A test hook: the reads fail as they do when the disk has not a byte left for the log.
        const bool starved = files::faultArmed("disk-full-open");
        if (!appId || !version || !tables || starved) {
            for (const auto* read : {&appId, &version, &tables})
                if (!*read && read->error().message == busyMessage())
                    return read->error(); // a writer held the file longer than the busy timeout
            if (files::diskFull(path))
                return files::diskFullError(path);
            return makeError(ErrorKind::Storage, Tr::tr("%1 is damaged or not a database.").arg(path));
        }
        id.applicationId = appId->toInt();
        id.userVersion = version->toInt();
        id.tables = tables->toInt();
        if (auto s = checkIdentity(path, id); !s)
            return s.error();
        // Deferred, the check runs later and every write waits for it, except before an
        // upgrade, which writes at once.
        const bool deferred = g_checkDeferred && id.userVersion >= migrations::currentFileVersion();
        if (deferred)
            db->m_check = std::make_unique<IntegrityCheck>();
        else if (g_checkDeferred || info.size() <= kQuickCheckOnOpenBytes)
            if (const QString problem = db->quickCheckProblem(); !problem.isEmpty())
                return db->damagedError(problem);
    }
    return db;
}

QString Database::quickCheckProblem()
{
    slowCheckHook();
    auto result = scalar(m_dialect.quickCheck());
    if (!result)
        return result.error().message;
    const QString text = result->toString();
    return text == QLatin1String("ok") ? QString() : text;
}

Result<QSqlQuery> Database::exec(const QString& sql, const QVariantList& values)
{
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    if (values.isEmpty()) {
        // Nothing to bind: run it as it is (PostgreSQL cannot prepare SET, NOTIFY or DDL).
        if (!q.exec(sql))
            return storageError(q.lastError());
        return q;
    }
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

Result<QStringList> Database::dropSecondaryIndexes(const QStringList& tables)
{
    QStringList rebuild;
    const QString list = m_dialect.secondaryIndexes();
    if (list.isEmpty())
        return rebuild;
    QStringList names;
    for (const QString& table : tables) {
        auto q = exec(list, {table});
        if (!q)
            return q.error();
        while (q->next()) {
            names.append(q->value(0).toString());
            rebuild.append(q->value(1).toString());
        }
    }
    for (const QString& name : std::as_const(names))
        if (auto s = run(QStringLiteral("DROP INDEX \"%1\"").arg(name)); !s)
            return s.error();
    return rebuild;
}

QVariant Database::bindable(const QVariant& v)
{
    // Booleans are stored as INTEGER 0/1 on every backend (PostgreSQL will not put a boolean
    // literal into an integer column).
    if (v.typeId() == QMetaType::Bool)
        return v.isNull() ? QVariant(QMetaType::fromType<int>()) : QVariant(v.toBool() ? 1 : 0);
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
        return makeError(ErrorKind::Storage, busyMessage());
    if (m_dialect.isDiskFull(error))
        return makeError(ErrorKind::Storage,
                         Tr::tr("The disk is full: nothing was saved. Free some space and try again."));
    if (m_dialect.isReadOnly(error))
        return makeError(ErrorKind::Storage, Tr::tr("The database is read-only: nothing was saved."));
    if (m_dialect.isRefused(error))
        return makeError(ErrorKind::Denied,
                         QCoreApplication::translate("Authorization", "This action is not allowed."));
    if (m_dialect.isUniqueViolation(error))
        return makeError(ErrorKind::Conflict, Tr::tr("That would duplicate an existing record."));
    return makeError(ErrorKind::Storage, Tr::tr("The database reported an error: %1").arg(error.text()));
}

Status Database::backupTo(const QString& targetPath)
{
    if (DatabaseLocation::isServer(targetPath))
        return makeError(ErrorKind::Usage, Tr::tr("A backup is written to a file; to copy a database to a "
                                                  "server, use 'incentives-cli migrate'."));
    if (auto s = files::checkTarget(targetPath, isFile() ? m_path : QString()); !s)
        return s;
    if (QFileInfo::exists(targetPath))
        return makeError(ErrorKind::Conflict,
                         Tr::tr("%1 exists already; choose another name.").arg(targetPath));
    const QString statement = m_dialect.copyToFile();
    if (!statement.isEmpty()) {
        // The copy is written under a temporary name, readable by its owner only, and appears
        // under its own name only once complete: a refusal leaves nothing behind.
        const QString partial = targetPath + QStringLiteral(".partial");
        files::removeDatabaseFiles(partial);
        if (!files::createPrivate(partial))
            return files::diskFull(targetPath)
                       ? files::diskFullError(targetPath)
                       : makeError(ErrorKind::Storage, Tr::tr("Cannot create %1.").arg(targetPath));
        Status copied = run(statement, {partial});
        if (copied && files::faultArmed("disk-full"))
            copied = files::diskFullError(targetPath);
        if (!copied) {
            files::removeDatabaseFiles(partial);
            if (files::diskFull(targetPath))
                return files::diskFullError(targetPath);
            return copied;
        }
        return files::publishNew(partial, targetPath);
    }
    // A server database is copied row for row into a new file, which is removed again if the
    // copy does not complete.
    Status copied;
    {
        auto target = open(targetPath, OpenMode::CreateIfMissing);
        if (!target)
            return target.error();
        if (auto counts = copying::copyInto(*this, **target); !counts)
            copied = counts.error();
        else
            (*target)->checkpoint();
    }
    if (!copied)
        files::removeDatabaseFiles(targetPath);
    else
        QFile::setPermissions(targetPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return copied;
}

void Database::checkpoint()
{
    const QString statement = m_dialect.checkpoint();
    if (!statement.isEmpty())
        (void)run(statement);
}

int Database::schemaVersion()
{
    if (!isFile()) { // a server database without the version table is still blank
        auto marked = scalar(m_dialect.readApplicationId());
        if (!marked)
            return -1;
        if (marked->toInt() == 0)
            return 0;
    }
    auto v = scalar(m_dialect.readSchemaVersion());
    return v ? v->toInt() : -1;
}

} // namespace incentives
