// Passwords, sign-in and its throttling, deactivation and the last Account admin, in a database
// that is not a demo (so that passwords are asked).
#include "services/AuditService.h"
#include "services/AuthService.h"
#include "services/DirectoryService.h"
#include "services/EnrollmentService.h"
#include "services/Passwords.h"
#include "services/demo/DemoSeed.h"

#include <QStandardPaths>
#include <QTemporaryDir>

#include "TestDatabase.h"
#include <QTest>

using namespace incentives;

namespace {
const QString kAdmin = QStringLiteral("root@fabrikam.example");
const QString kStrong = QStringLiteral("correct horse 42 battery");
} // namespace

class TestAuth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup() { m_ctx.reset(); }

    void hashesVerifyAndAreSalted();
    void strengthRules_data();
    void strengthRules();
    void temporaryPasswordMustBeChanged();
    void wrongPasswordAndUnknownUserAnswerAlike();
    void repeatedFailuresAreThrottled();
    void signInsAreAudited();
    void deactivatedUserIsRefusedEverywhere();
    void lastAccountAdminStays();
    void resetPasswordIsForAccountAdmins();
    void demoUsersNeedNoPassword();
    void csvNeutralisesFormulas();

private:
    Actor signInAdmin();

    QTemporaryDir m_dir;
    std::unique_ptr<AppContext> m_ctx;
    QString m_adminPassword;
};

void TestAuth::init()
{
    const QString path =
        testdb::fresh(m_dir, QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".db"));
    auto ctx = AppContext::open(path, Database::OpenMode::CreateIfMissing);
    QVERIFY(ctx);
    m_ctx = std::move(ctx).value();
    auto temporary =
        seed::empty(*m_ctx, {QStringLiteral("Fabrikam"), {}, {}, {}, kAdmin, QStringLiteral("Root")});
    QVERIFY2(temporary, qPrintable(temporary ? QString() : temporary.error().message));
    m_adminPassword = *temporary;
}

Actor TestAuth::signInAdmin()
{
    AuthService auth(*m_ctx);
    auto first = auth.signIn(kAdmin, m_adminPassword);
    if (!first)
        return {};
    if (first->mustChangePassword) {
        if (!auth.changePassword(first->actor, m_adminPassword, kStrong))
            return {};
        m_adminPassword = kStrong;
    }
    return first->actor;
}

void TestAuth::hashesVerifyAndAreSalted()
{
    auto a = passwords::hash(kStrong);
    auto b = passwords::hash(kStrong);
    QVERIFY(a && b);
    QVERIFY(a->startsWith(QStringLiteral("$argon2id$")));
    QVERIFY(*a != *b); // a fresh salt each time
    QVERIFY(passwords::verify(*a, kStrong));
    QVERIFY(!passwords::verify(*a, kStrong + QLatin1Char('x')));
    QVERIFY(!passwords::verify(QString(), kStrong));
    QVERIFY(!passwords::needsRehash(*a));
    // A hash made with weaker parameters is due for a new one.
    QVERIFY(passwords::needsRehash(
        QStringLiteral("$argon2id$v=19$m=8,t=1,p=1$c29tZXNhbHQ$aGFzaGhhc2hoYXNoaGFzaA")));
}

void TestAuth::strengthRules_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("ok");
    QTest::newRow("short") << QStringLiteral("abc123") << false;
    QTest::newRow("letters only") << QStringLiteral("abcdefghijklmnop") << false;
    QTest::newRow("digits only") << QStringLiteral("1234567890123") << false;
    QTest::newRow("control character") << QStringLiteral("abcdefgh1234\x07") << false;
    QTest::newRow("good") << kStrong << true;
    QTest::newRow("any script") << QStringLiteral("пароль-долгий-2027") << true;
}

void TestAuth::strengthRules()
{
    QFETCH(QString, password);
    QFETCH(bool, ok);
    QCOMPARE(passwords::checkStrength(password).ok(), ok);
}

