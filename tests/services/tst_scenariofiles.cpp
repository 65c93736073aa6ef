// Scenario files: the built-ins load in every language, every kind of mistake is reported with its
// line, hostile files are refused without a crash, and the conditions tick off exactly as the
// scenarios did when their steps were code, on the demo database driven through the services.
#include "core/EnrollmentRules.h"
#include "core/FiscalCalendar.h"
#include "services/AssignmentService.h"
#include "services/DirectoryService.h"
#include "services/EnrollmentService.h"
#include "services/ProfileService.h"
#include "services/demo/DemoSeed.h"
#include "services/demo/PresenterTools.h"
#include "services/demo/ScenarioConditions.h"
#include "services/demo/ScenarioFile.h"
#include "services/demo/Scenarios.h"
#include "store/Files.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>

#include "TestDatabase.h"
#include <QTest>

using namespace incentives;
using S = EnrollmentStatus;

namespace {

const QString kSecurity = QStringLiteral("Microsoft Security Incentives");
const QString kCommerce = QStringLiteral("Microsoft Commerce Incentives");
const QString kMarketplace = QStringLiteral("Marketplace Rewards");
const QString kUS = QStringLiteral("4649101");
const QString kUK = QStringLiteral("4649102");
const QString kJapan = QStringLiteral("4649105");
const QString kFrance = QStringLiteral("4649106");
const QString kAvery = QStringLiteral("avery.brooks@contoso.example");
const QString kBao = QStringLiteral("bao.nguyen@contoso.example");
const QString kCharlotte = QStringLiteral("charlotte.evans@contoso.example");
const QString kKenji = QStringLiteral("kenji.tanaka@contoso.example");

// A valid file whose lines the mistake tests refer to by number.
const QStringList kSample{
    QStringLiteral("{"),                                                     // 1
    QStringLiteral("    \"format\": \"incentives-scenario\","),              // 2
    QStringLiteral("    \"version\": 1,"),                                   // 3
    QStringLiteral("    \"id\": \"sample\","),                               // 4
    QStringLiteral("    \"title\": \"A sample\","),                          // 5
    QStringLiteral("    \"description\": \"For the tests\","),               // 6
    QStringLiteral("    \"chapters\": ["),                                   // 7
    QStringLiteral("        {"),                                             // 8
    QStringLiteral("            \"id\": \"only\","),                         // 9
    QStringLiteral("            \"title\": \"The only chapter\","),          // 10
    QStringLiteral("            \"steps\": ["),                              // 11
    QStringLiteral("                {"),                                     // 12
    QStringLiteral("                    \"id\": \"first\","),                // 13
    QStringLiteral("                    \"text\": \"Do the first thing\","), // 14
    QStringLiteral("                    \"notes\": \"Say something\","),     // 15
    QStringLiteral("                    \"target\": \"messagesView\","),     // 16
    QStringLiteral("                    \"done\": {\"status\": {\"program\": \"Marketplace Rewards\", "
                   "\"location\": \"4649101\", \"in\": [\"enrolled\"]}}"),                     // 17
    QStringLiteral("                },"),                                                      // 18
    QStringLiteral("                {"),                                                       // 19
    QStringLiteral("                    \"id\": \"second\","),                                 // 20
    QStringLiteral("                    \"text\": \"Do the second thing\","),                  // 21
    QStringLiteral("                    \"done\": {\"clockPast\": \"2027-07-01T00:00:00Z\"}"), // 22
    QStringLiteral("                }"),                                                       // 23
    QStringLiteral("            ]"),                                                           // 24
    QStringLiteral("        }"),                                                               // 25
    QStringLiteral("    ],"),                                                                  // 26
    QStringLiteral("    \"languages\": {"),                                                    // 27
    QStringLiteral("        \"de\": {"),                                                       // 28
    QStringLiteral("            \"title\": \"Ein Beispiel\","),                                // 29
    QStringLiteral("            \"steps\": {\"first\": {\"text\": \"Das Erste tun\"}}"),       // 30
    QStringLiteral("        }"),                                                               // 31
    QStringLiteral("    }"),                                                                   // 32
    QStringLiteral("}"),                                                                       // 33
};

// The sample with some lines replaced ("17=new text"; a replacement may span several lines).
QByteArray sampleWith(const QStringList& changes)
{
    QStringList lines = kSample;
    for (const QString& change : changes) {
        const int line = change.section(QLatin1Char('='), 0, 0).toInt();
        lines[line - 1] = change.section(QLatin1Char('='), 1);
    }
    return lines.join(QLatin1Char('\n')).toUtf8();
}

// "LINE: message" for each mistake, the form the tests compare.
QStringList mistakesOf(const scenarios::Loaded& loaded)
{
    QStringList out;
    for (const scenarios::Mistake& m : loaded.mistakes)
        out.append(QStringLiteral("%1: %2").arg(m.line).arg(m.message));
    return out;
}

// The scenarios' steps as they were written in code before they became files, kept here to check
// that the files' conditions decide exactly as they did.
std::optional<Enrollment> enrollmentOf(AppContext& ctx, const QString& program, const QString& partnerId)
{
    auto p = ctx.programs().programByName(program);
    auto l = ctx.directory().locationByPartnerId(partnerId);
    if (!p || !l)
        return std::nullopt;
    auto e = ctx.enrollments().find(p->id, l->id);
    return e ? *e : std::nullopt;
}

bool statusIn(AppContext& ctx, const QString& program, const QString& partnerId, QList<S> statuses)
{
    const auto e = enrollmentOf(ctx, program, partnerId);
    return e && statuses.contains(e->status);
}

using Reference = QList<std::function<bool(AppContext&)>>;

Reference reference(const QString& id)
{
    if (id == QLatin1String("enroll-from-email"))
        return {[](AppContext& ctx) {
                    auto bao = ctx.directory().userByEmail(kBao);
                    const auto e = enrollmentOf(ctx, kSecurity, kUS);
                    if (!bao || !e)
                        return false;
                    auto messages = ctx.enrollments().messages(bao->id);
                    if (!messages)
                        return false;
                    for (const InboxMessage& m : *messages)
                        if (m.enrollmentId == e->id && m.readAt.isValid())
                            return true;
                    return false;
                },
                [](AppContext& ctx) {
                    return statusIn(ctx, kSecurity, kUS, {S::Validating, S::Enrolled});
                },
                [](AppContext& ctx) { return statusIn(ctx, kSecurity, kUS, {S::Enrolled}); }};
    if (id == QLatin1String("assign-admin"))
        return {[](AppContext& ctx) {
                    auto l = ctx.directory().locationByPartnerId(kJapan);
                    auto admin =
                        l ? ctx.directory().incentivesAdminOf(l->id) : Result<std::optional<User>>(l.error());
                    return admin && admin->has_value();
                },
                [](AppContext& ctx) {
                    auto l = ctx.directory().locationByPartnerId(kJapan);
                    if (!l)
                        return false;
                    auto waiting = ctx.enrollments().undeliveredInvitations(l->id);
                    auto admin = ctx.directory().incentivesAdminOf(l->id);
                    if (!waiting || !admin || !admin->has_value())
                        return false;
                    auto messages = ctx.enrollments().messages((*admin)->id);
                    return messages && !messages->isEmpty();
                },
                [](AppContext& ctx) {
                    return statusIn(ctx, kCommerce, kJapan, {S::Enrolling, S::Validating, S::Enrolled}) ||
                           statusIn(ctx, QStringLiteral("CSP Indirect Reseller Incentives"), kJapan,
                                    {S::Enrolling, S::Validating, S::Enrolled});
                }};
    if (id == QLatin1String("rejected-bank"))
        return {[](AppContext& ctx) {
                    auto p = ctx.profiles().bankProfileByName(QStringLiteral("Contoso UK Payout"));
                    auto uk = ctx.directory().locationByPartnerId(kUK);
                    return p && uk && rules::holderMatches(p->holderName, uk->legalName);
                },
                [](AppContext& ctx) {
                    return statusIn(ctx, kCommerce, kUK, {S::Validating, S::Enrolled});
                },
                [](AppContext& ctx) { return statusIn(ctx, kCommerce, kUK, {S::Enrolled}); }};
    if (id == QLatin1String("fy-rollover"))
        return {[](AppContext& ctx) { return fiscal::yearOf(ctx.clock().now()) >= 2028; },
                [](AppContext& ctx) {
                    const auto e = enrollmentOf(ctx, kCommerce, kUS);
                    return e && e->status == S::Enrolled && e->fiscalYear >= 2028;
                },
                [](AppContext& ctx) {
                    const auto e = enrollmentOf(ctx, kCommerce, kFrance);
                    return e && e->status == S::Inactive && e->reason == Reason::AgreementExpired;
                }};
    if (id == QLatin1String("open-program"))
        return {[](AppContext& ctx) {
                    auto bao = ctx.directory().userByEmail(kBao);
                    const auto e = enrollmentOf(ctx, kMarketplace, kUS);
                    if (!bao || !e)
                        return false;
                    auto messages = ctx.enrollments().messages(bao->id);
                    return messages &&
                           std::none_of(messages->begin(), messages->end(),
                                        [&](const InboxMessage& m) { return m.enrollmentId == e->id; });
                },
                [](AppContext& ctx) {
                    return statusIn(ctx, kMarketplace, kUS, {S::Validating, S::Enrolled});
                },
                [](AppContext& ctx) { return statusIn(ctx, kMarketplace, kUS, {S::Enrolled}); }};
    return {};
}

} // namespace

class TestScenarioFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup() { m_ctx.reset(); }

    void builtInsLoadInEveryLanguage_data();
    void builtInsLoadInEveryLanguage();
    void sampleIsValid();
    void mistakesWithTheirLines_data();
    void mistakesWithTheirLines();
    void parseErrorHasLineAndColumn();
    void hostileFilesAreRefused_data();
    void hostileFilesAreRefused();
    void filesOnDisk();
    void savedCopyLoadsTheSame();
    void enrollFromEmail();
    void assignAdmin();
    void rejectedBank();
    void fiscalYearRollover();
    void openProgram();
    void payoutAssignment();
    void vocabulary();

private:
    Actor as(const QString& email) { return *m_ctx->actor(email); }
    // The scenario's progress now, checked against what its steps decided when they were code.
    QList<bool> progress(const QString& id)
    {
        const auto* scenario = scenarios::find(id);
        if (!scenario)
            return {};
        const QList<bool> now = scenarios::progress(*m_ctx, *scenario);
        QList<bool> before;
        for (const auto& step : reference(id))
            before.append(step(*m_ctx));
        if (now != before)
            qWarning() << id << "file:" << now << "code:" << before;
        return now == before ? now : QList<bool>();
    }
    bool holds(const char* json)
    {
        const QJsonValue condition = QJsonDocument::fromJson(json).object();
        bool valid = true;
        scenarios::conditions::validate(condition, QString(), [&valid](const QString&, const QString& m) {
            qWarning() << m;
            valid = false;
        });
        return valid && scenarios::conditions::holds(*m_ctx, condition);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<AppContext> m_ctx;
};

