// Every data-changing operation and every sensitive read, for every kind of person (PermissionMatrix.h),
// answered the same through the services and through incentives-cli: allowed exactly where the
// table says, refused as Denied otherwise, and every refusal recorded in the audit log.
#include "PermissionMatrix.h"
#include "PermissionServices.h"
#include "TestDatabase.h"
#include "cli/Cli.h"
#include "services/AuditService.h"
#include "services/EnrollmentService.h"
#include "services/MaintenanceService.h"
#include "services/OrganizationService.h"
#include "services/ProfileService.h"
#include "services/Simulation.h"
#include "services/Transfer.h"
#include "services/demo/DemoSeed.h"
#include "services/demo/PresenterTools.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace incentives;
using matrix::Who;

Q_DECLARE_METATYPE(matrix::Who)

class TestPermissions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void throughServices_data() { rows(); }
    void throughServices();
    void throughCli_data() { rows(); }
    void throughCli();
    void fullBankDetailsOnlyForTheProfilesLocations();
    void invitationOffersOnlyUsableProfiles();
    void replacingAPasswordDatabaseNeedsItsAccountAdmin();

private:
    void rows();
    QString copy();
    Actor actorFor(AppContext& ctx, Who who);
    Status runService(AppContext& ctx, const Actor& actor, const QString& op);
    QStringList cliArguments(const QString& op);
    std::pair<int, QString> cli(const QString& database, const QString& as, const QStringList& args);

    QTemporaryDir m_dir;
    QString m_template;
    QString m_backup;
    QString m_pendingProgram;
    QString m_pendingLocation;
    int m_unique = 0;
    QStringList m_copies; // the current function's, discarded after it
};

void TestPermissions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_template = testdb::fresh(m_dir, QStringLiteral("template.db"));
    {
        auto ctx = AppContext::open(m_template, Database::OpenMode::CreateIfMissing);
        QVERIFY(ctx && seed::demo(**ctx));
        QVERIFY(matrix::addPeople(**ctx));
        auto avery = (*ctx)->actor(QStringLiteral("avery.brooks@contoso.example"));
        QVERIFY(avery);
        auto pending = PresenterTools(**ctx).pendingValidations(*avery);
        QVERIFY(pending && !pending->isEmpty());
        m_pendingProgram = pending->first().programName;
        m_pendingLocation = pending->first().partnerId;
        // Waiting at a location the Incentives admin of the table administers too.
        auto bao = (*ctx)->actor(matrix::email(Who::LocationAdmin));
        QVERIFY(bao);
        QVERIFY((*ctx)->grants(*bao)->adminOf.contains(
            (*ctx)->directory().locationByPartnerId(m_pendingLocation)->id));
        m_backup = m_dir.filePath(QStringLiteral("template-backup.db"));
        QVERIFY(MaintenanceService(**ctx).backUp(*avery, m_backup));
        if (!testdb::onServer())
            (*ctx)->db().checkpoint(); // one file to copy
    }
}

void TestPermissions::rows()
{
    QTest::addColumn<QString>("op");
    QTest::addColumn<Who>("who");
    QTest::addColumn<bool>("allowed");
    for (const matrix::Operation& op : matrix::operations())
        for (Who who : matrix::everyone())
            QTest::newRow(qPrintable(op.name + QLatin1Char('/') + matrix::tag(who)))
                << op.name << who << op.allowed.contains(who);
}

QString TestPermissions::copy()
{
    m_copies.append(testdb::copyOf(m_template, m_dir, QStringLiteral("perm-%1.db").arg(++m_unique)));
    return m_copies.last();
}

void TestPermissions::cleanup()
{
    for (const QString& copy : std::exchange(m_copies, {}))
        testdb::discard(copy);
}

Actor TestPermissions::actorFor(AppContext& ctx, Who who)
{
    if (auto user = ctx.directory().userByEmail(matrix::email(who)))
        return Actor{user->id, user->email, user->name}; // the deactivated one too: the services decide
    return Actor{987654321, matrix::email(who), matrix::email(who)};
}

Status TestPermissions::runService(AppContext& ctx, const Actor& actor, const QString& op)
{
    return matrix::runService(ctx, actor, op,
                              {m_pendingProgram, m_pendingLocation, m_backup, m_dir.path(), &m_unique});
}

