// End-to-end scenarios through the real incentives-cli executable (its path comes from the
// INCENTIVES_CLI environment variable, set by CTest). Each test starts from a new demo database in
// a temporary directory and checks stdout, stderr and the exit code of every run:
// 0 done, 1 refused with exactly one line "incentives-cli: ..." on stderr, 2 usage error.
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>

#include "TestDatabase.h"
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

const QString kAvery = QStringLiteral("avery.brooks@contoso.example");
const QString kBao = QStringLiteral("bao.nguyen@contoso.example");
const QString kCharlotte = QStringLiteral("charlotte.evans@contoso.example");
const QString kDev = QStringLiteral("dev.patel@contoso.example");
const QString kEmma = QStringLiteral("emma.schmidt@contoso.example");

const QString kUS = QStringLiteral("4649101");
const QString kGB = QStringLiteral("4649102");
const QString kDE = QStringLiteral("4649103");
const QString kIN = QStringLiteral("4649104");
const QString kFR = QStringLiteral("4649106");

const QString kCommerce = QStringLiteral("Microsoft Commerce Incentives");
const QString kSecurity = QStringLiteral("Microsoft Security Incentives");
const QString kAzure = QStringLiteral("Azure Incentives");
const QString kIsv = QStringLiteral("ISV Success Incentives");

const QString kPrefix = QStringLiteral("incentives-cli: ");

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

QStringList lines(const QString& text)
{
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

// Checks that a run was refused (exit 1) with one line on stderr, optionally containing a text.
#define CHECK_REFUSED(run, text)                                                                             \
    do {                                                                                                     \
        const Run& r_ = (run);                                                                               \
        QVERIFY2(r_.code == 1, qPrintable(QStringLiteral("exit %1, stderr: %2").arg(r_.code).arg(r_.err)));  \
        QCOMPARE(lines(r_.err).size(), 1);                                                                   \
        QVERIFY2(r_.err.startsWith(kPrefix), qPrintable(r_.err));                                            \
        QVERIFY2(r_.err.contains(text), qPrintable(r_.err));                                                 \
    } while (false)

#define CHECK_DONE(run)                                                                                      \
    do {                                                                                                     \
        const Run& r_ = (run);                                                                               \
        QVERIFY2(r_.code == 0, qPrintable(QStringLiteral("exit %1, stderr: %2").arg(r_.code).arg(r_.err)));  \
        QVERIFY2(r_.err.isEmpty(), qPrintable(r_.err));                                                      \
    } while (false)

#define CHECK_USAGE(run)                                                                                     \
    do {                                                                                                     \
        const Run& r_ = (run);                                                                               \
        QVERIFY2(r_.code == 2, qPrintable(QStringLiteral("exit %1, stderr: %2").arg(r_.code).arg(r_.err)));  \
        QVERIFY2(r_.err.startsWith(kPrefix), qPrintable(r_.err));                                            \
    } while (false)

class TestCli : public QObject
{
    Q_OBJECT

private:
    // Runs incentives-cli with exactly these arguments.
    Run raw(const QStringList& arguments)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char* name : {"INCENTIVES_AS", "INCENTIVES_PASSWORD", "INCENTIVES_NEW_PASSWORD"})
            env.remove(QString::fromLatin1(name));
        for (auto it = m_env.cbegin(); it != m_env.cend(); ++it)
            env.insert(it.key(), it.value());
        env.insert(QStringLiteral("XDG_DATA_HOME"),
                   m_dir->filePath(QStringLiteral("xdg"))); // no default database
        p.setProcessEnvironment(env);
        p.start(m_cli, arguments);
        Run r;
        if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit) {
            QTest::qFail(
                qPrintable(QStringLiteral("incentives-cli did not finish: %1").arg(arguments.join(u' '))),
                __FILE__, __LINE__);
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.code = p.exitCode();
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }
    // Runs on the test's database, as a user.
    Run cli(const QStringList& arguments, const QString& as = {})
    {
        QStringList all{QStringLiteral("--database"), m_db};
        if (!as.isEmpty())
            all << QStringLiteral("--as") << as;
        return raw(all + arguments);
    }
    // Runs with --json, which must succeed and print JSON.
    QJsonDocument json(const QStringList& arguments, const QString& as)
    {
        const Run r = cli(QStringList{QStringLiteral("--json")} + arguments, as);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        if (r.code != 0 || doc.isNull())
            QTest::qFail(qPrintable(QStringLiteral("%1: exit %2, %3 %4")
                                        .arg(arguments.join(u' '))
                                        .arg(r.code)
                                        .arg(error.errorString(), r.err)),
                         __FILE__, __LINE__);
        return doc;
    }
    // The workspace row of a program at a location, as the Account admin sees it.
    QJsonObject row(const QString& program, const QString& partnerId)
    {
        const auto rows =
            json({QStringLiteral("workspace"), QStringLiteral("--location"), partnerId}, kAvery).array();
        for (const QJsonValue& v : rows)
            if (v[QLatin1String("program")].toString() == program)
                return v.toObject();
        QTest::qFail(qPrintable(QStringLiteral("no row %1 at %2").arg(program, partnerId)), __FILE__,
                     __LINE__);
        return {};
    }
    QString status(const QString& program, const QString& partnerId)
    {
        return row(program, partnerId)[QLatin1String("status")].toString();
    }

    QString m_cli;
    QHash<QString, QString> m_env; // extra environment for the runs of one test
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;

private Q_SLOTS:
    void initTestCase()
    {
        m_cli = qEnvironmentVariable("INCENTIVES_CLI");
        QVERIFY2(QFileInfo(m_cli).isExecutable(), "set INCENTIVES_CLI to the incentives-cli executable");
    }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_db = testdb::fresh(*m_dir, QStringLiteral("demo.db"));
        const Run r = cli({QStringLiteral("init"), QStringLiteral("--demo")});
        CHECK_DONE(r);
        QVERIFY(r.out.contains(QStringLiteral("Created the demo database")));
    }
    void cleanup()
    {
        testdb::discard(m_db);
        m_dir.reset();
        m_env.clear();
    }

    void submitToEnrolled();
    void continuePath();
    void rejectedValidationFixed();
    void forcedRejection();
    void profileEditRevalidates();
    void creditNoteProfiles();
    void fiscalYearRollover();
    void scenarioFiles();
    void renewalForecast();
    void inboxActions();
    void validateVerb();
    void jsonListings_data();
    void jsonListings();
    void homeListsWhatNeedsYourAction();
    void incentivesUserCannotSubmit();
    void usageErrors();
    void missingDatabase();
    void initTwice();
    void demoToolsNeedDemoDatabase();
    void realOrganizationFlow();
    void auditVerify();
    void auditReadsAsSentences();
    void replacingAdminNeedsFlag();
    void migrateRoundTrip();
    void taxDocumentsAndW8ben();
    void assignments();
    void severalTaxProfiles();
};

void TestCli::submitToEnrolled()
{
    QCOMPARE(status(kSecurity, kUS), QStringLiteral("invited"));
    const QJsonObject submitted =
        json({QStringLiteral("submit"), kSecurity, QStringLiteral("--location"), kUS}, kBao).object();
    QCOMPARE(submitted[QLatin1String("ok")].toBool(), true);
    QCOMPARE(submitted[QLatin1String("status")].toString(), QStringLiteral("validating"));
    const QJsonObject validating = row(kSecurity, kUS);
    QCOMPARE(validating[QLatin1String("status")].toString(), QStringLiteral("validating"));
    const QDateTime start = QDateTime::fromString(QStringLiteral("2027-05-03T09:00:00Z"), Qt::ISODate);
    const QDateTime due =
        QDateTime::fromString(validating[QLatin1String("validation_due")].toString(), Qt::ISODate);
    QVERIFY2(due > start && due <= start.addSecs(48 * 3600), qPrintable(due.toString(Qt::ISODate)));

    const Run advanced =
        cli({QStringLiteral("clock"), QStringLiteral("advance"), QStringLiteral("1d")}, kAvery);
    CHECK_DONE(advanced);
    QVERIFY2(advanced.out.contains(QStringLiteral("2027-05-04 09:00")), qPrintable(advanced.out));
    const QJsonObject enrolled = row(kSecurity, kUS);
    QCOMPARE(enrolled[QLatin1String("status")].toString(), QStringLiteral("enrolled"));
    QCOMPARE(enrolled[QLatin1String("status_text")].toString(), QStringLiteral("Enrolled"));
}

