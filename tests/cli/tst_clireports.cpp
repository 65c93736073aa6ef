// The report verbs through the real incentives-cli executable (INCENTIVES_CLI, set by CTest):
// `workspace --csv [--output FILE]` and `summary --location ID [--html FILE | --pdf FILE]`.
// Each test starts from a new demo database; refusals are exit 1 with one line on stderr, usage
// errors exit 2.
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

const QString kAvery = QStringLiteral("avery.brooks@contoso.example");
const QString kBao = QStringLiteral("bao.nguyen@contoso.example");
const QString kEmma = QStringLiteral("emma.schmidt@contoso.example");
const QString kPrefix = QStringLiteral("incentives-cli: ");

struct Run
{
    int code = -1;
    QByteArray out;
    QString err;
};

// The CSV records of RFC 4180 text without quoted line breaks (the workspace has none).
QList<QStringList> records(const QByteArray& csv)
{
    QList<QStringList> out;
    const QString text = QString::fromUtf8(csv);
    for (const QString& line : text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts)) {
        QStringList fields;
        QString field;
        bool quoted = false;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const QChar c = line.at(i);
            if (quoted && c == QLatin1Char('"') && i + 1 < line.size() &&
                line.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = !quoted;
            } else if (c == QLatin1Char(',') && !quoted) {
                fields.append(field);
                field.clear();
            } else {
                field += c;
            }
        }
        fields.append(field);
        out.append(fields);
    }
    return out;
}

} // namespace

#define CHECK_CODE(run, expected)                                                                            \
    do {                                                                                                     \
        const Run& r_ = (run);                                                                               \
        QVERIFY2(r_.code == (expected),                                                                      \
                 qPrintable(QStringLiteral("exit %1, stderr: %2").arg(r_.code).arg(r_.err)));                \
    } while (false)

#define CHECK_REFUSED(run, text)                                                                             \
    do {                                                                                                     \
        const Run& refused_ = (run);                                                                         \
        CHECK_CODE(refused_, 1);                                                                             \
        QCOMPARE(refused_.err.count(QLatin1Char('\n')), 1);                                                  \
        QVERIFY2(refused_.err.startsWith(kPrefix), qPrintable(refused_.err));                                \
        QVERIFY2(refused_.err.contains(text), qPrintable(refused_.err));                                     \
    } while (false)

class TestCliReports : public QObject
{
    Q_OBJECT

private:
    Run cli(const QStringList& arguments, const QString& as = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char* name : {"INCENTIVES_AS", "INCENTIVES_PASSWORD", "QT_QPA_PLATFORM"})
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("xdg")));
        p.setProcessEnvironment(env);
        QStringList all{QStringLiteral("--database"), m_db};
        if (!as.isEmpty())
            all << QStringLiteral("--as") << as;
        p.start(m_cli, all + arguments);
        Run r;
        if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.code = p.exitCode();
        r.out = p.readAllStandardOutput();
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }
    // The full account numbers and tax IDs of the demo, straight from the file.
    QStringList secrets()
    {
        QStringList out;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
            db.setDatabaseName(m_db);
            if (db.open()) {
                QSqlQuery q(db);
                q.exec(QStringLiteral("SELECT iban, account_number FROM bank_profiles"));
                while (q.next())
                    for (int c = 0; c < 2; ++c)
                        if (const QString v = q.value(c).toString().remove(QLatin1Char(' ')); v.size() > 4)
                            out << v;
                q.exec(QStringLiteral("SELECT ein, foreign_tax_id FROM tax_profiles"));
                while (q.next())
                    for (int c = 0; c < 2; ++c)
                        if (const QString v = q.value(c).toString(); v.size() > 4)
                            out << v;
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
        return out;
    }
    QString file(const QString& name) const { return m_dir->filePath(name); }

    QString m_cli;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;

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
        m_db = file(QStringLiteral("demo.db"));
        CHECK_CODE(cli({QStringLiteral("init"), QStringLiteral("--demo")}), 0);
    }
    void cleanup() { m_dir.reset(); }

    void csvMatchesTheJsonListing_data();
    void csvMatchesTheJsonListing();
    void csvToAFile();
    void csvUsageErrors();
    void csvHostileNames();
    void summaryHtml();
    void summaryPdf();
    void summaryPdfHasNoFullNumbers();
    void summaryRefusals();
};

void TestCliReports::csvMatchesTheJsonListing_data()
{
    QTest::addColumn<QString>("as");
    QTest::addColumn<QStringList>("filters");
    QTest::newRow("all") << kAvery << QStringList();
    QTest::newRow("status and sort") << kAvery
                                     << QStringList{QStringLiteral("--status"),
                                                    QStringLiteral("invited,enrolled"),
                                                    QStringLiteral("--sort"), QStringLiteral("location"),
                                                    QStringLiteral("--desc")};
    QTest::newRow("location") << kAvery
                              << QStringList{QStringLiteral("--location"), QStringLiteral("4649102")};
    QTest::newRow("program and search")
        << kBao
        << QStringList{QStringLiteral("--program"), QStringLiteral("Azure Incentives"),
                       QStringLiteral("--search"), QStringLiteral("contoso")};
    QTest::newRow("incentives user") << kEmma
                                     << QStringList{QStringLiteral("--sort"), QStringLiteral("status")};
}