void TestPermissions::throughServices()
{
    QFETCH(QString, op);
    QFETCH(Who, who);
    QFETCH(bool, allowed);
    auto ctx = AppContext::open(copy(), Database::OpenMode::MustExist);
    QVERIFY(ctx);
    const Actor actor = actorFor(**ctx, who);
    const Status outcome = runService(**ctx, actor, op);
    if (allowed) {
        QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().message));
        return;
    }
    QVERIFY2(!outcome.ok(), "allowed, but the table says no");
    QCOMPARE(int(outcome.error().kind), int(ErrorKind::Denied));
    // The refusal is in the audit log, as whoever tried.
    AuditFilter filter;
    filter.text = QStringLiteral("denied");
    filter.limit = 1000;
    auto avery = (*ctx)->actor(QStringLiteral("avery.brooks@contoso.example"));
    auto entries = AuditService(**ctx).list(*avery, filter);
    QVERIFY(entries);
    QVERIFY2(std::any_of(entries->begin(), entries->end(),
                         [&](const AuditEntry& e) { return e.actor == actor.email; }),
             qPrintable(outcome.error().message));
}

QStringList TestPermissions::cliArguments(const QString& op)
{
    const QString program = QStringLiteral("Marketplace Rewards");
    const QString location = QStringLiteral("--location");
    if (op == QLatin1String("enroll"))
        return {QStringLiteral("enroll"), program, location, matrix::kLocation};
    if (op == QLatin1String("tax-profile set"))
        return {QStringLiteral("tax-profile"), QStringLiteral("set"),       location, matrix::kLocation,
                QStringLiteral("--signed"),    QStringLiteral("2027-05-02")};
    if (op == QLatin1String("tax-profile add"))
        return {QStringLiteral("tax-profile"),
                QStringLiteral("add"),
                location,
                matrix::kLocation,
                QStringLiteral("--form"),
                QStringLiteral("w9"),
                QStringLiteral("--ein"),
                QStringLiteral("98-7654321"),
                QStringLiteral("--signed"),
                QStringLiteral("2027-05-02")};
    if (op == QLatin1String("tax-document attach")) {
        const QString file = m_dir.filePath(QStringLiteral("matrix-%1.pdf").arg(++m_unique));
        QFile f(file);
        if (f.open(QIODevice::WriteOnly))
            f.write(QStringLiteral("%PDF-1.4\nmatrix %1\n").arg(m_unique).toUtf8());
        return {QStringLiteral("tax-profile"), QStringLiteral("attach"), file, location, matrix::kLocation};
    }
    if (op == QLatin1String("tax-document list"))
        return {QStringLiteral("tax-profile"), QStringLiteral("documents"), location, matrix::kLocation};
    if (op == QLatin1String("bank-profile add"))
        return {QStringLiteral("bank-profile"),
                QStringLiteral("add"),
                location,
                matrix::kLocation,
                QStringLiteral("--name"),
                QStringLiteral("Matrix"),
                QStringLiteral("--country"),
                QStringLiteral("US"),
                QStringLiteral("--currency"),
                QStringLiteral("USD"),
                QStringLiteral("--holder"),
                QStringLiteral("Contoso Ltd"),
                QStringLiteral("--routing"),
                QStringLiteral("021000021"),
                QStringLiteral("--account"),
                QStringLiteral("12345678")};
    if (op == QLatin1String("bank-profile edit own"))
        return {QStringLiteral("bank-profile"), QStringLiteral("edit"), matrix::kOwnProfile,
                QStringLiteral("--account"), QStringLiteral("99887766")};
    if (op == QLatin1String("bank-profile edit other"))
        return {QStringLiteral("bank-profile"), QStringLiteral("edit"), matrix::kOtherProfile,
                QStringLiteral("--account"), QStringLiteral("99887766")};
    if (op == QLatin1String("bank-profile assign own"))
        return {QStringLiteral("bank-profile"), QStringLiteral("assign"), matrix::kOwnProfile, location,
                matrix::kLocation};
    if (op == QLatin1String("bank-profile assign other"))
        return {QStringLiteral("bank-profile"), QStringLiteral("assign"), matrix::kOtherProfile, location,
                matrix::kLocation};
    if (op == QLatin1String("submit with other profile"))
        return {
            QStringLiteral("submit"), program, location, matrix::kLocation, QStringLiteral("--bank-profile"),
            matrix::kOtherProfile};
    if (op == QLatin1String("users add"))
        return {QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("new.person@contoso.example"),
                QStringLiteral("New Person")};
    if (op == QLatin1String("users assign"))
        return {QStringLiteral("users"),
                QStringLiteral("assign"),
                matrix::email(Who::NoRole),
                QStringLiteral("incentives-user"),
                location,
                matrix::kOtherLocation};
    if (op == QLatin1String("backup"))
        return {QStringLiteral("backup"), m_dir.filePath(QStringLiteral("cli-backup-%1.db").arg(++m_unique))};
    if (op == QLatin1String("restore"))
        return {QStringLiteral("restore"), m_backup};
    if (op == QLatin1String("check"))
        return {QStringLiteral("check")};
    if (op == QLatin1String("clock advance"))
        return {QStringLiteral("clock"), QStringLiteral("advance"), QStringLiteral("1h")};
    if (op == QLatin1String("validation approve"))
        return {QStringLiteral("validation"), QStringLiteral("approve"), m_pendingProgram, location,
                m_pendingLocation};
    if (op == QLatin1String("program close"))
        return {QStringLiteral("program"), QStringLiteral("close"), program};
    if (op == QLatin1String("location set"))
        return {QStringLiteral("location"), QStringLiteral("set"), QStringLiteral("4649105"),
                QStringLiteral("--customers"), QStringLiteral("5")};
    if (op == QLatin1String("simulate eligibility"))
        return {QStringLiteral("simulate"), QStringLiteral("eligibility")};
    if (op == QLatin1String("demo save"))
        return {QStringLiteral("demo"), QStringLiteral("save"), QStringLiteral("matrix")};
    if (op == QLatin1String("demo load"))
        return {QStringLiteral("demo"), QStringLiteral("load"), QStringLiteral("matrix")};
    if (op == QLatin1String("demo reset"))
        return {QStringLiteral("demo"), QStringLiteral("reset")};
    if (op == QLatin1String("scenario start"))
        return {QStringLiteral("scenario"), QStringLiteral("start"), QStringLiteral("enroll-from-email")};
    if (op == QLatin1String("locations add"))
        return {QStringLiteral("locations"),
                QStringLiteral("add"),
                QStringLiteral("4649199"),
                QStringLiteral("--name"),
                QStringLiteral("Contoso Matrix"),
                QStringLiteral("--legal-name"),
                QStringLiteral("Contoso Matrix Ltd"),
                QStringLiteral("--country"),
                QStringLiteral("NL")};
    if (op == QLatin1String("locations edit"))
        return {QStringLiteral("locations"), QStringLiteral("edit"), matrix::kLocation,
                QStringLiteral("--name"), QStringLiteral("Contoso Renamed")};
    if (op == QLatin1String("import locations")) {
        const QString path = m_dir.filePath(QStringLiteral("matrix-%1.csv").arg(++m_unique));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write("partner_id,name,legal_name,country\n4649198,Contoso CSV,Contoso CSV Ltd,NL\n");
        return {QStringLiteral("import"), QStringLiteral("locations"), path};
    }
    if (op == QLatin1String("programs record"))
        return {QStringLiteral("programs"), QStringLiteral("record"), QStringLiteral("Matrix Program Two"),
                QStringLiteral("--currencies"), QStringLiteral("EUR")};
    if (op == QLatin1String("invitation record"))
        return {QStringLiteral("invitation"), QStringLiteral("record"), matrix::kRecordedProgram, location,
                matrix::kLocation};
    if (op == QLatin1String("validation record"))
        return {QStringLiteral("validation"),
                QStringLiteral("record"),
                QStringLiteral("approved"),
                m_pendingProgram,
                location,
                m_pendingLocation};
    if (op == QLatin1String("assignment set"))
        return {QStringLiteral("assignments"), QStringLiteral("set"), program, matrix::kLocation,
                QStringLiteral("--currency"),  QStringLiteral("USD")};
    if (op == QLatin1String("assignment hold"))
        return {QStringLiteral("assignments"), QStringLiteral("hold"),
                QStringLiteral("Microsoft Commerce Incentives"), matrix::kLocation};
    if (op == QLatin1String("assignment defaults"))
        return {QStringLiteral("assignments"),
                QStringLiteral("defaults"),
                QStringLiteral("--bank"),
                matrix::kOwnProfile,
                QStringLiteral("--currency"),
                QStringLiteral("USD"),
                matrix::kLocation};
    if (op == QLatin1String("migrate"))
        return {QStringLiteral("migrate"), QStringLiteral("--to"),
                m_dir.filePath(QStringLiteral("cli-moved-%1.db").arg(++m_unique))};
    return {};
}