void TestCli::continuePath()
{
    const QStringList where{QStringLiteral("--location"), kIN};
    const Run shown = cli(QStringList{QStringLiteral("invitation"), kCommerce} + where, kDev);
    CHECK_DONE(shown);
    QVERIFY2(shown.out.contains(QStringLiteral("Continue")), qPrintable(shown.out));
    QVERIFY2(shown.out.contains(QStringLiteral("This location has no tax profile.")), qPrintable(shown.out));
    const Run enrolled =
        cli(QStringList{QStringLiteral("enroll"), kIsv} + where, kDev); // Invited -> Enrolling
    CHECK_DONE(enrolled);
    QVERIFY2(enrolled.out.contains(QStringLiteral("Continue")), qPrintable(enrolled.out));
    QVERIFY2(enrolled.out.contains(QStringLiteral("This location has no tax profile.")),
             qPrintable(enrolled.out));
    QCOMPARE(status(kIsv, kIN), QStringLiteral("enrolling"));

    // A refused submit changes nothing, and a refusal for invalid input is not audited.
    const QStringList workspace{QStringLiteral("--json"), QStringLiteral("workspace")};
    const QStringList audit{QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("--limit"),
                            QStringLiteral("1000")};
    const Run workspaceBefore = cli(workspace, kAvery);
    const Run auditBefore = cli(audit, kAvery);
    CHECK_REFUSED(cli(QStringList{QStringLiteral("submit"), kCommerce} + where, kDev),
                  QStringLiteral("no tax profile"));
    CHECK_DONE(workspaceBefore);
    QCOMPARE(cli(workspace, kAvery).out, workspaceBefore.out);
    QCOMPARE(cli(audit, kAvery).out, auditBefore.out);

    const QStringList tax{QStringLiteral("tax-profile"),     QStringLiteral("set"),
                          QStringLiteral("--location"),      kIN,
                          QStringLiteral("--incorporation"), QStringLiteral("IN"),
                          QStringLiteral("--signed"),        QStringLiteral("2027-05-01")};
    CHECK_REFUSED(cli(tax, kDev), QStringLiteral("foreign tax identification number"));
    CHECK_DONE(
        cli(tax + QStringList{QStringLiteral("--foreign-tax-id"), QStringLiteral("AAACC1234D")}, kDev));
    const Run ready = cli(QStringList{QStringLiteral("invitation"), kCommerce} + where, kDev);
    QVERIFY2(ready.out.contains(QStringLiteral("Next:         Submit")), qPrintable(ready.out));
    CHECK_DONE(cli(QStringList{QStringLiteral("submit"), kCommerce} + where, kDev));
    QCOMPARE(status(kCommerce, kIN), QStringLiteral("validating"));
    CHECK_DONE(cli({QStringLiteral("clock"), QStringLiteral("advance"), QStringLiteral("1d")}, kAvery));
    QCOMPARE(status(kCommerce, kIN), QStringLiteral("enrolled"));
}

void TestCli::rejectedValidationFixed()
{
    QJsonObject gb = row(kCommerce, kGB);
    QCOMPARE(gb[QLatin1String("status")].toString(), QStringLiteral("enrolling"));
    QVERIFY(gb[QLatin1String("actions_required")].toString().contains(QStringLiteral("does not match")));
    const Run edited =
        cli({QStringLiteral("bank-profile"), QStringLiteral("edit"), QStringLiteral("Contoso UK Payout"),
             QStringLiteral("--holder"), QStringLiteral("Contoso UK Limited")},
            kCharlotte);
    CHECK_DONE(edited);
    gb = row(kCommerce, kGB);
    QCOMPARE(gb[QLatin1String("status")].toString(), QStringLiteral("enrolling"));
    QCOMPARE(gb[QLatin1String("actions_required")].toString(), QStringLiteral("Submit"));
    CHECK_DONE(cli({QStringLiteral("submit"), kCommerce, QStringLiteral("--location"), kGB}, kCharlotte));
    QCOMPARE(status(kCommerce, kGB), QStringLiteral("validating"));
    CHECK_DONE(cli({QStringLiteral("clock"), QStringLiteral("advance"), QStringLiteral("1d")}, kAvery));
    QCOMPARE(status(kCommerce, kGB), QStringLiteral("enrolled"));
}

void TestCli::forcedRejection()
{
    const QString reason = QStringLiteral("The bank letter is unreadable.");
    CHECK_DONE(cli({QStringLiteral("submit"), kSecurity, QStringLiteral("--location"), kUS}, kBao));
    CHECK_REFUSED(cli({QStringLiteral("validation"), QStringLiteral("reject"), kSecurity,
                       QStringLiteral("--location"), kUS},
                      kAvery),
                  QStringLiteral("reason"));
    CHECK_DONE(cli({QStringLiteral("validation"), QStringLiteral("reject"), kSecurity,
                    QStringLiteral("--location"), kUS, QStringLiteral("--reason"), reason},
                   kAvery));
    const QJsonObject e = row(kSecurity, kUS);
    QCOMPARE(e[QLatin1String("status")].toString(), QStringLiteral("enrolling"));
    QVERIFY2(e[QLatin1String("actions_required")].toString().contains(reason),
             qPrintable(e[QLatin1String("actions_required")].toString()));
}

void TestCli::creditNoteProfiles()
{
    const auto bank = [this](const QString& name) {
        return json({QStringLiteral("bank-profile"), QStringLiteral("show"), name}, kBao).object();
    };
    const auto count = [this] {
        return json({QStringLiteral("bank-profile"), QStringLiteral("list")}, kAvery).array().size();
    };
    const qsizetype before = count();
    const QString tenant = QStringLiteral("{8F3B2C1D-4E5F-4A6B-9C7D-0E1F2A3B4C5D}");
    const QStringList add{QStringLiteral("bank-profile"), QStringLiteral("add"),
                          QStringLiteral("--location"),   kDE,
                          QStringLiteral("--name"),       QStringLiteral("DE Credit"),
                          QStringLiteral("--country"),    QStringLiteral("DE"),
                          QStringLiteral("--currency"),   QStringLiteral("EUR"),
                          QStringLiteral("--method"),     QStringLiteral("credit-note")};
    // Bad input: one line on stderr, nothing written.
    CHECK_REFUSED(cli(add + QStringList{QStringLiteral("--tenant"), QStringLiteral("not-a-guid")}, kBao),
                  QStringLiteral("tenant ID"));
    CHECK_REFUSED(cli(add, kBao), QStringLiteral("Enter the CSP tenant ID"));
    CHECK_REFUSED(
        cli(add + QStringList{QStringLiteral("--tenant"), tenant, QStringLiteral("--tax-exempt")}, kBao),
        QStringLiteral("needs no tax-exemption request"));
    CHECK_REFUSED(
        cli({QStringLiteral("bank-profile"), QStringLiteral("add"), QStringLiteral("--location"), kUS,
             QStringLiteral("--name"), QStringLiteral("US Credit"), QStringLiteral("--country"),
             QStringLiteral("US"), QStringLiteral("--currency"), QStringLiteral("USD"),
             QStringLiteral("--method"), QStringLiteral("credit-note"), QStringLiteral("--tenant"), tenant},
            kBao),
        QStringLiteral("not offered"));
    CHECK_USAGE(
        cli(add + QStringList{QStringLiteral("--tax-exempt"), QStringLiteral("--no-tax-exempt")}, kBao));
    QCOMPARE(count(), before);

    CHECK_DONE(cli(add + QStringList{QStringLiteral("--tenant"), tenant}, kBao));
    QJsonObject shown = bank(QStringLiteral("DE Credit"));
    QCOMPARE(shown[QLatin1String("method")].toString(), QStringLiteral("credit-note"));
    QCOMPARE(shown[QLatin1String("tenant")].toString(),
             QStringLiteral("8f3b2c1d-4e5f-4a6b-9c7d-0e1f2a3b4c5d"));
    QCOMPARE(shown[QLatin1String("credit_note_status")].toString(), QStringLiteral("verification-needed"));
    QVERIFY(!shown.contains(QLatin1String("iban")) && !shown.contains(QLatin1String("account")));

    // Verified by the location's admin only.
    const QStringList verify{QStringLiteral("bank-profile"), QStringLiteral("verify"),
                             QStringLiteral("DE Credit")};
    CHECK_REFUSED(cli(verify, kCharlotte), QStringLiteral("Incentives admin"));
    CHECK_DONE(cli(verify, kBao));
    QCOMPARE(bank(QStringLiteral("DE Credit"))[QLatin1String("credit_note_status")].toString(),
             QStringLiteral("confirmed"));
    CHECK_REFUSED(cli(verify, kBao), QStringLiteral("confirmed already"));

    // A new tenant ID waits for verification again.
    CHECK_DONE(cli({QStringLiteral("bank-profile"), QStringLiteral("edit"), QStringLiteral("DE Credit"),
                    QStringLiteral("--tenant"), QStringLiteral("3f2504e0-4f89-41d3-9a0c-0305e82c3301")},
                   kBao));
    QCOMPARE(bank(QStringLiteral("DE Credit"))[QLatin1String("credit_note_status")].toString(),
             QStringLiteral("verification-needed"));

    // The beneficiary contact of a bank transfer.
    const QStringList contact{QStringLiteral("bank-profile"),         QStringLiteral("edit"),
                              QStringLiteral("Contoso US Operating"), QStringLiteral("--contact-name"),
                              QStringLiteral("Emma Schmidt"),         QStringLiteral("--contact-email")};
    CHECK_REFUSED(cli(contact + QStringList{QStringLiteral("emma@"), QStringLiteral("--contact-phone"),
                                            QStringLiteral("+1 425 555 0199")},
                      kBao),
                  QStringLiteral("email address"));
    QCOMPARE(bank(QStringLiteral("Contoso US Operating"))[QLatin1String("contact_email")].toString(),
             QStringLiteral("bao.nguyen@contoso.example"));
    CHECK_DONE(
        cli(contact + QStringList{QStringLiteral("emma.schmidt@contoso.example"),
                                  QStringLiteral("--contact-phone"), QStringLiteral("+1 425 555 0199")},
            kBao));
    shown = bank(QStringLiteral("Contoso US Operating"));
    QCOMPARE(shown[QLatin1String("contact_name")].toString(), QStringLiteral("Emma Schmidt"));
    QCOMPARE(shown[QLatin1String("contact_phone")].toString(), QStringLiteral("+14255550199"));
}

