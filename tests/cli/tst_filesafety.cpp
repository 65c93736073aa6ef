// File operations around the database through the real incentives-cli executable (INCENTIVES_CLI,
// set by CTest): replacing a database survives a kill at every step, sources are checked before
// they are used, outputs never land on the database or leave empty files, the audit log's anchor
// catches deleted and rewritten records, and free text never reaches a terminal raw.
#include "store/Database.h"
#include "store/Repositories.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

const QString kAvery = QStringLiteral("avery.brooks@contoso.example");
const QString kBao = QStringLiteral("bao.nguyen@contoso.example");
const QString kEmma = QStringLiteral("emma.schmidt@contoso.example");
const QString kUS = QStringLiteral("4649101");
const QString kSecurity = QStringLiteral("Microsoft Security Incentives");
const QString kPrefix = QStringLiteral("incentives-cli: ");

struct Run
{
    int code = -1;
    bool killed = false; // ended by a signal
    bool hung = false;   // still running at the time limit
    QByteArray out;
    QString err;
};

int modeOf(const QString& path)
{
    struct stat st
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

// Runs one statement on a database file directly, as an intruder with the file would.
QVariant raw(const QString& path, const QString& sql)
{
    static int counter = 0;
    const QString name = QStringLiteral("raw-%1").arg(counter++);
    QVariant result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                result = q.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

qint64 auditCount(const QString& path)
{
    return raw(path, QStringLiteral("SELECT COUNT(*) FROM audit_log")).toLongLong();
}

QStringList filesIn(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

} // namespace

#define CHECK_CODE(run, expected)                                                                            \
    do {                                                                                                     \
        const Run& r_ = (run);                                                                               \
        QVERIFY2(r_.code == (expected),                                                                      \
                 qPrintable(QStringLiteral("exit %1 (killed %2, hung %3), stderr: %4")                       \
                                .arg(r_.code)                                                                \
                                .arg(r_.killed)                                                              \
                                .arg(r_.hung)                                                                \
                                .arg(r_.err)));                                                              \
    } while (false)

#define CHECK_REFUSED(run, text)                                                                             \
    do {                                                                                                     \
        const Run& refused_ = (run);                                                                         \
        CHECK_CODE(refused_, 1);                                                                             \
        QVERIFY2(refused_.err.count(QLatin1Char('\n')) == 1, qPrintable(refused_.err));                      \
        QVERIFY2(refused_.err.startsWith(kPrefix), qPrintable(refused_.err));                                \
        QVERIFY2(refused_.err.contains(text), qPrintable(refused_.err));                                     \
    } while (false)

class TestFileSafety : public QObject
{
    Q_OBJECT

private:
    Run cli(const QStringList& arguments, const QString& as = {}, const QString& fault = {},
            int timeoutMs = 120000, const QString& database = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char* name :
             {"INCENTIVES_AS", "INCENTIVES_PASSWORD", "QT_QPA_PLATFORM", "INCENTIVES_FAULT"})
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("xdg")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("xdg-config")));
        if (!fault.isEmpty())
            env.insert(QStringLiteral("INCENTIVES_FAULT"), fault);
        for (auto it = m_env.cbegin(); it != m_env.cend(); ++it)
            env.insert(it.key(), it.value());
        p.setProcessEnvironment(env);
        QStringList all{QStringLiteral("--database"), database.isEmpty() ? m_db : database};
        // The demo's Account admin and Presenter acts unless another user is named: every side
        // door needs someone signed in.
        all << QStringLiteral("--as") << (as.isEmpty() ? kAvery : as);
        p.start(m_cli, all + arguments);
        Run r;
        if (!p.waitForFinished(timeoutMs)) {
            r.hung = true;
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.killed = p.exitStatus() != QProcess::NormalExit;
        r.code = r.killed ? -1 : p.exitCode();
        r.out = p.readAllStandardOutput();
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }
    QString file(const QString& name) const { return m_dir->filePath(name); }
    void freshDemo()
    {
        QFile::remove(m_db);
        CHECK_CODE(cli({QStringLiteral("init"), QStringLiteral("--demo"), QStringLiteral("--force")}), 0);
    }
    // A change that only the current database has: its audit log grows.
    void advance()
    {
        CHECK_CODE(cli({QStringLiteral("clock"), QStringLiteral("advance"), QStringLiteral("1d")}, kAvery),
                   0);
    }
    QString anchor()
    {
        const Run r = cli({QStringLiteral("audit"), QStringLiteral("anchor")});
        if (r.code != 0)
            return {};
        return QString::fromUtf8(r.out).trimmed();
    }

    QString m_cli;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    QHash<QString, QString> m_env;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_cli = qEnvironmentVariable("INCENTIVES_CLI");
        QVERIFY2(QFileInfo(m_cli).isExecutable(), "set INCENTIVES_CLI to the incentives-cli executable");
    }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_env.clear();
        m_db = file(QStringLiteral("demo.db"));
        CHECK_CODE(cli({QStringLiteral("init"), QStringLiteral("--demo")}), 0);
    }
    void cleanup() { m_dir.reset(); }

    void killAtEveryStepLeavesAWholeDatabase_data();
    void killAtEveryStepLeavesAWholeDatabase();
    void restoreRefusesEmptyFilesAndDevices();
    void fifosAreRefusedAtOnce();
    void emptyDatabaseIsNotGivenASchema();
    void permissionsAreKept();
    void copiesAreOwnerOnly();
    void outputsNeverLandOnTheDatabase();
    void fullDiskLeavesNoFileBehind();
    void fullDiskOnOpenSaysSo();
    void writerHoldingTheFileIsNotCalledCutShort();
    void healthyDatabaseUnderWritersIsNeverCalledCutShort();
    void missingTriggersAreRefused();
    void brokenChainSnapshotIsRefused();
    void anchorCatchesDeletedAndRewrittenRecords();
    void freeTextRefusesControlCharacters();
    void terminalNeverGetsRawControlCharacters();
};