void TestScenarioFiles::init()
{
    // Only the tests that evaluate conditions need the demo database.
    const QByteArray test = QTest::currentTestFunction();
    if (!QList<QByteArray>{"enrollFromEmail", "assignAdmin", "rejectedBank", "fiscalYearRollover",
                           "openProgram", "payoutAssignment", "vocabulary"}
             .contains(test))
        return;
    const QString path =
        testdb::fresh(m_dir, QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".db"));
    auto ctx = AppContext::open(path, Database::OpenMode::CreateIfMissing);
    QVERIFY(ctx);
    m_ctx = std::move(ctx).value();
    QVERIFY(seed::demo(*m_ctx));
}

void TestScenarioFiles::builtInsLoadInEveryLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("rolloverTitle");
    QTest::newRow("en") << QStringLiteral("en")
                        << QStringLiteral("Fiscal-year rollover: one renews, one does not");
    QTest::newRow("de") << QStringLiteral("de")
                        << QStringLiteral(
                               "Geschäftsjahreswechsel: Eine Registrierung wird verlängert, eine nicht");
    QTest::newRow("de_CH falls back on de")
        << QStringLiteral("de_CH")
        << QStringLiteral("Geschäftsjahreswechsel: Eine Registrierung wird verlängert, eine nicht");
    QTest::newRow("fr") << QStringLiteral("fr") << QString();
    QTest::newRow("es") << QStringLiteral("es") << QString();
    QTest::newRow("ja") << QStringLiteral("ja") << QString();
    QTest::newRow("pt has none: the files' own texts")
        << QStringLiteral("pt") << QStringLiteral("Fiscal-year rollover: one renews, one does not");
}

void TestScenarioFiles::builtInsLoadInEveryLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, rolloverTitle);
    const QList<scenarios::Scenario> english = scenarios::builtIn(QStringLiteral("en"));
    const QList<scenarios::Scenario> list = scenarios::builtIn(language);
    QCOMPARE(list.size(), 6);
    QStringList ids;
    for (const auto& s : list)
        ids.append(s.id);
    QCOMPARE(ids, (QStringList{QStringLiteral("enroll-from-email"), QStringLiteral("assign-admin"),
                               QStringLiteral("rejected-bank"), QStringLiteral("fy-rollover"),
                               QStringLiteral("open-program"), QStringLiteral("payout-assignment")}));
    const bool translated = !language.startsWith(QLatin1String("en")) && language != QLatin1String("pt");
    for (qsizetype i = 0; i < list.size(); ++i) {
        const auto& s = list.at(i);
        QCOMPARE(s.steps.size(), 3);
        QVERIFY(!s.source.isEmpty());
        QVERIFY(s.fileName.isEmpty());
        QCOMPARE(s.title != english.at(i).title, translated);
        QCOMPARE(s.summary != english.at(i).summary, translated);
        for (qsizetype k = 0; k < s.steps.size(); ++k) {
            const auto& step = s.steps.at(k);
            QVERIFY(!step.text.isEmpty());
            QVERIFY(!step.notes.isEmpty());
            QCOMPARE(step.text != english.at(i).steps.at(k).text, translated);
            QCOMPARE(step.notes != english.at(i).steps.at(k).notes, translated);
            QVERIFY(step.chapter >= 0 && step.chapter < s.chapters.size());
            QVERIFY(step.done);
        }
        if (s.id == QLatin1String("fy-rollover") && !rolloverTitle.isEmpty())
            QCOMPARE(s.title, rolloverTitle);
    }
}