void TestCli::profileEditRevalidates()
{
    const QStringList edit{QStringLiteral("bank-profile"), QStringLiteral("edit"),
                           QStringLiteral("Contoso US Operating"), QStringLiteral("--account-type"),
                           QStringLiteral("savings")};
    // Not charlotte's profile: refused, and an authorization refusal is audited.
    const auto auditSize = [this] {
        return json({QStringLiteral("audit"), QStringLiteral("--limit"), QStringLiteral("100000")}, kAvery)
            .array()
            .size();
    };
    const qsizetype before = auditSize();
    CHECK_REFUSED(cli(edit, kCharlotte), QStringLiteral("location you do not administer"));
    QCOMPARE(auditSize(), before + 1);
    QCOMPARE(json({QStringLiteral("audit"), QStringLiteral("--limit"), QStringLiteral("1")}, kAvery)
                 .array()
                 .first()[QLatin1String("action")]
                 .toString(),
             QStringLiteral("denied"));

    CHECK_DONE(cli(edit, kBao));
    QCOMPARE(status(kCommerce, kUS), QStringLiteral("validating"));
    QCOMPARE(status(kAzure, kUS), QStringLiteral("validating"));
    CHECK_DONE(cli({QStringLiteral("clock"), QStringLiteral("advance"), QStringLiteral("48h")}, kAvery));
    QCOMPARE(status(kCommerce, kUS), QStringLiteral("enrolled"));
    QCOMPARE(status(kAzure, kUS), QStringLiteral("enrolled"));
}

void TestCli::fiscalYearRollover()
{
    const Run r = cli({QStringLiteral("clock"), QStringLiteral("advance"), QStringLiteral("fy-end")}, kAvery);
    CHECK_DONE(r);
    QVERIFY2(r.out.contains(QStringLiteral("2027-07-01 00:00")), qPrintable(r.out));
    const QJsonObject us = row(kCommerce, kUS);
    QCOMPARE(us[QLatin1String("status")].toString(), QStringLiteral("enrolled"));
    QCOMPARE(us[QLatin1String("fiscal_year")].toString(), QStringLiteral("FY28"));
    const QJsonObject fr = row(kCommerce, kFR);
    QCOMPARE(fr[QLatin1String("status")].toString(), QStringLiteral("inactive"));
    QVERIFY2(fr[QLatin1String("actions_required")].toString().contains(QStringLiteral("IVDMPA")),
             qPrintable(fr[QLatin1String("actions_required")].toString()));
    const QJsonObject clock = json({QStringLiteral("clock"), QStringLiteral("show")}, {}).object();
    QCOMPARE(clock[QLatin1String("fiscal_year")].toString(), QStringLiteral("FY28"));
}

void TestCli::scenarioFiles()
{
    // A built-in, saved as a file, is valid, and its progress reads the same from the file.
    const QString file = m_dir->filePath(QStringLiteral("rollover.json"));
    CHECK_DONE(
        cli({QStringLiteral("scenario"), QStringLiteral("export"), QStringLiteral("fy-rollover"), file}));
    Run r = raw({QStringLiteral("scenario"), QStringLiteral("validate"), file});
    CHECK_DONE(r);
    QCOMPARE(r.out, file + QStringLiteral(": valid (3 steps)\n"));
    r = cli({QStringLiteral("scenario"), QStringLiteral("progress"), QStringLiteral("--file"), file});
    CHECK_DONE(r);
    QCOMPARE(r.out.count(QStringLiteral("[ ]")), 3);
    CHECK_DONE(cli({QStringLiteral("clock"), QStringLiteral("advance"), QStringLiteral("fy-end")}, kAvery));
    r = cli({QStringLiteral("scenario"), QStringLiteral("show"), QStringLiteral("--file"), file});
    CHECK_DONE(r);
    QCOMPARE(r.out.count(QStringLiteral("[x]")), 3);
    QCOMPARE(cli({QStringLiteral("scenario"), QStringLiteral("show"), QStringLiteral("fy-rollover")}).out,
             r.out);

    // Two mistakes: each on its own line of stderr, FILE:LINE: message, and exit 1.
    QFile in(file);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QStringList text = QString::fromUtf8(in.readAll()).split(QLatin1Char('\n'));
    in.close();
    int statusLine = 0;
    int targetLine = 0;
    for (int i = 0; i < text.size(); ++i) {
        if (!statusLine && text[i].contains(QStringLiteral("\"inactive\""))) {
            text[i].replace(QStringLiteral("\"inactive\""), QStringLiteral("\"asleep\""));
            statusLine = i + 1;
        }
        if (!targetLine && text[i].contains(QStringLiteral("\"target\""))) {
            text[i] = QStringLiteral("\"target\": \"fiscal year end\",");
            targetLine = i + 1;
        }
    }
    QVERIFY(statusLine > 0 && targetLine > 0);
    const QString bad = m_dir->filePath(QStringLiteral("bad.json"));
    QFile out(bad);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(text.join(QLatin1Char('\n')).toUtf8());
    out.close();
    r = raw({QStringLiteral("scenario"), QStringLiteral("validate"), bad});
    QCOMPARE(r.code, 1);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(
        lines(r.err),
        (QStringList{QStringLiteral("%1:%2: 'fiscal year end' is not an objectName: letters, digits and "
                                    "underscores, not starting with a digit")
                         .arg(bad)
                         .arg(targetLine),
                     QStringLiteral("%1:%2: unknown status 'asleep' (known: invited, enrolling, validating, "
                                    "enrolled, ineligible, inactive, discontinued)")
                         .arg(bad)
                         .arg(statusLine)}));
    // A file with mistakes is not run either.
    r = cli({QStringLiteral("scenario"), QStringLiteral("show"), QStringLiteral("--file"), bad});
    QCOMPARE(r.code, 1);
    QCOMPARE(lines(r.err).size(), 2);
    // Not JSON at all: line and column.
    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write("{\n  \"format\": \"incentives-scenario\",\n  \"version\" 1\n}\n");
    out.close();
    r = raw({QStringLiteral("scenario"), QStringLiteral("validate"), bad});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.startsWith(bad + QStringLiteral(":3:")), qPrintable(r.err));
    r = raw({QStringLiteral("scenario"), QStringLiteral("validate"),
             m_dir->filePath(QStringLiteral("none.json"))});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.endsWith(QStringLiteral("none.json: no such file\n")));
    CHECK_USAGE(raw({QStringLiteral("scenario"), QStringLiteral("validate")}));
    CHECK_USAGE(
        cli({QStringLiteral("scenario"), QStringLiteral("export"), QStringLiteral("no-such-id"), file}));
    CHECK_USAGE(cli({QStringLiteral("scenario"), QStringLiteral("show"), QStringLiteral("no-such-id")}));
    // Export never writes over the database or into a folder.
    CHECK_REFUSED(
        cli({QStringLiteral("scenario"), QStringLiteral("export"), QStringLiteral("fy-rollover"), m_db}),
        QString());
    CHECK_REFUSED(cli({QStringLiteral("scenario"), QStringLiteral("export"), QStringLiteral("fy-rollover"),
                       m_dir->path()}),
                  QString());
}

void TestCli::renewalForecast()
{
    // Before 1 July: France's Commerce enrollment will not renew, the US one will.
    QJsonObject fr, us;
    for (const QJsonValue& v :
         json({QStringLiteral("renewal"), QStringLiteral("forecast")}, kAvery).array()) {
        if (v[QLatin1String("program")].toString() != kCommerce)
            continue;
        if (v[QLatin1String("location")].toString() == kFR)
            fr = v.toObject();
        if (v[QLatin1String("location")].toString() == kUS)
            us = v.toObject();
    }
    QCOMPARE(fr[QLatin1String("renews")].toBool(), false);
    QCOMPARE(fr[QLatin1String("becomes")].toString(), QStringLiteral("inactive"));
    QCOMPARE(fr[QLatin1String("failing")].toString(), QStringLiteral("agreement"));
    QVERIFY(fr[QLatin1String("fix")].toString().contains(QStringLiteral("agreement")));
    QCOMPARE(us[QLatin1String("renews")].toBool(), true);
    QCOMPARE(us[QLatin1String("next_year")].toString(), QStringLiteral("FY28"));
    const Run text = cli({QStringLiteral("renewal"), QStringLiteral("forecast")}, kAvery);
    CHECK_DONE(text);
    QVERIFY2(text.out.contains(QStringLiteral("IVDMPA")), qPrintable(text.out));
    CHECK_DONE(cli({QStringLiteral("clock"), QStringLiteral("advance"), QStringLiteral("fy-end")}, kAvery));
    QCOMPARE(status(kCommerce, kFR), QStringLiteral("inactive"));
    QCOMPARE(status(kCommerce, kUS), QStringLiteral("enrolled"));
    QCOMPARE(cli({QStringLiteral("renewal"), QStringLiteral("list")}, kAvery).code, 2);
}

