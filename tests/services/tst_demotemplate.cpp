// Demo templates: every kind of mistake named with its place in the file, hostile files refused
// without harm, a small customer's template built into a demo with the statuses it asks for, an
// impossible status refused, and the built-in demo exported and built again alike.
#include "services/AuditService.h"
#include "services/demo/DemoFiles.h"
#include "services/demo/DemoSeed.h"
#include "services/demo/DemoTemplate.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace incentives;

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QJsonObject fabrikam()
{
    return QJsonDocument::fromJson(readAll(QStringLiteral(INCENTIVES_TEST_DATA "/templates/fabrikam.json")))
        .object();
}

QByteArray bytes(const QJsonObject& o)
{
    return QJsonDocument(o).toJson();
}

// Sets the value at a path of keys and list indexes ("users", 1, "email").
QJsonValue setAt(const QJsonValue& at, QList<QVariant> path, const QJsonValue& value)
{
    if (path.isEmpty())
        return value;
    const QVariant key = path.takeFirst();
    if (key.typeId() == QMetaType::QString) {
        QJsonObject o = at.toObject();
        o.insert(key.toString(), setAt(o.value(key.toString()), path, value));
        return o;
    }
    QJsonArray a = at.toArray();
    a.replace(key.toInt(), setAt(a.at(key.toInt()), path, value));
    return a;
}

QString statusOf(AppContext& ctx, const QString& program, const QString& partnerId)
{
    auto p = ctx.programs().programByName(program);
    auto l = ctx.directory().locationByPartnerId(partnerId);
    if (!p || !l)
        return QStringLiteral("missing");
    auto e = ctx.enrollments().find(p->id, l->id);
    if (!e || !e->has_value())
        return QStringLiteral("none");
    return statusCode((**e).status);
}

const QString kCommerce = QStringLiteral("Microsoft Commerce Incentives");
const QString kCsp = QStringLiteral("CSP Indirect Reseller Incentives");

} // namespace

class TestDemoTemplate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void validTemplateParses();
    void mistakesAreNamedWithTheirPath_data();
    void mistakesAreNamedWithTheirPath();
    void everyMistakeIsReportedAtOnce();
    void hostileInputsAreRefused_data();
    void hostileInputsAreRefused();
    void logoIsCheckedByContent();
    void customerTemplateReachesItsStatuses();
    void impossibleStatusIsRefusedNamingTheEntry();
    void exportIsForPresentersAndAccountAdmins();
    void builtInDemoRoundTrips();
    void shippedContosoTemplateBuildsTheBuiltInDemo();
    void severalTaxProfilesAtOneLocationRoundTrip();
    void taxProfileOfAnEnrollmentMustBeItsLocations();
    void taxProfileSignedOnTheDemosDateIsAssigned();

private:
    QTemporaryDir m_dir;
    int m_count = 0;
    QString freshPath() { return m_dir.filePath(QStringLiteral("t%1.db").arg(++m_count)); }
};

void TestDemoTemplate::validTemplateParses()
{
    auto t = demotemplate::parse(bytes(fabrikam()));
    QVERIFY2(t, qPrintable(t ? QString() : t.error().message));
    QCOMPARE(t->locations.size(), 2);
    QCOMPARE(t->users.size(), 4);
    QCOMPARE(t->programs.size(), 2);
    QCOMPARE(t->programs.first().fiscalYear, 2027); // the clock's fiscal year when none is given
    QCOMPARE(t->enrollments.size(), 4);
    QCOMPARE(t->banks.first().profile.iban, QStringLiteral("DE89370400440532013000")); // normalized
}