void TestScenarioFiles::sampleIsValid()
{
    const auto english = scenarios::parse(sampleWith({}), QStringLiteral("en"));
    QVERIFY2(english.scenario, qPrintable(mistakesOf(english).join(QLatin1Char('\n'))));
    QCOMPARE(english.scenario->title, QStringLiteral("A sample"));
    QCOMPARE(english.scenario->chapters, QStringList{QStringLiteral("The only chapter")});
    QCOMPARE(english.scenario->steps.size(), 2);
    QCOMPARE(english.scenario->steps.at(0).target, QStringLiteral("messagesView"));
    QCOMPARE(english.scenario->steps.at(0).notes, QStringLiteral("Say something"));
    const auto german = scenarios::parse(sampleWith({}), QStringLiteral("de_DE"));
    QVERIFY(german.scenario);
    QCOMPARE(german.scenario->title, QStringLiteral("Ein Beispiel"));
    QCOMPARE(german.scenario->summary, QStringLiteral("For the tests")); // not translated: the file's own
    QCOMPARE(german.scenario->steps.at(0).text, QStringLiteral("Das Erste tun"));
    QCOMPARE(german.scenario->steps.at(1).text, QStringLiteral("Do the second thing"));
}

void TestScenarioFiles::mistakesWithTheirLines_data()
{
    QTest::addColumn<QStringList>("changes");
    QTest::addColumn<QStringList>("expected"); // "LINE: start of the message", in order

    QTest::newRow("unknown key") << QStringList{QStringLiteral("6=    \"descripton\": \"x\",")}
                                 << QStringList{QStringLiteral("6: unknown key 'descripton'")};
    QTest::newRow("wrong type") << QStringList{QStringLiteral("5=    \"title\": 5,")}
                                << QStringList{QStringLiteral("5: 'title' must be text")};
    QTest::newRow("missing text and unknown key")
        << QStringList{QStringLiteral("14=                    \"txt\": \"Do it\",")}
        << QStringList{QStringLiteral("12: 'text' is missing"), QStringLiteral("14: unknown key 'txt'")};
    QTest::newRow("wrong format") << QStringList{QStringLiteral("2=    \"format\": \"something-else\",")}
                                  << QStringList{QStringLiteral("2: 'format' must be")};
    QTest::newRow("newer version") << QStringList{QStringLiteral("3=    \"version\": 2,")}
                                   << QStringList{QStringLiteral("3: the file is written in version 2")};
    QTest::newRow("bad id") << QStringList{QStringLiteral("4=    \"id\": \"Not An Id\",")}
                            << QStringList{QStringLiteral("4: 'Not An Id' is not a valid id")};
    QTest::newRow("unknown condition kind")
        << QStringList{QStringLiteral("22=\"done\": {\"clockAfter\": \"2027-07-01\"}")}
        << QStringList{QStringLiteral("22: unknown condition kind 'clockAfter'")};
    QTest::newRow("two kinds in one condition")
        << QStringList{QStringLiteral("22=\"done\": {\"fiscalYear\": {\"atLeast\": 2028}, \"not\": {}}")}
        << QStringList{QStringLiteral("22: a condition is an object with one key")};
    QTest::newRow("unknown status")
        << QStringList{QStringLiteral(
               "17=\"done\": {\"status\": {\"program\": \"P\", \"location\": \"4649101\", "
               "\"in\": [\"enroled\"]}}")}
        << QStringList{QStringLiteral("17: unknown status 'enroled'")};
    QTest::newRow("not a partner id")
        << QStringList{QStringLiteral(
               "17=\"done\": {\"status\": {\"program\": \"P\", \"location\": \"US\"}}")}
        << QStringList{QStringLiteral("17: 'US' is not a PartnerID")};
    QTest::newRow("unknown role") << QStringList{QStringLiteral(
                                         "22=\"done\": {\"role\": {\"role\": \"boss\"}}")}
                                  << QStringList{QStringLiteral("22: unknown role 'boss'")};
    QTest::newRow("organization-wide role with a location")
        << QStringList{QStringLiteral(
               "22=\"done\": {\"role\": {\"role\": \"account-admin\", \"location\": \"4649101\"}}")}
        << QStringList{QStringLiteral("22: the role account-admin covers the whole organization")};
    QTest::newRow("message to two recipients")
        << QStringList{QStringLiteral(
               "22=\"done\": {\"message\": {\"user\": \"a@b.example\", \"adminOf\": \"4649105\"}}")}
        << QStringList{QStringLiteral("22: give exactly one of 'user' and 'adminOf'")};
    QTest::newRow("unknown message kind")
        << QStringList{QStringLiteral(
               "22=\"done\": {\"message\": {\"user\": \"a@b.example\", \"kind\": \"letter\"}}")}
        << QStringList{QStringLiteral("22: unknown message kind 'letter'")};
    QTest::newRow("tax profile by name")
        << QStringList{QStringLiteral(
               "22=\"done\": {\"profile\": {\"kind\": \"tax\", \"name\": \"X\", \"location\": "
               "\"4649101\"}}")}
        << QStringList{QStringLiteral("22: 'name' applies to bank profiles only")};
    QTest::newRow("not a date") << QStringList{QStringLiteral("22=\"done\": {\"clockPast\": \"next July\"}")}
                                << QStringList{QStringLiteral("22: 'next July' is not a date and time")};
    QTest::newRow("not a duration") << QStringList{QStringLiteral(
                                           "22=\"done\": {\"clockPast\": {\"sinceStart\": \"soon\"}}")}
                                    << QStringList{QStringLiteral("22: 'soon' is not a duration")};
    QTest::newRow("empty all") << QStringList{QStringLiteral("22=\"done\": {\"all\": []}")}
                               << QStringList{
                                      QStringLiteral("22: 'all' takes a list of at least one condition")};
    QTest::newRow("nested mistakes on their own lines")
        << QStringList{QStringLiteral(
               "22=\"done\": {\"all\": [\n{\"fiscalYear\": {\"atLeast\": 2028}},\n"
               "{\"not\": {\"profile\": {\"kind\": \"cash\"}}},\n{\"any\": [{\"role\": "
               "{\"role\": \"incentives-admin\", \"user\": \"nobody\"}}]}\n]}")}
        << QStringList{QStringLiteral("24: unknown profile kind 'cash'"),
                       QStringLiteral("25: 'nobody' is not an email address")};
    QTest::newRow("missing done") << QStringList{QStringLiteral("22=\"notes\": \"\"")}
                                  << QStringList{QStringLiteral("19: 'done' is missing")};
    QTest::newRow("duplicate step id") << QStringList{QStringLiteral("20=\"id\": \"first\",")}
                                       << QStringList{QStringLiteral("20: duplicate step id 'first'")};
    QTest::newRow("target not an objectName")
        << QStringList{QStringLiteral("16=\"target\": \"messages view\",")}
        << QStringList{QStringLiteral("16: 'messages view' is not an objectName")};
    QTest::newRow("bad language code") << QStringList{QStringLiteral("28=\"German\": {")}
                                       << QStringList{QStringLiteral("28: 'German' is not a language code")};
    QTest::newRow("language names an unknown step")
        << QStringList{QStringLiteral("30=\"steps\": {\"third\": {\"text\": \"x\"}}")}
        << QStringList{QStringLiteral("30: no step has the id 'third'")};
    QTest::newRow("key twice") << QStringList{QStringLiteral("5=\"title\": \"A\", \"title\": \"B\",")}
                               << QStringList{QStringLiteral("5: 'title' appears twice in the same object")};
    QTest::newRow("no chapters")
        << QStringList{QStringLiteral("7=\"chapters\": [], \"x\": ["), QStringLiteral("26=],")}
        << QStringList{QStringLiteral("7: unknown key 'x'"),
                       QStringLiteral("7: 'chapters' must be a list of at least one chapter"),
                       QStringLiteral("30: no step has the id 'first'")};
    QTest::newRow("every mistake at once")
        << QStringList{QStringLiteral("3=    \"version\": \"1\","), QStringLiteral("16=\"target\": \"1x\","),
                       QStringLiteral("22=\"done\": {\"nope\": 1}")}
        << QStringList{QStringLiteral("3: 'version' must be a whole number"),
                       QStringLiteral("16: '1x' is not an objectName"),
                       QStringLiteral("22: unknown condition kind 'nope'")};
}