void TestCli::inboxActions()
{
    // Past the December reminders of Germany's tax form: Bao's Action Center has them, mandatory
    // and due, ahead of every recommended message.
    CHECK_DONE(cli({QStringLiteral("clock"), QStringLiteral("advance"), QStringLiteral("240d")}, kAvery));
    const QJsonArray rows = json({QStringLiteral("inbox")}, kBao).array();
    QVERIFY(rows.size() > 2);
    const QSet<QString> kinds{QStringLiteral("invitation"),          QStringLiteral("validation-approved"),
                              QStringLiteral("validation-rejected"), QStringLiteral("tax-form-expiring"),
                              QStringLiteral("renewal-outcome"),     QStringLiteral("role-changed")};
    int reminders = 0;
    bool recommendedSeen = false;
    qint64 dismissable = 0;
    qint64 mandatory = 0;
    for (const QJsonValue& v : rows) {
        const QJsonObject o = v.toObject();
        for (const char* key :
             {"id", "kind", "priority", "due", "state", "subject", "received", "from", "body"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QVERIFY2(kinds.contains(o[QLatin1String("kind")].toString()),
                 qPrintable(o[QLatin1String("kind")].toString()));
        const QString priority = o[QLatin1String("priority")].toString();
        QVERIFY(priority == QLatin1String("mandatory") || priority == QLatin1String("recommended"));
        const bool open = o[QLatin1String("state")].toString() == QLatin1String("open");
        if (open && priority == QLatin1String("mandatory")) {
            QVERIFY2(!recommendedSeen, "mandatory actions are listed first");
            mandatory = o[QLatin1String("id")].toInteger();
        }
        if (open && priority == QLatin1String("recommended")) {
            recommendedSeen = true;
            dismissable = o[QLatin1String("id")].toInteger();
        }
        if (o[QLatin1String("kind")].toString() == QLatin1String("tax-form-expiring")) {
            ++reminders;
            QCOMPARE(o[QLatin1String("due")].toString(), QStringLiteral("2027-12-31"));
            QCOMPARE(o[QLatin1String("location")].toString(), kDE);
        } else if (o[QLatin1String("kind")].toString() == QLatin1String("role-changed")) {
            QVERIFY(o[QLatin1String("due")].isNull());
        }
    }
    QCOMPARE(reminders, 2);
    QVERIFY(mandatory > 0 && dismissable > 0);
    // --open lists the open ones only; a mandatory one cannot be dismissed, a recommended one can.
    const int openBefore =
        int(json({QStringLiteral("inbox"), QStringLiteral("--open")}, kBao).array().size());
    QCOMPARE(cli({QStringLiteral("inbox"), QStringLiteral("dismiss"), QString::number(mandatory)}, kBao).code,
             1);
    CHECK_DONE(cli({QStringLiteral("inbox"), QStringLiteral("dismiss"), QString::number(dismissable)}, kBao));
    QCOMPARE(int(json({QStringLiteral("inbox"), QStringLiteral("--open")}, kBao).array().size()),
             openBefore - 1);
    for (const QJsonValue& v : json({QStringLiteral("inbox"), QStringLiteral("--open")}, kBao).array())
        QCOMPARE(v[QLatin1String("state")].toString(), QStringLiteral("open"));
    // Someone else's message is not theirs to dismiss.
    QCOMPARE(
        cli({QStringLiteral("inbox"), QStringLiteral("dismiss"), QString::number(mandatory)}, kAvery).code,
        1);
    CHECK_USAGE(cli({QStringLiteral("inbox"), QStringLiteral("dismiss"), QStringLiteral("x")}, kBao));

    // --limit lists the first ones in the same order and says how many there are in all: after the
    // table, or on stderr beside JSON, which stays an array.
    const QJsonArray all = json({QStringLiteral("inbox")}, kBao).array();
    QVERIFY(all.size() > 2);
    const Run two = cli(
        {QStringLiteral("--json"), QStringLiteral("inbox"), QStringLiteral("--limit"), QStringLiteral("2")},
        kBao);
    QCOMPARE(two.code, 0);
    const QJsonArray first = QJsonDocument::fromJson(two.out.toUtf8()).array();
    QCOMPARE(first.size(), 2);
    QCOMPARE(first.at(0)[QLatin1String("id")], all.at(0)[QLatin1String("id")]);
    QCOMPARE(first.at(1)[QLatin1String("id")], all.at(1)[QLatin1String("id")]);
    QVERIFY2(two.err.contains(QStringLiteral("The first 2 of %1 messages").arg(all.size())),
             qPrintable(two.err));
    const Run text = cli({QStringLiteral("inbox"), QStringLiteral("--limit"), QStringLiteral("1")}, kBao);
    CHECK_DONE(text);
    QVERIFY2(text.out.contains(QStringLiteral("The first 1 of %1 messages").arg(all.size())),
             qPrintable(text.out));
    QVERIFY(!cli({QStringLiteral("inbox")}, kBao).out.contains(QLatin1String("The first")));
    CHECK_USAGE(cli({QStringLiteral("inbox"), QStringLiteral("--limit"), QStringLiteral("0")}, kBao));
    CHECK_USAGE(cli({QStringLiteral("inbox"), QStringLiteral("--limit"), QStringLiteral("many")}, kBao));
}

void TestCli::validateVerb()
{
    const Run good =
        raw({QStringLiteral("validate"), QStringLiteral("iban"), QStringLiteral("DE89370400440532013000")});
    CHECK_DONE(good);
    QCOMPARE(good.out, QStringLiteral("valid\n"));
    const Run bad =
        raw({QStringLiteral("validate"), QStringLiteral("iban"), QStringLiteral("DE89370400440532013001")});
    CHECK_REFUSED(bad, kPrefix);
    QVERIFY2(bad.err.trimmed().size() > kPrefix.size() + 5, qPrintable(bad.err)); // says why
    QVERIFY(bad.out.isEmpty());
    CHECK_USAGE(raw({QStringLiteral("validate"), QStringLiteral("bogus"), QStringLiteral("x")}));
}

void TestCli::jsonListings_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("as");
    QTest::addColumn<int>("size"); // -1: any size above zero
    const auto add = [](const char* tag, QStringList arguments, const QString& as, int size) {
        QTest::newRow(tag) << arguments << as << size;
    };
    add("users list", {QStringLiteral("users"), QStringLiteral("list")}, kAvery, 9);
    add("locations list", {QStringLiteral("locations"), QStringLiteral("list")}, kAvery, 7);
    add("programs list", {QStringLiteral("programs"), QStringLiteral("list")}, kAvery, 9);
    add("inbox", {QStringLiteral("inbox")}, kBao, -1);
    add("audit", {QStringLiteral("audit"), QStringLiteral("--limit"), QStringLiteral("10")}, kAvery, 10);
    add("workspace", {QStringLiteral("workspace")}, kAvery, 63);
    add("bank-profile list", {QStringLiteral("bank-profile"), QStringLiteral("list")}, kBao, 7);
    add("eligibility", {QStringLiteral("eligibility"), kCommerce, QStringLiteral("--location"), kUS}, kBao,
        1);
    add("renewal forecast", {QStringLiteral("renewal"), QStringLiteral("forecast")}, kBao, -1);
}

void TestCli::homeListsWhatNeedsYourAction()
{
    // Bao: the invitations not yet opened, and the rows only he can move on, each one his to enroll.
    const QJsonObject bao = json({QStringLiteral("home")}, kBao).object();
    QCOMPARE(bao[QLatin1String("invitations")].toArray().size(), 4);
    QCOMPARE(bao[QLatin1String("invitations_total")].toInt(), 4);
    QCOMPARE(bao[QLatin1String("invitations_total_is_a_floor")].toBool(), false);
    // The newest ones only, and how many there are.
    const QJsonObject two =
        json({QStringLiteral("home"), QStringLiteral("--limit"), QStringLiteral("2")}, kBao).object();
    const QJsonArray newest = two[QLatin1String("invitations")].toArray();
    QCOMPARE(newest.size(), 2);
    QCOMPARE(newest.at(0), bao[QLatin1String("invitations")].toArray().at(0));
    QCOMPARE(two[QLatin1String("invitations_total")].toInt(), 4);
    const Run twoText = cli({QStringLiteral("home"), QStringLiteral("--limit"), QStringLiteral("2")}, kBao);
    CHECK_DONE(twoText);
    QVERIFY2(twoText.out.contains(QStringLiteral("The newest 2 of 4;")), qPrintable(twoText.out));
    QVERIFY(!cli({QStringLiteral("home")}, kBao).out.contains(QStringLiteral("The newest")));
    for (const QString& wrong : {QStringLiteral("0"), QStringLiteral("1001"), QStringLiteral("two")})
        CHECK_USAGE(cli({QStringLiteral("home"), QStringLiteral("--limit"), wrong}, kBao));
    const QJsonArray baoActions = bao[QLatin1String("needs_action")].toArray();
    QVERIFY(!baoActions.isEmpty());
    for (const QJsonValue& r : baoActions) {
        const QJsonObject next = r[QLatin1String("next_step")].toObject();
        QCOMPARE(next[QLatin1String("kind")].toString(), QStringLiteral("enroll"));
        QCOMPARE(next[QLatin1String("allowed")].toBool(), true);
        QVERIFY(r[QLatin1String("location")].toString() == kUS ||
                r[QLatin1String("location")].toString() == kDE);
    }
    // Emma sees the same locations but may enroll none of them: nothing waits for her.
    QCOMPARE(json({QStringLiteral("home")}, kEmma).object()[QLatin1String("needs_action")].toArray().size(),
             0);
    // Avery, an Account admin: Japan has no Incentives admin, and only she can give it one.
    const QJsonArray averyActions =
        json({QStringLiteral("home")}, kAvery).object()[QLatin1String("needs_action")].toArray();
    QVERIFY(!averyActions.isEmpty());
    for (const QJsonValue& r : averyActions)
        QCOMPARE(r[QLatin1String("next_step")].toObject()[QLatin1String("kind")].toString(),
                 QStringLiteral("assign-incentives-admin"));
    // The workspace carries the same decision for every row, with the reason when it is not yours.
    const QJsonArray rows = json({QStringLiteral("workspace"), QStringLiteral("--status"),
                                  QStringLiteral("invited"), QStringLiteral("--location"), kUS},
                                 kEmma)
                                .array();
    QVERIFY(!rows.isEmpty());
    for (const QJsonValue& r : rows) {
        const QJsonObject next = r[QLatin1String("next_step")].toObject();
        QCOMPARE(next[QLatin1String("kind")].toString(), QStringLiteral("enroll"));
        QCOMPARE(next[QLatin1String("allowed")].toBool(), false);
        QVERIFY(next[QLatin1String("refusal")].toString().contains(QStringLiteral("Incentives admin")));
    }
    // As text: both parts, under their headings.
    const Run text = cli({QStringLiteral("home")}, kBao);
    CHECK_DONE(text);
    QVERIFY(text.out.contains(QStringLiteral("Invitations")) &&
            text.out.contains(QStringLiteral("Needs your action")));
}

void TestCli::jsonListings()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, as);
    QFETCH(int, size);
    const QJsonDocument doc = json(arguments, as);
    QVERIFY(doc.isArray());
    const QJsonArray array = doc.array();
    if (size < 0)
        QVERIFY(!array.isEmpty());
    else
        QCOMPARE(array.size(), size);
    for (const QJsonValue& v : array)
        QVERIFY(v.isObject() && !v.toObject().isEmpty());
}