void TestDemoTemplate::mistakesAreNamedWithTheirPath_data()
{
    QTest::addColumn<QList<QVariant>>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("expected");
    using L = QList<QVariant>;
    const auto s = [](const char* t) { return QVariant(QString::fromLatin1(t)); };
    QTest::newRow("unknown key") << L{s("locations"), 0, s("colour")} << QJsonValue(1)
                                 << QStringLiteral("locations[0].colour: unknown key");
    QTest::newRow("wrong type") << L{s("locations"), 1, s("solutionsPartner")}
                                << QJsonValue(QStringLiteral("yes"))
                                << QStringLiteral("locations[1].solutionsPartner: must be true or false");
    QTest::newRow("bad partner id") << L{s("locations"), 0, s("partnerId")}
                                    << QJsonValue(QStringLiteral("12a"))
                                    << QStringLiteral("locations[0].partnerId:");
    QTest::newRow("bad email") << L{s("users"), 2, s("email")} << QJsonValue(QStringLiteral("yuki"))
                               << QStringLiteral("users[2].email:");
    QTest::newRow("bad country") << L{s("locations"), 1, s("country")} << QJsonValue(QStringLiteral("QQ"))
                                 << QStringLiteral("locations[1].country:");
    QTest::newRow("unknown role") << L{s("users"), 1, s("roles"), 0, s("role")}
                                  << QJsonValue(QStringLiteral("owner"))
                                  << QStringLiteral("users[1].roles[0].role: 'owner' is not one of");
    QTest::newRow("unknown status") << L{s("enrollments"), 2, s("status")}
                                    << QJsonValue(QStringLiteral("paid"))
                                    << QStringLiteral("enrollments[2].status: 'paid' is not one of");
    QTest::newRow("missing location")
        << L{s("users"), 3, s("roles"), 0, s("location")} << QJsonValue(QStringLiteral("5559999"))
        << QStringLiteral("users[3].roles[0].location: '5559999' is not a location");
    QTest::newRow("missing program") << L{s("enrollments"), 0, s("program")}
                                     << QJsonValue(QStringLiteral("Nope"))
                                     << QStringLiteral("enrollments[0].program: 'Nope' is not a program");
    QTest::newRow("missing bank") << L{s("enrollments"), 0, s("bank")} << QJsonValue(QStringLiteral("Nope"))
                                  << QStringLiteral("enrollments[0].bank: 'Nope' is not a bank profile");
    QTest::newRow("bad iban") << L{s("bankProfiles"), 0, s("iban")} << QJsonValue(QStringLiteral("DE00 1234"))
                              << QStringLiteral("bankProfiles[0].iban:");
    QTest::newRow("bad currency") << L{s("programs"), 1, s("currencies"), 0}
                                  << QJsonValue(QStringLiteral("XYZ"))
                                  << QStringLiteral("programs[1].currencies[0]:");
    QTest::newRow("duplicate location")
        << L{s("locations"), 1, s("partnerId")} << QJsonValue(QStringLiteral("5550001"))
        << QStringLiteral("locations[1].partnerId: '5550001' appears twice");
    QTest::newRow("wrong format") << L{s("format")} << QJsonValue(QStringLiteral("other"))
                                  << QStringLiteral("format: must be");
    QTest::newRow("newer version") << L{s("version")} << QJsonValue(2)
                                   << QStringLiteral("version: must be 1");
    QTest::newRow("no presenter") << L{s("users"), 0, s("roles")}
                                  << QJsonValue(QJsonArray{QJsonObject{
                                         {QStringLiteral("role"), QStringLiteral("account-admin")}}})
                                  << QStringLiteral("users: A demo needs a Presenter");
    QTest::newRow("location on a whole-organization role")
        << L{s("users"), 0, s("roles"), 1, s("location")} << QJsonValue(QStringLiteral("5550001"))
        << QStringLiteral("users[0].roles[1].location:");
    QTest::newRow("bad date") << L{s("taxProfiles"), 0, s("signedOn")}
                              << QJsonValue(QStringLiteral("15/01/2026"))
                              << QStringLiteral("taxProfiles[0].signedOn:");
}

