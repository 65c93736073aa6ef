// The access-control matrix through incentives-cli: every action a role may or may not take, at a
// location in and out of its scope, answers exactly as domain.md says — deny by default.
#include "cli/Cli.h"
#include "services/demo/DemoSeed.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#include "TestDatabase.h"
#include <QTest>

using namespace incentives;

namespace {
const QString kAvery = QStringLiteral("avery.brooks@contoso.example"); // Account admin
const QString kFarah =
    QStringLiteral("farah.haddad@contoso.example"); // Account admin + Incentives admin of 4649106
const QString kBao = QStringLiteral("bao.nguyen@contoso.example"); // Incentives admin of 4649101 and 4649103
const QString kEmma =
    QStringLiteral("emma.schmidt@contoso.example"); // Incentives user of 4649101 and 4649103
const QString kGabriel = QStringLiteral("gabriel.silva@contoso.example"); // no role
const QString kIn = QStringLiteral("4649101");                            // in Bao's and Emma's scope
const QString kOut = QStringLiteral("4649102");                           // in nobody's scope here
} // namespace

class TestAccess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void matrix_data();
    void matrix();
    void fullAccountNumbersOnlyForTheLocationsAdmin();

private:
    std::pair<int, QString> run(const QString& as, const QStringList& args);

    QTemporaryDir m_dir;
    QString m_template;
    QString m_path;
    int m_unique = 0;
};

void TestAccess::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_template = testdb::fresh(m_dir, QStringLiteral("template.db"));
    auto ctx = AppContext::open(m_template, Database::OpenMode::CreateIfMissing);
    QVERIFY(ctx && seed::demo(**ctx));
    (*ctx)->db().checkpoint(); // one file to copy
}

void TestAccess::init()
{
    m_path = testdb::copyOf(m_template, m_dir, QStringLiteral("access-%1.db").arg(++m_unique));
}

std::pair<int, QString> TestAccess::run(const QString& as, const QStringList& args)
{
    QString out;
    QString err;
    QTextStream o(&out);
    QTextStream e(&err);
    cli::Cli tool(o, e);
    const int code =
        tool.run(QStringList{QStringLiteral("--database"), m_path, QStringLiteral("--as"), as} + args);
    o.flush();
    return {code, out + err};
}

void TestAccess::matrix_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("location");
    QTest::addColumn<bool>("allowed");
    struct Expect
    {
        const QString& user;
        bool view[2];     // view a location's eligibility and tax profile: in, out of scope
        bool change[2];   // enroll, tax profile, default bank profile, a new bank profile for it
        bool manageUsers; // add users, assign roles (Account admins)
    };
    const Expect expectations[] = {
        {kAvery, {true, true}, {false, false}, true},      {kFarah, {true, true}, {false, false}, true},
        {kBao, {true, false}, {true, false}, false},       {kEmma, {true, false}, {false, false}, false},
        {kGabriel, {false, false}, {false, false}, false},
    };
    for (const Expect& x : expectations) {
        for (int scope = 0; scope < 2; ++scope) {
            const QString location = scope == 0 ? kIn : kOut;
            const QString tag = x.user.section(QLatin1Char('.'), 0, 0) +
                                (scope == 0 ? QStringLiteral("/in") : QStringLiteral("/out"));
            for (const char* view : {"eligibility", "tax-profile show", "invitation"})
                QTest::newRow(qPrintable(tag + QLatin1Char('/') + QLatin1String(view)))
                    << x.user << QString::fromLatin1(view) << location << x.view[scope];
            for (const char* change :
                 {"enroll", "submit", "tax-profile set", "bank-profile assign", "bank-profile add"})
                QTest::newRow(qPrintable(tag + QLatin1Char('/') + QLatin1String(change)))
                    << x.user << QString::fromLatin1(change) << location << x.change[scope];
        }
        const QString who = x.user.section(QLatin1Char('.'), 0, 0);
        QTest::newRow(qPrintable(who + QStringLiteral("/users add")))
            << x.user << QStringLiteral("users add") << QString() << x.manageUsers;
        QTest::newRow(qPrintable(who + QStringLiteral("/users assign")))
            << x.user << QStringLiteral("users assign") << QString() << x.manageUsers;
    }
}

