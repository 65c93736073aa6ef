// The app's start on a database file, as the start-up controller runs it: a first start gets the
// demo; a file that cannot be opened is never touched, and the person's answers (another file, a
// new demo, giving up) are followed, as often as they are asked.
#include "services/StartUp.h"
#include "store/Transaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "TestDatabase.h"
#include <QThread>

#include <thread>

using namespace incentives;
using startup::Choice;

namespace {

QByteArray digest(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void write(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), qint64(bytes.size()));
}

} // namespace

class TestStartUp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void firstStartGetsTheDemo();
    void damagedFileIsNeverTouched_data();
    void damagedFileIsNeverTouched();
    void answersAreFollowedUntilOneOpens();
    void deferredCheckFindsDamageAndBlocksWrites_data();
    void deferredCheckFindsDamageAndBlocksWrites();
    void deferredCheckLetsAnIntactFileBeWritten();
    void aLongCheckRefusesWritesInsteadOfFreezing();
    void anOldFileIsUpgradedThroughWait();
    void aFailedUpgradeIsAskedAbout();
    void aServerIsNeverGivenTheDemo();
    void cleanup()
    {
        Database::setIntegrityCheckDeferred(false);
        qunsetenv("INCENTIVES_FAULT");
    }

private:
    QTemporaryDir m_dir;
};

void TestStartUp::firstStartGetsTheDemo()
{
    const QString path = m_dir.filePath(QStringLiteral("first.db"));
    int asked = 0;
    auto session = startup::open(path, [&](const QString&, const Error&) {
        ++asked;
        return Choice{};
    });
    QVERIFY(session);
    QCOMPARE(asked, 0);
    QVERIFY((*session)->holdsOrganization());
    QVERIFY((*session)->context().clock().isDemo());
}

void TestStartUp::damagedFileIsNeverTouched_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("random bytes") << QByteArray(8192, '\x5a');
    QTest::newRow("another program's text") << QByteArray("name,amount\nalpha,1\n");
    QByteArray header("SQLite format 3");
    header.append('\0');
    header.append(QByteArray(4080, '\x01'));
    QTest::newRow("a damaged SQLite header") << header;
}

void TestStartUp::damagedFileIsNeverTouched()
{
    QFETCH(QByteArray, content);
    const QString path = m_dir.filePath(
        QStringLiteral("damaged-%1.db")
            .arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))));
    write(path, content);
    const QByteArray before = digest(path);
    QString askedAbout;
    QString why;
    auto session = startup::open(path, [&](const QString& at, const Error& error) {
        askedAbout = at;
        why = error.message;
        return Choice{}; // gives up
    });
    QVERIFY(!session);
    QCOMPARE(askedAbout, path);
    QVERIFY(!why.isEmpty());
    QCOMPARE(digest(path), before);
}

void TestStartUp::answersAreFollowedUntilOneOpens()
{
    const QString damaged = m_dir.filePath(QStringLiteral("broken.db"));
    write(damaged, QByteArray(4096, '\x33'));
    const QByteArray before = digest(damaged);
    const QString alsoBroken = m_dir.filePath(QStringLiteral("also-broken.db"));
    write(alsoBroken, QByteArray("not a database"));
    const QString fresh = m_dir.filePath(QStringLiteral("chosen-demo.db"));
    // First another file that cannot be opened either, then a new demo.
    QStringList asked;
    auto session = startup::open(damaged, [&](const QString& at, const Error&) {
        asked.append(at);
        if (asked.size() == 1)
            return Choice{Choice::Kind::OpenOther, alsoBroken};
        return Choice{Choice::Kind::NewDemo, fresh};
    });
    QVERIFY(session);
    QCOMPARE(asked, (QStringList{damaged, alsoBroken}));
    QCOMPARE((*session)->context().db().path(), QFileInfo(fresh).absoluteFilePath());
    QVERIFY((*session)->holdsOrganization());
    QCOMPARE(digest(damaged), before);
}