void TestCliReports::csvMatchesTheJsonListing()
{
    QFETCH(QString, as);
    QFETCH(QStringList, filters);
    const Run csv = cli(QStringList{QStringLiteral("workspace"), QStringLiteral("--csv")} + filters, as);
    CHECK_CODE(csv, 0);
    QVERIFY(csv.err.isEmpty());
    QVERIFY(csv.out.startsWith("program,location,location_name,country,status,status_text,fiscal_year,"
                               "actions_required,validation_due,updated\r\n"));
    QVERIFY(csv.out.endsWith("\r\n"));
    const Run json = cli(QStringList{QStringLiteral("--json"), QStringLiteral("workspace")} + filters, as);
    CHECK_CODE(json, 0);
    const QJsonArray rows = QJsonDocument::fromJson(json.out).array();
    QVERIFY(!rows.isEmpty());
    const auto parsed = records(csv.out);
    const QStringList header = parsed.first();
    QCOMPARE(parsed.size() - 1, rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonObject row = rows.at(i).toObject();
        const QStringList& record = parsed.at(i + 1);
        QCOMPARE(record.size(), header.size());
        for (qsizetype c = 0; c < header.size(); ++c) {
            const QString key = header.at(c);
            const QString expected = key == QLatin1String("location_name")
                                         ? row.value(QStringLiteral("location_name")).toString()
                                         : row.value(key).toString();
            QCOMPARE(record.at(c), expected);
        }
    }
}

void TestCliReports::csvToAFile()
{
    const QString path = file(QStringLiteral("out/workspace.csv"));
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    const Run r =
        cli({QStringLiteral("workspace"), QStringLiteral("--csv"), QStringLiteral("--output"), path}, kAvery);
    CHECK_CODE(r, 0);
    QVERIFY(r.err.isEmpty());
    QVERIFY2(r.out.contains("Wrote 63 enrollments"), r.out.constData());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QCOMPARE(bytes, cli({QStringLiteral("workspace"), QStringLiteral("--csv")}, kAvery).out);
    QCOMPARE(records(bytes).size(), 64);
    for (const QString& secret : secrets())
        QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(secret));
    // A folder that does not exist: refused, nothing written.
    CHECK_REFUSED(cli({QStringLiteral("workspace"), QStringLiteral("--csv"), QStringLiteral("--output"),
                       file(QStringLiteral("missing/x.csv"))},
                      kAvery),
                  QStringLiteral("Cannot write"));
    QVERIFY(!QFileInfo::exists(file(QStringLiteral("missing/x.csv"))));
}

void TestCliReports::csvUsageErrors()
{
    for (const QStringList& args :
         {QStringList{QStringLiteral("workspace"), QStringLiteral("--csv"), QStringLiteral("--limit"),
                      QStringLiteral("5")},
          QStringList{QStringLiteral("--json"), QStringLiteral("workspace"), QStringLiteral("--csv")},
          QStringList{QStringLiteral("workspace"), QStringLiteral("--output"), QStringLiteral("x.csv")},
          QStringList{QStringLiteral("workspace"), QStringLiteral("--csv"), QStringLiteral("--output")},
          QStringList{QStringLiteral("workspace"), QStringLiteral("--csv"), QStringLiteral("--status"),
                      QStringLiteral("bogus")}}) {
        const Run r = cli(args, kAvery);
        QVERIFY2(r.code == 2, qPrintable(args.join(u' ') + QStringLiteral(": ") + r.err));
        QVERIFY(r.err.startsWith(kPrefix));
        QVERIFY(r.out.isEmpty());
    }
    CHECK_REFUSED(cli({QStringLiteral("workspace"), QStringLiteral("--csv"), QStringLiteral("--location"),
                       QStringLiteral("9999999")},
                      kAvery),
                  QStringLiteral("9999999"));
}

void TestCliReports::csvHostileNames()
{
    const QString name = QStringLiteral("=HYPERLINK(\"http://evil.example\",\"Open\"), \"x\"");
    CHECK_CODE(cli({QStringLiteral("program"), QStringLiteral("publish"), name,
                    QStringLiteral("--currencies"), QStringLiteral("USD"), QStringLiteral("--open-to-all")},
                   kAvery),
               0);
    const Run r = cli({QStringLiteral("workspace"), QStringLiteral("--csv"), QStringLiteral("--search"),
                       QStringLiteral("HYPERLINK")},
                      kAvery);
    CHECK_CODE(r, 0);
    QVERIFY(r.out.contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Open\"\"), \"\"x\"\"\","));
    const auto parsed = records(r.out);
    QVERIFY(parsed.size() > 1);
    for (qsizetype i = 1; i < parsed.size(); ++i)
        QCOMPARE(parsed.at(i).first(), QLatin1Char('\'') + name);
}

