// Kills a process that writes through the services at random moments, again and again, and checks
// after each kill that the database is intact, its invariants hold, and every change the process
// reported as committed is there. INCENTIVES_STRESS_KILLS sets how many kills (default 100).
#include "services/demo/DemoSeed.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace incentives;

class TestStress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedWritersLoseNothing();
};

void TestStress::killedWritersLoseNothing()
{
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("stress.db"));
    {
        auto ctx = AppContext::open(path, Database::OpenMode::CreateIfMissing);
        QVERIFY(ctx && seed::demo(**ctx));
    }
    const QString child = qEnvironmentVariable("INCENTIVES_STRESS_CHILD");
    QVERIFY2(!child.isEmpty(), "INCENTIVES_STRESS_CHILD is not set");
    const int kills = qEnvironmentVariableIsSet("INCENTIVES_STRESS_KILLS")
                          ? qEnvironmentVariable("INCENTIVES_STRESS_KILLS").toInt()
                          : 100;
    QRandomGenerator random(20271);
    int committedSeen = 0;
    for (int round = 0; round < kills; ++round) {
        QProcess worker;
        worker.setProcessChannelMode(QProcess::SeparateChannels);
        worker.start(child, {path, QString::number(random.generate())});
        QVERIFY2(worker.waitForStarted(10000), qPrintable(worker.errorString()));
        QTest::qWait(int(random.bounded(30, 250)));
        ::kill(pid_t(worker.processId()), SIGKILL);
        QVERIFY(worker.waitForFinished(10000));
        QVERIFY2(worker.exitStatus() == QProcess::CrashExit || worker.exitCode() == 0,
                 qPrintable(QStringLiteral("round %1: the worker failed on its own: %2")
                                .arg(round)
                                .arg(QString::fromUtf8(worker.readAllStandardError()))));
        const QStringList lines = QString::fromUtf8(worker.readAllStandardOutput()).split(QLatin1Char('\n'));

        auto ctx = AppContext::open(path, Database::OpenMode::MustExist);
        QVERIFY2(ctx, qPrintable(ctx ? QString() : ctx.error().message));
        Database& db = (*ctx)->db();
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA integrity_check"))->toString(), QStringLiteral("ok"));
        QVERIFY(db.scalar(QStringLiteral("PRAGMA foreign_key_check"))->isNull());
        QCOMPARE(db.scalar(QStringLiteral(
                               "SELECT COUNT(*) FROM (SELECT location_id FROM role_assignments WHERE role = "
                               "'incentives-admin' GROUP BY location_id HAVING COUNT(*) > 1) x"))
                     ->toInt(),
                 0);
        QCOMPARE(db.scalar(QStringLiteral(
                               "SELECT COUNT(*) FROM enrollments e WHERE e.status = 'validating' AND NOT "
                               "EXISTS (SELECT 1 FROM validation_requests v WHERE v.enrollment_id = e.id "
                               "AND v.state = 'pending')"))
                     ->toInt(),
                 0);
        QCOMPARE((*ctx)->auditLog().verify().value(), Id(0));
        for (const QString& line : lines) {
            const QStringList parts = line.split(QLatin1Char(' '));
            if (parts.size() != 3 || parts.at(0) != QLatin1String("COMMITTED"))
                continue;
            auto hash = db.scalar(QStringLiteral("SELECT hash FROM audit_log WHERE id = ?"),
                                  {parts.at(1).toLongLong()});
            QVERIFY2(
                hash && hash->toString() == parts.at(2),
                qPrintable(
                    QStringLiteral("round %1: committed change %2 is missing").arg(round).arg(parts.at(1))));
            ++committedSeen;
        }
    }
    qInfo("%d kills, %d committed changes checked", kills, committedSeen);
    QVERIFY(committedSeen > 0);
}

QTEST_GUILESS_MAIN(TestStress)
#include "tst_stress.moc"