void TestDemoTemplate::mistakesAreNamedWithTheirPath()
{
    QFETCH(QList<QVariant>, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, expected);
    const QJsonObject changed = setAt(fabrikam(), path, value).toObject();
    auto t = demotemplate::parse(bytes(changed));
    QVERIFY(!t);
    QCOMPARE(t.error().kind, ErrorKind::Invalid);
    QVERIFY2(t.error().message.contains(expected), qPrintable(t.error().message));
}

void TestDemoTemplate::everyMistakeIsReportedAtOnce()
{
    QJsonValue v = fabrikam();
    v = setAt(v, {QStringLiteral("locations"), 0, QStringLiteral("partnerId")}, QStringLiteral("1"));
    v = setAt(v, {QStringLiteral("users"), 2, QStringLiteral("email")}, QStringLiteral("x"));
    v = setAt(v, {QStringLiteral("enrollments"), 3, QStringLiteral("status")}, QStringLiteral("maybe"));
    auto t = demotemplate::parse(bytes(v.toObject()));
    QVERIFY(!t);
    for (const char* path : {"locations[0].partnerId", "users[2].email", "enrollments[3].status"})
        QVERIFY2(t.error().message.contains(QLatin1String(path)), qPrintable(t.error().message));
}

void TestDemoTemplate::hostileInputsAreRefused_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("not valid JSON");
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe\x01PNG\x89", 9) << QStringLiteral("not valid JSON");
    QTest::newRow("deeply nested") << QByteArray(200000, '[') << QStringLiteral("not valid JSON");
    QTest::newRow("nested objects") << (QByteArray("{\"format\":") + QByteArray(500, '[') +
                                        QByteArray(500, ']') + "}")
                                    << QStringLiteral("format: must be");
    QTest::newRow("huge") << QByteArray(demotemplate::kMaxTemplateBytes + 1, ' ')
                          << QStringLiteral("at most 4 MiB");
    QTest::newRow("a list") << QByteArray("[1,2,3]") << QStringLiteral("must be a JSON object");
    QTest::newRow("line of a syntax error")
        << QByteArray("{\n\"format\": \"x\",\n\"version\": ,\n}") << QStringLiteral("line 3");
    QTest::newRow("entries of the wrong kind")
        << QByteArray(R"({"format":"incentives-demo-template","version":1,"organization":"Fabrikam",)"
                      R"("locations":[1,"a",null],"users":{},"programs":[[]]})")
        << QStringLiteral("locations[2]: must be an object");
}

void TestDemoTemplate::hostileInputsAreRefused()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, expected);
    auto t = demotemplate::parse(input);
    QVERIFY(!t);
    QVERIFY2(t.error().message.contains(expected), qPrintable(t.error().message.left(500)));
    // The same through a file, which is refused by its size before it is read.
    const QString path = m_dir.filePath(QStringLiteral("hostile.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(input);
    f.close();
    QVERIFY(!demotemplate::load(path));
    QVERIFY(!demotemplate::load(m_dir.path())); // a folder
}

void TestDemoTemplate::logoIsCheckedByContent()
{
    const QByteArray png = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(100, 'x');
    QVERIFY(demotemplate::checkLogo(png));
    QVERIFY(demotemplate::checkLogo(QByteArray("\xff\xd8\xff\xe0", 4) + QByteArray(10, 'x')));
    QVERIFY(!demotemplate::checkLogo(QByteArray("GIF89a....")));
    QVERIFY(!demotemplate::checkLogo(png + QByteArray(demotemplate::kMaxLogoBytes, 'x')));

    // A logo file beside the template, by its name; one that is no image is refused.
    QFile logo(m_dir.filePath(QStringLiteral("logo.png")));
    QVERIFY(logo.open(QIODevice::WriteOnly | QIODevice::Truncate));
    logo.write(png);
    logo.close();
    QJsonObject o = setAt(fabrikam(), {QStringLiteral("organization"), QStringLiteral("logo")},
                          QStringLiteral("logo.png"))
                        .toObject();
    auto t = demotemplate::parse(bytes(o), m_dir.path());
    QVERIFY2(t, qPrintable(t ? QString() : t.error().message));
    QCOMPARE(t->logo, png);
    QFile text(m_dir.filePath(QStringLiteral("logo.txt")));
    QVERIFY(text.open(QIODevice::WriteOnly | QIODevice::Truncate));
    text.write("not an image");
    text.close();
    o = setAt(o, {QStringLiteral("organization"), QStringLiteral("logo")}, QStringLiteral("logo.txt"))
            .toObject();
    t = demotemplate::parse(bytes(o), m_dir.path());
    QVERIFY(!t);
    QVERIFY2(t.error().message.contains(QLatin1String("organization.logo: The logo must be a PNG or JPEG")),
             qPrintable(t.error().message));
    // Inline, as base64; the demo keeps it.
    o = setAt(o, {QStringLiteral("organization"), QStringLiteral("logo")},
              QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64()))
            .toObject();
    t = demotemplate::parse(bytes(o));
    QVERIFY(t);
    QCOMPARE(t->logo, png);
    const QString path = freshPath();
    QVERIFY(demofiles::buildInPlace(path, [&](AppContext& ctx) { return demotemplate::apply(ctx, *t); }));
    auto ctx = AppContext::open(path, Database::OpenMode::MustExist);
    QVERIFY(ctx);
    QCOMPARE(demotemplate::organizationLogo(**ctx), png);
}

