// A catalogue of hostile values sent to every field of the services and to the CLI's verbs: each is
// refused with a message, or stored as the rules normalise it; never a crash, never a partial write.
#include "cli/Cli.h"
#include "core/Eligibility.h"
#include "core/TimeText.h"
#include "core/Validators.h"
#include "services/AuthService.h"
#include "services/DirectoryService.h"
#include "services/EnrollmentService.h"
#include "services/ProfileService.h"
#include "services/Simulation.h"
#include "services/demo/DemoFiles.h"
#include "services/demo/DemoSeed.h"
#include "services/demo/PresenterTools.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#include "TestDatabase.h"
#include <QTest>

using namespace incentives;

namespace {

QStringList catalogue()
{
    const QStringList base{
        QStringLiteral("'; DROP TABLE users; --"),
        QStringLiteral("\" OR 1=1 --"),
        QStringLiteral("1); DELETE FROM enrollments; --"),
        QStringLiteral("%' OR '1'='1"),
        QStringLiteral("' UNION SELECT password_hash FROM users --"),
        QStringLiteral("\\"),
        QStringLiteral("%"),
        QStringLiteral("_"),
        QStringLiteral("%%__%%"),
        QStringLiteral("'"),
        QStringLiteral("\""),
        QStringLiteral("`"),
        QStringLiteral("''''"),
        QStringLiteral("; PRAGMA writable_schema=1;"),
        QStringLiteral("ATTACH DATABASE '/tmp/x' AS x"),
        QStringLiteral("$(rm -rf /)"),
        QStringLiteral("<script>alert(1)</script>"),
        QStringLiteral("=HYPERLINK(\"http://x\")"),
        QStringLiteral("+cmd|' /C calc'!A0"),
        QStringLiteral("@SUM(1+1)"),
        QStringLiteral("-2+3"),
        QStringLiteral("../../etc/passwd"),
        QStringLiteral("C:\\Windows\\system32"),
        QString(QChar(0)),
        QStringLiteral("a") + QChar(0) + QStringLiteral("b"),
        QStringLiteral("\x01\x02\x03"),
        QStringLiteral("line\nbreak"),
        QStringLiteral("tab\there"),
        QStringLiteral("\r\n"),
        QStringLiteral("\x1b[31mred"),
        QString(QChar(0x202E)) + QStringLiteral("gnp.exe"),
        QString(QChar(0x202A)) + QStringLiteral("x"),
        QString(QChar(0x2066)) + QStringLiteral("isolate") + QChar(0x2069),
        QString(QChar(0x200B)),
        QString(QChar(0xFEFF)) + QStringLiteral("bom"),
        QString(10000, QLatin1Char('A')),
        QString(10000, QLatin1Char('9')),
        QString(10000, QChar(0x00E9)),
        QString(5000, QLatin1Char('\'')),
        QStringLiteral("👩‍💼 Contoso 🇩🇪"),
        QStringLiteral("Zoë Ægir Øster"),
        QStringLiteral("e\u0301\u0301\u0301\u0301"),
        QStringLiteral("Z̸̢̛͉a̶l̴g̷o̵"),
        QStringLiteral("株式会社コントソ"),
        QStringLiteral("شركة كونتوسو"),
        QStringLiteral("Контосо ООО"),
        QStringLiteral("   leading"),
        QStringLiteral("trailing   "),
        QStringLiteral("   "),
        QString(),
        QStringLiteral("1.234,56"),
        QStringLiteral("1,234.56"),
        QStringLiteral("١٢٣٤٥٦٧"),
        QStringLiteral("１２３４５６７"),
        QStringLiteral("-1"),
        QStringLiteral("99999999999999999999999"),
        QStringLiteral("0x1F"),
        QStringLiteral("1e308"),
        QStringLiteral("NaN"),
        QStringLiteral("null"),
        QStringLiteral("undefined"),
        QStringLiteral("true"),
        QString(QChar(0xD800)),
        QString(QChar(0xDFFF)) + QChar(0xD800),
        QStringLiteral("\uFFFD\uFFFF"),
    };
    QStringList all;
    for (const QString& v : base) {
        all << v << (QStringLiteral("  ") + v + QStringLiteral("  ")) << (v + v)
            << (QStringLiteral("Contoso ") + v) << v.toUpper();
    }
    return all;
}

} // namespace

class TestHostile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void catalogueIsLargeEnough() { QVERIFY(catalogue().size() >= 300); }
    void parsersNeverCrash();
    void servicesRefuseOrStoreWhole();
    void cliVerbsRefuseCleanly();