void TestScenarioFiles::mistakesWithTheirLines()
{
    QFETCH(QStringList, changes);
    QFETCH(QStringList, expected);
    const auto loaded = scenarios::parse(sampleWith(changes), QStringLiteral("en"));
    QVERIFY(!loaded.scenario);
    const QStringList found = mistakesOf(loaded);
    QVERIFY2(found.size() == expected.size(), qPrintable(found.join(QLatin1Char('\n'))));
    for (qsizetype i = 0; i < expected.size(); ++i)
        QVERIFY2(found.at(i).startsWith(expected.at(i)), qPrintable(found.join(QLatin1Char('\n'))));
    // The file's name leads each line, as compilers write it.
    const QStringList described = loaded.describe(QStringLiteral("my.json"));
    QCOMPARE(described.size(), expected.size());
    QVERIFY(described.first().startsWith(QStringLiteral("my.json:") +
                                         expected.first().section(QLatin1Char(':'), 0, 0) +
                                         QStringLiteral(": ")));
}

void TestScenarioFiles::parseErrorHasLineAndColumn()
{
    // The comma after the text is missing: the parser stops at the next key, line 15.
    const auto loaded = scenarios::parse(
        sampleWith({QStringLiteral("14=                    \"text\": \"Do the first thing\"")}));
    QVERIFY(!loaded.scenario);
    QCOMPARE(loaded.mistakes.size(), 1);
    QCOMPARE(loaded.mistakes.first().line, 15);
    // The column of the next key's opening quote, where the comma should have been.
    const int column = loaded.mistakes.first().column;
    QCOMPARE(column, 21);
    QVERIFY(loaded.describe(QStringLiteral("f.json"))
                .first()
                .startsWith(QStringLiteral("f.json:15:%1: not valid JSON").arg(column)));
}