void TestDemoTemplate::customerTemplateReachesItsStatuses()
{
    auto t = demotemplate::parse(bytes(fabrikam()));
    QVERIFY(t);
    const QString path = freshPath();
    const Status built =
        demofiles::buildInPlace(path, [&](AppContext& ctx) { return demotemplate::apply(ctx, *t); });
    QVERIFY2(built, qPrintable(built ? QString() : built.error().message));
    auto ctx = AppContext::open(path, Database::OpenMode::MustExist);
    QVERIFY(ctx);
    AppContext& c = **ctx;
    QVERIFY(c.clock().isDemo());
    QCOMPARE(c.clock().now(), QDateTime(QDate(2027, 3, 1), QTime(9, 0), QTimeZone::utc()));
    QCOMPARE(c.directory().organization()->name, QStringLiteral("Fabrikam"));
    QCOMPARE(statusOf(c, kCommerce, QStringLiteral("5550001")), QStringLiteral("enrolled"));
    QCOMPARE(statusOf(c, kCsp, QStringLiteral("5550001")), QStringLiteral("ineligible"));
    QCOMPARE(statusOf(c, kCommerce, QStringLiteral("5550002")), QStringLiteral("validating"));
    QCOMPARE(statusOf(c, kCsp, QStringLiteral("5550002")), QStringLiteral("enrolling"));
    // A user for every role, each where the template put them.
    auto roles = c.directory().roles();
    QVERIFY(roles);
    QSet<Role> held;
    for (const RoleAssignment& r : *roles)
        held.insert(r.role);
    QCOMPARE(held.size(), 4);
    auto jonas = c.actor(QStringLiteral("jonas.weber@fabrikam.example"));
    QVERIFY(jonas);
    auto grants = c.grants(*jonas);
    QVERIFY(grants);
    QCOMPARE(grants->adminOf.size(), 1);
    QCOMPARE(grants->adminOf.values().first(),
             c.directory().locationByPartnerId(QStringLiteral("5550001"))->id);
    // The story is in the audit log, told by the people of the template.
    auto log = c.auditLog().list(0, 1000);
    QVERIFY(log);
    bool submittedByJonas = false;
    for (const AuditEntry& e : *log)
        submittedByJonas = submittedByJonas ||
                           (e.actor == jonas->email && e.action.startsWith(QLatin1String("enrollment.")));
    QVERIFY(submittedByJonas);
}

