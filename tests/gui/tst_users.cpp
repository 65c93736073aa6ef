// Users and roles, sign-in with passwords and the audit log, clicked through as a user would.
#include "gui/AuditPage.h"
#include "gui/InboxModel.h"
#include "gui/InboxPage.h"
#include "gui/MessageBoxes.h"
#include "gui/MyAccessPage.h"
#include "gui/ProfilesPage.h"
#include "gui/SignInDialog.h"
#include "gui/UserPicker.h"
#include "gui/UsersPage.h"
#include "services/AuthService.h"
#include "services/demo/Generator.h"

#include "GuiTestSupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QThread>
#include <QTreeView>

using namespace incentives;
using namespace incentives::gui;
using namespace incentives::gui::testing;

class TestUsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup() { m_demo.close(); }

    void addUserWithARole();
    void replacingAnIncentivesAdminAsksFirst();
    void assigningAnAdminDeliversWaitingInvitations();
    void nonAdminHasNoUsersPage();
    void filterByRole();
    void auditLogShowsOwnOrAll();
    void auditExportWritesCsv();
    void auditLogReadsOnePageAtATime();
    void passwordSignInAndFirstChange();
    void signInListsEveryoneInReadingOrder();
    void modelsPassTheTester();
    void lockKeepsTheOpenForm();
    void checkAndBackUpRunInTheBackground();

private:
    UsersPage* openUsers();
    static void pickCombo(QWidget* dialog, const char* name, const QString& startsWith);

    QTemporaryDir m_dir;
    DemoWindow m_demo;
};

void TestUsers::init()
{
    QVERIFY(m_demo.create(
        m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".db"))));
}

UsersPage* TestUsers::openUsers()
{
    m_demo.window->showPage(MainWindow::UsersPageIndex);
    return m_demo.window->usersPage();
}

void TestUsers::pickCombo(QWidget* dialog, const char* name, const QString& startsWith)
{
    auto* combo = dialog->findChild<QComboBox*>(QString::fromLatin1(name));
    QVERIFY2(combo, name);
    for (int i = 0; i < combo->count(); ++i)
        if (combo->itemText(i).startsWith(startsWith)) {
            combo->setCurrentIndex(i);
            return;
        }
    QFAIL(qPrintable(QStringLiteral("no item %1 in %2").arg(startsWith, QString::fromLatin1(name))));
}

void TestUsers::addUserWithARole()
{
    QVERIFY(m_demo.signIn(kAvery));
    UsersPage* page = openUsers();
    QCOMPARE(m_demo.window->currentPage(), page);
    const int before = page->usersModel()->rowCount();
    bool done = false;
    onNextModal(
        this,
        [](QWidget* dialog) {
            auto* save = dialog->findChild<QPushButton*>(QStringLiteral("saveButton"));
            auto* email = dialog->findChild<QLineEdit*>(QStringLiteral("emailEdit"));
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit")),
                             QStringLiteral("Li Wei"));
            QTest::keyClicks(email, QStringLiteral("li.wei@contoso"));
            QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("emailError"))->isVisible());
            QVERIFY(!save->isEnabled());
            QTest::keyClicks(email, QStringLiteral(".example"));
            QVERIFY(!dialog->findChild<QLabel*>(QStringLiteral("emailError"))->isVisible());
            pickCombo(dialog, "roleCombo", QStringLiteral("Incentives user"));
            pickCombo(dialog, "locationCombo", QStringLiteral("4649102"));
            QVERIFY(save->isEnabled());
            saveShot(dialog, QStringLiteral("add-user"));
            QTest::mouseClick(save, Qt::LeftButton);
        },
        &done);
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("addUserButton")), Qt::LeftButton);
    QVERIFY(done);
    QCOMPARE(page->usersModel()->rowCount(), before + 1);
    QVERIFY(page->selectUser(QStringLiteral("li.wei@contoso.example")));
    // The page confirms the change, naming the person, the role and the location.
    const QString confirmation = page->confirmation();
    QVERIFY2(confirmation.contains(QStringLiteral("Li Wei")) &&
                 confirmation.contains(QStringLiteral("Incentives user")) &&
                 confirmation.contains(QStringLiteral("4649102")),
             qPrintable(confirmation));
    QVERIFY(page->findChild<QLabel*>(QStringLiteral("confirmationLabel"))->isVisible());
    auto grants = m_demo.context().grants(*m_demo.context().actor(QStringLiteral("li.wei@contoso.example")));
    QVERIFY(grants && grants->userOf.size() == 1);
}