void TestCli::incentivesUserCannotSubmit()
{
    CHECK_REFUSED(cli({QStringLiteral("submit"), kAzure, QStringLiteral("--location"), kDE}, kEmma),
                  kPrefix + QStringLiteral("Only the Incentives admin"));
    QCOMPARE(status(kAzure, kDE), QStringLiteral("invited"));
    const QJsonObject last =
        json({QStringLiteral("audit"), QStringLiteral("--limit"), QStringLiteral("1")}, kAvery)
            .array()
            .first()
            .toObject();
    QCOMPARE(last[QLatin1String("action")].toString(), QStringLiteral("denied"));
    QCOMPARE(last[QLatin1String("actor")].toString(), kEmma);
}

void TestCli::usageErrors()
{
    CHECK_USAGE(cli({QStringLiteral("frobnicate")}, kAvery));
    CHECK_USAGE(cli({QStringLiteral("workspace"), QStringLiteral("--bogus")}, kAvery));
    CHECK_USAGE(cli({QStringLiteral("submit"), kAzure, QStringLiteral("--location"), kDE,
                     QStringLiteral("--frob"), QStringLiteral("x")},
                    kBao));
    CHECK_USAGE(cli({}, kAvery));
    CHECK_USAGE(raw({QStringLiteral("--database")}));
    CHECK_USAGE(
        cli({QStringLiteral("workspace"), QStringLiteral("--status"), QStringLiteral("sleeping")}, kAvery));
    QCOMPARE(status(kAzure, kDE), QStringLiteral("invited")); // nothing ran
}

void TestCli::missingDatabase()
{
    const QString inMissingDir = m_dir->filePath(QStringLiteral("nowhere/incentives.db"));
    const QString missingFile = m_dir->filePath(QStringLiteral("absent.db"));
    for (const QString& path : {inMissingDir, missingFile}) {
        const Run r = raw({QStringLiteral("--database"), path, QStringLiteral("--as"), kAvery,
                           QStringLiteral("workspace")});
        CHECK_REFUSED(r, kPrefix);
        QVERIFY2(!QFileInfo::exists(path), qPrintable(path));
    }
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("nowhere"))));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("xdg")))); // no default database either
}

void TestCli::initTwice()
{
    CHECK_DONE(cli({QStringLiteral("submit"), kSecurity, QStringLiteral("--location"), kUS}, kBao));
    CHECK_REFUSED(cli({QStringLiteral("init"), QStringLiteral("--demo")}), QStringLiteral("--force"));
    QCOMPARE(status(kSecurity, kUS), QStringLiteral("validating")); // untouched
    CHECK_DONE(cli({QStringLiteral("init"), QStringLiteral("--demo"), QStringLiteral("--force")}));
    QCOMPARE(status(kSecurity, kUS), QStringLiteral("invited")); // a new demo
    CHECK_DONE(cli({QStringLiteral("audit"), QStringLiteral("verify")}));
}

void TestCli::demoToolsNeedDemoDatabase()
{
    m_db = testdb::fresh(*m_dir, QStringLiteral("plain.db"));
    const QString admin = QStringLiteral("admin@fabrikam.example");
    const QJsonObject made = json({QStringLiteral("init"), QStringLiteral("--empty"), QStringLiteral("--org"),
                                   QStringLiteral("Fabrikam"), QStringLiteral("--admin"), admin},
                                  {})
                                 .object();
    // Outside demo databases users sign in; the first password is temporary and must be changed.
    if (const QString temporary = made[QLatin1String("temporary_password")].toString();
        !temporary.isEmpty()) {
        m_env.insert(QStringLiteral("INCENTIVES_PASSWORD"), temporary);
        m_env.insert(QStringLiteral("INCENTIVES_NEW_PASSWORD"), QStringLiteral("Correct-Horse-Battery-9"));
        CHECK_DONE(cli({QStringLiteral("password")}, admin));
        m_env.insert(QStringLiteral("INCENTIVES_PASSWORD"), QStringLiteral("Correct-Horse-Battery-9"));
    }
    const QJsonObject clock = json({QStringLiteral("clock"), QStringLiteral("show")}, {}).object();
    QCOMPARE(clock[QLatin1String("kind")].toString(), QStringLiteral("real"));
    CHECK_REFUSED(cli({QStringLiteral("clock"), QStringLiteral("advance"), QStringLiteral("1h")}, admin),
                  QStringLiteral("demo database"));
    CHECK_REFUSED(cli({QStringLiteral("clock"), QStringLiteral("advance"), QStringLiteral("fy-end")}, admin),
                  QStringLiteral("demo database"));
    CHECK_REFUSED(cli({QStringLiteral("program"), QStringLiteral("discontinue"), kAzure}, admin),
                  QStringLiteral("demo database"));
}