namespace {

// A demo database whose pages near the end (indexes and the audit log, which opening does not
// read) are garbage, the header and the size left right.
QString damagedDemo(const QString& path)
{
    {
        auto session = startup::open(path, [](const QString&, const Error&) { return Choice{}; });
        if (!session)
            return {};
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite))
        return {};
    QByteArray all = f.readAll();
    const int pageSize = (uchar(all.at(16)) << 8) | uchar(all.at(17));
    const int pages = int(all.size() / pageSize);
    for (int i = pageSize * (pages - 4); i < pageSize * (pages - 1); ++i)
        all[i] = char(0x5a ^ (i & 0xff));
    f.seek(0);
    f.write(all);
    return path;
}

} // namespace

void TestStartUp::deferredCheckFindsDamageAndBlocksWrites_data()
{
    QTest::addColumn<bool>("writeFirst");
    QTest::newRow("the check reports, then a write") << false;
    QTest::newRow("a write before the check began") << true;
}

void TestStartUp::deferredCheckFindsDamageAndBlocksWrites()
{
    QFETCH(bool, writeFirst);
    const QString path = damagedDemo(m_dir.filePath(QStringLiteral("late-%1.db").arg(int(writeFirst))));
    QVERIFY(!path.isEmpty());
    const QByteArray before = digest(path);

    // Opening reads only what it needs: the damage is not found yet, and nothing was written.
    Database::setIntegrityCheckDeferred(true);
    auto session = startup::open(path, [](const QString&, const Error&) { return Choice{}; });
    QVERIFY(session);
    QSignalSpy damaged(session->get(), &Session::damaged);
    if (!writeFirst) {
        (*session)->checkInBackground();
        QTRY_COMPARE_WITH_TIMEOUT(damaged.count(), 1, 20000);
        QVERIFY(damaged.first().first().toString().contains(QLatin1String("damaged")));
    }

    // Every write is refused, through a transaction or a service.
    {
        Transaction tx((*session)->context().db());
        QVERIFY(!tx.active());
        QVERIFY(tx.error().message.contains(QLatin1String("damaged")));
    }
    QVERIFY(!(*session)->signIn(QStringLiteral("farah.haddad@contoso.example")).ok() ||
            (*session)->signedIn());
    if ((*session)->signedIn()) {
        auto added = (*session)->directory().addUser(
            (*session)->actor(), QStringLiteral("new.person@contoso.example"), QStringLiteral("New Person"));
        QVERIFY(!added);
        QVERIFY(added.error().message.contains(QLatin1String("damaged")));
    }
    session->reset();
    QCOMPARE(digest(path), before);
}

void TestStartUp::deferredCheckLetsAnIntactFileBeWritten()
{
    const QString path = m_dir.filePath(QStringLiteral("intact.db"));
    {
        auto first = startup::open(path, [](const QString&, const Error&) { return Choice{}; });
        QVERIFY(first);
    }
    Database::setIntegrityCheckDeferred(true);
    auto session = startup::open(path, [](const QString&, const Error&) { return Choice{}; });
    QVERIFY(session);
    QSignalSpy damaged(session->get(), &Session::damaged);
    (*session)->checkInBackground();
    QVERIFY((*session)->signIn(QStringLiteral("farah.haddad@contoso.example")));
    auto added = (*session)->directory().addUser(
        (*session)->actor(), QStringLiteral("new.person@contoso.example"), QStringLiteral("New Person"));
    QVERIFY2(added, added ? "" : qPrintable(added.error().message));
    QTest::qWait(50);
    QCOMPARE(damaged.count(), 0);
}

