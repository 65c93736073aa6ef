// The window shows exactly what the services allow (PermissionMatrix.h): for each kind of person,
// the pages, menu entries and buttons behind the operations of the table are enabled or shown
// where the table says yes, and nowhere else.
#include "GuiTestSupport.h"
#include "PermissionMatrix.h"
#include "gui/ProfilesPage.h"
#include "gui/ProgramsPage.h"
#include "gui/WorkspacePage.h"
#include "services/demo/PresenterTools.h"

#include <QAction>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>

using namespace incentives;
using namespace incentives::gui;
using namespace incentives::gui::testing;
using matrix::Who;

Q_DECLARE_METATYPE(matrix::Who)

class TestPermissionsGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void windowFollowsTheTable_data();
    void windowFollowsTheTable();
    void refusedPeopleCannotSignIn();

private:
    bool allowed(const QString& op, Who who) const;

    QTemporaryDir m_dir;
    DemoWindow m_demo;
};

void TestPermissionsGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestPermissionsGui::init()
{
    QVERIFY(m_demo.create(m_dir.filePath(QStringLiteral("perm-gui.db"))));
    QVERIFY(matrix::addPeople(m_demo.context()));
}

void TestPermissionsGui::cleanup()
{
    m_demo.close();
}

bool TestPermissionsGui::allowed(const QString& op, Who who) const
{
    for (const matrix::Operation& o : matrix::operations())
        if (o.name == op)
            return o.allowed.contains(who);
    qFatal("no operation %s in the table", qPrintable(op));
}

void TestPermissionsGui::windowFollowsTheTable_data()
{
    QTest::addColumn<Who>("who");
    for (Who who : {Who::AccountAdmin, Who::Presenter, Who::LocationAdmin, Who::OtherLocationAdmin,
                    Who::IncentivesUser, Who::NoRole})
        QTest::newRow(qPrintable(matrix::tag(who))) << who;
}

void TestPermissionsGui::windowFollowsTheTable()
{
    QFETCH(Who, who);
    QVERIFY(m_demo.signIn(matrix::email(who)));
    MainWindow* window = m_demo.window.get();
    const auto action = [window](const char* name) {
        auto* a = window->findChild<QAction*>(QString::fromLatin1(name));
        if (!a)
            qFatal("no action %s", name);
        return a;
    };
    QTRY_COMPARE(action("actionBackUp")->isEnabled(), allowed(QStringLiteral("backup"), who));
    QCOMPARE(action("actionRestore")->isEnabled(), allowed(QStringLiteral("restore"), who));
    QCOMPARE(action("actionCheck")->isEnabled(), allowed(QStringLiteral("check"), who));
    auto* navigation = window->findChild<QListWidget*>(QStringLiteral("navigation"));
    QVERIFY(navigation);
    QCOMPARE(!navigation->item(MainWindow::UsersPageIndex)->isHidden(),
             allowed(QStringLiteral("users add"), who));
    QCOMPARE(!navigation->item(MainWindow::PresenterPageIndex)->isHidden(),
             allowed(QStringLiteral("clock advance"), who));
    if (who == Who::NoRole)
        return; // the no-access page: nothing else is reachable

    // The workspace's Enroll button on the invitation the table speaks of.
    WorkspacePage* workspace = window->workspacePage();
    workspace->selectEnrollment(QStringLiteral("Marketplace Rewards"), matrix::kLocation);
    auto* enroll = workspace->findChild<QPushButton*>(QStringLiteral("enrollButton"));
    QVERIFY(enroll);
    if (who == Who::Presenter) {
        // Sees no location's rows at all, so there is nothing to enroll.
        QVERIFY(!enroll->isEnabled());
    } else if (who == Who::LocationAdmin || who == Who::IncentivesUser || who == Who::AccountAdmin) {
        QTRY_COMPARE(enroll->isEnabled(), allowed(QStringLiteral("enroll"), who));
        if (!enroll->isEnabled())
            QVERIFY(!enroll->toolTip().isEmpty()); // says why
    }

    // Microsoft's outcome, on an enrollment that waits for validation.
    if (who != Who::Presenter) {
        auto pending =
            PresenterTools(m_demo.context())
                .pendingValidations(*m_demo.context().actor(QStringLiteral("avery.brooks@contoso.example")));
        QVERIFY(pending);
        QVERIFY(!pending->isEmpty()); // at a location the table's Incentives admin administers
        workspace->selectEnrollment(pending->first().programName, pending->first().partnerId);
        auto* outcome = workspace->findChild<QAction*>(QStringLiteral("recordOutcomeAction"));
        QVERIFY(outcome);
        QTRY_COMPARE(outcome->isEnabled(), allowed(QStringLiteral("validation record"), who));
    }

    // The Programs page offers Record program… to whoever may record one.
    window->openScreen(QStringLiteral("programs"));
    auto* record = window->programsPage()->findChild<QPushButton*>(QStringLiteral("recordProgramButton"));
    QVERIFY(record);
    QCOMPARE(!record->isHidden(), allowed(QStringLiteral("programs record"), who));

    // The profiles page: editing another location's bank profile.
    ProfilesPage* profiles = window->profilesPage();
    window->openScreen(QStringLiteral("profiles"));
    profiles->reload();
    profiles->selectBankProfile(matrix::kOtherProfile);
    auto* edit = profiles->findChild<QPushButton*>(QStringLiteral("editBankButton"));
    QVERIFY(edit);
    QCOMPARE(edit->isEnabled(), allowed(QStringLiteral("bank-profile edit other"), who));
    profiles->selectBankProfile(matrix::kOwnProfile);
    QCOMPARE(edit->isEnabled(), allowed(QStringLiteral("bank-profile edit own"), who));
}

void TestPermissionsGui::refusedPeopleCannotSignIn()
{
    QVERIFY(!m_demo.signIn(matrix::email(Who::Deactivated)));
    QVERIFY(!m_demo.signIn(matrix::email(Who::Unknown)));
    QVERIFY(!m_demo.session->signedIn());
}

QTEST_MAIN(TestPermissionsGui)
#include "tst_permissionsgui.moc"