void TestDemoTemplate::impossibleStatusIsRefusedNamingTheEntry()
{
    // Enrolled in a program the location is not eligible for: the services refuse the submission.
    QJsonObject o = setAt(fabrikam(), {QStringLiteral("enrollments"), 1, QStringLiteral("status")},
                          QStringLiteral("enrolled"))
                        .toObject();
    auto t = demotemplate::parse(bytes(o));
    QVERIFY(t); // well formed: only the rules can tell
    const QString path = freshPath();
    Status built =
        demofiles::buildInPlace(path, [&](AppContext& ctx) { return demotemplate::apply(ctx, *t); });
    QVERIFY(!built);
    QVERIFY2(built.error().message.startsWith(QLatin1String("enrollments[1]:")),
             qPrintable(built.error().message));
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QFile::exists(path + QStringLiteral(".new")));

    // Enrolled with a bank account whose holder is not the location's legal name: Microsoft rejects it.
    o = setAt(fabrikam(), {QStringLiteral("bankProfiles"), 1, QStringLiteral("holder")},
              QStringLiteral("Someone Else"))
            .toObject();
    o = setAt(o, {QStringLiteral("enrollments"), 3, QStringLiteral("status")}, QStringLiteral("enrolled"))
            .toObject();
    // Japan's other enrollment stays invited: once the profile needs action, nothing is submitted with it.
    o = setAt(o, {QStringLiteral("enrollments"), 2, QStringLiteral("status")}, QStringLiteral("invited"))
            .toObject();
    t = demotemplate::parse(bytes(o));
    QVERIFY(t);
    built = demofiles::buildInPlace(path, [&](AppContext& ctx) { return demotemplate::apply(ctx, *t); });
    QVERIFY(!built);
    QVERIFY2(built.error().message.contains(QLatin1String("enrollments[3]")) &&
                 built.error().message.contains(QLatin1String("rejected")),
             qPrintable(built.error().message));
    QVERIFY(!QFile::exists(path));
    // Asked as rejected, the same is allowed.
    o = setAt(o, {QStringLiteral("enrollments"), 3, QStringLiteral("status")}, QStringLiteral("rejected"))
            .toObject();
    t = demotemplate::parse(bytes(o));
    QVERIFY(t);
    built = demofiles::buildInPlace(path, [&](AppContext& ctx) { return demotemplate::apply(ctx, *t); });
    QVERIFY2(built, qPrintable(built ? QString() : built.error().message));
}

void TestDemoTemplate::exportIsForPresentersAndAccountAdmins()
{
    const QString path = freshPath();
    QVERIFY(demofiles::createDemo(path));
    auto ctx = AppContext::open(path, Database::OpenMode::MustExist);
    QVERIFY(ctx);
    AppContext& c = **ctx;
    auto emma = c.actor(QStringLiteral("emma.schmidt@contoso.example"));
    QVERIFY(emma);
    auto refused = demotemplate::exportTemplate(c, *emma);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, ErrorKind::Denied);
    auto log = c.auditLog().list(emma->userId, 10);
    QVERIFY(log);
    QVERIFY(!log->isEmpty());
    QVERIFY2(log->first().action.contains(QLatin1String("denied")) ||
                 log->first().details.contains(QLatin1String("demo.export-template")),
             qPrintable(log->first().action + QLatin1Char(' ') + log->first().details));
    const QString out = m_dir.filePath(QStringLiteral("emma.json"));
    QVERIFY(!demotemplate::exportToFile(c, *emma, out));
    QVERIFY(!QFile::exists(out));
    for (const char* who : {"avery.brooks@contoso.example", "farah.haddad@contoso.example"}) {
        auto actor = c.actor(QString::fromLatin1(who));
        QVERIFY(actor);
        QVERIFY(demotemplate::exportToFile(c, *actor, out));
        QVERIFY(demotemplate::load(out));
    }
}