void TestScenarioFiles::hostileFilesAreRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    const QByteArray sample = sampleWith({});
    QTest::newRow("empty") << QByteArray() << QStringLiteral("not valid JSON");
    QTest::newRow("truncated") << sample.left(sample.size() / 2) << QStringLiteral("not valid JSON");
    QByteArray binary(4096, '\0');
    QRandomGenerator random(42);
    for (char& c : binary)
        c = char(random.bounded(256));
    QTest::newRow("binary") << binary << QStringLiteral("not valid JSON");
    QTest::newRow("NUL inside") << QByteArray(sample).insert(40, '\0') << QStringLiteral("not valid JSON");
    QTest::newRow("array") << QByteArray("[1, 2]") << QStringLiteral("a scenario file holds one JSON object");
    QTest::newRow("null") << QByteArray("null") << QStringLiteral("not valid JSON");
    QByteArray huge = sample;
    huge.append(QByteArray(scenarios::kMaxFileBytes, ' '));
    QTest::newRow("huge") << huge << QStringLiteral("the file is larger than 1024 KiB");
    QTest::newRow("nested without end") << QByteArray(500000, '[') << QStringLiteral("not valid JSON");
    // Valid JSON, but deeper than any scenario needs.
    QByteArray deep = "{\"not\": ";
    for (int i = 0; i < 40; ++i)
        deep += "{\"not\": ";
    deep += "{}";
    deep += QByteArray(41, '}');
    QTest::newRow("deeply nested conditions")
        << sampleWith({QStringLiteral("22=\"done\": ") + QString::fromUtf8(deep)})
        << QStringLiteral("nested deeper than 32 levels");
    QTest::newRow("invalid UTF-8 in a text")
        << QByteArray(sample).replace("A sample", "A \xff\xfe sample") << QStringLiteral("not valid JSON");
}

void TestScenarioFiles::hostileFilesAreRefused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    const auto loaded = scenarios::parse(bytes);
    QVERIFY(!loaded.scenario);
    QVERIFY(!loaded.mistakes.isEmpty());
    QVERIFY2(loaded.mistakes.first().message.startsWith(message),
             qPrintable(loaded.mistakes.first().message));
}

void TestScenarioFiles::filesOnDisk()
{
    const QString good = m_dir.filePath(QStringLiteral("good.json"));
    QVERIFY(files::writeFile(good, sampleWith({})));
    const auto loaded = scenarios::loadFile(good);
    QVERIFY(loaded.scenario);
    QCOMPARE(loaded.scenario->fileName, good);
    QCOMPARE(loaded.scenario->source, sampleWith({}));
    QCOMPARE(scenarios::loadFile(m_dir.filePath(QStringLiteral("missing.json"))).mistakes.first().message,
             QStringLiteral("no such file"));
    QCOMPARE(scenarios::loadFile(m_dir.path()).mistakes.first().message,
             QStringLiteral("not a regular file"));
    // A file past the limit is read no further than one byte beyond it.
    const QString huge = m_dir.filePath(QStringLiteral("huge.json"));
    QVERIFY(files::writeFile(huge, QByteArray(8 * scenarios::kMaxFileBytes, ' ')));
    QVERIFY(
        scenarios::loadFile(huge).mistakes.first().message.startsWith(QStringLiteral("the file is larger")));
}

void TestScenarioFiles::savedCopyLoadsTheSame()
{
    // Saving a copy of a built-in writes its file; the copy reads back as the same scenario.
    for (const auto& builtIn : scenarios::builtIn(QStringLiteral("de"))) {
        const QString path = m_dir.filePath(builtIn.id + QStringLiteral(".json"));
        QVERIFY(files::writeFile(path, builtIn.source));
        const auto copy = scenarios::loadFile(path, QStringLiteral("de"));
        QVERIFY(copy.scenario);
        QCOMPARE(copy.scenario->id, builtIn.id);
        QCOMPARE(copy.scenario->title, builtIn.title);
        QCOMPARE(copy.scenario->chapters, builtIn.chapters);
        QCOMPARE(copy.scenario->steps.size(), builtIn.steps.size());
        for (qsizetype i = 0; i < builtIn.steps.size(); ++i) {
            QCOMPARE(copy.scenario->steps.at(i).text, builtIn.steps.at(i).text);
            QCOMPARE(copy.scenario->steps.at(i).notes, builtIn.steps.at(i).notes);
            QCOMPARE(copy.scenario->steps.at(i).target, builtIn.steps.at(i).target);
            QCOMPARE(copy.scenario->steps.at(i).condition, builtIn.steps.at(i).condition);
        }
    }
}