void TestCliReports::summaryHtml()
{
    const QString path = file(QStringLiteral("us.html"));
    const Run r = cli({QStringLiteral("summary"), QStringLiteral("--location"), QStringLiteral("4649101"),
                       QStringLiteral("--html"), path},
                      kBao);
    CHECK_CODE(r, 0);
    QVERIFY(r.err.isEmpty());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(f.readAll());
    QVERIFY(html.contains(QStringLiteral("Contoso Ltd - Redmond")));
    QVERIFY(html.contains(QStringLiteral("Microsoft Commerce Incentives")));
    QVERIFY(html.contains(QStringLiteral("FY27")));
    QVERIFY(html.contains(QStringLiteral("Contoso US Operating")));
    QVERIFY(html.contains(QStringLiteral("W-9")));
    QVERIFY(html.contains(QChar(0x2022)));
    for (const QString& secret : secrets())
        QVERIFY2(!html.contains(secret), qPrintable(secret));
    // Without a file, to standard output.
    const Run out =
        cli({QStringLiteral("summary"), QStringLiteral("--location"), QStringLiteral("4649101")}, kBao);
    CHECK_CODE(out, 0);
    QCOMPARE(QString::fromUtf8(out.out).trimmed(), html.trimmed());
}

void TestCliReports::summaryPdf()
{
    const QString path = file(QStringLiteral("gb.pdf"));
    const Run r = cli({QStringLiteral("summary"), QStringLiteral("--location"), QStringLiteral("4649102"),
                       QStringLiteral("--pdf"), path},
                      kAvery);
#ifndef INCENTIVES_CLI_PDF
    // Built without Qt Gui (INCENTIVES_BUILD_GUI=OFF): --pdf is refused with the reason and the way
    // round it, and nothing is written.
    CHECK_CODE(r, 1);
    QVERIFY2(r.err.startsWith(kPrefix) && r.err.contains(QStringLiteral("--html")), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(path));
    return;
#endif
    CHECK_CODE(r, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray pdf = f.readAll();
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(pdf.size() > 5000);
    QVERIFY(pdf.contains("%%EOF"));
    QVERIFY(pdf.contains("/Type /Page"));
}

void TestCliReports::summaryPdfHasNoFullNumbers()
{
#ifndef INCENTIVES_CLI_PDF
    QSKIP("incentives-cli was built without Qt Gui: summaryPdf checks that --pdf is refused");
#endif
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP(
            "pdftotext (poppler-utils) is not installed; the HTML it is made from is checked in summaryHtml");
    const QString path = file(QStringLiteral("us.pdf"));
    CHECK_CODE(cli({QStringLiteral("summary"), QStringLiteral("--location"), QStringLiteral("4649101"),
                    QStringLiteral("--pdf"), path},
                   kBao),
               0);
    QProcess p;
    p.start(pdftotext, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    QVERIFY(p.waitForFinished(60000));
    // Table cells wrap their words over lines.
    const QString text = QString::fromUtf8(p.readAllStandardOutput()).simplified();
    QVERIFY2(text.contains(QStringLiteral("Contoso US Operating")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Microsoft Commerce Incentives")));
    for (const QString& secret : secrets())
        QVERIFY2(!text.contains(secret), qPrintable(secret));
}

void TestCliReports::summaryRefusals()
{
    // Emma is an Incentives user of the US and Germany only.
    CHECK_REFUSED(cli({QStringLiteral("summary"), QStringLiteral("--location"), QStringLiteral("4649102"),
                       QStringLiteral("--html"), file(QStringLiteral("gb.html"))},
                      kEmma),
                  QStringLiteral("role"));
    QVERIFY(!QFileInfo::exists(file(QStringLiteral("gb.html"))));
    CHECK_REFUSED(
        cli({QStringLiteral("summary"), QStringLiteral("--location"), QStringLiteral("9999999")}, kAvery),
        QStringLiteral("9999999"));
#ifdef INCENTIVES_CLI_PDF
    CHECK_REFUSED(cli({QStringLiteral("summary"), QStringLiteral("--location"), QStringLiteral("4649101"),
                       QStringLiteral("--pdf"), file(QStringLiteral("missing/us.pdf"))},
                      kAvery),
                  QStringLiteral("Cannot write"));
#endif
    QVERIFY(!QFileInfo::exists(file(QStringLiteral("missing/us.pdf"))));
    for (const QStringList& args :
         {QStringList{QStringLiteral("summary")},
          QStringList{QStringLiteral("summary"), QStringLiteral("--location"), QStringLiteral("4649101"),
                      QStringLiteral("--html"), QStringLiteral("a.html"), QStringLiteral("--pdf"),
                      QStringLiteral("a.pdf")},
          QStringList{QStringLiteral("summary"), QStringLiteral("--location"), QStringLiteral("4649101"),
                      QStringLiteral("--pdf=")},
          QStringList{QStringLiteral("summary"), QStringLiteral("extra"), QStringLiteral("--location"),
                      QStringLiteral("4649101")}}) {
        const Run r = cli(args, kAvery);
        QVERIFY2(r.code == 2, qPrintable(args.join(u' ') + QStringLiteral(": ") + r.err));
        QVERIFY(r.err.startsWith(kPrefix));
    }
}

QTEST_GUILESS_MAIN(TestCliReports)
#include "tst_clireports.moc"