void TestStartUp::aLongCheckRefusesWritesInsteadOfFreezing()
{
    // A file whose clock has not been caught up yet: opening it would write the catching up.
    const QString path = m_dir.filePath(QStringLiteral("long-check.db"));
    {
        auto first = startup::open(path, [](const QString&, const Error&) { return Choice{}; });
        QVERIFY(first);
        QVERIFY((*first)->context().clock().processedUntil().isValid());
        auto cleared = (*first)->context().db().exec(
            QStringLiteral("DELETE FROM settings WHERE key = 'processed_until'"));
        QVERIFY2(cleared, cleared ? "" : qPrintable(cleared.error().message));
    }

    // The check of a file of millions of rows: seconds, not milliseconds.
    qputenv("INCENTIVES_FAULT", "slow-check");
    Database::setIntegrityCheckDeferred(true);
    auto session = startup::open(path, [](const QString&, const Error&) { return Choice{}; });
    QVERIFY(session);
    Database& db = (*session)->context().db();
    QVERIFY(db.integrityVerdictPending());
    // Opening wrote nothing: the catching up waits for the verdict.
    QVERIFY(!(*session)->context().clock().processedUntil().isValid());
    QSignalSpy changed(session->get(), &Session::changed);
    (*session)->checkInBackground();
    QVERIFY((*session)->signIn(QStringLiteral("farah.haddad@contoso.example")));

    // A change while the check runs is refused at once, with the reason; nothing is written.
    QElapsedTimer waited;
    waited.start();
    auto added = (*session)->directory().addUser(
        (*session)->actor(), QStringLiteral("early.person@contoso.example"), QStringLiteral("Early Person"));
    QVERIFY(!added);
    QVERIFY2(waited.elapsed() < 2000, qPrintable(QString::number(waited.elapsed())));
    QVERIFY2(added.error().message.contains(QLatin1String("still being checked")),
             qPrintable(added.error().message));
    QVERIFY(!(*session)->context().directory().userByEmail(QStringLiteral("early.person@contoso.example")));
    // A reload meanwhile (a change elsewhere, the clock) reads but does not write.
    (*session)->reloadNow();
    QVERIFY(!(*session)->context().clock().processedUntil().isValid());

    // The verdict: intact. The catching up is done by itself, and changes go through again.
    QTRY_VERIFY_WITH_TIMEOUT(!db.integrityVerdictPending(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT((*session)->context().clock().processedUntil().isValid(), 5000);
    QVERIFY(changed.count() >= 1);
    added = (*session)->directory().addUser(
        (*session)->actor(), QStringLiteral("early.person@contoso.example"), QStringLiteral("Early Person"));
    QVERIFY2(added, added ? "" : qPrintable(added.error().message));
}

QTEST_GUILESS_MAIN(TestStartUp)
#include "tst_startup.moc"

void TestStartUp::anOldFileIsUpgradedThroughWait()
{
    const QString fixture = QFINDTESTDATA(QStringLiteral("../data/incentives-v2.db"));
    QVERIFY(!fixture.isEmpty());
    const QString path = m_dir.filePath(QStringLiteral("old-v2.db"));
    QVERIFY(QFile::copy(fixture, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    QVERIFY(Database::fileNeedsUpgrade(path));
    // Nothing else is taken for a file to upgrade.
    QVERIFY(!Database::fileNeedsUpgrade(m_dir.filePath(QStringLiteral("missing.db"))));
    QVERIFY(!Database::fileNeedsUpgrade(QStringLiteral("postgresql://incentives@127.0.0.1:1/none")));
    const QString text = m_dir.filePath(QStringLiteral("text.db"));
    write(text, QByteArray(4096, 'x'));
    QVERIFY(!Database::fileNeedsUpgrade(text));

    // The window's way: the work on another thread while the caller waits.
    Database::setIntegrityCheckDeferred(true);
    QStringList waitedFor;
    bool elsewhere = false;
    const auto wait = [&](const QString& what, const std::function<Status()>& work) {
        waitedFor.append(what);
        Status outcome;
        std::thread worker([&] {
            elsewhere = QThread::currentThread() != qApp->thread();
            outcome = work();
        });
        worker.join();
        return outcome;
    };
    int asked = 0;
    const auto ask = [&](const QString&, const Error&) {
        ++asked;
        return Choice{};
    };
    {
        auto session = startup::open(path, ask, wait);
        QVERIFY2(session, session ? "" : qPrintable(session.error().message));
        QCOMPARE(asked, 0);
        QCOMPARE(waitedFor.size(), 1);
        QCOMPARE(waitedFor.first(), startup::upgradeMessage(path));
        QVERIFY(waitedFor.first().contains(QDir::toNativeSeparators(path)));
        QVERIFY(elsewhere);
        // Upgraded there, with its copy as it was beside it; opened here as a current file, whose
        // check is left for the background.
        QVERIFY(!Database::fileNeedsUpgrade(path));
        QCOMPARE((*session)->context().db().schemaVersion(), Database::kSchemaVersion);
        QVERIFY(QFileInfo::exists(path + QStringLiteral(".before-v%1").arg(Database::kSchemaVersion)));
        QVERIFY((*session)->context().db().integrityVerdictPending());
        QCOMPARE(
            (*session)->context().db().scalar(QStringLiteral("SELECT COUNT(*) FROM enrollments"))->toInt(),
            54);
    }
    // A current file is not waited for.
    auto again = startup::open(path, ask, wait);
    QVERIFY(again);
    QCOMPARE(waitedFor.size(), 1);
}

void TestStartUp::aFailedUpgradeIsAskedAbout()
{
    const QString fixture = QFINDTESTDATA(QStringLiteral("../data/incentives-v2.db"));
    QVERIFY(!fixture.isEmpty());
    const QString path = m_dir.filePath(QStringLiteral("old-full-disk.db"));
    QVERIFY(QFile::copy(fixture, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray before = digest(path);
    // The disk has not a byte left: the upgrade cannot read the file.
    qputenv("INCENTIVES_FAULT", "disk-full-open");
    int waited = 0;
    QString why;
    QString askedAbout;
    auto session = startup::open(
        path,
        [&](const QString& at, const Error& error) {
            askedAbout = at;
            why = error.message;
            return Choice{};
        },
        [&](const QString&, const std::function<Status()>& work) {
            ++waited;
            return work();
        });
    QVERIFY(!session);
    QCOMPARE(askedAbout, path);
    QCOMPARE(waited, 1);
    QVERIFY2(why.contains(QLatin1String("disk is full")), qPrintable(why));
    QCOMPARE(digest(path), before);
    QVERIFY(!QFileInfo::exists(path + QStringLiteral(".before-v%1").arg(Database::kSchemaVersion)));
}

void TestStartUp::aServerIsNeverGivenTheDemo()
{
    // A server that cannot be reached is asked about; nothing is created anywhere, neither there nor
    // in a file of that name.
    const QString url = QStringLiteral("postgresql://nobody@127.0.0.1:1/incentives");
    QStringList asked;
    auto session = startup::open(url, [&](const QString& at, const Error& error) {
        asked << at + QStringLiteral(": ") + error.message;
        return Choice{};
    });
    QVERIFY(!session);
    QCOMPARE(asked.size(), 1);
    QVERIFY2(asked.first().startsWith(url), qPrintable(asked.first()));
    QVERIFY2(!asked.first().contains(QLatin1String("demo")), qPrintable(asked.first()));
    QVERIFY(!QFileInfo::exists(url));

    // A reachable server database without an organization is not given the demo either.
    if (!testdb::onServer())
        return;
    const QString empty = testdb::fresh(m_dir, QStringLiteral("no-organization"));
    asked.clear();
    session = startup::open(empty, [&](const QString& at, const Error& error) {
        asked << at + QStringLiteral(": ") + error.message;
        return Choice{};
    });
    QVERIFY(!session);
    QCOMPARE(asked.size(), 1);
    {
        QSqlDatabase raw = testdb::openRaw(empty, QStringLiteral("no-organization"));
        QVERIFY(raw.isOpen());
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM information_schema.tables WHERE table_name IN "
                                      "('organization', 'enrollments')")));
        QVERIFY(q.next());
        if (q.value(0).toInt() > 0) {
            QVERIFY(q.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM organization) + (SELECT COUNT(*) "
                                          "FROM enrollments)")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 0);
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("no-organization"));
    testdb::discard(empty);
}