void TestFileSafety::killAtEveryStepLeavesAWholeDatabase_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("step");
    QTest::addColumn<bool>("replaced"); // whether the new database is in place after the kill
    const QList<std::pair<const char*, bool>> steps{{"replace:built", false},
                                                    {"replace:synced", false},
                                                    {"replace:old-log-folded", false},
                                                    {"replace:renamed", true},
                                                    {"replace:done", true}};
    for (const char* op : {"restore", "demo load", "demo reset", "init --force"})
        for (const auto& [step, replaced] : steps)
            QTest::addRow("%s at %s", op, step)
                << QString::fromLatin1(op) << QString::fromLatin1(step) << replaced;
}

void TestFileSafety::killAtEveryStepLeavesAWholeDatabase()
{
    QFETCH(QString, operation);
    QFETCH(QString, step);
    QFETCH(bool, replaced);
    QStringList command;
    QString as;
    if (operation == QLatin1String("restore")) {
        const QString backup = file(QStringLiteral("copy.db"));
        CHECK_CODE(cli({QStringLiteral("backup"), backup}), 0);
        command = {QStringLiteral("restore"), backup};
        as = kAvery;
    } else if (operation == QLatin1String("demo load")) {
        CHECK_CODE(cli({QStringLiteral("demo"), QStringLiteral("save"), QStringLiteral("start")}, kAvery), 0);
        command = {QStringLiteral("demo"), QStringLiteral("load"), QStringLiteral("start")};
    } else if (operation == QLatin1String("demo reset")) {
        command = {QStringLiteral("demo"), QStringLiteral("reset")};
    } else {
        command = {QStringLiteral("init"), QStringLiteral("--demo"), QStringLiteral("--force")};
    }
    advance();
    advance();
    // The database is left open for reading elsewhere while the command runs, with a log beside it.
    const qint64 before = auditCount(m_db);
    QVERIFY(before > 0);

    const Run killed = cli(command, as, step);
    QVERIFY2(killed.killed, qPrintable(QStringLiteral("not killed at %1: exit %2, %3, %4")
                                           .arg(step)
                                           .arg(killed.code)
                                           .arg(QString::fromUtf8(killed.out), killed.err)));
    QVERIFY2(QFileInfo::exists(m_db), "the kill left no database");
    QCOMPARE(raw(m_db, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    const qint64 after = auditCount(m_db);
    QVERIFY(after > 0);

    // The same command run to its end gives the new database.
    CHECK_CODE(cli(command, as), 0);
    const qint64 fresh = auditCount(m_db);
    QVERIFY(fresh != before);
    QCOMPARE(after, replaced ? fresh : before);
    CHECK_CODE(cli({QStringLiteral("check")}), 0);
    QVERIFY(!QFileInfo::exists(m_db + QStringLiteral(".new")));
}

void TestFileSafety::restoreRefusesEmptyFilesAndDevices()
{
    const qint64 before = auditCount(m_db);
    const QString empty = file(QStringLiteral("empty.db"));
    QFile(empty).open(QIODevice::WriteOnly);
    CHECK_REFUSED(cli({QStringLiteral("restore"), empty}, kAvery), QStringLiteral("empty"));
    QCOMPARE(QFileInfo(empty).size(), 0);
    Run zero = cli({QStringLiteral("restore"), QStringLiteral("/dev/zero")}, kAvery, {}, 20000);
    CHECK_REFUSED(zero, QStringLiteral("device"));
    CHECK_REFUSED(cli({QStringLiteral("restore"), m_dir->path()}, kAvery), QStringLiteral("folder"));
    QCOMPARE(auditCount(m_db), before);
    CHECK_CODE(cli({QStringLiteral("check")}), 0);
}

void TestFileSafety::fifosAreRefusedAtOnce()
{
    const QString fifo = file(QStringLiteral("pipe.db"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QElapsedTimer timer;
    timer.start();
    CHECK_REFUSED(cli({QStringLiteral("check")}, {}, {}, 20000, fifo), QStringLiteral("pipe"));
    CHECK_REFUSED(cli({QStringLiteral("restore"), fifo}, kAvery, {}, 20000), QStringLiteral("pipe"));
    CHECK_REFUSED(cli({QStringLiteral("migrate"), QStringLiteral("--from"), fifo, QStringLiteral("--to"),
                       file(QStringLiteral("moved.db"))},
                      kAvery, {}, 20000),
                  QStringLiteral("pipe"));
    QVERIFY(timer.elapsed() < 30000);
    QVERIFY(!QFileInfo::exists(file(QStringLiteral("moved.db"))));
}

void TestFileSafety::emptyDatabaseIsNotGivenASchema()
{
    const QString empty = file(QStringLiteral("zero.db"));
    QFile(empty).open(QIODevice::WriteOnly);
    CHECK_REFUSED(cli({QStringLiteral("check")}, {}, {}, 20000, empty), QStringLiteral("empty"));
    CHECK_REFUSED(cli({QStringLiteral("audit"), QStringLiteral("verify")}, {}, {}, 20000, empty),
                  QStringLiteral("empty"));
    QCOMPARE(QFileInfo(empty).size(), 0);
    QVERIFY(!QFileInfo::exists(empty + QStringLiteral("-wal")));
}

void TestFileSafety::permissionsAreKept()
{
    const QString backup = file(QStringLiteral("copy.db"));
    CHECK_CODE(cli({QStringLiteral("backup"), backup}), 0);
    CHECK_CODE(cli({QStringLiteral("demo"), QStringLiteral("save"), QStringLiteral("kept")}, kAvery), 0);
    QVERIFY(QFile::setPermissions(m_db, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QCOMPARE(modeOf(m_db), 0600);
    CHECK_CODE(cli({QStringLiteral("demo"), QStringLiteral("reset")}), 0);
    QCOMPARE(modeOf(m_db), 0600);
    CHECK_CODE(cli({QStringLiteral("restore"), backup}, kAvery), 0);
    QCOMPARE(modeOf(m_db), 0600);
    CHECK_CODE(cli({QStringLiteral("demo"), QStringLiteral("load"), QStringLiteral("kept")}), 0);
    QCOMPARE(modeOf(m_db), 0600);
    CHECK_CODE(cli({QStringLiteral("init"), QStringLiteral("--demo"), QStringLiteral("--force")}), 0);
    QCOMPARE(modeOf(m_db), 0600);
    // A shared database stays shared.
    QVERIFY(QFile::setPermissions(m_db, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                            QFileDevice::ReadGroup | QFileDevice::WriteGroup));
    CHECK_CODE(cli({QStringLiteral("demo"), QStringLiteral("reset")}), 0);
    QCOMPARE(modeOf(m_db), 0660);
}

void TestFileSafety::copiesAreOwnerOnly()
{
    const QString backup = file(QStringLiteral("copy.db"));
    const Run r = cli({QStringLiteral("backup"), backup});
    CHECK_CODE(r, 0);
    QCOMPARE(modeOf(backup), 0600);
    CHECK_CODE(cli({QStringLiteral("demo"), QStringLiteral("save"), QStringLiteral("mine")}, kAvery), 0);
    QCOMPARE(modeOf(file(QStringLiteral("demo-snapshots/mine.db"))), 0600);
    // A backup over an existing file is refused and the file stays.
    CHECK_REFUSED(cli({QStringLiteral("backup"), backup}), QStringLiteral("exists already"));
    QCOMPARE(raw(backup, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
}

void TestFileSafety::outputsNeverLandOnTheDatabase()
{
    const QByteArray before = [&] {
        QFile f(m_db);
        f.open(QIODevice::ReadOnly);
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    }();
    const QString linked = file(QStringLiteral("link.csv"));
    QVERIFY(QFile::link(m_db, linked));
    for (const QString& target : {m_db, m_db + QStringLiteral("-wal"), linked}) {
        CHECK_REFUSED(
            cli({QStringLiteral("workspace"), QStringLiteral("--csv"), QStringLiteral("--output"), target},
                kEmma),
            QStringLiteral("open database itself"));
        CHECK_REFUSED(cli({QStringLiteral("summary"), QStringLiteral("--location"), kUS,
                           QStringLiteral("--html"), target},
                          kEmma),
                      QStringLiteral("open database itself"));
        CHECK_REFUSED(cli({QStringLiteral("audit"), QStringLiteral("--csv"), target}, kEmma),
                      QStringLiteral("open database itself"));
        CHECK_REFUSED(cli({QStringLiteral("backup"), target}), QStringLiteral("open database itself"));
    }
    CHECK_REFUSED(cli({QStringLiteral("workspace"), QStringLiteral("--csv"), QStringLiteral("--output"),
                       QStringLiteral("/dev/full")},
                      kEmma),
                  QStringLiteral("device"));
    QVERIFY(QFileInfo(QStringLiteral("/dev/full")).exists());
    QFile f(m_db);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256), before);
    CHECK_CODE(cli({QStringLiteral("check")}), 0);
}

void TestFileSafety::fullDiskLeavesNoFileBehind()
{
    const QString out = file(QStringLiteral("out"));
    QVERIFY(QDir().mkpath(out));
    const QString full = QStringLiteral("disk-full");
    CHECK_REFUSED(cli({QStringLiteral("workspace"), QStringLiteral("--csv"), QStringLiteral("--output"),
                       out + QStringLiteral("/w.csv")},
                      kAvery, full),
                  QStringLiteral("The disk is full"));
    CHECK_REFUSED(
        cli({QStringLiteral("audit"), QStringLiteral("--csv"), out + QStringLiteral("/a.csv")}, kAvery, full),
        QStringLiteral("The disk is full"));
    CHECK_REFUSED(cli({QStringLiteral("summary"), QStringLiteral("--location"), kUS, QStringLiteral("--html"),
                       out + QStringLiteral("/s.html")},
                      kAvery, full),
                  QStringLiteral("The disk is full"));
    CHECK_REFUSED(cli({QStringLiteral("backup"), out + QStringLiteral("/b.db")}, {}, full),
                  QStringLiteral("The disk is full"));
    CHECK_REFUSED(cli({QStringLiteral("demo"), QStringLiteral("save"), QStringLiteral("full")}, kAvery, full),
                  QStringLiteral("The disk is full"));
    QCOMPARE(filesIn(out), QStringList());
    QCOMPARE(filesIn(file(QStringLiteral("demo-snapshots"))), QStringList());
    // The same commands with room on the disk write their files.
    CHECK_CODE(
        cli({QStringLiteral("audit"), QStringLiteral("--csv"), out + QStringLiteral("/a.csv")}, kAvery), 0);
    QVERIFY(QFileInfo(out + QStringLiteral("/a.csv")).size() > 0);
}

void TestFileSafety::fullDiskOnOpenSaysSo()
{
    CHECK_REFUSED(cli({QStringLiteral("check")}, {}, QStringLiteral("disk-full-open")),
                  QStringLiteral("The disk is full"));
    CHECK_CODE(cli({QStringLiteral("check")}), 0);
}

void TestFileSafety::writerHoldingTheFileIsNotCalledCutShort()
{
    // A file whose header runs ahead of its size, as while a writer extends it.
    const QString db = file(QStringLiteral("growing.db"));
    QVERIFY(QFile::copy(m_db, db));
    {
        QFile f(db);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(28));
        const QByteArray count = f.read(4);
        const quint32 pages = (quint32(uchar(count[0])) << 24) | (quint32(uchar(count[1])) << 16) |
                              (quint32(uchar(count[2])) << 8) | quint32(uchar(count[3]));
        const quint32 more = pages + 3;
        const char bytes[4] = {char(more >> 24), char(more >> 16), char(more >> 8), char(more)};
        QVERIFY(f.seek(28));
        QCOMPARE(f.write(bytes, 4), qint64(4));
    }
    // Another process holds SQLite's write lock on it, mid-commit.
    const int fd = ::open(QFile::encodeName(db).constData(), O_RDWR);
    QVERIFY(fd >= 0);
    struct flock lock
    {
    };
    lock.l_type = F_WRLCK;
    lock.l_whence = SEEK_SET;
    lock.l_start = 0x40000000 + 2;
    lock.l_len = 510;
    QCOMPARE(::fcntl(fd, F_OFD_SETLK, &lock), 0);
    const Run whileWriting = cli({QStringLiteral("check")}, {}, {}, 60000, db);
    QVERIFY2(!whileWriting.err.contains(QLatin1String("cut short")), qPrintable(whileWriting.err));
    CHECK_REFUSED(whileWriting, QStringLiteral("busy"));
    ::close(fd);
    // Once no one writes, the same file is what it looks like.
    CHECK_REFUSED(cli({QStringLiteral("check")}, {}, {}, 60000, db), QStringLiteral("cut short"));
}

void TestFileSafety::healthyDatabaseUnderWritersIsNeverCalledCutShort()
{
    // Two processes commit and close over and over (each close folds the log into the file and
    // deletes it) while this one opens the file as fast as it can.
    QList<std::shared_ptr<QProcess>> writers;
    for (int w = 0; w < 2; ++w) {
        auto p = std::make_shared<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), file(QStringLiteral("xdg")));
        env.remove(QStringLiteral("INCENTIVES_FAULT"));
        p->setProcessEnvironment(env);
        p->start(
            QStringLiteral("/bin/sh"),
            {QStringLiteral("-c"),
             QStringLiteral("i=0; while [ $i -lt 400 ]; do '%1' --database '%2' --as %3 clock advance 1h "
                            ">/dev/null 2>&1; i=$((i+1)); done")
                 .arg(m_cli, m_db, kAvery)});
        QVERIFY(p->waitForStarted());
        writers.append(p);
    }
    QElapsedTimer timer;
    timer.start();
    int opened = 0;
    QStringList alarms;
    while (timer.elapsed() < 12000) {
        auto db = incentives::Database::open(m_db, incentives::Database::OpenMode::MustExist);
        if (db)
            ++opened;
        else if (db.error().message.contains(QLatin1String("cut short")) ||
                 db.error().message.contains(QLatin1String("damaged")))
            alarms.append(db.error().message);
    }
    for (const auto& p : writers) {
        p->kill();
        p->waitForFinished();
    }
    QVERIFY2(alarms.isEmpty(), qPrintable(alarms.join(QLatin1Char('\n'))));
    QVERIFY(opened > 10);
    CHECK_CODE(cli({QStringLiteral("check")}), 0);
}

void TestFileSafety::missingTriggersAreRefused()
{
    const QString backup = file(QStringLiteral("copy.db"));
    CHECK_CODE(cli({QStringLiteral("backup"), backup}), 0);
    raw(backup, QStringLiteral("DROP TRIGGER audit_log_no_delete"));
    const qint64 before = auditCount(m_db);
    CHECK_REFUSED(cli({QStringLiteral("restore"), backup}, kAvery),
                  QStringLiteral("audit_log_no_delete is missing"));
    QCOMPARE(auditCount(m_db), before);
    // check notices the same on the database itself, and an object altered.
    raw(m_db, QStringLiteral("DROP TRIGGER audit_log_no_update"));
    CHECK_REFUSED(cli({QStringLiteral("check")}), QStringLiteral("audit_log_no_update is missing"));
    raw(m_db,
        QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT 1; END"));
    CHECK_REFUSED(cli({QStringLiteral("check")}), QStringLiteral("audit_log_no_update was altered"));
    // A snapshot without the guard is not loaded either.
    CHECK_CODE(cli({QStringLiteral("demo"), QStringLiteral("reset")}), 0);
    CHECK_CODE(cli({QStringLiteral("demo"), QStringLiteral("save"), QStringLiteral("bare")}, kAvery), 0);
    raw(file(QStringLiteral("demo-snapshots/bare.db")), QStringLiteral("DROP TRIGGER audit_log_no_delete"));
    CHECK_REFUSED(cli({QStringLiteral("demo"), QStringLiteral("load"), QStringLiteral("bare")}),
                  QStringLiteral("missing"));
}

void TestFileSafety::brokenChainSnapshotIsRefused()
{
    CHECK_CODE(cli({QStringLiteral("demo"), QStringLiteral("save"), QStringLiteral("forged")}, kAvery), 0);
    const QString snapshot = file(QStringLiteral("demo-snapshots/forged.db"));
    raw(snapshot, QStringLiteral("DROP TRIGGER audit_log_no_update"));
    raw(snapshot, QStringLiteral("UPDATE audit_log SET details = 'nothing happened' WHERE id = 2"));
    raw(snapshot, QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
                                 "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"));
    const qint64 before = auditCount(m_db);
    CHECK_REFUSED(cli({QStringLiteral("demo"), QStringLiteral("load"), QStringLiteral("forged")}),
                  QStringLiteral("audit log"));
    QCOMPARE(auditCount(m_db), before);
}

void TestFileSafety::anchorCatchesDeletedAndRewrittenRecords()
{
    advance();
    const QString kept = anchor();
    QVERIFY2(QRegularExpression(QStringLiteral("^[0-9]+:[0-9a-f]{64}$")).match(kept).hasMatch(),
             qPrintable(kept));
    CHECK_CODE(cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--anchor"), kept}), 0);
    const QString guard =
        raw(m_db, QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'audit_log_no_delete'"))
            .toString();
    const QString updateGuard =
        raw(m_db, QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'audit_log_no_update'"))
            .toString();
    QVERIFY(!guard.isEmpty() && !updateGuard.isEmpty());

    // Deleting the newest records leaves an intact chain; only the anchor shows the loss.
    const QString truncated = file(QStringLiteral("truncated.db"));
    QVERIFY(QFile::copy(m_db, truncated));
    raw(truncated, QStringLiteral("DROP TRIGGER audit_log_no_delete"));
    raw(truncated, QStringLiteral("DELETE FROM audit_log WHERE id > (SELECT MAX(id) - 3 FROM audit_log)"));
    raw(truncated, guard);
    CHECK_CODE(cli({QStringLiteral("audit"), QStringLiteral("verify")}, {}, {}, 60000, truncated), 0);
    CHECK_REFUSED(cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--anchor"), kept},
                      {}, {}, 60000, truncated),
                  QStringLiteral("deleted"));

    // Rewriting a record and recomputing every hash after it also leaves an intact chain.
    const QString rewritten = file(QStringLiteral("rewritten.db"));
    QVERIFY(QFile::copy(m_db, rewritten));
    raw(rewritten, QStringLiteral("DROP TRIGGER audit_log_no_update"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("forge"));
        db.setDatabaseName(rewritten);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT id, at, actor_id, actor, action, partner_id, program, details "
                                      "FROM audit_log ORDER BY id")));
        QList<incentives::AuditEntry> entries;
        while (q.next()) {
            incentives::AuditEntry e;
            e.id = q.value(0).toLongLong();
            e.at = QDateTime::fromSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
            e.actorId = q.value(2).toLongLong();
            e.actor = q.value(3).toString();
            e.action = q.value(4).toString();
            e.partnerId = q.value(5).toString();
            e.program = q.value(6).toString();
            e.details = q.value(7).toString();
            entries.append(e);
        }
        QVERIFY(entries.size() > 3);
        entries[1].details = QStringLiteral("nothing to see");
        QString prev(64, QLatin1Char('0'));
        for (incentives::AuditEntry& e : entries) {
            e.prevHash = prev;
            e.hash = incentives::AuditRepository::hashOf(e);
            prev = e.hash;
            QSqlQuery u(db);
            u.prepare(
                QStringLiteral("UPDATE audit_log SET details = ?, prev_hash = ?, hash = ? WHERE id = ?"));
            u.addBindValue(e.details);
            u.addBindValue(e.prevHash);
            u.addBindValue(e.hash);
            u.addBindValue(e.id);
            QVERIFY(u.exec());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("forge"));
    raw(rewritten, updateGuard);
    CHECK_CODE(cli({QStringLiteral("audit"), QStringLiteral("verify")}, {}, {}, 60000, rewritten), 0);
    CHECK_REFUSED(cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--anchor"), kept},
                      {}, {}, 60000, rewritten),
                  QStringLiteral("rewritten"));

    // This computer remembers the head it saw: a database put back shorter draws a warning.
    QVERIFY(QFile::remove(m_db));
    QVERIFY(QFile::copy(truncated, m_db));
    const Run warned = cli({QStringLiteral("audit"), QStringLiteral("verify")});
    CHECK_CODE(warned, 0);
    QVERIFY2(warned.err.contains(QLatin1String("warning")) && warned.err.contains(QLatin1String("deleted")),
             qPrintable(warned.err));
    // A malformed anchor is a usage error.
    CHECK_CODE(cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--anchor"),
                    QStringLiteral("12:nothex")}),
               2);
}