void TestDemoTemplate::builtInDemoRoundTrips()
{
    const QString original = freshPath();
    QVERIFY(demofiles::createDemo(original));
    QByteArray first;
    {
        auto ctx = AppContext::open(original, Database::OpenMode::MustExist);
        QVERIFY(ctx);
        auto avery = (*ctx)->actor(QStringLiteral("avery.brooks@contoso.example"));
        QVERIFY(avery);
        auto json = demotemplate::exportTemplate(**ctx, *avery);
        QVERIFY(json);
        first = *json;
    }
    auto t = demotemplate::parse(first);
    QVERIFY2(t, qPrintable(t ? QString() : t.error().message));
    const QString copy = freshPath();
    const Status built =
        demofiles::buildInPlace(copy, [&](AppContext& ctx) { return demotemplate::apply(ctx, *t); });
    QVERIFY2(built, qPrintable(built ? QString() : built.error().message));
    auto ctx = AppContext::open(copy, Database::OpenMode::MustExist);
    QVERIFY(ctx);
    auto avery = (*ctx)->actor(QStringLiteral("avery.brooks@contoso.example"));
    QVERIFY(avery);
    auto again = demotemplate::exportTemplate(**ctx, *avery);
    QVERIFY(again);
    // The same organization: locations, users and roles, programs, profiles and every status.
    QCOMPARE(QJsonDocument::fromJson(*again).object(), QJsonDocument::fromJson(first).object());
    QCOMPARE(statusOf(**ctx, QStringLiteral("CSP Indirect Reseller Incentives"), QStringLiteral("4649103")),
             QStringLiteral("validating"));
}

void TestDemoTemplate::shippedContosoTemplateBuildsTheBuiltInDemo()
{
    auto t =
        demotemplate::load(QStringLiteral(INCENTIVES_SOURCE_DIR "/src/services/demo/templates/contoso.json"));
    QVERIFY2(t, qPrintable(t ? QString() : t.error().message));
    const QString fromTemplate = freshPath();
    QVERIFY(
        demofiles::buildInPlace(fromTemplate, [&](AppContext& ctx) { return demotemplate::apply(ctx, *t); }));
    const QString builtIn = freshPath();
    QVERIFY(demofiles::createDemo(builtIn));
    QJsonObject exported[2];
    int i = 0;
    for (const QString& path : {fromTemplate, builtIn}) {
        auto ctx = AppContext::open(path, Database::OpenMode::MustExist);
        QVERIFY(ctx);
        auto avery = (*ctx)->actor(QStringLiteral("avery.brooks@contoso.example"));
        QVERIFY(avery);
        auto json = demotemplate::exportTemplate(**ctx, *avery);
        QVERIFY(json);
        exported[i++] = QJsonDocument::fromJson(*json).object();
    }
    QCOMPARE(exported[0], exported[1]);
}

namespace {
// Fabrikam with a W-8BEN beside Munich's W-8BEN-E, which its Commerce enrollment is paid under.
QJsonObject fabrikamWithTwoTaxProfiles()
{
    QJsonObject root = fabrikam();
    QJsonArray taxes = root.value(QStringLiteral("taxProfiles")).toArray();
    taxes.append(QJsonObject{{QStringLiteral("location"), QStringLiteral("5550001")},
                             {QStringLiteral("name"), QStringLiteral("Fabrikam individual")},
                             {QStringLiteral("form"), QStringLiteral("w8ben")},
                             {QStringLiteral("person"), QStringLiteral("Jonas Weber")},
                             {QStringLiteral("citizenship"), QStringLiteral("DE")},
                             {QStringLiteral("birthDate"), QStringLiteral("1980-05-04")},
                             {QStringLiteral("noTaxIdReason"), QStringLiteral("Not issued to the person")},
                             {QStringLiteral("vatId"), QStringLiteral("DE136695976")},
                             {QStringLiteral("signedOn"), QStringLiteral("2026-02-01")}});
    root.insert(QStringLiteral("taxProfiles"), taxes);
    QJsonArray enrollments = root.value(QStringLiteral("enrollments")).toArray();
    QJsonObject commerce = enrollments.at(0).toObject();
    commerce.insert(QStringLiteral("taxProfile"), QStringLiteral("Fabrikam individual"));
    enrollments.replace(0, commerce);
    root.insert(QStringLiteral("enrollments"), enrollments);
    return root;
}
} // namespace