// A real organization mirrored offline, from an empty database to an Enrolled enrollment: locations
// added and imported, users imported, a program and its invitation recorded, the enrollment
// submitted, and Microsoft's outcome recorded by the location's Incentives admin.
void TestCli::realOrganizationFlow()
{
    m_db = testdb::fresh(*m_dir, QStringLiteral("real-org.db"));
    const QString ana = QStringLiteral("ana.admin@fabrikam.example");
    const QString ben = QStringLiteral("ben.seattle@fabrikam.example");
    const QString password = QStringLiteral("Correct-Horse-Battery-9");
    // Everyone signs in once with the temporary password, then chooses their own.
    const auto firstSignIn = [&](const QString& email, const QString& temporary) {
        m_env.insert(QStringLiteral("INCENTIVES_PASSWORD"), temporary);
        m_env.insert(QStringLiteral("INCENTIVES_NEW_PASSWORD"), password);
        const Run changed = cli({QStringLiteral("password")}, email);
        m_env.insert(QStringLiteral("INCENTIVES_PASSWORD"), password);
        return changed;
    };
    const QJsonObject made = json({QStringLiteral("init"), QStringLiteral("--empty"), QStringLiteral("--org"),
                                   QStringLiteral("Fabrikam"), QStringLiteral("--admin"), ana},
                                  {})
                                 .object();
    CHECK_DONE(firstSignIn(ana, made[QLatin1String("temporary_password")].toString()));
    const auto locationCount = [&] {
        return json({QStringLiteral("locations"), QStringLiteral("list")}, ana).array().size();
    };
    QCOMPARE(locationCount(), 0);

    // A location by hand; bad input is refused with one line and changes nothing.
    CHECK_DONE(
        cli({QStringLiteral("locations"), QStringLiteral("add"), QStringLiteral("1000001"),
             QStringLiteral("--name"), QStringLiteral("Fabrikam Seattle"), QStringLiteral("--legal-name"),
             QStringLiteral("Fabrikam Inc"), QStringLiteral("--country"), QStringLiteral("US"),
             QStringLiteral("--solutions-partner"), QStringLiteral("yes")},
            ana));
    CHECK_REFUSED(cli({QStringLiteral("locations"), QStringLiteral("add"), QStringLiteral("12345"),
                       QStringLiteral("--name"), QStringLiteral("Short"), QStringLiteral("--legal-name"),
                       QStringLiteral("Short Inc"), QStringLiteral("--country"), QStringLiteral("US")},
                      ana),
                  QStringLiteral("7 digits"));
    CHECK_REFUSED(cli({QStringLiteral("locations"), QStringLiteral("add"), QStringLiteral("1000001"),
                       QStringLiteral("--name"), QStringLiteral("Again"), QStringLiteral("--legal-name"),
                       QStringLiteral("Again Inc"), QStringLiteral("--country"), QStringLiteral("US")},
                      ana),
                  QStringLiteral("exists already"));
    QCOMPARE(locationCount(), 1);
    CHECK_DONE(cli({QStringLiteral("locations"), QStringLiteral("edit"), QStringLiteral("1000001"),
                    QStringLiteral("--revenue"), QStringLiteral("150000")},
                   ana));

    // An import with a bad row: one line per bad row with its line number, nothing written.
    const auto writeFile = [&](const QString& name, const QByteArray& content) {
        const QString path = m_dir->filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            QTest::qFail("cannot write the CSV file", __FILE__, __LINE__);
        return path;
    };
    const QString bad = writeFile(QStringLiteral("bad.csv"), "partner_id,name,legal_name,country\n"
                                                             "1000002,Fabrikam London,Fabrikam UK Ltd,GB\n"
                                                             "99,Tiny,Tiny Ltd,GB\n"
                                                             "1000003,Nowhere,Nowhere Ltd,QQ\n");
    const Run refused = cli({QStringLiteral("import"), QStringLiteral("locations"), bad}, ana);
    QCOMPARE(refused.code, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("Line 3:")) &&
                 refused.err.contains(QStringLiteral("Line 4:")),
             qPrintable(refused.err));
    QVERIFY(!refused.err.contains(QStringLiteral("Line 2:")));
    QVERIFY(refused.err.contains(QStringLiteral("nothing was imported")));
    QCOMPARE(locationCount(), 1);
    const QString good =
        writeFile(QStringLiteral("good.csv"), "partner_id,name,legal_name,country,agreement\n"
                                              "1000002,Fabrikam London,Fabrikam UK Ltd,GB,active\n"
                                              "1000003,Fabrikam Berlin,Fabrikam GmbH,DE,expired\n");
    const Run dryRun =
        cli({QStringLiteral("import"), QStringLiteral("locations"), good, QStringLiteral("--dry-run")}, ana);
    CHECK_DONE(dryRun);
    QVERIFY2(dryRun.out.contains(QStringLiteral("Fabrikam Berlin")), qPrintable(dryRun.out));
    QCOMPARE(locationCount(), 1);
    CHECK_DONE(cli({QStringLiteral("import"), QStringLiteral("locations"), good}, ana));
    QCOMPARE(locationCount(), 3);

    // The location's Incentives admin, imported with a temporary password.
    const QString users = writeFile(QStringLiteral("users.csv"), "email,name,role,location\n"
                                                                 "ben.seattle@fabrikam.example,Ben Seattle,"
                                                                 "incentives-admin,1000001\n");
    const QJsonObject imported =
        json({QStringLiteral("import"), QStringLiteral("users"), users}, ana).object();
    const QJsonArray importedUsers = imported[QLatin1String("users")].toArray();
    QCOMPARE(importedUsers.size(), 1);
    CHECK_DONE(firstSignIn(ben, importedUsers.at(0)[QLatin1String("temporary_password")].toString()));
    // An Incentives admin imports nothing.
    CHECK_REFUSED(cli({QStringLiteral("import"), QStringLiteral("locations"), good}, ben),
                  QStringLiteral("Account admin"));
    QCOMPARE(locationCount(), 3);

    // The program and the invitation Partner Center shows.
    const QString program = QStringLiteral("Fabrikam Partner Rewards");
    const QStringList record{
        QStringLiteral("programs"),     QStringLiteral("record"), program,
        QStringLiteral("--currencies"), QStringLiteral("USD"),    QStringLiteral("--criteria"),
        QStringLiteral("agreement")};
    CHECK_REFUSED(cli(record, ben), QStringLiteral("Account admin"));
    CHECK_DONE(cli(record, ana));
    CHECK_REFUSED(cli(record, ana), QStringLiteral("exists already"));
    CHECK_DONE(cli({QStringLiteral("invitation"), QStringLiteral("record"), program,
                    QStringLiteral("--location"), QStringLiteral("1000001")},
                   ana));
    const auto status = [&] {
        for (const QJsonValue& v :
             json({QStringLiteral("workspace"), QStringLiteral("--location"), QStringLiteral("1000001")}, ben)
                 .array())
            if (v[QLatin1String("program")].toString() == program)
                return v[QLatin1String("status")].toString();
        return QString();
    };
    QCOMPARE(status(), QStringLiteral("invited"));

    // The Incentives admin's profiles, then enroll and submit.
    CHECK_DONE(cli({QStringLiteral("bank-profile"), QStringLiteral("add"), QStringLiteral("--location"),
                    QStringLiteral("1000001"), QStringLiteral("--name"), QStringLiteral("Fabrikam US"),
                    QStringLiteral("--country"), QStringLiteral("US"), QStringLiteral("--currency"),
                    QStringLiteral("USD"), QStringLiteral("--holder"), QStringLiteral("Fabrikam Inc"),
                    QStringLiteral("--routing"), QStringLiteral("021000021"), QStringLiteral("--account"),
                    QStringLiteral("483920175")},
                   ben));
    CHECK_DONE(cli({QStringLiteral("bank-profile"), QStringLiteral("assign"), QStringLiteral("Fabrikam US"),
                    QStringLiteral("--location"), QStringLiteral("1000001")},
                   ben));
    CHECK_DONE(cli({QStringLiteral("tax-profile"), QStringLiteral("set"), QStringLiteral("--location"),
                    QStringLiteral("1000001"), QStringLiteral("--form"), QStringLiteral("w9"),
                    QStringLiteral("--ein"), QStringLiteral("12-3456789"), QStringLiteral("--signed"),
                    QDate::currentDate().addDays(-1).toString(Qt::ISODate)},
                   ben));
    CHECK_DONE(cli(
        {QStringLiteral("enroll"), program, QStringLiteral("--location"), QStringLiteral("1000001")}, ben));
    CHECK_DONE(cli(
        {QStringLiteral("submit"), program, QStringLiteral("--location"), QStringLiteral("1000001")}, ben));
    QCOMPARE(status(), QStringLiteral("validating"));

    // Microsoft's outcome, as Partner Center reported it: only the location's Incentives admin.
    const QStringList approved{QStringLiteral("validation"), QStringLiteral("record"),
                               QStringLiteral("approved"),   program,
                               QStringLiteral("--location"), QStringLiteral("1000001")};
    CHECK_REFUSED(cli(approved, ana), QStringLiteral("Incentives admin"));
    CHECK_USAGE(cli({QStringLiteral("validation"), QStringLiteral("record"), QStringLiteral("maybe"), program,
                     QStringLiteral("--location"), QStringLiteral("1000001")},
                    ben));
    QCOMPARE(status(), QStringLiteral("validating"));
    CHECK_DONE(cli(approved, ben));
    QCOMPARE(status(), QStringLiteral("enrolled"));
    CHECK_REFUSED(cli(approved, ben), QStringLiteral("not waiting for validation"));
    CHECK_DONE(cli({QStringLiteral("audit"), QStringLiteral("verify")}));
}

void TestCli::auditReadsAsSentences()
{
    // The table says what happened in words; JSON keeps the codes beside the sentence.
    const Run table =
        cli({QStringLiteral("audit"), QStringLiteral("--limit"), QStringLiteral("500")}, kAvery);
    CHECK_DONE(table);
    QVERIFY2(table.out.contains(QStringLiteral("submitted the enrollment in")),
             qPrintable(table.out.left(2000)));
    QVERIFY(!table.out.contains(QStringLiteral("enrollment.submit")));
    QVERIFY(!table.out.contains(QStringLiteral(" -> ")));
    const QJsonArray rows =
        json({QStringLiteral("audit"), QStringLiteral("--limit"), QStringLiteral("500")}, kAvery).array();
    QVERIFY(!rows.isEmpty());
    bool submitted = false;
    for (const QJsonValue& row : rows) {
        QVERIFY(!row[QLatin1String("event")].toString().isEmpty());
        if (row[QLatin1String("action")].toString() == QLatin1String("enrollment.submit"))
            submitted =
                row[QLatin1String("event")].toString().contains(QStringLiteral("submitted the enrollment"));
    }
    QVERIFY(submitted);
}