void TestFileSafety::freeTextRefusesControlCharacters()
{
    CHECK_CODE(cli({QStringLiteral("submit"), kSecurity, QStringLiteral("--location"), kUS}, kBao), 0);
    for (const QString& reason :
         {QStringLiteral("Bad \x1b[2Jletter"), QStringLiteral("Letter \u202Etxt.exe")}) {
        const Run r = cli({QStringLiteral("validation"), QStringLiteral("reject"), kSecurity,
                           QStringLiteral("--location"), kUS, QStringLiteral("--reason"), reason},
                          kAvery);
        CHECK_REFUSED(r, QStringLiteral("reason"));
        QVERIFY(!r.err.contains(QChar(0x1b)) && !r.err.contains(QChar(0x202E)));
    }
    const Run ok =
        cli({QStringLiteral("validation"), QStringLiteral("reject"), kSecurity, QStringLiteral("--location"),
             kUS, QStringLiteral("--reason"), QStringLiteral("The letter is unreadable.")},
            kAvery);
    CHECK_CODE(ok, 0);
}

void TestFileSafety::terminalNeverGetsRawControlCharacters()
{
    if (QStandardPaths::findExecutable(QStringLiteral("script")).isEmpty())
        QSKIP("needs script(1) for a terminal");
    // Text stored before the rules existed (or written straight into the file).
    raw(m_db,
        QStringLiteral("UPDATE locations SET name = 'Contoso' || char(27) || '[2J' || char(8238) || 'evil' "
                       "WHERE partner_id = '4649101'"));
    const QString command =
        QStringLiteral("'%1' --database '%2' --as %3 summary --location %4").arg(m_cli, m_db, kAvery, kUS);
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), file(QStringLiteral("xdg")));
    env.remove(QStringLiteral("INCENTIVES_FAULT"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("script"), {QStringLiteral("-qec"), command, QStringLiteral("/dev/null")});
    QVERIFY(p.waitForFinished(60000));
    const QByteArray out = p.readAllStandardOutput();
    QVERIFY2(out.contains("Contoso"), out.constData());
    QVERIFY2(out.contains("\\u001b"), out.constData());
    QVERIFY(!out.contains('\x1b'));
    QVERIFY(!out.contains(QStringLiteral("\u202E").toUtf8()));
}

QTEST_GUILESS_MAIN(TestFileSafety)
#include "tst_filesafety.moc"