void TestUsers::replacingAnIncentivesAdminAsksFirst()
{
    QVERIFY(m_demo.signIn(kAvery));
    UsersPage* page = openUsers();
    QVERIFY(page->selectUser(kEmma));
    // First answer No: nothing changes.
    for (const auto answer : {QMessageBox::No, QMessageBox::Yes}) {
        bool done = false;
        onNextModal(
            this,
            [answer](QWidget* dialog) {
                pickCombo(dialog, "roleCombo", QStringLiteral("Incentives admin"));
                pickCombo(dialog, "locationCombo", QStringLiteral("4649103"));
                QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("noteLabel"))
                            ->text()
                            .contains(QStringLiteral("Bao Nguyen")));
                MessageBoxes::answerNext(answer);
                QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveButton")),
                                  Qt::LeftButton);
                QVERIFY(MessageBoxes::lastText().contains(QStringLiteral("Bao Nguyen")));
                if (dialog->isVisible())
                    static_cast<QDialog*>(dialog)->done(QDialog::Rejected);
            },
            &done);
        QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("assignRoleButton")), Qt::LeftButton);
        QVERIFY(done);
        auto admin = m_demo.context().directory().incentivesAdminOf(
            m_demo.context().directory().locationByPartnerId(QStringLiteral("4649103"))->id);
        QCOMPARE((*admin)->email, answer == QMessageBox::Yes ? kEmma : kBao);
        if (answer == QMessageBox::Yes)
            QVERIFY2(
                page->confirmation().contains(QStringLiteral("Emma Schmidt is now Incentives admin of ")) &&
                    page->confirmation().endsWith(QStringLiteral(" (4649103).")),
                qPrintable(page->confirmation()));
        else
            QVERIFY(page->confirmation().isEmpty()); // nothing changed, nothing confirmed
    }
}

void TestUsers::assigningAnAdminDeliversWaitingInvitations()
{
    const QString kenji = QStringLiteral("kenji.tanaka@contoso.example");
    QVERIFY(m_demo.signIn(kAvery));
    UsersPage* page = openUsers();
    auto* locations = page->findChild<QTableWidget*>(QStringLiteral("locationsTable"));
    int japan = -1;
    for (int r = 0; r < locations->rowCount(); ++r)
        if (locations->item(r, 0)->text() == QLatin1String("4649105"))
            japan = r;
    QVERIFY(japan >= 0);
    QVERIFY(locations->item(japan, 5)->text().contains(QStringLiteral("No Incentives admin")));
    QCOMPARE(locations->item(japan, 6)->text(), QStringLiteral("2"));
    QVERIFY(page->selectUser(kenji));
    locations->setCurrentCell(japan, 0);
    bool done = false;
    onNextModal(
        this,
        [](QWidget* dialog) {
            QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("noteLabel"))
                        ->text()
                        .contains(QStringLiteral("waiting")));
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
        },
        &done);
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("assignAdminButton")), Qt::LeftButton);
    QVERIFY(done);
    QVERIFY(locations->item(japan, 5)->text().contains(kenji));
    // Kenji signs in and finds both invitations in his Action Center, beside the news of his new role.
    QVERIFY(m_demo.signIn(kenji));
    m_demo.window->showPage(MainWindow::InboxPageIndex);
    auto* model = m_demo.window->inboxPage()->model();
    int invitations = 0;
    bool roleGiven = false;
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->messageAt(r)->kind == QLatin1String("invitation")) {
            ++invitations;
            QCOMPARE(model->messageAt(r)->subject, QStringLiteral("Partner Incentive Enrollment Invitation"));
        } else if (model->messageAt(r)->kind == QLatin1String("role-changed") &&
                   model->messageAt(r)->subject.contains(QStringLiteral("Incentives admin"))) {
            roleGiven = true;
        }
    }
    QCOMPARE(invitations, 2);
    QVERIFY(roleGiven);
}