void TestDemoTemplate::severalTaxProfilesAtOneLocationRoundTrip()
{
    auto t = demotemplate::parse(bytes(fabrikamWithTwoTaxProfiles()));
    QVERIFY2(t, qPrintable(t ? QString() : t.error().message));
    const QString path = freshPath();
    const Status built =
        demofiles::buildInPlace(path, [&](AppContext& ctx) { return demotemplate::apply(ctx, *t); });
    QVERIFY2(built, qPrintable(built ? QString() : built.error().message));
    QByteArray first;
    {
        auto ctx = AppContext::open(path, Database::OpenMode::MustExist);
        QVERIFY(ctx);
        AppContext& c = **ctx;
        const Location munich = *c.directory().locationByPartnerId(QStringLiteral("5550001"));
        auto taxes = c.profiles().taxProfiles(munich.id);
        QVERIFY(taxes);
        QCOMPARE(taxes->size(), 2);
        QCOMPARE(taxes->at(0).form, TaxForm::W8BenE);
        QCOMPARE(taxes->at(1).form, TaxForm::W8Ben);
        // The enrollment naming the W-8BEN is assigned it, and enrolled under it.
        const Id commerce = c.programs().programByName(kCommerce)->id;
        const Enrollment e = **c.enrollments().find(commerce, munich.id);
        QCOMPARE(e.taxProfileId, taxes->at(1).id);
        QCOMPARE(statusOf(c, kCommerce, QStringLiteral("5550001")), QStringLiteral("enrolled"));
        // Exported by an Account admin of the demo.
        QString admin;
        for (const QJsonValue& u : fabrikam().value(QStringLiteral("users")).toArray())
            for (const QJsonValue& r : u.toObject().value(QStringLiteral("roles")).toArray())
                if (r.toObject().value(QStringLiteral("role")).toString() == QLatin1String("account-admin"))
                    admin = u.toObject().value(QStringLiteral("email")).toString();
        auto json = demotemplate::exportTemplate(c, *c.actor(admin));
        QVERIFY2(json, qPrintable(json ? QString() : json.error().message));
        first = *json;
    }
    // The export names both profiles and the enrollment's; built again, it exports alike.
    const QJsonObject exported = QJsonDocument::fromJson(first).object();
    int named = 0;
    for (const QJsonValue& v : exported.value(QStringLiteral("taxProfiles")).toArray())
        if (v.toObject().value(QStringLiteral("location")).toString() == QLatin1String("5550001")) {
            QVERIFY(!v.toObject().value(QStringLiteral("name")).toString().isEmpty());
            ++named;
        } else {
            QVERIFY(!v.toObject().contains(QStringLiteral("name"))); // one profile: written as before
        }
    QCOMPARE(named, 2);
    int assigned = 0;
    for (const QJsonValue& v : exported.value(QStringLiteral("enrollments")).toArray())
        if (v.toObject().contains(QStringLiteral("taxProfile")))
            ++assigned;
    QCOMPARE(assigned, 1);
    auto again = demotemplate::parse(first);
    QVERIFY2(again, qPrintable(again ? QString() : again.error().message));
    const QString copy = freshPath();
    QVERIFY(demofiles::buildInPlace(copy, [&](AppContext& ctx) { return demotemplate::apply(ctx, *again); }));
    auto ctx = AppContext::open(copy, Database::OpenMode::MustExist);
    QVERIFY(ctx);
    QString admin;
    for (const QJsonValue& u : fabrikam().value(QStringLiteral("users")).toArray())
        for (const QJsonValue& r : u.toObject().value(QStringLiteral("roles")).toArray())
            if (r.toObject().value(QStringLiteral("role")).toString() == QLatin1String("account-admin"))
                admin = u.toObject().value(QStringLiteral("email")).toString();
    auto second = demotemplate::exportTemplate(**ctx, *(*ctx)->actor(admin));
    QVERIFY(second);
    QCOMPARE(QJsonDocument::fromJson(*second).object(), exported);
}

