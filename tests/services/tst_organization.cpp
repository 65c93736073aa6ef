// Mirroring a real organization (a database made empty, on the real clock): locations added and
// edited, programs and invitations recorded as Partner Center shows them, Microsoft's outcome
// recorded by the location's Incentives admin, CSV imports of locations and users. Each through the
// public service API, with the refusals for everyone else and the audit records.
#include "services/AppContext.h"
#include "services/AuditService.h"
#include "services/DirectoryService.h"
#include "services/EnrollmentService.h"
#include "services/OrganizationService.h"
#include "services/ProfileService.h"
#include "services/Simulation.h"
#include "services/demo/DemoSeed.h"

#include "TestDatabase.h"
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace incentives;
using namespace Qt::StringLiterals;

#define CHECK_OK(expr)                                                                                       \
    do {                                                                                                     \
        const auto& checked_ = (expr);                                                                       \
        QVERIFY2(checked_.ok(), qPrintable(checked_.ok() ? QString() : checked_.error().message));           \
    } while (false)

#define CHECK_REFUSED(expr, errorKind)                                                                       \
    do {                                                                                                     \
        const auto& checked_ = (expr);                                                                       \
        QVERIFY2(!checked_.ok(), "expected a refusal: " #expr);                                              \
        QVERIFY2(checked_.error().kind == errorKind,                                                         \
                 qPrintable(u"refused as: "_s + checked_.error().message));                                  \
    } while (false)

namespace {

const QString kAdmin = u"ana.admin@fabrikam.example"_s;     // Account admin
const QString kSeattle = u"ben.seattle@fabrikam.example"_s; // Incentives admin of 1000001
const QString kLondon = u"cara.london@fabrikam.example"_s;  // Incentives admin of 1000002
const QString kViewer = u"dev.viewer@fabrikam.example"_s;   // Incentives user of 1000001
const QString kNobody = u"eli.norole@fabrikam.example"_s;   // no role
const QString kUS = u"1000001"_s, kGB = u"1000002"_s;
const QString kProgram = u"Fabrikam Partner Rewards"_s;

LocationInput location(const QString& partnerId, const QString& name, const QString& legal, const QString& cc)
{
    LocationInput in;
    in.partnerId = partnerId;
    in.name = name;
    in.legalName = legal;
    in.country = cc;
    return in;
}

} // namespace

class TestOrganization : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<AppContext> m_ctx;
    int m_unique = 0;

    AppContext& ctx() { return *m_ctx; }
    Actor actor(const QString& email)
    {
        auto a = m_ctx->actor(email);
        if (!a)
            QTest::qFail(qPrintable(u"no actor "_s + email), __FILE__, __LINE__);
        return a ? *a : Actor{};
    }
    qint64 auditCount() { return *m_ctx->auditLog().count(); }
    // Whether the audit log holds a refusal by this person.
    bool deniedFor(const QString& email)
    {
        AuditFilter filter;
        filter.text = u"denied"_s;
        filter.limit = 10000;
        auto entries = AuditService(ctx()).list(actor(kAdmin), filter);
        return entries && std::any_of(entries->begin(), entries->end(),
                                      [&](const AuditEntry& e) { return e.actor == email; });
    }
    QList<Actor> othersThanAdmin(const QString& partnerId)
    {
        // Another location's Incentives admin, an Incentives user, no role, and no such user.
        QList<Actor> out{actor(partnerId == kUS ? kLondon : kSeattle), actor(kViewer), actor(kNobody),
                         Actor{987654321, u"ghost@fabrikam.example"_s, u"Ghost"_s}};
        return out;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // A fresh empty organization per test, with two locations and the people the tests speak of.
    void init()
    {
        m_ctx.reset();
        auto opened = AppContext::open(testdb::fresh(m_dir, u"org-%1.db"_s.arg(++m_unique)),
                                       Database::OpenMode::CreateIfMissing);
        QVERIFY(opened);
        m_ctx = std::move(opened).value();
        QVERIFY(seed::empty(ctx(), {u"Fabrikam"_s, u"Fabrikam Inc"_s, {}, u"US"_s, kAdmin, u"Ana Admin"_s}));
        QVERIFY(!ctx().clock().isDemo());
        OrganizationService org(ctx());
        CHECK_OK(
            org.addLocation(actor(kAdmin), location(kUS, u"Fabrikam Seattle"_s, u"Fabrikam Inc"_s, u"us"_s)));
        CHECK_OK(org.addLocation(actor(kAdmin),
                                 location(kGB, u"Fabrikam London"_s, u"Fabrikam UK Ltd"_s, u"GB"_s)));
        DirectoryService directory(ctx());
        CHECK_OK(
            directory.addUser(actor(kAdmin), kSeattle, u"Ben Seattle"_s, {{Role::IncentivesAdmin, kUS}}));
        CHECK_OK(directory.addUser(actor(kAdmin), kLondon, u"Cara London"_s, {{Role::IncentivesAdmin, kGB}}));
        CHECK_OK(directory.addUser(actor(kAdmin), kViewer, u"Dev Viewer"_s, {{Role::IncentivesUser, kUS}}));
        CHECK_OK(directory.addUser(actor(kAdmin), kNobody, u"Eli Norole"_s));
    }

    void cleanup() { m_ctx.reset(); }

    void addAndEditLocations()
    {
        OrganizationService org(ctx());
        auto stored = ctx().directory().locationByPartnerId(kUS);
        QVERIFY(stored);
        QCOMPARE(stored->country, u"US"_s); // normalized
        QCOMPARE(stored->legalName, u"Fabrikam Inc"_s);
        const qint64 locations = *ctx().directory().locationCount();

        // Bad input: refused with the field at fault, nothing written.
        const qint64 audits = auditCount();
        auto shortId = org.addLocation(actor(kAdmin), location(u"12345"_s, u"X"_s, u"X Ltd"_s, u"DE"_s));
        CHECK_REFUSED(shortId, ErrorKind::Invalid);
        QCOMPARE(shortId.error().field, u"partner_id"_s);
        auto country = org.addLocation(actor(kAdmin), location(u"1000003"_s, u"X"_s, u"X Ltd"_s, u"ZZ"_s));
        CHECK_REFUSED(country, ErrorKind::Invalid);
        QCOMPARE(country.error().field, u"country"_s);
        auto hostile =
            org.addLocation(actor(kAdmin), location(u"1000003"_s, u"Evil\u202Eexe"_s, u"X Ltd"_s, u"DE"_s));
        CHECK_REFUSED(hostile, ErrorKind::Invalid);
        QCOMPARE(hostile.error().field, u"name"_s);
        auto noLegal = org.addLocation(actor(kAdmin), location(u"1000003"_s, u"Berlin"_s, {}, u"DE"_s));
        CHECK_REFUSED(noLegal, ErrorKind::Invalid);
        QCOMPARE(noLegal.error().field, u"legal_name"_s);
        auto twice = org.addLocation(actor(kAdmin), location(kUS, u"Again"_s, u"Again Inc"_s, u"US"_s));
        CHECK_REFUSED(twice, ErrorKind::Conflict);
        QCOMPARE(twice.error().field, u"partner_id"_s);
        QCOMPARE(*ctx().directory().locationCount(), locations);
        QCOMPARE(auditCount(), audits);

        // Edit: everything but the PartnerID; the attributes eligibility is judged on.
        LocationInput edit = location(kGB, u"Fabrikam London"_s, u"Fabrikam United Kingdom Ltd"_s, u"GB"_s);
        edit.attributes.agreementActive = false;
        edit.attributes.solutionsPartner = true;
        edit.attributes.trailingRevenueUsd = 250000;
        edit.version = ctx().directory().locationByPartnerId(kGB)->version;
        auto edited = org.editLocation(actor(kAdmin), edit);
        CHECK_OK(edited);
        QCOMPARE(edited->legalName, u"Fabrikam United Kingdom Ltd"_s);
        QVERIFY(!edited->attributes.agreementActive);
        QVERIFY(edited->attributes.solutionsPartner);
        QCOMPARE(edited->attributes.trailingRevenueUsd, qint64(250000));
        // Saving over the version already changed is refused, and nothing changes.
        edit.legalName = u"Stale Ltd"_s;
        CHECK_REFUSED(org.editLocation(actor(kAdmin), edit), ErrorKind::Conflict);
        QCOMPARE(ctx().directory().locationByPartnerId(kGB)->legalName, u"Fabrikam United Kingdom Ltd"_s);
        CHECK_REFUSED(org.editLocation(actor(kAdmin), location(u"7777777"_s, u"N"_s, u"N Ltd"_s, u"US"_s)),
                      ErrorKind::NotFound);

        AuditFilter filter;
        filter.limit = 1000;
        auto entries = AuditService(ctx()).list(actor(kAdmin), filter);
        QVERIFY(entries);
        QVERIFY(std::any_of(entries->begin(), entries->end(), [](const AuditEntry& e) {
            return e.action == u"location.changed"_s && e.partnerId == kGB &&
                   e.details.contains(u"expired"_s);
        }));
    }

    void locationsOnlyForAccountAdmins()
    {
        OrganizationService org(ctx());
        const qint64 locations = *ctx().directory().locationCount();
        for (const Actor& who : othersThanAdmin(kUS) + QList<Actor>{actor(kSeattle)}) {
            CHECK_REFUSED(org.addLocation(who, location(u"1000009"_s, u"New"_s, u"New Ltd"_s, u"US"_s)),
                          ErrorKind::Denied);
            CHECK_REFUSED(org.editLocation(who, location(kUS, u"Renamed"_s, u"Renamed Inc"_s, u"US"_s)),
                          ErrorKind::Denied);
            QVERIFY2(deniedFor(who.email), qPrintable(who.email));
        }
        QCOMPARE(*ctx().directory().locationCount(), locations);
        QCOMPARE(ctx().directory().locationByPartnerId(kUS)->name, u"Fabrikam Seattle"_s);
    }

    void recordProgramsAndInvitations()
    {
        OrganizationService org(ctx());
        Program p;
        p.name = kProgram;
        p.currencies = {u"usd"_s, u"GBP"_s};
        p.criteria = u"agreement"_s;
        for (const Actor& who : othersThanAdmin(kUS) + QList<Actor>{actor(kSeattle)}) {
            CHECK_REFUSED(org.recordProgram(who, p), ErrorKind::Denied);
            QVERIFY(deniedFor(who.email));
        }
        QVERIFY(ctx().programs().programs()->isEmpty());
        Program bad = p;
        bad.currencies = {u"XXX"_s};
        CHECK_REFUSED(org.recordProgram(actor(kAdmin), bad), ErrorKind::Invalid);
        bad = p;
        bad.criteria = u"nonsense>=5"_s;
        CHECK_REFUSED(org.recordProgram(actor(kAdmin), bad), ErrorKind::Invalid);
        auto recorded = org.recordProgram(actor(kAdmin), p);
        CHECK_OK(recorded);
        QCOMPARE(recorded->currencies, QStringList({u"USD"_s, u"GBP"_s}));
        QCOMPARE(recorded->state, ProgramState::Open);
        CHECK_REFUSED(org.recordProgram(actor(kAdmin), p), ErrorKind::Conflict);
        // Recording a program invites nobody: Partner Center's invitations are recorded one by one.
        QVERIFY(ctx().enrollments().ofProgram(recorded->id)->isEmpty());

        // An invitation: an Account admin or the location's own Incentives admin.
        for (const Actor& who : othersThanAdmin(kUS)) {
            CHECK_REFUSED(org.recordInvitation(who, kProgram, kUS), ErrorKind::Denied);
            QVERIFY(deniedFor(who.email));
        }
        QVERIFY(ctx().enrollments().ofProgram(recorded->id)->isEmpty());
        auto invited = org.recordInvitation(actor(kSeattle), kProgram, kUS);
        CHECK_OK(invited);
        QCOMPARE(invited->status, EnrollmentStatus::Invited);
        CHECK_OK(org.recordInvitation(actor(kAdmin), kProgram, kGB));
        // The same invitation twice is refused; the state machine keeps the status.
        CHECK_REFUSED(org.recordInvitation(actor(kAdmin), kProgram, kUS), ErrorKind::WrongState);
        CHECK_REFUSED(org.recordInvitation(actor(kAdmin), u"No Such Program"_s, kUS), ErrorKind::NotFound);
        // The invitation reached the Incentives admin's inbox, as Partner Center's email does.
        auto inbox = EnrollmentService(ctx()).inbox(actor(kSeattle));
        QVERIFY(inbox);
        QList<InboxMessage> invitations;
        for (const InboxMessage& m : *inbox)
            if (m.kind == QLatin1String("invitation"))
                invitations.append(m);
        QCOMPARE(invitations.size(), 1);
        QCOMPARE(invitations.first().programName, kProgram);

        // A closed program takes no new invitation.
        Program closed = p;
        closed.name = u"Closed Program"_s;
        closed.state = ProgramState::Closed;
        CHECK_OK(org.recordProgram(actor(kAdmin), closed));
        CHECK_REFUSED(org.recordInvitation(actor(kAdmin), closed.name, kUS), ErrorKind::WrongState);
    }

    // The whole flow: invitation, enroll, submit, then Microsoft's outcome as Partner Center
    // reported it; nothing decides the validation by itself on the real clock.
    void recordOutcome()
    {
        OrganizationService org(ctx());
        Program p;
        p.name = kProgram;
        p.currencies = {u"USD"_s};
        CHECK_OK(org.recordProgram(actor(kAdmin), p));
        CHECK_OK(org.recordInvitation(actor(kAdmin), kProgram, kUS));
        const Actor ben = actor(kSeattle);
        ProfileService profiles(ctx());
        BankProfile bank;
        bank.name = u"Fabrikam US"_s;
        bank.country = u"US"_s;
        bank.currency = u"USD"_s;
        bank.holderName = u"Fabrikam Inc"_s;
        bank.routingNumber = u"021000021"_s;
        bank.accountNumber = u"483920175"_s;
        CHECK_OK(profiles.addBank(ben, bank, kUS));
        CHECK_OK(profiles.setDefaultBank(ben, bank.name, kUS));
        TaxProfile w9;
        w9.form = TaxForm::W9;
        w9.ein = u"12-3456789"_s;
        w9.signedOn = ctx().clock().now().date().addDays(-1);
        CHECK_OK(profiles.setTax(ben, kUS, w9));

        // Not validating yet: the state machine refuses an outcome.
        CHECK_REFUSED(org.recordOutcome(ben, kProgram, kUS, true, {}), ErrorKind::WrongState);
        CHECK_OK(EnrollmentService(ctx()).submit(ben, kProgram, kUS));
        auto programId = ctx().programs().programByName(kProgram)->id;
        auto locationId = ctx().directory().locationByPartnerId(kUS)->id;
        const auto status = [&] { return (*ctx().enrollments().find(programId, locationId))->status; };
        QCOMPARE(status(), EnrollmentStatus::Validating);
        CHECK_OK(Simulation(ctx()).catchUp());
        QCOMPARE(status(), EnrollmentStatus::Validating);

        // Only this location's Incentives admin records it; an Account admin is not one by being an admin.
        const Enrollment validating = **ctx().enrollments().find(programId, locationId);
        for (const Actor& who : othersThanAdmin(kUS) + QList<Actor>{actor(kAdmin)}) {
            CHECK_REFUSED(org.recordOutcome(who, kProgram, kUS, true, {}), ErrorKind::Denied);
            QVERIFY(!org.mayRecordOutcome(who, validating).ok());
            QVERIFY(deniedFor(who.email));
        }
        QCOMPARE(status(), EnrollmentStatus::Validating);
        QVERIFY(org.mayRecordOutcome(ben, validating).ok());

        // Rejected: a reason is required; the enrollment is Enrolling with it.
        CHECK_REFUSED(org.recordOutcome(ben, kProgram, kUS, false, u"  "_s), ErrorKind::Invalid);
        CHECK_REFUSED(org.recordOutcome(ben, kProgram, kUS, false, u"bad\u0007bell"_s), ErrorKind::Invalid);
        QCOMPARE(status(), EnrollmentStatus::Validating);
        auto rejected = org.recordOutcome(ben, kProgram, kUS, false, u"Bank letter unreadable"_s);
        CHECK_OK(rejected);
        QCOMPARE(rejected->status, EnrollmentStatus::Enrolling);
        QCOMPARE(rejected->reason, Reason::RejectedByReviewer);
        QCOMPARE(rejected->detail, u"Bank letter unreadable"_s);
        QVERIFY(!org.mayRecordOutcome(ben, *rejected).ok());
        CHECK_REFUSED(org.recordOutcome(ben, kProgram, kUS, true, {}), ErrorKind::WrongState);

        // Submitted again, then approved: Enrolled, and the profiles count as validated.
        CHECK_OK(EnrollmentService(ctx()).submit(ben, kProgram, kUS));
        auto approved = org.recordOutcome(ben, kProgram, kUS, true, {});
        CHECK_OK(approved);
        QCOMPARE(approved->status, EnrollmentStatus::Enrolled);
        QCOMPARE(ctx().profiles().bankProfileByName(bank.name)->status, ProfileStatus::Approved);
        QVERIFY(!ctx().enrollments().pendingValidation(approved->id)->has_value());
        AuditFilter filter;
        filter.limit = 1000;
        filter.text = u"validation.recorded"_s;
        auto entries = AuditService(ctx()).list(actor(kAdmin), filter);
        QVERIFY(entries);
        QCOMPARE(entries->size(), 2);
        QCOMPARE(entries->first().actor, kSeattle);
    }

    void importLocations()
    {
        OrganizationService org(ctx());
        const Actor ana = actor(kAdmin);
        const qint64 before = *ctx().directory().locationCount();
        const QByteArray good =
            "partner_id,name,legal_name,country,city,agreement,solutions_partner,revenue_usd\r\n"
            "1000010,Fabrikam Berlin,Fabrikam GmbH,DE,Berlin,active,yes,120000\r\n"
            "\"1000011\",\"Fabrikam Paris, Rive Gauche\",Fabrikam SAS,fr,Paris,expired,no,0\r\n";
        auto preview = org.previewImport(ana, ImportKind::Locations, good);
        CHECK_OK(preview);
        QVERIFY2(preview->canImport(), qPrintable(preview->messages().join(u'\n')));
        QCOMPARE(preview->rows.size(), 2);
        QCOMPARE(preview->rows.at(1).line, 3);
        QCOMPARE(preview->rows.at(1).cells.at(1), u"Fabrikam Paris, Rive Gauche"_s);
        QCOMPARE(*ctx().directory().locationCount(), before); // a preview writes nothing
        auto imported = org.import(ana, ImportKind::Locations, good);
        CHECK_OK(imported);
        QCOMPARE(imported->count, 2);
        QCOMPARE(*ctx().directory().locationCount(), before + 2);
        auto paris = ctx().directory().locationByPartnerId(u"1000011"_s);
        QVERIFY(paris);
        QCOMPARE(paris->country, u"FR"_s);
        QVERIFY(!paris->attributes.agreementActive);
        QVERIFY(ctx().directory().locationByPartnerId(u"1000010"_s)->attributes.solutionsPartner);
    }

    void importRefusesBadFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("fileProblem"); // part of the file's problem, or empty
        QTest::addColumn<QList<int>>("badLines");
        const QByteArray header = "partner_id,name,legal_name,country\n";
        QTest::newRow("empty") << QByteArray() << u"empty"_s << QList<int>{};
        QTest::newRow("blank lines") << QByteArray("\n\r\n\n") << u"empty"_s << QList<int>{};
        QTest::newRow("header only") << header << u"no rows"_s << QList<int>{};
        QTest::newRow("wrong header") << QByteArray("id,title\n1000020,X\n") << u"'id'"_s << QList<int>{};
        QTest::newRow("missing column")
            << QByteArray("partner_id,name\n1000020,X\n") << u"legal_name"_s << QList<int>{};
        QTest::newRow("not utf-8") << header + "1000020,M\xfcnchen,X GmbH,DE\n" << u"UTF-8"_s << QList<int>{};
        QTest::newRow("open quote") << header + "1000020,\"Never closed,X,DE\n"
                                    << u"Line 2"_s << QList<int>{};
        QTest::newRow("nul") << header + QByteArray("1000020,A\0B,X,DE\n", 18) << u"NUL"_s << QList<int>{};
        QTest::newRow("bad rows") << header + "1000020,Good,Good Ltd,DE\n"
                                              "123,Short,Short Ltd,DE\n"
                                              "1000021,Bell\x07,Bell Ltd,DE\n"
                                              "1000022,Nowhere,Nowhere Ltd,QQ\n"
                                              "1000020,Again,Again Ltd,DE\n"
                                              "1000001,Exists,Exists Ltd,US\n"
                                              "1000023,Too,Many,DE,fields\n"
                                  << QString() << QList<int>{3, 4, 5, 6, 7, 8};
        QTest::newRow("very long line") << header + "1000024," + QByteArray(100000, 'a') + ",Long Ltd,DE\n"
                                        << QString() << QList<int>{2};
        QTest::newRow("direction override") << header + "1000025,Fabrikam \xe2\x80\xae"
                                                        "fdp.exe,X Ltd,DE\n"
                                            << QString() << QList<int>{2};
    }

    void importRefusesBadFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, fileProblem);
        QFETCH(QList<int>, badLines);
        OrganizationService org(ctx());
        const Actor ana = actor(kAdmin);
        const qint64 before = *ctx().directory().locationCount();
        const qint64 audits = auditCount();
        auto preview = org.previewImport(ana, ImportKind::Locations, content);
        CHECK_OK(preview);
        QVERIFY(!preview->canImport());
        if (!fileProblem.isEmpty())
            QVERIFY2(preview->problem.contains(fileProblem), qPrintable(preview->problem));
        QList<int> lines;
        for (const ImportRow& r : preview->rows)
            if (!r.problem.isEmpty())
                lines.append(r.line);
        QCOMPARE(lines, badLines);
        // One message per bad row, each naming its line.
        const QStringList messages = preview->messages();
        for (int line : badLines)
            QVERIFY2(std::any_of(messages.begin(), messages.end(),
                                 [&](const QString& m) { return m.startsWith(u"Line %1:"_s.arg(line)); }),
                     qPrintable(messages.join(u'\n')));
        for (const QString& m : messages)
            QVERIFY(m.size() < 400);
        // Importing anyway writes nothing at all, not even the good rows.
        CHECK_REFUSED(org.import(ana, ImportKind::Locations, content), ErrorKind::Invalid);
        QCOMPARE(*ctx().directory().locationCount(), before);
        QCOMPARE(auditCount(), audits);
    }

    void importUsers()
    {
        OrganizationService org(ctx());
        const Actor ana = actor(kAdmin);
        const QByteArray bad = "email,name,role,location\n"
                               "fay@fabrikam.example,Fay Field,incentives-user,1000001\n"
                               "not-an-email,Nope,,\n"
                               "gus@fabrikam.example,Gus,incentives-admin,1000001\n" // has one: Ben
                               "hal@fabrikam.example,Hal,presenter,\n"
                               "ivy@fabrikam.example,Ivy,account-admin,1000001\n"
                               "fay@fabrikam.example,Fay Twice,,\n"
                               "jo@fabrikam.example,Jo,incentives-user,9999999\n";
        auto preview = org.previewImport(ana, ImportKind::Users, bad);
        CHECK_OK(preview);
        QList<int> lines;
        for (const ImportRow& r : preview->rows)
            if (!r.problem.isEmpty())
                lines.append(r.line);
        QCOMPARE(lines, (QList<int>{3, 4, 5, 6, 7, 8}));
        const qint64 users = ctx().directory().users()->size();
        CHECK_REFUSED(org.import(ana, ImportKind::Users, bad), ErrorKind::Invalid);
        QCOMPARE(ctx().directory().users()->size(), users);

        const QByteArray good = "email,name,role,location\n"
                                "fay@fabrikam.example,Fay Field,incentives-user,1000001\n"
                                "kim@fabrikam.example,Kim Kay,account-admin,\n"
                                "lou@fabrikam.example,Lou Low,,\n";
        auto imported = org.import(ana, ImportKind::Users, good);
        CHECK_OK(imported);
        QCOMPARE(imported->count, 3);
        QCOMPARE(imported->users.size(), 3);
        for (const ImportedUser& u : imported->users)
            QVERIFY(u.temporaryPassword.size() >= 12); // a real database: each signs in with one
        QVERIFY(ctx().grants(actor(u"kim@fabrikam.example"_s))->accountAdmin);
        QVERIFY(ctx()
                    .grants(actor(u"fay@fabrikam.example"_s))
                    ->userOf.contains(ctx().directory().locationByPartnerId(kUS)->id));
        QVERIFY(ctx().directory().userByEmail(u"lou@fabrikam.example"_s)->mustChangePassword);
    }

    void importOnlyForAccountAdmins()
    {
        OrganizationService org(ctx());
        const QByteArray locations = "partner_id,name,legal_name,country\n1000030,A,A Ltd,DE\n";
        const QByteArray users = "email,name\nzed@fabrikam.example,Zed\n";
        const qint64 before = *ctx().directory().locationCount();
        for (const Actor& who : othersThanAdmin(kUS) + QList<Actor>{actor(kSeattle)}) {
            CHECK_REFUSED(org.previewImport(who, ImportKind::Locations, locations), ErrorKind::Denied);
            CHECK_REFUSED(org.import(who, ImportKind::Locations, locations), ErrorKind::Denied);
            CHECK_REFUSED(org.import(who, ImportKind::Users, users), ErrorKind::Denied);
            QVERIFY(deniedFor(who.email));
        }
        QCOMPARE(*ctx().directory().locationCount(), before);
        QVERIFY(!ctx().directory().userByEmail(u"zed@fabrikam.example"_s));
    }
};

QTEST_GUILESS_MAIN(TestOrganization)
#include "tst_organization.moc"