private:
    // Counts of every table: any write, partial or not, changes one.
    QString fingerprint();
    void expectRefusedOrNormalised(const char* what, const QString& value, const Status& outcome,
                                   const QString& before);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<AppContext> m_ctx;
    int m_accepted = 0;
    int m_refused = 0;
};

void TestHostile::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_path = testdb::fresh(m_dir, QStringLiteral("hostile.db"));
    auto ctx = AppContext::open(m_path, Database::OpenMode::CreateIfMissing);
    QVERIFY(ctx && seed::demo(**ctx));
    m_ctx = std::move(ctx).value();
}

QString TestHostile::fingerprint()
{
    QStringList parts;
    for (const char* table :
         {"users", "role_assignments", "locations", "programs", "bank_profiles", "tax_profiles",
          "enrollments", "invitations", "validation_requests", "inbox_messages", "audit_log"})
        parts.append(m_ctx->db()
                         .scalar(QStringLiteral("SELECT COUNT(*) || ':' || COALESCE(MAX(id), 0) FROM %1")
                                     .arg(QLatin1String(table)))
                         ->toString());
    parts.append(m_ctx->db().scalar(QStringLiteral("SELECT MAX(version) FROM bank_profiles"))->toString());
    parts.append(m_ctx->db().scalar(QStringLiteral("SELECT MAX(version) FROM tax_profiles"))->toString());
    return parts.join(QLatin1Char('|'));
}

void TestHostile::expectRefusedOrNormalised(const char* what, const QString& value, const Status& outcome,
                                            const QString& before)
{
    if (outcome.ok()) {
        ++m_accepted;
        return;
    }
    ++m_refused;
    QVERIFY2(!outcome.error().message.trimmed().isEmpty(), what);
    QVERIFY2(fingerprint() == before,
             qPrintable(QStringLiteral("%1 left a partial write for %2")
                            .arg(QLatin1String(what), value.left(40).toHtmlEscaped())));
}

void TestHostile::parsersNeverCrash()
{
    for (const QString& v : catalogue()) {
        (void)timetext::parseDateTime(v);
        (void)timetext::parseDuration(v);
        (void)eligibility::parse(v);
        for (const auto& check :
             {validators::iban(v), validators::bic(v, v), validators::abaRouting(v),
              validators::ukSortCode(v), validators::ein(v), validators::vat(v, v), validators::email(v),
              validators::displayName(v), validators::partnerId(v), validators::countryCode(v),
              validators::currencyCode(v), validators::indiaIfsc(v)})
            QVERIFY(check.valid() ? !check.normalized.isEmpty() : !check.error.trimmed().isEmpty());
    }
}

void TestHostile::servicesRefuseOrStoreWhole()
{
    const Actor avery = *m_ctx->actor(QStringLiteral("avery.brooks@contoso.example"));
    const Actor bao = *m_ctx->actor(QStringLiteral("bao.nguyen@contoso.example"));
    int n = 0;
    for (const QString& v : catalogue()) {
        ++n;
        QString before = fingerprint();
        // Users: an odd name may be a real one (stored trimmed); an odd email never is.
        auto added = DirectoryService(*m_ctx).addUser(avery, QStringLiteral("h%1@contoso.example").arg(n), v);
        expectRefusedOrNormalised("users.add name", v, added ? Status() : Status(added.error()), before);
        if (added)
            QCOMPARE(m_ctx->directory().userByEmail(added->user.email)->name,
                     validators::displayName(v, 100).normalized);
        before = fingerprint();
        auto badMail = DirectoryService(*m_ctx).addUser(avery, v, QStringLiteral("Name"));
        expectRefusedOrNormalised("users.add email", v, badMail ? Status() : Status(badMail.error()), before);

        // Bank profile fields one at a time.
        for (int field = 0; field < 6; ++field) {
            BankProfile p;
            p.name = QStringLiteral("Hostile %1-%2").arg(n).arg(field);
            p.country = QStringLiteral("DE");
            p.currency = QStringLiteral("EUR");
            p.holderName = QStringLiteral("Contoso Ltd");
            p.iban = QStringLiteral("DE89370400440532013000");
            p.bic = QStringLiteral("COBADEFFXXX");
            QString* fields[] = {&p.name, &p.country, &p.currency, &p.holderName, &p.iban, &p.bic};
            *fields[field] = v;
            before = fingerprint();
            auto r = ProfileService(*m_ctx).addBank(bao, p);
            expectRefusedOrNormalised("bank-profile.add", v, r ? Status() : Status(r.error()), before);
        }
        // Tax profile fields.
        TaxProfile t;
        t.form = TaxForm::W8BenE;
        t.countryOfIncorporation = QStringLiteral("DE");
        t.foreignTaxId = v;
        t.vatId = v;
        t.signedOn = QDate(2027, 1, 5);
        before = fingerprint();
        auto tax = ProfileService(*m_ctx).setTax(bao, QStringLiteral("4649103"), t);
        expectRefusedOrNormalised("tax-profile.set", v, tax ? Status() : Status(tax.error()), before);

        // Enrollment lookups and the workspace search.
        before = fingerprint();
        auto submit = EnrollmentService(*m_ctx).submit(bao, v, QStringLiteral("4649101"));
        expectRefusedOrNormalised("submit program", v, submit ? Status() : Status(submit.error()), before);
        before = fingerprint();
        auto submit2 = EnrollmentService(*m_ctx).submit(bao, QStringLiteral("Marketplace Rewards"), v);
        expectRefusedOrNormalised("submit location", v, submit2 ? Status() : Status(submit2.error()), before);
        WorkspaceFilter f;
        f.search = v;
        QVERIFY(EnrollmentService(*m_ctx).count(avery, f).ok());
        QVERIFY(EnrollmentService(*m_ctx).workspace(avery, f, WorkspaceSort::Program, true, 0, 10).ok());

        // Presenter tools and sign-in.
        Program program;
        program.name = v;
        program.currencies = {QStringLiteral("USD")};
        program.criteria = v;
        before = fingerprint();
        expectRefusedOrNormalised("program.publish", v, PresenterTools(*m_ctx).publishProgram(avery, program),
                                  before);
        before = fingerprint();
        expectRefusedOrNormalised("snapshot", v, demofiles::saveSnapshot(*m_ctx, avery, v), before);
        (void)AuthService(*m_ctx).signIn(v, v);
    }
    qInfo("%d values: %d accepted, %d refused", int(catalogue().size()), m_accepted, m_refused);
    QVERIFY(m_refused > 0 && m_accepted > 0);
    QCOMPARE(m_ctx->auditLog().verify().value(), Id(0));
    QCOMPARE(m_ctx->db().scalar(m_ctx->db().dialect().integrityCheck())->toString(), QStringLiteral("ok"));
}