void TestAccess::matrix()
{
    QFETCH(QString, user);
    QFETCH(QString, action);
    QFETCH(QString, location);
    QFETCH(bool, allowed);
    const QString program = QStringLiteral("Marketplace Rewards"); // Invited at every location
    QStringList args;
    if (action == QLatin1String("eligibility"))
        args = {QStringLiteral("eligibility"), program, QStringLiteral("--location"), location};
    else if (action == QLatin1String("invitation"))
        args = {QStringLiteral("invitation"), program, QStringLiteral("--location"), location};
    else if (action == QLatin1String("tax-profile show"))
        args = {QStringLiteral("tax-profile"), QStringLiteral("show"), QStringLiteral("--location"),
                location};
    else if (action == QLatin1String("enroll"))
        args = {QStringLiteral("enroll"), program, QStringLiteral("--location"), location};
    else if (action == QLatin1String("submit"))
        args = {QStringLiteral("submit"), QStringLiteral("Azure Incentives"), QStringLiteral("--location"),
                location == kIn ? QStringLiteral("4649103") : kOut};
    else if (action == QLatin1String("tax-profile set"))
        args = {QStringLiteral("tax-profile"), QStringLiteral("set"),
                QStringLiteral("--location"),  location,
                QStringLiteral("--signed"),    QStringLiteral("2027-05-02")};
    else if (action == QLatin1String("bank-profile assign"))
        args = {QStringLiteral("bank-profile"), QStringLiteral("assign"),
                QStringLiteral("Contoso EU Treasury"), QStringLiteral("--location"), location};
    else if (action == QLatin1String("bank-profile add"))
        args = {QStringLiteral("bank-profile"), QStringLiteral("add"),
                QStringLiteral("--location"),   location,
                QStringLiteral("--name"),       QStringLiteral("Matrix"),
                QStringLiteral("--country"),    QStringLiteral("US"),
                QStringLiteral("--currency"),   QStringLiteral("USD"),
                QStringLiteral("--holder"),     QStringLiteral("Contoso Ltd"),
                QStringLiteral("--routing"),    QStringLiteral("021000021"),
                QStringLiteral("--account"),    QStringLiteral("12345678")};
    else if (action == QLatin1String("users add"))
        args = {QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("new.person@contoso.example"),
                QStringLiteral("New Person")};
    else if (action == QLatin1String("users assign"))
        args = {QStringLiteral("users"),           QStringLiteral("assign"),     kGabriel,
                QStringLiteral("incentives-user"), QStringLiteral("--location"), kOut};
    const auto [code, output] = run(user, args);
    QVERIFY2((code == 0) == allowed,
             qPrintable(QStringLiteral("exit %1: %2").arg(code).arg(output.left(200))));
    if (!allowed) {
        QCOMPARE(code, 1);
        // The refusal is recorded in the audit log (as Avery, who may read all of it).
        const auto [auditCode, audit] = run(kAvery, {QStringLiteral("--json"), QStringLiteral("audit"),
                                                     QStringLiteral("--search"), QStringLiteral("denied")});
        QCOMPARE(auditCode, 0);
        QVERIFY2(audit.contains(user) || !output.contains(QStringLiteral("Only")),
                 qPrintable(output.left(200)));
    }
}

void TestAccess::fullAccountNumbersOnlyForTheLocationsAdmin()
{
    init();
    const QString full = QStringLiteral("483920175");
    for (const QString& user : {kAvery, kFarah, kBao, kEmma}) {
        const auto [code, output] =
            run(user, {QStringLiteral("--json"), QStringLiteral("bank-profile"), QStringLiteral("show"),
                       QStringLiteral("Contoso US Operating")});
        QCOMPARE(code, 0);
        QCOMPARE(output.contains(full), user == kBao);
    }
    QCOMPARE(run(kGabriel, {QStringLiteral("bank-profile"), QStringLiteral("show"),
                            QStringLiteral("Contoso US Operating")})
                 .first,
             1);
    // Nor in the audit log, its export, or anyone's inbox.
    const QString csv = m_dir.filePath(QStringLiteral("audit.csv"));
    QCOMPARE(run(kAvery, {QStringLiteral("audit"), QStringLiteral("--limit"), QStringLiteral("100000"),
                          QStringLiteral("--csv"), csv})
                 .first,
             0);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(full.toLatin1()));
    for (const QString& user : {kAvery, kBao, kEmma})
        QVERIFY(!run(user, {QStringLiteral("--json"), QStringLiteral("inbox")}).second.contains(full));
}

QTEST_GUILESS_MAIN(TestAccess)
#include "tst_access.moc"