void TestCli::auditVerify()
{
    const Run ok = cli({QStringLiteral("audit"), QStringLiteral("verify")});
    CHECK_DONE(ok);
    QVERIFY2(ok.out.contains(QStringLiteral("intact")), qPrintable(ok.out));

    // The table refuses changes; a tamperer who drops that guard is still caught by the hash chain.
    {
        QSqlDatabase db = testdb::openRaw(m_db, QStringLiteral("tamper"));
        QVERIFY(db.isOpen());
        QSqlQuery q(db);
        const QString forge = QStringLiteral("UPDATE audit_log SET details = 'forged' WHERE id = 5");
        QVERIFY(!q.exec(forge));
        QVERIFY(q.exec(testdb::dropAuditGuard()));
        QVERIFY(q.exec(forge));
        QCOMPARE(q.numRowsAffected(), 1);
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    CHECK_REFUSED(cli({QStringLiteral("audit"), QStringLiteral("verify")}), QStringLiteral("record 5"));
}

void TestCli::replacingAdminNeedsFlag()
{
    const QStringList assign{QStringLiteral("users"),
                             QStringLiteral("assign"),
                             kEmma,
                             QStringLiteral("incentives-admin"),
                             QStringLiteral("--location"),
                             kUS};
    const auto adminOfUs = [this] {
        QStringList holders;
        for (const QJsonValue& user : json({QStringLiteral("users"), QStringLiteral("list")}, kAvery).array())
            for (const QJsonValue& role : user[QLatin1String("roles")].toArray())
                if (role[QLatin1String("role")].toString() == QLatin1String("incentives-admin") &&
                    role[QLatin1String("location")].toString() == kUS)
                    holders.append(user[QLatin1String("email")].toString());
        return holders;
    };
    QCOMPARE(adminOfUs(), QStringList{kBao});
    CHECK_REFUSED(cli(assign, kAvery), kBao);
    QCOMPARE(adminOfUs(), QStringList{kBao});
    CHECK_REFUSED(cli(assign + QStringList{QStringLiteral("--replace")}, kBao),
                  QStringLiteral("Account admin"));
    CHECK_DONE(cli(assign + QStringList{QStringLiteral("--replace")}, kAvery));
    QCOMPARE(adminOfUs(), QStringList{kEmma});
    CHECK_REFUSED(cli({QStringLiteral("submit"), kSecurity, QStringLiteral("--location"), kUS}, kBao),
                  QStringLiteral("Only the Incentives admin"));
    CHECK_DONE(cli({QStringLiteral("submit"), kSecurity, QStringLiteral("--location"), kUS}, kEmma));
}

void TestCli::migrateRoundTrip()
{
    // The demo, changed a little, moves to a new file and from there into another database of the
    // backend under test; all three show the same workspace and keep an intact audit log.
    CHECK_DONE(cli({QStringLiteral("submit"), kSecurity, QStringLiteral("--location"), kUS}, kBao));
    const QStringList workspace{QStringLiteral("workspace")};
    const QJsonDocument original = json(workspace, kAvery);
    QVERIFY(original.array().size() > 40);

    const QString file = m_dir->filePath(QStringLiteral("moved.db"));
    const QString second = testdb::fresh(*m_dir, QStringLiteral("moved-again.db"));
    const QString source = m_db;
    const Run first = cli({QStringLiteral("migrate"), QStringLiteral("--to"), file}, kAvery);
    CHECK_DONE(first);
    QVERIFY2(first.out.contains(QStringLiteral("every table's row count matches")), qPrintable(first.out));
    const QJsonArray counts =
        json({QStringLiteral("migrate"), QStringLiteral("--from"), file, QStringLiteral("--to"), second},
             kAvery)
            .array();
    QCOMPARE(counts.size(), 17); // every table, tax_documents and scenario_progress included
    for (const QJsonValue& t : counts) {
        QCOMPARE(t[QLatin1String("target")], t[QLatin1String("source")]);
        if (t[QLatin1String("table")] == QLatin1String("enrollments"))
            QCOMPARE(t[QLatin1String("source")].toInt(), original.array().size());
    }
    for (const QString& copy : {file, second}) {
        m_db = copy;
        QCOMPARE(json(workspace, kAvery), original);
        CHECK_DONE(cli({QStringLiteral("audit"), QStringLiteral("verify")}, kAvery));
        // Ids continue after the copied rows: the copy takes new changes.
        CHECK_DONE(cli({QStringLiteral("submit"), kAzure, QStringLiteral("--location"), kDE}, kBao));
    }
    m_db = source;

    // Only into a new or empty database, and only by an Account admin; a refused move leaves
    // nothing behind.
    CHECK_REFUSED(cli({QStringLiteral("migrate"), QStringLiteral("--to"), second}, kAvery),
                  QStringLiteral("already holds data"));
    const QString refused = m_dir->filePath(QStringLiteral("refused.db"));
    CHECK_REFUSED(cli({QStringLiteral("migrate"), QStringLiteral("--to"), refused}, kBao),
                  QStringLiteral("Account admin"));
    QVERIFY(!QFileInfo::exists(refused));
    CHECK_USAGE(cli({QStringLiteral("migrate")}, kAvery));
    const Run badAddress = cli({QStringLiteral("migrate"), QStringLiteral("--to"),
                                QStringLiteral("postgresql://nobody@127.0.0.1:1/")},
                               kAvery);
    CHECK_USAGE(badAddress);
    QVERIFY2(badAddress.err.contains(QStringLiteral("database name")), qPrintable(badAddress.err));
}

void TestCli::taxDocumentsAndW8ben()
{
    const auto write = [this](const QString& name, const QByteArray& bytes) {
        const QString path = m_dir->filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            QTest::qFail("cannot write a test file", __FILE__, __LINE__);
        return path;
    };
    const QString loc = QStringLiteral("--location");
    const QString tax = QStringLiteral("tax-profile");
    const QByteArray png = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray("\0\x01\x02\xff\xfe", 5);
    const QString scan = write(QStringLiteral("scan.png"), png);
    const QString fake = write(QStringLiteral("fake.pdf"), "only text");
    const QString empty = write(QStringLiteral("empty.pdf"), QByteArray());
    const QString big =
        write(QStringLiteral("big.pdf"), "%PDF-1.4\n" + QByteArray(10 * 1024 * 1024 - 8, 'x'));

    CHECK_DONE(cli({tax, QStringLiteral("attach"), scan, loc, kGB}, kCharlotte));
    CHECK_REFUSED(cli({tax, QStringLiteral("attach"), fake, loc, kGB}, kCharlotte),
                  QStringLiteral("not a PDF"));
    CHECK_REFUSED(cli({tax, QStringLiteral("attach"), empty, loc, kGB}, kCharlotte), QStringLiteral("empty"));
    CHECK_REFUSED(cli({tax, QStringLiteral("attach"), big, loc, kGB}, kCharlotte), QStringLiteral("10 MB"));
    CHECK_REFUSED(cli({tax, QStringLiteral("attach"), scan, loc, kGB}, kCharlotte),
                  QStringLiteral("already"));
    CHECK_REFUSED(cli({tax, QStringLiteral("attach"), scan, loc, kGB}, kBao), QStringLiteral("Only"));
    CHECK_USAGE(cli({tax, QStringLiteral("attach"), scan}, kCharlotte));

    const QJsonArray docs = json({tax, QStringLiteral("documents"), loc, kGB}, kCharlotte).array();
    QCOMPARE(docs.size(), 1);
    const QJsonObject d = docs.first().toObject();
    QCOMPARE(d[QLatin1String("name")].toString(), QStringLiteral("scan.png"));
    QCOMPARE(d[QLatin1String("type")].toString(), QStringLiteral("image/png"));
    QCOMPARE(d[QLatin1String("size")].toInt(), png.size());
    QCOMPARE(d[QLatin1String("sha256")].toString(),
             QString::fromLatin1(QCryptographicHash::hash(png, QCryptographicHash::Sha256).toHex()));
    const QString id = QString::number(d[QLatin1String("id")].toInteger());
    CHECK_REFUSED(cli({tax, QStringLiteral("documents"), loc, kGB}, kBao), QStringLiteral("Only"));

    const QString out = m_dir->filePath(QStringLiteral("copy.png"));
    CHECK_DONE(cli({tax, QStringLiteral("document-save"), id, out}, kCharlotte));
    QFile copy(out);
    QVERIFY(copy.open(QIODevice::ReadOnly));
    QCOMPARE(copy.readAll(), png);
    const QString refused = m_dir->filePath(QStringLiteral("refused.png"));
    CHECK_REFUSED(cli({tax, QStringLiteral("document-save"), id, refused}, kBao), QStringLiteral("Only"));
    CHECK_USAGE(cli({tax, QStringLiteral("document-save"), QStringLiteral("abc"), refused}, kCharlotte));
    CHECK_REFUSED(cli({tax, QStringLiteral("document-save"), id, m_dir->path()}, kCharlotte),
                  QStringLiteral("folder"));
    QVERIFY(!QFileInfo::exists(refused));

    // A W-8BEN for India, and its expiry in the list.
    CHECK_DONE(cli({tax, QStringLiteral("set"), loc, kIN, QStringLiteral("--form"), QStringLiteral("w8ben"),
                    QStringLiteral("--person"), QStringLiteral("Priya Raman"),
                    QStringLiteral("--citizenship"), QStringLiteral("IN"), QStringLiteral("--birth-date"),
                    QStringLiteral("1985-04-02"), QStringLiteral("--no-tax-id-reason"),
                    QStringLiteral("Not issued"), QStringLiteral("--signed"), QStringLiteral("2027-05-01")},
                   kDev));
    CHECK_REFUSED(
        cli({tax, QStringLiteral("set"), loc, kIN, QStringLiteral("--citizenship"), QStringLiteral("US")},
            kDev),
        QStringLiteral("W-9"));
    CHECK_USAGE(
        cli({tax, QStringLiteral("set"), loc, kIN, QStringLiteral("--form"), QStringLiteral("w8x")}, kDev));
    bool listed = false;
    for (const QJsonValue& v : json({tax, QStringLiteral("list")}, kAvery).array()) {
        if (v[QLatin1String("partner_id")].toString() != kIN)
            continue;
        listed = true;
        QCOMPARE(v[QLatin1String("form")].toString(), QStringLiteral("w8ben"));
        QCOMPARE(v[QLatin1String("expires")].toString(), QStringLiteral("2030-12-31"));
        QCOMPARE(v[QLatin1String("person")].toString(), QStringLiteral("Priya Raman"));
    }
    QVERIFY(listed);
}

void TestCli::assignments()
{
    // The list: one row per enrollment the user sees, France's Azure payments held in the demo.
    const auto find = [this](const QString& program, const QString& partnerId, const QString& as) {
        const QJsonArray rows = json({QStringLiteral("assignments")}, as).array();
        for (const QJsonValue& v : rows)
            if (v[QLatin1String("program")].toString() == program &&
                v[QLatin1String("partner_id")].toString() == partnerId)
                return v.toObject();
        return QJsonObject();
    };
    const QJsonArray emma = json({QStringLiteral("assignments")}, kEmma).array();
    QVERIFY(!emma.isEmpty());
    for (const QJsonValue& v : emma)
        QVERIFY(v[QLatin1String("partner_id")].toString() == kUS ||
                v[QLatin1String("partner_id")].toString() == kDE);
    QCOMPARE(find(kAzure, kFR, kAvery)[QLatin1String("on_hold")].toBool(), true);
    const QJsonObject munich = find(kCommerce, kDE, kBao);
    QCOMPARE(munich[QLatin1String("currency")].toString(), QStringLiteral("EUR"));
    QCOMPARE(munich[QLatin1String("bank")].toString(), QStringLiteral("Contoso EU Treasury"));
    const Run text = cli({QStringLiteral("assignments")}, kBao);
    CHECK_DONE(text);
    QVERIFY(text.out.contains(QStringLiteral("Contoso EU Treasury")));

    // Bad input: one line on stderr, a non-zero exit, nothing written.
    const auto unchanged = [&] {
        const QJsonObject now = find(kCommerce, kDE, kBao);
        QCOMPARE(now[QLatin1String("currency")].toString(), QStringLiteral("EUR"));
        QCOMPARE(now[QLatin1String("on_hold")].toBool(), false);
    };
    const Run noChange = cli({QStringLiteral("assignments"), QStringLiteral("set"), kCommerce, kDE}, kBao);
    CHECK_USAGE(noChange);
    QCOMPARE(lines(noChange.err).size(), 1);
    const Run badTax = cli({QStringLiteral("assignments"), QStringLiteral("set"), kCommerce, kDE,
                            QStringLiteral("--tax"), QStringLiteral("abc")},
                           kBao);
    CHECK_USAGE(badTax);
    QCOMPARE(lines(badTax.err).size(), 1);
    CHECK_REFUSED(cli({QStringLiteral("assignments"), QStringLiteral("set"), kCommerce, kDE,
                       QStringLiteral("--currency"), QStringLiteral("JPY")},
                      kBao),
                  QStringLiteral("not accepted for a bank account in DE"));
    CHECK_REFUSED(cli({QStringLiteral("assignments"), QStringLiteral("set"), kCommerce, kDE,
                       QStringLiteral("--currency"), QStringLiteral("EU")},
                      kBao),
                  QStringLiteral("three letters"));
    CHECK_REFUSED(cli({QStringLiteral("assignments"), QStringLiteral("set"), kCommerce, kDE,
                       QStringLiteral("--currency"), QStringLiteral("USD")},
                      kCharlotte),
                  QStringLiteral("Incentives admin"));
    CHECK_REFUSED(
        cli({QStringLiteral("assignments"), QStringLiteral("hold"), QStringLiteral("No Such Program"), kDE},
            kBao),
        QString());
    const Run badDefaults = cli({QStringLiteral("assignments"), QStringLiteral("defaults"),
                                 QStringLiteral("--bank"), QStringLiteral("Contoso EU Treasury"), kUS},
                                kBao);
    CHECK_USAGE(badDefaults);
    unchanged();

    // set, hold, release.
    const QJsonObject set = json({QStringLiteral("assignments"), QStringLiteral("set"), kCommerce, kDE,
                                  QStringLiteral("--currency"), QStringLiteral("usd")},
                                 kBao)
                                .object();
    QCOMPARE(set[QLatin1String("ok")].toBool(), true);
    QCOMPARE(find(kCommerce, kDE, kBao)[QLatin1String("currency")].toString(), QStringLiteral("USD"));
    QCOMPARE(status(kCommerce, kDE), QStringLiteral("validating")); // validated again
    CHECK_DONE(cli({QStringLiteral("assignments"), QStringLiteral("hold"), kCommerce, kDE}, kBao));
    QCOMPARE(find(kCommerce, kDE, kBao)[QLatin1String("on_hold")].toBool(), true);
    CHECK_REFUSED(cli({QStringLiteral("assignments"), QStringLiteral("hold"), kCommerce, kDE}, kBao),
                  QStringLiteral("already on hold"));
    CHECK_DONE(cli({QStringLiteral("assignments"), QStringLiteral("release"), kCommerce, kDE}, kBao));
    QCOMPARE(find(kCommerce, kDE, kBao)[QLatin1String("on_hold")].toBool(), false);

    // One default for two locations at once.
    const QJsonObject defaults = json({QStringLiteral("assignments"), QStringLiteral("defaults"),
                                       QStringLiteral("--bank"), QStringLiteral("Contoso EU Treasury"),
                                       QStringLiteral("--currency"), QStringLiteral("EUR"), kUS, kDE},
                                      kBao)
                                     .object();
    QCOMPARE(defaults[QLatin1String("locations")].toInt(), 2);
    QVERIFY(defaults[QLatin1String("assigned")].toInt() > 0);
    const QJsonObject marketplace = find(QStringLiteral("Marketplace Rewards"), kUS, kBao);
    QCOMPARE(marketplace[QLatin1String("bank")].toString(), QStringLiteral("Contoso EU Treasury"));
    QCOMPARE(marketplace[QLatin1String("bank_is_default")].toBool(), true);
    QCOMPARE(marketplace[QLatin1String("currency")].toString(), QStringLiteral("EUR"));
    QCOMPARE(marketplace[QLatin1String("currency_proposed")].toBool(), false);
}

void TestCli::severalTaxProfiles()
{
    // A W-8BEN beside Munich's W-8BEN-E.
    const QStringList add{QStringLiteral("tax-profile"),
                          QStringLiteral("add"),
                          QStringLiteral("--location"),
                          kDE,
                          QStringLiteral("--form"),
                          QStringLiteral("w8ben"),
                          QStringLiteral("--person"),
                          QStringLiteral("Lena Vogel"),
                          QStringLiteral("--citizenship"),
                          QStringLiteral("DE"),
                          QStringLiteral("--birth-date"),
                          QStringLiteral("1984-06-02"),
                          QStringLiteral("--no-tax-id-reason"),
                          QStringLiteral("Not issued"),
                          QStringLiteral("--vat"),
                          QStringLiteral("DE136695976")};
    CHECK_USAGE(cli(add.mid(0, 4), kBao)); // add without a form
    CHECK_REFUSED(cli(add, kCharlotte), QStringLiteral("no role for this location"));
    const QJsonObject added = json(add, kBao).object();
    QCOMPARE(added[QLatin1String("ok")].toBool(), true);
    const qint64 second = added[QLatin1String("id")].toInteger();
    QVERIFY(second > 0);
    // The list shows both, each with its number, form and expiry.
    const QJsonArray listed =
        json({QStringLiteral("tax-profile"), QStringLiteral("list"), QStringLiteral("--location"), kDE}, kBao)
            .array();
    QCOMPARE(listed.size(), 2);
    QCOMPARE(listed.at(0)[QLatin1String("form")].toString(), QStringLiteral("w8ben-e"));
    QCOMPARE(listed.at(1)[QLatin1String("id")].toInteger(), second);
    QCOMPARE(listed.at(1)[QLatin1String("form")].toString(), QStringLiteral("w8ben"));
    QVERIFY(!listed.at(1)[QLatin1String("expires")].toString().isEmpty());
    const Run text = cli({QStringLiteral("tax-profile"), QStringLiteral("list")}, kBao);
    CHECK_DONE(text);
    QVERIFY(text.out.contains(QStringLiteral("w8ben-e")) && text.out.contains(QStringLiteral("w8ben ")));

    // Redmond's W-9 is not Munich's to pay under; Munich's second profile is.
    const qint64 redmondTax =
        json({QStringLiteral("tax-profile"), QStringLiteral("list"), QStringLiteral("--location"), kUS}, kBao)
            .array()
            .at(0)[QLatin1String("id")]
            .toInteger();
    CHECK_REFUSED(cli({QStringLiteral("assignments"), QStringLiteral("set"), kCommerce, kDE,
                       QStringLiteral("--tax-profile"), QString::number(redmondTax)},
                      kBao),
                  QStringLiteral("another location"));
    CHECK_REFUSED(cli({QStringLiteral("assignments"), QStringLiteral("set"), kCommerce, kDE,
                       QStringLiteral("--tax-profile"), QString::number(second)},
                      kEmma),
                  QStringLiteral("Incentives admin"));
    QCOMPARE(status(kCommerce, kDE), QStringLiteral("enrolled"));
    const QJsonObject set = json({QStringLiteral("assignments"), QStringLiteral("set"), kCommerce, kDE,
                                  QStringLiteral("--tax-profile"), QString::number(second)},
                                 kBao)
                                .object();
    QCOMPARE(set[QLatin1String("ok")].toBool(), true);
    for (const QJsonValue& v : json({QStringLiteral("assignments")}, kBao).array())
        if (v[QLatin1String("partner_id")].toString() == kDE) {
            const bool commerce = v[QLatin1String("program")].toString() == kCommerce;
            QCOMPARE(v[QLatin1String("tax_id")].toInteger() == second, commerce);
            QCOMPARE(v[QLatin1String("tax_is_default")].toBool(), !commerce);
        }
    QCOMPARE(status(kCommerce, kDE), QStringLiteral("validating")); // validated again
    // Editing the second profile by its number changes it, not the first.
    CHECK_DONE(cli({QStringLiteral("tax-profile"), QStringLiteral("set"), QStringLiteral("--location"), kDE,
                    QStringLiteral("--id"), QString::number(second), QStringLiteral("--person"),
                    QStringLiteral("Lena M. Vogel")},
                   kBao));
    const QJsonObject shown =
        json({QStringLiteral("tax-profile"), QStringLiteral("show"), QStringLiteral("--location"), kDE,
              QStringLiteral("--id"), QString::number(second)},
             kBao)
            .object();
    QCOMPARE(shown[QLatin1String("person")].toString(), QStringLiteral("Lena M. Vogel"));
    const QJsonObject firstShown =
        json({QStringLiteral("tax-profile"), QStringLiteral("show"), QStringLiteral("--location"), kDE}, kBao)
            .object();
    QCOMPARE(firstShown[QLatin1String("form")].toString(), QStringLiteral("w8ben-e"));

    // Documents go to the profile --id names and are listed under it only.
    const QString scan = m_dir->filePath(QStringLiteral("passport.png"));
    {
        QFile f(scan);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray("\0\x01\x02", 3));
    }
    const QStringList documents{QStringLiteral("tax-profile"), QStringLiteral("documents"),
                                QStringLiteral("--location"), kDE};
    CHECK_DONE(cli({QStringLiteral("tax-profile"), QStringLiteral("attach"), scan,
                    QStringLiteral("--location"), kDE, QStringLiteral("--id"), QString::number(second)},
                   kBao));
    QCOMPARE(
        json(documents + QStringList{QStringLiteral("--id"), QString::number(second)}, kBao).array().size(),
        1);
    QCOMPARE(json(documents, kBao).array().size(), 0);
    CHECK_REFUSED(
        cli({QStringLiteral("tax-profile"), QStringLiteral("attach"), scan, QStringLiteral("--location"), kDE,
             QStringLiteral("--id"), QString::number(redmondTax)},
            kBao),
        QStringLiteral("another location"));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