void TestAuth::temporaryPasswordMustBeChanged()
{
    AuthService auth(*m_ctx);
    auto first = auth.signIn(kAdmin, m_adminPassword);
    QVERIFY(first);
    QVERIFY(first->mustChangePassword);
    auto weak = auth.changePassword(first->actor, m_adminPassword, QStringLiteral("short1"));
    QVERIFY(!weak);
    QCOMPARE(weak.error().field, QStringLiteral("password"));
    auto wrongCurrent = auth.changePassword(first->actor, QStringLiteral("not it at all 1"), kStrong);
    QVERIFY(!wrongCurrent);
    QVERIFY(auth.changePassword(first->actor, m_adminPassword, kStrong));
    auto again = auth.signIn(kAdmin, kStrong);
    QVERIFY(again);
    QVERIFY(!again->mustChangePassword);
    QVERIFY(!auth.signIn(kAdmin, m_adminPassword)); // the temporary one no longer works
}

void TestAuth::wrongPasswordAndUnknownUserAnswerAlike()
{
    AuthService auth(*m_ctx);
    auto wrong = auth.signIn(kAdmin, QStringLiteral("definitely wrong 1"));
    auto unknown =
        auth.signIn(QStringLiteral("nobody@fabrikam.example"), QStringLiteral("definitely wrong 1"));
    QVERIFY(!wrong && !unknown);
    QCOMPARE(wrong.error().kind, ErrorKind::Denied);
    QCOMPARE(wrong.error().message, unknown.error().message);
}

void TestAuth::repeatedFailuresAreThrottled()
{
    AuthService auth(*m_ctx);
    for (int i = 0; i < AuthService::kFreeAttempts - 1; ++i)
        QVERIFY(!auth.signIn(kAdmin, QStringLiteral("wrong password %1").arg(i)));
    auto third = auth.signIn(kAdmin, QStringLiteral("wrong password x"));
    QVERIFY(!third);
    // Now even the right password must wait, and an unknown address is throttled alike.
    auto waiting = auth.signIn(kAdmin, m_adminPassword);
    QVERIFY(!waiting);
    QVERIFY2(waiting.error().message.contains(QStringLiteral("wait")), qPrintable(waiting.error().message));
    const QString stranger = QStringLiteral("stranger@fabrikam.example");
    for (int i = 0; i < AuthService::kFreeAttempts; ++i)
        (void)auth.signIn(stranger, QStringLiteral("guess %1").arg(i));
    QVERIFY(auth.signIn(stranger, QStringLiteral("guess")).error().message.contains(QStringLiteral("wait")));
    // The counter lives in the database: a new connection sees it too.
    QVERIFY(m_ctx->directory().signInFailures(kAdmin)->first >= AuthService::kFreeAttempts);
}

void TestAuth::signInsAreAudited()
{
    AuthService auth(*m_ctx);
    QVERIFY(!auth.signIn(kAdmin, QStringLiteral("wrong password 1")));
    const Actor admin = signInAdmin();
    QVERIFY(admin.userId != 0);
    auto entries = AuditService(*m_ctx).list(admin, {});
    QVERIFY(entries);
    QStringList actions;
    for (const AuditEntry& e : *entries)
        actions.append(e.action);
    QVERIFY(actions.contains(QStringLiteral("sign-in.failed")));
    QVERIFY(actions.contains(QStringLiteral("sign-in")));
    QVERIFY(actions.contains(QStringLiteral("password.changed")));
    for (const AuditEntry& e : *entries) {
        QVERIFY(!e.details.contains(m_adminPassword));
        QVERIFY(!e.details.contains(QStringLiteral("wrong password 1")));
    }
}

void TestAuth::deactivatedUserIsRefusedEverywhere()
{
    const Actor admin = signInAdmin();
    DirectoryService directory(*m_ctx);
    auto added =
        directory.addUser(admin, QStringLiteral("temp@fabrikam.example"), QStringLiteral("Temp Worker"));
    QVERIFY(added);
    QVERIFY(!added->temporaryPassword.isEmpty());
    auto first = AuthService(*m_ctx).signIn(added->user.email, added->temporaryPassword);
    QVERIFY(first);
    const Actor temp = first->actor;
    QVERIFY(directory.setActive(admin, added->user.email, false));
    QVERIFY(!AuthService(*m_ctx).signIn(added->user.email, added->temporaryPassword));
    // An actor object from before the deactivation is refused by every service too.
    QCOMPARE(EnrollmentService(*m_ctx).inbox(temp).error().kind, ErrorKind::Denied);
    QCOMPARE(directory.users(temp).error().kind, ErrorKind::Denied);
    QVERIFY(directory.setActive(admin, added->user.email, true));
    QVERIFY(AuthService(*m_ctx).signIn(added->user.email, added->temporaryPassword));
}

