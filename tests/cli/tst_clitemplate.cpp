// incentives-cli with demo templates, through the real executable (INCENTIVES_CLI): init --demo
// --template builds a customer's demo, refuses a template with mistakes (every one on its own line)
// or an impossible status without leaving a file, and demo export-template round-trips.
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

const QString kTemplate = QStringLiteral(INCENTIVES_TEST_DATA "/templates/fabrikam.json");

} // namespace

class TestCliTemplate : public QObject
{
    Q_OBJECT

private:
    Run cli(const QStringList& arguments)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("INCENTIVES_AS"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")));
        p.setProcessEnvironment(env);
        p.start(m_cli, arguments);
        Run r;
        if (!p.waitForFinished(120000))
            return r;
        r.code = p.exitCode();
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }
    QString path(const char* name) { return m_dir.filePath(QString::fromLatin1(name)); }
    // The workspace's status of each program at each location, "program@partnerId" -> status.
    QHash<QString, QString> statuses(const QString& db, const QString& as)
    {
        const Run r = cli({QStringLiteral("--database"), db, QStringLiteral("--as"), as,
                           QStringLiteral("--json"), QStringLiteral("workspace")});
        QHash<QString, QString> out;
        const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).array();
        for (const QJsonValue& v : rows) {
            const QJsonObject o = v.toObject();
            out.insert(o.value(QStringLiteral("program")).toString() + QLatin1Char('@') +
                           o.value(QStringLiteral("location")).toString(),
                       o.value(QStringLiteral("status")).toString());
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_cli = qEnvironmentVariable("INCENTIVES_CLI");
        QVERIFY2(QFileInfo(m_cli).isExecutable(), "set INCENTIVES_CLI to the incentives-cli executable");
    }

    void initFromTemplateReachesItsStatuses()
    {
        const QString db = path("fabrikam.db");
        const Run r = cli({QStringLiteral("--database"), db, QStringLiteral("init"), QStringLiteral("--demo"),
                           QStringLiteral("--template"), kTemplate});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const auto s = statuses(db, QStringLiteral("hanna.berg@fabrikam.example"));
        QCOMPARE(s.size(), 4);
        QCOMPARE(s.value(QStringLiteral("Microsoft Commerce Incentives@5550001")),
                 QStringLiteral("enrolled"));
        QCOMPARE(s.value(QStringLiteral("Microsoft Commerce Incentives@5550002")),
                 QStringLiteral("validating"));
        QCOMPARE(s.value(QStringLiteral("CSP Indirect Reseller Incentives@5550002")),
                 QStringLiteral("enrolling"));
        QCOMPARE(s.value(QStringLiteral("CSP Indirect Reseller Incentives@5550001")),
                 QStringLiteral("ineligible"));
        // The Incentives user of Germany sees Germany only.
        QCOMPARE(statuses(db, QStringLiteral("lena.vogel@fabrikam.example")).size(), 2);
    }

    void mistakesAreListedAndNothingIsWritten()
    {
        QFile in(kTemplate);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QJsonObject o = QJsonDocument::fromJson(in.readAll()).object();
        QJsonArray locations = o.value(QStringLiteral("locations")).toArray();
        QJsonObject first = locations.at(0).toObject();
        first.insert(QStringLiteral("partnerId"), QStringLiteral("12"));
        first.insert(QStringLiteral("colour"), QStringLiteral("blue"));
        locations.replace(0, first);
        o.insert(QStringLiteral("locations"), locations);
        QFile out(path("bad.json"));
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(QJsonDocument(o).toJson());
        out.close();
        const QString db = path("bad.db");
        const Run r = cli({QStringLiteral("--database"), db, QStringLiteral("init"), QStringLiteral("--demo"),
                           QStringLiteral("--template"), out.fileName()});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("locations[0].partnerId:")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("locations[0].colour: unknown key")), qPrintable(r.err));
        QVERIFY(r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size() >= 3);
        QVERIFY(!QFileInfo::exists(db));
        // --template goes with --demo only.
        QCOMPARE(cli({QStringLiteral("--database"), db, QStringLiteral("init"), QStringLiteral("--empty"),
                      QStringLiteral("--org"), QStringLiteral("X"), QStringLiteral("--template"), kTemplate})
                     .code,
                 2);
    }

    void impossibleStatusLeavesNoFile()
    {
        QFile in(kTemplate);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray json = in.readAll();
        json.replace("\"location\": \"5550001\", \"status\": \"ineligible\"",
                     "\"location\": \"5550001\", \"status\": \"enrolled\"");
        QFile out(path("impossible.json"));
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(json);
        out.close();
        const QString db = path("impossible.db");
        const Run r = cli({QStringLiteral("--database"), db, QStringLiteral("init"), QStringLiteral("--demo"),
                           QStringLiteral("--template"), out.fileName()});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("enrollments[1]")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(db));
        QVERIFY(!QFileInfo::exists(db + QStringLiteral(".new")));
    }

    void exportRoundTrips()
    {
        const QString db = path("contoso.db");
        QCOMPARE(
            cli({QStringLiteral("--database"), db, QStringLiteral("init"), QStringLiteral("--demo")}).code,
            0);
        // An Incentives user may not export.
        const Run refused = cli({QStringLiteral("--database"), db, QStringLiteral("--as"),
                                 QStringLiteral("emma.schmidt@contoso.example"), QStringLiteral("demo"),
                                 QStringLiteral("export-template"), path("emma.json")});
        QCOMPARE(refused.code, 1);
        QVERIFY(!QFileInfo::exists(path("emma.json")));
        const Run exported = cli({QStringLiteral("--database"), db, QStringLiteral("--as"),
                                  QStringLiteral("avery.brooks@contoso.example"), QStringLiteral("demo"),
                                  QStringLiteral("export-template"), path("contoso.json")});
        QVERIFY2(exported.code == 0, qPrintable(exported.err));
        const QString copy = path("copy.db");
        const Run built = cli({QStringLiteral("--database"), copy, QStringLiteral("init"),
                               QStringLiteral("--demo"), QStringLiteral("--template"), path("contoso.json")});
        QVERIFY2(built.code == 0, qPrintable(built.err));
        const auto before = statuses(db, QStringLiteral("farah.haddad@contoso.example"));
        QVERIFY(before.size() > 20);
        QCOMPARE(statuses(copy, QStringLiteral("farah.haddad@contoso.example")), before);
    }

private:
    QTemporaryDir m_dir;
    QString m_cli;
};

QTEST_GUILESS_MAIN(TestCliTemplate)
#include "tst_clitemplate.moc"