std::pair<int, QString> TestPermissions::cli(const QString& database, const QString& as,
                                             const QStringList& args)
{
    QString out;
    QString err;
    QTextStream o(&out);
    QTextStream e(&err);
    cli::Cli tool(o, e);
    const int code =
        tool.run(QStringList{QStringLiteral("--database"), database, QStringLiteral("--as"), as} + args);
    o.flush();
    e.flush();
    return {code, out + err};
}

void TestPermissions::throughCli()
{
    QFETCH(QString, op);
    QFETCH(Who, who);
    QFETCH(bool, allowed);
    const QString database = copy();
    if (op == QLatin1String("demo load")) // a snapshot to load, saved by the demo's own presenter
        QCOMPARE(cli(database, QStringLiteral("avery.brooks@contoso.example"),
                     {QStringLiteral("demo"), QStringLiteral("save"), QStringLiteral("matrix")})
                     .first,
                 0);
    const QStringList args = cliArguments(op);
    QVERIFY(!args.isEmpty());
    const auto [code, output] = cli(database, matrix::email(who), args);
    QVERIFY2((code == 0) == allowed,
             qPrintable(QStringLiteral("exit %1: %2").arg(code).arg(output.left(300))));
    if (!allowed)
        QCOMPARE(code, 1);
}