void TestUsers::nonAdminHasNoUsersPage()
{
    QVERIFY(m_demo.signIn(kBao));
    auto* navigation = m_demo.window->findChild<QListWidget*>(QStringLiteral("navigation"));
    QVERIFY(navigation->item(MainWindow::UsersPageIndex)->isHidden());
    m_demo.window->showPage(MainWindow::UsersPageIndex);
    QCOMPARE(m_demo.window->currentPage(), m_demo.window->myAccessPage());
    // The guard is the service: Bao cannot add users or assign roles whatever the GUI shows.
    auto refused = m_demo.session->directory().addUser(
        m_demo.session->actor(), QStringLiteral("x@contoso.example"), QStringLiteral("X"));
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, ErrorKind::Denied);
    QVERIFY(
        !m_demo.window->usersPage()->findChild<QPushButton*>(QStringLiteral("addUserButton"))->isEnabled());
    auto* roles = m_demo.window->myAccessPage()->findChild<QListWidget*>(QStringLiteral("rolesList"));
    QCOMPARE(roles->count(), 2);
    QVERIFY(roles->item(0)->text().contains(QStringLiteral("Incentives admin")));
}

void TestUsers::filterByRole()
{
    QVERIFY(m_demo.signIn(kAvery));
    UsersPage* page = openUsers();
    auto* filter = page->findChild<QComboBox*>(QStringLiteral("roleFilter"));
    filter->setCurrentIndex(UsersPage::AccountAdmins);
    QCOMPARE(page->usersModel()->rowCount(), 2);
    filter->setCurrentIndex(UsersPage::IncentivesAdmins);
    QCOMPARE(page->usersModel()->rowCount(), 5);
    filter->setCurrentIndex(UsersPage::WithoutRole);
    QCOMPARE(page->usersModel()->rowCount(), 1);
    filter->setCurrentIndex(UsersPage::AllUsers);
    QTest::keyClicks(page->findChild<QLineEdit*>(QStringLiteral("searchEdit")), QStringLiteral("schmidt"));
    QCOMPARE(page->usersModel()->rowCount(), 1);
}

void TestUsers::auditLogShowsOwnOrAll()
{
    QVERIFY(m_demo.signIn(kBao));
    m_demo.window->showPage(MainWindow::AuditPageIndex);
    AuditPage* audit = m_demo.window->auditPage();
    const int own = audit->model()->rowCount();
    QVERIFY(own > 0);
    for (int r = 0; r < own; ++r)
        QCOMPARE(audit->model()->item(r, 1)->text(), kBao);
    QVERIFY(!audit->findChild<UserPicker*>(QStringLiteral("userPicker"))->isVisible());
    QVERIFY(m_demo.signIn(kAvery));
    QVERIFY(audit->model()->rowCount() > own);
    // Sentences, not codes; one time format; full account numbers appear nowhere.
    const QRegularExpression code(
        QStringLiteral("\\b(enrollment|users|bank-profile|tax-profile|invitation|program|"
                       "database|demo|password|home|sign-in|fiscal-year|clock)\\.[a-z]"));
    const QRegularExpression time(QStringLiteral("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC$"));
    for (int r = 0; r < audit->model()->rowCount(); ++r) {
        const QString sentence = audit->model()->item(r, 2)->text();
        QVERIFY2(!sentence.isEmpty() && !code.match(sentence).hasMatch() &&
                     !sentence.contains(QStringLiteral(" -> ")),
                 qPrintable(sentence));
        QVERIFY(!sentence.contains(QStringLiteral("483920175")));
        QVERIFY2(time.match(audit->model()->item(r, 0)->text()).hasMatch(),
                 qPrintable(audit->model()->item(r, 0)->text()));
    }
    const QString submitted = QStringLiteral("Bao Nguyen submitted the enrollment in");
    bool found = false;
    for (int r = 0; r < audit->model()->rowCount(); ++r)
        found = found || audit->model()->item(r, 2)->text().startsWith(submitted);
    QVERIFY(found);
    m_demo.window->resize(1024, 700);
    m_demo.window->showPage(MainWindow::AuditPageIndex);
    saveShot(m_demo.window.get(), QStringLiteral("en-audit-sentences"));
    auto* search = audit->findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    QTest::keyClicks(search, QStringLiteral("bank-profile"));
    QTRY_VERIFY(audit->model()->rowCount() > 0 && audit->model()->rowCount() < own * 10);
    for (int r = 0; r < audit->model()->rowCount(); ++r)
        QVERIFY(audit->model()->item(r, 2)->toolTip().contains(QStringLiteral("bank-profile")));
    // The search finds the words of the sentences too.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("submitted the enrollment"));
    QTRY_VERIFY(audit->model()->rowCount() > 0 &&
                audit->model()->item(0, 2)->text().contains(QStringLiteral("submitted the enrollment")));
    for (int r = 0; r < audit->model()->rowCount(); ++r)
        QVERIFY(audit->model()->item(r, 2)->text().contains(QStringLiteral("submitted the enrollment")));
}