void TestHostile::cliVerbsRefuseCleanly()
{
    const auto run = [this](const QStringList& args) {
        QString out;
        QString err;
        QTextStream o(&out);
        QTextStream e(&err);
        cli::Cli tool(o, e);
        const int code = tool.run(QStringList{QStringLiteral("--database"), m_path} + args);
        e.flush();
        return std::pair<int, QString>(code, err);
    };
    const QString bao = QStringLiteral("bao.nguyen@contoso.example");
    const QString avery = QStringLiteral("avery.brooks@contoso.example");
    // Every base value (the variants only add spaces and repetition) through every verb.
    const QStringList values = catalogue();
    for (qsizetype i = 0; i < values.size(); i += 5) {
        const QString& v = values.at(i);
        const QList<QStringList> calls{
            {QStringLiteral("--as"), bao, QStringLiteral("workspace"), QStringLiteral("--search"), v},
            {QStringLiteral("--as"), bao, QStringLiteral("workspace"), QStringLiteral("--status"), v},
            {QStringLiteral("--as"), bao, QStringLiteral("submit"), v, QStringLiteral("--location"), v},
            {QStringLiteral("--as"), bao, QStringLiteral("eligibility"), v, QStringLiteral("--location"),
             QStringLiteral("4649101")},
            {QStringLiteral("--as"), bao, QStringLiteral("bank-profile"), QStringLiteral("show"), v},
            {QStringLiteral("--as"), avery, QStringLiteral("users"), QStringLiteral("assign"), v, v},
            {QStringLiteral("--as"), avery, QStringLiteral("clock"), QStringLiteral("advance"), v},
            {QStringLiteral("--as"), avery, QStringLiteral("clock"), QStringLiteral("set"), v},
            {QStringLiteral("--as"), v, QStringLiteral("inbox")},
            {QStringLiteral("validate"), QStringLiteral("iban"), v},
            {QStringLiteral("validate"), QStringLiteral("vat"), v, QStringLiteral("--country"), v},
            {QStringLiteral("--as"), avery, QStringLiteral("audit"), QStringLiteral("--limit"), v},
        };
        for (const QStringList& call : calls) {
            const auto [code, err] = run(call);
            QVERIFY2(code == 0 || code == 1 || code == 2, qPrintable(call.join(QLatin1Char(' ')).left(80)));
            if (code != 0) {
                // One line on stderr, starting with the program's name.
                QVERIFY2(err.startsWith(QStringLiteral("incentives-cli: ")), qPrintable(err.left(80)));
                QCOMPARE(err.count(QLatin1Char('\n')), 1);
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