void TestDemoTemplate::taxProfileOfAnEnrollmentMustBeItsLocations()
{
    QJsonObject root = fabrikamWithTwoTaxProfiles();
    // Japan's Commerce enrollment may not be paid under Munich's W-8BEN.
    QJsonArray enrollments = root.value(QStringLiteral("enrollments")).toArray();
    QJsonObject japan = enrollments.at(2).toObject();
    japan.insert(QStringLiteral("taxProfile"), QStringLiteral("Fabrikam individual"));
    enrollments.replace(2, japan);
    QJsonObject csp = enrollments.at(3).toObject();
    csp.insert(QStringLiteral("taxProfile"), QStringLiteral("Nobody's"));
    enrollments.replace(3, csp);
    root.insert(QStringLiteral("enrollments"), enrollments);
    auto t = demotemplate::parse(bytes(root));
    QVERIFY(!t);
    QVERIFY2(
        t.error().message.contains(QStringLiteral("enrollments[2].taxProfile: 'Fabrikam individual' is a "
                                                  "tax profile of another location")),
        qPrintable(t.error().message));
    QVERIFY2(t.error().message.contains(QStringLiteral("enrollments[3].taxProfile:")),
             qPrintable(t.error().message));
}

void TestDemoTemplate::taxProfileSignedOnTheDemosDateIsAssigned()
{
    // A W-8BEN signed on the day the demo starts (as one added and assigned just before an export),
    // and the enrollment under it validating since.
    QJsonObject root = fabrikamWithTwoTaxProfiles();
    QJsonArray taxes = root.value(QStringLiteral("taxProfiles")).toArray();
    QJsonObject w8ben = taxes.last().toObject();
    w8ben.insert(QStringLiteral("signedOn"), QStringLiteral("2027-03-01"));
    taxes.replace(taxes.size() - 1, w8ben);
    root.insert(QStringLiteral("taxProfiles"), taxes);
    QJsonArray enrollments = root.value(QStringLiteral("enrollments")).toArray();
    QJsonObject commerce = enrollments.at(0).toObject();
    commerce.insert(QStringLiteral("status"), QStringLiteral("validating"));
    enrollments.replace(0, commerce);
    root.insert(QStringLiteral("enrollments"), enrollments);
    auto t = demotemplate::parse(bytes(root));
    QVERIFY2(t, qPrintable(t ? QString() : t.error().message));
    const QString path = freshPath();
    const Status built =
        demofiles::buildInPlace(path, [&](AppContext& ctx) { return demotemplate::apply(ctx, *t); });
    QVERIFY2(built, qPrintable(built ? QString() : built.error().message));
    auto ctx = AppContext::open(path, Database::OpenMode::MustExist);
    QVERIFY(ctx);
    AppContext& c = **ctx;
    const Location munich = *c.directory().locationByPartnerId(QStringLiteral("5550001"));
    auto taxes2 = c.profiles().taxProfiles(munich.id);
    QVERIFY(taxes2 && taxes2->size() == 2);
    QCOMPARE(taxes2->at(1).signedOn, QDate(2027, 3, 1));
    const Enrollment e = **c.enrollments().find(c.programs().programByName(kCommerce)->id, munich.id);
    QCOMPARE(e.taxProfileId, taxes2->at(1).id);
    QCOMPARE(statusOf(c, kCommerce, QStringLiteral("5550001")), QStringLiteral("validating"));
}

QTEST_GUILESS_MAIN(TestDemoTemplate)
#include "tst_demotemplate.moc"