void TestUsers::auditExportWritesCsv()
{
    QVERIFY(m_demo.signIn(kAvery));
    AuditPage* audit = m_demo.window->auditPage();
    const QString path = m_dir.filePath(QStringLiteral("audit.csv"));
    QCOMPARE(audit->exportTo(path), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.first(), QByteArray("time,user,action,location,program,details,sentence\r"));
    QVERIFY(lines.size() > 50);
    QVERIFY(!file.readAll().contains("483920175"));
}

void TestUsers::auditLogReadsOnePageAtATime()
{
    // A log longer than a page: the page reads one bounded page, says that older records follow
    // and loads them on request; the user is found by typing, not picked from a list of everyone.
    QVERIFY(m_demo.signIn(kAvery));
    for (int i = 0; i < AuditPage::kShown + 30; ++i) {
        AuditEntry e;
        e.at = QDateTime::currentDateTimeUtc();
        e.actor = kBao;
        e.actorId = m_demo.context().directory().userByEmail(kBao)->id;
        e.action = QStringLiteral("home.dismiss");
        QVERIFY(m_demo.context().auditLog().append(e));
    }
    const qint64 total = *m_demo.context().auditLog().count();
    QVERIFY(total > AuditPage::kShown + 30);
    m_demo.window->showPage(MainWindow::AuditPageIndex);
    AuditPage* audit = m_demo.window->auditPage();
    audit->reload();
    QCOMPARE(audit->model()->rowCount(), AuditPage::kShown);
    auto* more = audit->findChild<QPushButton*>(QStringLiteral("loadMoreButton"));
    auto* count = audit->findChild<QLabel*>(QStringLiteral("countLabel"));
    QVERIFY(more && count);
    QVERIFY(!more->isHidden());
    QVERIFY2(count->text().contains(QStringLiteral("older records follow")), qPrintable(count->text()));
    while (!more->isHidden())
        QTest::mouseClick(more, Qt::LeftButton);
    QCOMPARE(qint64(audit->model()->rowCount()), total);
    QVERIFY(!count->text().contains(QStringLiteral("older records follow")));

    // The user picker: typed, its matches searched, one chosen; the table holds that user's only.
    auto* picker = audit->findChild<UserPicker*>(QStringLiteral("userPicker"));
    QVERIFY(picker && picker->isVisible());
    picker->setFocus();
    QTest::keyClicks(picker, QStringLiteral("charlotte"));
    QCOMPARE(picker->matches()->rowCount(), 1);
    QTest::keyClick(picker, Qt::Key_Return);
    QCOMPARE(picker->email(), kCharlotte);
    QVERIFY(audit->model()->rowCount() > 0);
    for (int r = 0; r < audit->model()->rowCount(); ++r)
        QCOMPARE(audit->model()->item(r, 1)->text(), kCharlotte);
    QVERIFY(more->isHidden());
    // Cleared: everyone again, one page.
    picker->clear();
    Q_EMIT picker->textEdited(QString());
    QCOMPARE(picker->email(), QString());
    QCOMPARE(audit->model()->rowCount(), AuditPage::kShown);
}