void TestScenarioFiles::enrollFromEmail()
{
    const QString id = QStringLiteral("enroll-from-email");
    QCOMPARE(progress(id), (QList<bool>{false, false, false}));
    auto inbox = EnrollmentService(*m_ctx).inbox(as(kBao));
    QVERIFY(inbox);
    Id invitation = 0;
    for (const InboxMessage& m : *inbox)
        if (m.programName == kSecurity && m.partnerId == kUS)
            invitation = m.id;
    QVERIFY(invitation);
    QVERIFY(EnrollmentService(*m_ctx).markRead(as(kBao), invitation));
    QCOMPARE(progress(id), (QList<bool>{true, false, false}));
    auto submitted = EnrollmentService(*m_ctx).submit(as(kBao), kSecurity, kUS);
    QVERIFY2(submitted, qPrintable(submitted ? QString() : submitted.error().message));
    QCOMPARE(progress(id), (QList<bool>{true, true, false}));
    QVERIFY(PresenterTools(*m_ctx).advanceClock(as(kAvery), 48 * 3600));
    QCOMPARE(progress(id), (QList<bool>{true, true, true}));
}

void TestScenarioFiles::assignAdmin()
{
    const QString id = QStringLiteral("assign-admin");
    QCOMPARE(progress(id), (QList<bool>{false, false, false}));
    QVERIFY(DirectoryService(*m_ctx).assignRole(as(kAvery), kKenji, Role::IncentivesAdmin, kJapan));
    QCOMPARE(progress(id), (QList<bool>{true, true, false}));
    auto accepted = EnrollmentService(*m_ctx).accept(as(kKenji), kCommerce, kJapan);
    QVERIFY2(accepted, qPrintable(accepted ? QString() : accepted.error().message));
    QCOMPARE(progress(id), (QList<bool>{true, true, true}));
    // Taken away again, the first two steps are undone; the acceptance stays.
    QVERIFY(DirectoryService(*m_ctx).revokeRole(as(kAvery), kKenji, Role::IncentivesAdmin, kJapan));
    QCOMPARE(progress(id), (QList<bool>{false, false, true}));
}

void TestScenarioFiles::rejectedBank()
{
    const QString id = QStringLiteral("rejected-bank");
    QCOMPARE(progress(id), (QList<bool>{false, false, false}));
    // A holder that still does not match changes nothing.
    QVERIFY(
        ProfileService(*m_ctx).editBank(as(kCharlotte), QStringLiteral("Contoso UK Payout"),
                                        [](BankProfile& b) { b.holderName = QStringLiteral("Contoso UK"); }));
    QCOMPARE(progress(id), (QList<bool>{false, false, false}));
    QVERIFY(ProfileService(*m_ctx).editBank(
        as(kCharlotte), QStringLiteral("Contoso UK Payout"),
        [](BankProfile& b) { b.holderName = QStringLiteral("contoso  uk limited"); }));
    QCOMPARE(progress(id), (QList<bool>{true, false, false}));
    auto submitted = EnrollmentService(*m_ctx).submit(as(kCharlotte), kCommerce, kUK);
    QVERIFY2(submitted, qPrintable(submitted ? QString() : submitted.error().message));
    QCOMPARE(progress(id), (QList<bool>{true, true, false}));
    QVERIFY(PresenterTools(*m_ctx).decideValidation(as(kAvery), kCommerce, kUK, true, {}));
    QCOMPARE(progress(id), (QList<bool>{true, true, true}));
}

void TestScenarioFiles::fiscalYearRollover()
{
    const QString id = QStringLiteral("fy-rollover");
    QCOMPARE(progress(id), (QList<bool>{false, false, false}));
    QVERIFY(PresenterTools(*m_ctx).advanceToFiscalYearEnd(as(kAvery)));
    QCOMPARE(progress(id), (QList<bool>{true, true, true}));
}

void TestScenarioFiles::openProgram()
{
    const QString id = QStringLiteral("open-program");
    // The first step is an observation that holds from the start.
    QCOMPARE(progress(id), (QList<bool>{true, false, false}));
    auto submitted = EnrollmentService(*m_ctx).submit(as(kBao), kMarketplace, kUS);
    QVERIFY2(submitted, qPrintable(submitted ? QString() : submitted.error().message));
    QCOMPARE(progress(id), (QList<bool>{true, true, false}));
    // Microsoft's approval lands in the inbox: the observation that no message came is over, as
    // it always was.
    QVERIFY(PresenterTools(*m_ctx).advanceClock(as(kAvery), 48 * 3600));
    QCOMPARE(progress(id), (QList<bool>{false, true, true}));
}