void TestAuth::lastAccountAdminStays()
{
    const Actor admin = signInAdmin();
    DirectoryService directory(*m_ctx);
    auto deactivate = directory.setActive(admin, kAdmin, false);
    QVERIFY(!deactivate);
    QCOMPARE(deactivate.error().kind, ErrorKind::WrongState);
    auto revoke = directory.revokeRole(admin, kAdmin, Role::AccountAdmin, {});
    QVERIFY(!revoke);
    QCOMPARE(revoke.error().kind, ErrorKind::WrongState);
    // With a second Account admin, the first may step down.
    QVERIFY(directory.addUser(admin, QStringLiteral("second@fabrikam.example"), QStringLiteral("Second"),
                              {{Role::AccountAdmin, QString()}}));
    QVERIFY(directory.revokeRole(admin, kAdmin, Role::AccountAdmin, {}));
}

void TestAuth::resetPasswordIsForAccountAdmins()
{
    const Actor admin = signInAdmin();
    DirectoryService directory(*m_ctx);
    auto added = directory.addUser(admin, QStringLiteral("user@fabrikam.example"), QStringLiteral("A User"));
    QVERIFY(added);
    const Actor user = AuthService(*m_ctx).signIn(added->user.email, added->temporaryPassword)->actor;
    auto refused = AuthService(*m_ctx).resetPassword(user, kAdmin);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, ErrorKind::Denied);
    auto fresh = AuthService(*m_ctx).resetPassword(admin, added->user.email);
    QVERIFY(fresh);
    auto signedIn = AuthService(*m_ctx).signIn(added->user.email, *fresh);
    QVERIFY(signedIn);
    QVERIFY(signedIn->mustChangePassword);
}

void TestAuth::demoUsersNeedNoPassword()
{
    const QString path = testdb::fresh(m_dir, QStringLiteral("demo.db"));
    auto ctx = AppContext::open(path, Database::OpenMode::CreateIfMissing);
    QVERIFY(ctx && seed::demo(**ctx));
    AuthService auth(**ctx);
    QVERIFY(!auth.passwordsRequired());
    QVERIFY(auth.signIn(QStringLiteral("bao.nguyen@contoso.example"), {}));
    QVERIFY(!auth.signIn(QStringLiteral("nobody@contoso.example"), {}));
}

void TestAuth::csvNeutralisesFormulas()
{
    QCOMPARE(csv::field(QStringLiteral("=SUM(A1:A9)")), QStringLiteral("'=SUM(A1:A9)"));
    QCOMPARE(csv::field(QStringLiteral("+1")), QStringLiteral("'+1"));
    QCOMPARE(csv::field(QStringLiteral("-2")), QStringLiteral("'-2"));
    QCOMPARE(csv::field(QStringLiteral("@cmd")), QStringLiteral("'@cmd"));
    QCOMPARE(csv::field(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    QCOMPARE(csv::field(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
    QCOMPARE(csv::field(QStringLiteral("plain")), QStringLiteral("plain"));
    const Actor admin = signInAdmin();
    QVERIFY(DirectoryService(*m_ctx).addUser(admin, QStringLiteral("x@fabrikam.example"),
                                             QStringLiteral("=HYPERLINK(1)")));
    auto csv = AuditService(*m_ctx).exportCsv(admin, {});
    QVERIFY(csv);
    QVERIFY(csv->startsWith("time,user,action,location,program,details,sentence\r\n"));
    QVERIFY(csv->contains("'=HYPERLINK(1) <x@fabrikam.example>"));
}

QTEST_GUILESS_MAIN(TestAuth)
#include "tst_auth.moc"