void TestPermissions::fullBankDetailsOnlyForTheProfilesLocations()
{
    auto ctx = AppContext::open(copy(), Database::OpenMode::MustExist);
    QVERIFY(ctx);
    const QString ukAccount = QStringLiteral("70872490");
    for (Who who : matrix::everyone()) {
        auto view = ProfileService(**ctx).bankProfile(actorFor(**ctx, who), matrix::kOtherProfile);
        const bool full = view && view->profile.accountNumber == ukAccount;
        QCOMPARE(full, who == Who::OtherLocationAdmin);
    }
}

void TestPermissions::invitationOffersOnlyUsableProfiles()
{
    auto ctx = AppContext::open(copy(), Database::OpenMode::MustExist);
    QVERIFY(ctx);
    const Actor bao = actorFor(**ctx, Who::LocationAdmin);
    auto view =
        EnrollmentService(**ctx).invitation(bao, QStringLiteral("Marketplace Rewards"), matrix::kLocation);
    QVERIFY(view);
    QStringList names;
    for (const BankProfile& p : view->bankChoices)
        names.append(p.name);
    QVERIFY2(names.contains(matrix::kOwnProfile), qPrintable(names.join(QLatin1Char(','))));
    QVERIFY2(!names.contains(matrix::kOtherProfile), qPrintable(names.join(QLatin1Char(','))));
    // Asking for the other location's profile by name is refused, not shown.
    auto other = EnrollmentService(**ctx).invitation(bao, QStringLiteral("Marketplace Rewards"),
                                                     matrix::kLocation, matrix::kOtherProfile);
    QVERIFY(!other);
    QCOMPARE(int(other.error().kind), int(ErrorKind::Denied));
}

void TestPermissions::replacingAPasswordDatabaseNeedsItsAccountAdmin()
{
    SKIP_ON_SERVER("init --empty over a file; the server case is the same service call");
    const QString database = m_dir.filePath(QStringLiteral("real.db"));
    QString out;
    QString err;
    {
        QTextStream o(&out);
        QTextStream e(&err);
        cli::Cli tool(o, e);
        QCOMPARE(tool.run({QStringLiteral("--database"), database, QStringLiteral("init"),
                           QStringLiteral("--empty"), QStringLiteral("--org"), QStringLiteral("Fabrikam"),
                           QStringLiteral("--admin"), QStringLiteral("ana@fabrikam.example")}),
                 0);
    }
    const QFileInfo before(database);
    const qint64 size = before.size();
    // Without anyone signing in: refused, the file untouched.
    {
        QTextStream o(&out);
        QTextStream e(&err);
        cli::Cli tool(o, e);
        QCOMPARE(tool.run({QStringLiteral("--database"), database, QStringLiteral("init"),
                           QStringLiteral("--demo"), QStringLiteral("--force")}),
                 1);
    }
    {
        auto ctx = AppContext::open(database, Database::OpenMode::MustExist);
        QVERIFY(ctx);
        QCOMPARE((*ctx)->directory().organization()->name, QStringLiteral("Fabrikam"));
    }
    QVERIFY(QFileInfo(database).size() >= size);
}

QTEST_GUILESS_MAIN(TestPermissions)
#include "tst_permissions.moc"