void TestUsers::signInListsEveryoneInReadingOrder()
{
    // A generated organization: "Incentives Admin 1" to "Incentives Admin 20", each with the
    // PartnerIDs of their locations.
    const QString path = m_dir.filePath(QStringLiteral("sign-in-order.db"));
    {
        auto ctx = AppContext::open(path, Database::OpenMode::CreateIfMissing);
        QVERIFY(ctx);
        generator::Options options;
        options.locations = 100;
        options.programs = 2;
        QVERIFY(generator::generate(**ctx, options));
    }
    auto ctx = AppContext::open(path, Database::OpenMode::MustExist);
    QVERIFY(ctx);
    Session session(std::move(ctx).value());
    SignInDialog dialog(session, QStringLiteral("admin10@northwind.example"));
    auto* view = dialog.findChild<QTreeView*>(QStringLiteral("usersView"));
    QVERIFY(view);
    QAbstractItemModel* model = view->model();
    int users = 0;
    QVERIFY(session.directory().forEachSignInChoice([&users](const SignInChoice&) { ++users; }));
    QCOMPARE(model->rowCount(), users);
    QStringList names;
    for (int r = 0; r < model->rowCount(); ++r)
        names.append(model->index(r, 0).data().toString());
    // Numbers read as numbers: 2 before 10.
    const auto at = [&names](const char* name) { return names.indexOf(QLatin1String(name)); };
    QVERIFY(at("Incentives Admin 2") >= 0 && at("Incentives Admin 10") >= 0);
    QVERIFY(at("Incentives Admin 1") < at("Incentives Admin 2"));
    QVERIFY(at("Incentives Admin 2") < at("Incentives Admin 10"));
    QVERIFY(at("Incentives Admin 10") < at("Incentives Admin 13"));
    // The one asked for is chosen, and the roles name its locations' PartnerIDs.
    const QModelIndex current = view->currentIndex();
    QCOMPARE(model->index(current.row(), 1).data().toString(), QStringLiteral("admin10@northwind.example"));
    const QString roles = model->index(current.row(), 2).data().toString();
    QVERIFY2(roles.contains(QRegularExpression(QStringLiteral("\\(\\d{7}\\)"))), qPrintable(roles));
    // The filter still finds one person.
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("filterEdit")), QStringLiteral("admin13@"));
    QCOMPARE(model->rowCount(), 1);
}

void TestUsers::passwordSignInAndFirstChange()
{
    // A database that is not a demo asks for passwords.
    const QString path = m_dir.filePath(QStringLiteral("real.db"));
    QFile::remove(path);
    QString temporary;
    {
        auto ctx = AppContext::open(path, Database::OpenMode::CreateIfMissing);
        QVERIFY(ctx);
        auto made = seed::empty(**ctx, {QStringLiteral("Fabrikam"),
                                        {},
                                        {},
                                        {},
                                        QStringLiteral("root@fabrikam.example"),
                                        QStringLiteral("Root Admin")});
        QVERIFY(made);
        temporary = *made;
    }
    auto ctx = AppContext::open(path, Database::OpenMode::MustExist);
    QVERIFY(ctx);
    Session session(std::move(ctx).value());
    SignInDialog dialog(session, {});
    dialog.show();
    auto* password = dialog.findChild<QLineEdit*>(QStringLiteral("passwordEdit"));
    QVERIFY(password->isVisible());
    QTest::keyClicks(password, QStringLiteral("not the password"));
    dialog.accept();
    QVERIFY(dialog.isVisible());
    auto* error = dialog.findChild<QLabel*>(QStringLiteral("errorLabel"));
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("not right")));
    QVERIFY(!session.signedIn());
    saveShot(&dialog, QStringLiteral("sign-in-error"));

    QTest::keyClicks(password, temporary);
    bool changed = false;
    onNextModal(
        this,
        [temporary](QWidget* change) {
            QCOMPARE(change->objectName(), QStringLiteral("changePasswordDialog"));
            auto* ok = change->findChild<QPushButton*>(QStringLiteral("okButton"));
            QTest::keyClicks(change->findChild<QLineEdit*>(QStringLiteral("currentEdit")), temporary);
            QTest::keyClicks(change->findChild<QLineEdit*>(QStringLiteral("newEdit")),
                             QStringLiteral("short"));
            QVERIFY(!ok->isEnabled());
            QVERIFY(change->findChild<QLabel*>(QStringLiteral("errorLabel"))
                        ->text()
                        .contains(QStringLiteral("12")));
            QTest::keyClicks(change->findChild<QLineEdit*>(QStringLiteral("newEdit")),
                             QStringLiteral(" but longer 2027"));
            QVERIFY(!ok->isEnabled()); // not repeated yet
            QTest::keyClicks(change->findChild<QLineEdit*>(QStringLiteral("repeatEdit")),
                             QStringLiteral("short but longer 2027"));
            QVERIFY(ok->isEnabled());
            saveShot(change, QStringLiteral("change-password"));
            QTest::mouseClick(ok, Qt::LeftButton);
        },
        &changed);
    dialog.accept();
    QVERIFY(changed);
    QVERIFY(session.signedIn());
    QVERIFY(!dialog.isVisible());
    QVERIFY(AuthService(session.context())
                .signIn(QStringLiteral("root@fabrikam.example"), QStringLiteral("short but longer 2027")));
}

