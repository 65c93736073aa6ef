// Signing in through the real incentives-cli executable (INCENTIVES_CLI, set by CTest) takes the
// same time whether the email is unknown, belongs to a deactivated account, or the password is
// wrong, so that the answer's timing does not tell which accounts exist. Each attempt is a new
// process, as on a command line.
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

namespace {

const QString kAdmin = QStringLiteral("admin@timing.example");
const QString kGone = QStringLiteral("gone@timing.example");
const QString kPassword = QStringLiteral("Timing-Passw0rd-2024");

struct Run
{
    int code = -1;
    QByteArray out;
    QString err;
    qint64 ms = 0;
};

double median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? double(values.at(n / 2)) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

} // namespace

class TestSignInTiming : public QObject
{
    Q_OBJECT

private:
    Run cli(const QStringList& arguments, const QString& as, const QString& password = {},
            const QString& newPassword = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char* name :
             {"INCENTIVES_AS", "INCENTIVES_PASSWORD", "INCENTIVES_NEW_PASSWORD", "INCENTIVES_FAULT"})
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")));
        if (!password.isEmpty())
            env.insert(QStringLiteral("INCENTIVES_PASSWORD"), password);
        if (!newPassword.isEmpty())
            env.insert(QStringLiteral("INCENTIVES_NEW_PASSWORD"), newPassword);
        p.setProcessEnvironment(env);
        QStringList all{QStringLiteral("--database"), m_db};
        if (!as.isEmpty())
            all << QStringLiteral("--as") << as;
        QElapsedTimer timer;
        timer.start();
        p.start(m_cli, all + arguments);
        Run r;
        if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.ms = timer.elapsed();
        r.code = p.exitCode();
        r.out = p.readAllStandardOutput();
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }
    // Failed attempts are throttled per email; the measurement wants the Argon2id work alone.
    void forgetFailures()
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("reset"));
            db.setDatabaseName(m_db);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("DELETE FROM sign_in_failures")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("reset"));
    }

    QString m_cli;
    QTemporaryDir m_dir;
    QString m_db;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_cli = qEnvironmentVariable("INCENTIVES_CLI");
        QVERIFY2(QFileInfo(m_cli).isExecutable(), "set INCENTIVES_CLI to the incentives-cli executable");
        m_db = m_dir.filePath(QStringLiteral("timing.db"));
    }

    void unknownDeactivatedAndWrongPasswordTakeTheSameTime()
    {
        const Run created =
            cli({QStringLiteral("--json"), QStringLiteral("init"), QStringLiteral("--empty"),
                 QStringLiteral("--org"), QStringLiteral("Timing Co"), QStringLiteral("--admin"), kAdmin},
                {});
        QCOMPARE(created.code, 0);
        const QString temporary = QJsonDocument::fromJson(created.out)
                                      .object()
                                      .value(QStringLiteral("temporary_password"))
                                      .toString();
        QVERIFY(!temporary.isEmpty());
        QCOMPARE(cli({QStringLiteral("password")}, kAdmin, temporary, kPassword).code, 0);
        QCOMPARE(cli({QStringLiteral("users"), QStringLiteral("add"), kGone, QStringLiteral("Gone User")},
                     kAdmin, kPassword)
                     .code,
                 0);
        QCOMPARE(cli({QStringLiteral("users"), QStringLiteral("deactivate"), kGone}, kAdmin, kPassword).code,
                 0);

        QList<qint64> unknown;
        QList<qint64> deactivated;
        QList<qint64> wrong;
        const QString guess = QStringLiteral("Not-the-passw0rd-99");
        // One round unmeasured, so that every file the runs read is in the page cache.
        forgetFailures();
        for (const QString& who : {QStringLiteral("warm@timing.example"), kGone, kAdmin})
            QCOMPARE(cli({QStringLiteral("inbox")}, who, guess).code, 1);
        for (int i = 0; i < 20; ++i) {
            // Interleaved, in a rotating order, so that a busy moment of the machine and the
            // position in a round weigh on all three alike.
            forgetFailures();
            Run a;
            Run b;
            Run c;
            for (int k = 0; k < 3; ++k) {
                const int kind = (i + k) % 3;
                if (kind == 0)
                    a = cli({QStringLiteral("inbox")}, QStringLiteral("nobody%1@timing.example").arg(i),
                            guess);
                else if (kind == 1)
                    b = cli({QStringLiteral("inbox")}, kGone, guess);
                else
                    c = cli({QStringLiteral("inbox")}, kAdmin, guess);
            }
            for (const Run* r : {&a, &b, &c}) {
                QCOMPARE(r->code, 1);
                QVERIFY2(!r->err.contains(QLatin1String("Too many")), qPrintable(r->err));
            }
            // The three answers say the same.
            QCOMPARE(a.err, b.err);
            QCOMPARE(b.err, c.err);
            unknown.append(a.ms);
            deactivated.append(b.ms);
            wrong.append(c.ms);
        }
        const double mu = median(unknown);
        const double md = median(deactivated);
        const double mw = median(wrong);
        qInfo("median sign-in time: unknown %.0f ms, deactivated %.0f ms, wrong password %.0f ms", mu, md,
              mw);
        const double low = std::min({mu, md, mw});
        const double high = std::max({mu, md, mw});
        QVERIFY2(
            high <= low * 1.15,
            qPrintable(
                QStringLiteral("medians %1, %2 and %3 ms differ by more than 15%").arg(mu).arg(md).arg(mw)));
    }
};

QTEST_GUILESS_MAIN(TestSignInTiming)
#include "tst_signintiming.moc"