void TestScenarioFiles::payoutAssignment()
{
    // The demo holds the payments of Azure Incentives at Contoso France; Farah releases them, holds
    // and releases Commerce's, through the same service as the assignment page.
    const auto* scenario = scenarios::find(QStringLiteral("payout-assignment"));
    QVERIFY(scenario);
    const QString azure = QStringLiteral("Azure Incentives");
    const QString france = QStringLiteral("4649106");
    const Actor farah = as(QStringLiteral("farah.haddad@contoso.example"));
    AssignmentService assignments(*m_ctx);
    QCOMPARE(scenarios::progress(*m_ctx, *scenario), (QList<bool>{false, false, false}));
    QVERIFY(assignments.hold(farah, azure, france, false));
    QCOMPARE(scenarios::progress(*m_ctx, *scenario), (QList<bool>{true, false, true}));
    QVERIFY(assignments.hold(farah, kCommerce, france, true));
    QCOMPARE(scenarios::progress(*m_ctx, *scenario), (QList<bool>{true, true, false}));
    QVERIFY(assignments.hold(farah, kCommerce, france, false));
    QCOMPARE(scenarios::progress(*m_ctx, *scenario), (QList<bool>{true, false, true}));
    // Another location's admin cannot hold them: the step stays as it was.
    QVERIFY(!assignments.hold(as(kBao), kCommerce, france, true));
    QCOMPARE(scenarios::progress(*m_ctx, *scenario), (QList<bool>{true, false, true}));
    // The condition reads the currency and the bank profile too; a bad currency is a mistake.
    QVERIFY(holds(
        R"({"assignment": {"program": "Azure Incentives", "location": "4649106", "currency": "EUR"}})"));
    QVERIFY(!holds(
        R"({"assignment": {"program": "Azure Incentives", "location": "4649106", "currency": "USD"}})"));
    QVERIFY(!holds(
        R"({"assignment": {"program": "Azure Incentives", "location": "4649106", "currency": "EURO"}})"));
    QVERIFY(!holds(
        R"({"assignment": {"program": "Azure Incentives", "location": "4649106", "bank": "No such"}})"));
}

void TestScenarioFiles::vocabulary()
{
    // Kinds the built-ins do not use, each both ways.
    QVERIFY(holds(R"({"clockPast": "2020-01-01T00:00:00Z"})"));
    QVERIFY(!holds(R"({"clockPast": "2099-01-01T00:00:00Z"})"));
    QVERIFY(holds(R"({"clockPast": {"sinceStart": "1m"}})") ==
            (m_ctx->clock().now() >= seed::demoStart().addSecs(60)));
    QVERIFY(!holds(R"({"clockPast": {"sinceStart": "2h"}})"));
    QVERIFY(PresenterTools(*m_ctx).advanceClock(as(kAvery), 3 * 3600));
    QVERIFY(holds(R"({"clockPast": {"sinceStart": "2h"}})"));
    QVERIFY(holds(R"({"role": {"user": "avery.brooks@contoso.example", "role": "presenter"}})"));
    QVERIFY(!holds(R"({"role": {"user": "bao.nguyen@contoso.example", "role": "presenter"}})"));
    QVERIFY(holds(
        R"({"role": {"user": "bao.nguyen@contoso.example", "role": "incentives-admin", "location": "4649103"}})"));
    QVERIFY(!holds(
        R"({"role": {"user": "bao.nguyen@contoso.example", "role": "incentives-admin", "location": "4649102"}})"));
    QVERIFY(!holds(R"({"role": {"user": "nobody@contoso.example", "role": "incentives-user"}})"));
    QVERIFY(
        holds(R"({"profile": {"kind": "bank", "name": "Contoso UK Payout", "status": "action-required"}})"));
    QVERIFY(!holds(R"({"profile": {"kind": "bank", "name": "Contoso UK Payout", "status": "approved"}})"));
    QVERIFY(!holds(R"({"profile": {"kind": "bank", "name": "No such profile"}})"));
    const bool usTax =
        m_ctx->profiles().taxProfile(m_ctx->directory().locationByPartnerId(kUS)->id)->has_value();
    QCOMPARE(holds(R"({"profile": {"kind": "tax", "location": "4649101"}})"), usTax);
    QVERIFY(holds(R"({"message": {"user": "bao.nguyen@contoso.example", "kind": "invitation"}})"));
    QVERIFY(!holds(
        R"({"message": {"user": "bao.nguyen@contoso.example", "kind": "role-changed", "read": true}})"));
    QVERIFY(!holds(R"({"message": {"adminOf": "4649105"}})"));               // nobody holds the role
    QVERIFY(!holds(R"({"noMessage": {"user": "nobody@contoso.example"}})")); // no such user: false both ways
    QVERIFY(!holds(R"({"message": {"user": "nobody@contoso.example"}})"));
    QVERIFY(holds(R"({"status": {"program": "Marketplace Rewards", "location": "4649101"}})"));
    QVERIFY(!holds(R"({"status": {"program": "No such program", "location": "4649101"}})"));
    QVERIFY(holds(
        R"({"not": {"status": {"program": "Marketplace Rewards", "location": "4649101", "in": ["enrolled"]}}})"));
    QVERIFY(
        holds(R"({"all": [{"fiscalYear": {"atLeast": 2027}}, {"not": {"fiscalYear": {"atLeast": 2028}}}]})"));
    QVERIFY(!holds(R"({"any": [{"fiscalYear": {"atLeast": 2030}}, {"clockPast": "2099-01-01"}]})"));
}

QTEST_GUILESS_MAIN(TestScenarioFiles)
#include "tst_scenariofiles.moc"