void TestUsers::modelsPassTheTester()
{
    QVERIFY(m_demo.signIn(kAvery));
    QAbstractItemModelTester users(m_demo.window->usersPage()->usersModel(),
                                   QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester audit(m_demo.window->auditPage()->model(),
                                   QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_demo.window->usersPage()->reload();
    m_demo.window->auditPage()->reload();
    QVERIFY(m_demo.window->usersPage()->usersModel()->rowCount() == 9);
}

void TestUsers::lockKeepsTheOpenForm()
{
    QVERIFY(m_demo.signIn(kBao));
    MainWindow* window = m_demo.window.get();
    window->showPage(MainWindow::ProfilesPageIndex);
    bool formDone = false;
    bool unlocked = false;
    onNextModal(
        this,
        [this, window, &unlocked](QWidget* form) {
            QTest::keyClicks(form->findChild<QLineEdit*>(QStringLiteral("nameEdit")),
                             QStringLiteral("Typed before the lock"));
            // Idle too long: the window locks over the open form; Bao signs in again.
            onNextModal(
                this,
                [window](QWidget* unlock) {
                    QCOMPARE(unlock->objectName(), QStringLiteral("unlockDialog"));
                    QVERIFY(window->isLocked());
                    auto* users = unlock->findChild<QTreeView*>(QStringLiteral("usersView"));
                    QCOMPARE(users->model()->rowCount(), 1); // only the user who was signed in
                    QTest::mouseClick(unlock->findChild<QPushButton*>(QStringLiteral("signInButton")),
                                      Qt::LeftButton);
                },
                &unlocked);
            window->lock();
            QVERIFY(!window->isLocked());
            QCOMPARE(form->findChild<QLineEdit*>(QStringLiteral("nameEdit"))->text(),
                     QStringLiteral("Typed before the lock"));
            QVERIFY(form->isVisible());
            static_cast<QDialog*>(form)->done(QDialog::Rejected);
        },
        &formDone);
    QTest::mouseClick(window->profilesPage()->findChild<QPushButton*>(QStringLiteral("addBankButton")),
                      Qt::LeftButton);
    QVERIFY(formDone);
    QVERIFY(unlocked);
    QCOMPARE(window->currentPage(), window->profilesPage());
    QCOMPARE(m_demo.session->actor().email, kBao);
}

void TestUsers::checkAndBackUpRunInTheBackground()
{
    QVERIFY(m_demo.signIn(kAvery));
    MainWindow* window = m_demo.window.get();
    MessageBoxes::answerNext(QMessageBox::Ok);
    window->findChild<QAction*>(QStringLiteral("actionCheck"))->trigger();
    QVERIFY2(MessageBoxes::lastText().contains(QStringLiteral("intact")),
             qPrintable(MessageBoxes::lastText()));
    // Work on its own thread and connection, while the window keeps answering.
    bool ran = false;
    QVERIFY(window->runWithProgress(QStringLiteral("Working…"), [&ran] {
        QThread::msleep(100);
        ran = true;
    }));
    QVERIFY(ran);
}

QTEST_MAIN(TestUsers)
#include "tst_users.moc"
