// The main window driven as a user would: sign in as each role, look at what the workspace shows
// and allows, click through Home, the inbox, filters, sorting and the eligibility dialog.
// With INCENTIVES_SCREENSHOTS=DIR set, every page is also saved there as a PNG.
#include "cli/Cli.h"
#include "core/Actions.h"
#include "gui/EligibilityDialog.h"
#include "gui/HomePage.h"
#include "gui/InboxModel.h"
#include "gui/InboxPage.h"
#include "gui/LocationPicker.h"
#include "gui/MainWindow.h"
#include "gui/MessageBoxes.h"
#include "gui/NoAccessPage.h"
#include "gui/RenewalPage.h"
#include "gui/WaitDialog.h"
#include "gui/WorkspaceModel.h"
#include "gui/WorkspacePage.h"
#include "services/Session.h"
#include "services/Simulation.h"
#include "services/StartUp.h"
#include "services/demo/DemoSeed.h"
#include "services/demo/PresenterTools.h"
#include "store/Transaction.h"

#include "GuiTestSupport.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QCryptographicHash>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

using namespace incentives;
using namespace incentives::gui;
using namespace incentives::gui::testing;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void anUpgradeAtStartShowsWhatItDoesAndKeepsRepainting();

    void accountAdminSeesEveryLocation();
    void damageFoundAfterThePaintBlocksWrites();
    void incentivesAdminSeesOwnLocations();
    void incentivesUserIsReadOnly();
    void userWithoutRoleSeesAccountAdmins();
    void homeInvitationDisappearsForGood();
    void homeInvitationOpensOnOneClick();
    void homeAsksForEveryInvitedEnrollment();
    void homeLocationNamesShowWhole();
    void filtersMatchTheCli_data();
    void filtersMatchTheCli();
    void sortingReversesOrder();
    void eligibilityDialogListsUnmetCriteria();
    void getStartedSelectsTheWorkspaceRow();
    void enrollFromWorkspaceSubmits();
    void changesFromTheCliShowAfterRefresh();
    void modelsPassTheTester();
    void actionCenterCountAndHomeOrder();
    void aLargeInboxListsItsFirstMessagesAndCountsThemAll();
    void renewalForecastPage();
    void viewActionsFollowTheTabs();
    void screenshots();

private:
    void signIn(const QString& email) { QVERIFY(m_demo.signIn(email)); }
    QStringList cli(const QStringList& args, int* exitCode = nullptr);
    QString rowKey(int row) const;
    void closeNextModal(bool* done)
    {
        onNextModal(
            this, [](QWidget* dialog) { dialog->close(); }, done);
    }

    QTemporaryDir m_dir;
    DemoWindow m_demo;
    QString m_path;
    Session* m_session = nullptr;
    MainWindow* m_window = nullptr;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestMainWindow::init()
{
    m_path = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".db"));
    QVERIFY(m_demo.create(m_path));
    m_session = m_demo.session.get();
    m_window = m_demo.window.get();
}

void TestMainWindow::cleanup()
{
    m_demo.close();
    Database::setIntegrityCheckDeferred(false);
    qunsetenv("INCENTIVES_FAULT");
}

void TestMainWindow::anUpgradeAtStartShowsWhatItDoesAndKeepsRepainting()
{
    // A file of an earlier version, whose check takes seconds as a file of millions does.
    const QString fixture = QFINDTESTDATA(QStringLiteral("../data/incentives-v2.db"));
    QVERIFY(!fixture.isEmpty());
    const QString path = m_dir.filePath(QStringLiteral("upgrade-at-start.db"));
    QVERIFY(QFile::copy(fixture, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    qputenv("INCENTIVES_FAULT", "slow-check");
    Database::setIntegrityCheckDeferred(true);

    // What the person sees meanwhile: the event loop keeps turning, and the dialog says what runs.
    int ticks = 0;
    QString shown;
    bool escaped = false;
    QTimer tick;
    tick.setInterval(50);
    connect(&tick, &QTimer::timeout, this, [&] {
        ++ticks;
        for (QWidget* w : QApplication::topLevelWidgets())
            if (w->objectName() == QLatin1String("waitDialog") && w->isVisible()) {
                auto* label = w->findChild<QLabel*>(QStringLiteral("waitLabel"));
                QVERIFY(label && label->wordWrap());
                shown = label->text();
                QVERIFY(!w->accessibleName().isEmpty());
                // Escape does not take it away while the work runs (tried once, seconds before its end).
                if (!escaped) {
                    escaped = true;
                    QTest::keyClick(w, Qt::Key_Escape);
                    QVERIFY(w->isVisible());
                }
            }
    });
    tick.start();
    // As incentives-desk starts.
    auto session = startup::open(
        path, [](const QString&, const Error&) { return startup::Choice{}; },
        [](const QString& what, const std::function<Status()>& work) {
            return waitWithProgress(nullptr, what, work);
        });
    tick.stop();
    QVERIFY2(session, session ? "" : qPrintable(session.error().message));
    QVERIFY2(ticks >= 20, qPrintable(QString::number(ticks))); // 3 s of check at 50 ms
    QCOMPARE(shown, startup::upgradeMessage(path));
    QVERIFY(!Database::fileNeedsUpgrade(path));
    QVERIFY((*session)->signIn(kAvery));
    MainWindow window(**session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
}

void TestMainWindow::damageFoundAfterThePaintBlocksWrites()
{
    // The demo of this test, closed, with pages near its end (indexes, the audit log: nothing
    // opening reads) turned to garbage.
    m_demo.close();
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    const int pageSize = (uchar(bytes.at(16)) << 8) | uchar(bytes.at(17));
    const int pages = int(bytes.size() / pageSize);
    for (int i = pageSize * (pages - 4); i < pageSize * (pages - 1); ++i)
        bytes[i] = char(0x5a ^ (i & 0xff));
    file.seek(0);
    file.write(bytes);
    file.close();
    const QByteArray before = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);

    // As incentives-desk starts: the window opens at once; once painted, the check runs in the
    // background and tells the user.
    Database::setIntegrityCheckDeferred(true);
    auto session = startup::open(m_path, [](const QString&, const Error&) { return startup::Choice{}; });
    QVERIFY(session);
    QVERIFY((*session)->signIn(kAvery));
    MessageBoxes::answerNext(QMessageBox::Ok);
    {
        MainWindow window(**session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(MessageBoxes::lastText().contains(QLatin1String("damaged")), 20000);
        QVERIFY(window.statusBar()->currentMessage().contains(QLatin1String("damaged")));
        // Nothing is written: a change the user makes is refused with the reason.
        auto added = (*session)->directory().addUser(
            (*session)->actor(), QStringLiteral("x.y@contoso.example"), QStringLiteral("X Y"));
        QVERIFY(!added);
        QVERIFY(added.error().message.contains(QLatin1String("damaged")));
    }
    session->reset();
    QFile after(m_path);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(QCryptographicHash::hash(after.readAll(), QCryptographicHash::Sha256), before);
}

QStringList TestMainWindow::cli(const QStringList& args, int* exitCode)
{
    QString out;
    QString err;
    QTextStream o(&out);
    QTextStream e(&err);
    cli::Cli tool(o, e);
    const int code = tool.run(QStringList{QStringLiteral("--database"), m_path} + args);
    if (exitCode)
        *exitCode = code;
    o.flush();
    // One "program|partnerId" key per row, in order.
    QStringList keys;
    const auto rows = QJsonDocument::fromJson(out.toUtf8()).array();
    for (const auto& r : rows)
        keys.append(r.toObject().value(QStringLiteral("program")).toString() + QLatin1Char('|') +
                    r.toObject().value(QStringLiteral("location")).toString());
    return keys;
}

QString TestMainWindow::rowKey(int row) const
{
    const auto* model = m_window->workspacePage()->model();
    const QModelIndex index = model->index(row, 0);
    return index.data(WorkspaceModel::ProgramNameRole).toString() + QLatin1Char('|') +
           index.data(WorkspaceModel::PartnerIdRole).toString();
}

void TestMainWindow::accountAdminSeesEveryLocation()
{
    signIn(kAvery);
    auto* model = m_window->workspacePage()->model();
    QCOMPARE(model->totalCount(), 63);
    QSet<QString> locations;
    for (int r = 0; r < model->rowCount(); ++r)
        locations.insert(model->index(r, 0).data(WorkspaceModel::PartnerIdRole).toString());
    QCOMPARE(locations.size(), 7);
    // Avery holds no Incentives admin role: Enroll stays disabled and says why.
    QVERIFY(m_window->workspacePage()->selectEnrollment(QStringLiteral("Marketplace Rewards"),
                                                        QStringLiteral("4649101")));
    auto* enroll = m_window->workspacePage()->findChild<QPushButton*>(QStringLiteral("enrollButton"));
    QVERIFY(!enroll->isEnabled());
    QVERIFY(enroll->toolTip().contains(QStringLiteral("Incentives admin")));
}

void TestMainWindow::incentivesAdminSeesOwnLocations()
{
    signIn(kBao);
    auto* model = m_window->workspacePage()->model();
    QCOMPARE(model->totalCount(), 18);
    for (int r = 0; r < model->rowCount(); ++r) {
        const QString partner = model->index(r, 0).data(WorkspaceModel::PartnerIdRole).toString();
        QVERIFY2(partner == QLatin1String("4649101") || partner == QLatin1String("4649103"),
                 qPrintable(partner));
    }
    auto* page = m_window->workspacePage();
    QVERIFY(page->selectEnrollment(QStringLiteral("Marketplace Rewards"), QStringLiteral("4649101")));
    QVERIFY(page->findChild<QPushButton*>(QStringLiteral("enrollButton"))->isEnabled());
    QVERIFY(m_window->findChild<QLabel*>(QStringLiteral("roleLabel"))
                ->text()
                .contains(QStringLiteral("Incentives admin")));
}

void TestMainWindow::incentivesUserIsReadOnly()
{
    signIn(kEmma);
    auto* page = m_window->workspacePage();
    QCOMPARE(page->model()->totalCount(), 18);
    QVERIFY(page->selectEnrollment(QStringLiteral("Marketplace Rewards"), QStringLiteral("4649103")));
    auto* enroll = page->findChild<QPushButton*>(QStringLiteral("enrollButton"));
    QVERIFY(!enroll->isEnabled());
    QVERIFY2(enroll->toolTip().contains(QStringLiteral("Incentives admin")), qPrintable(enroll->toolTip()));
    // The guard is the service, not the button.
    auto refused = m_session->enrollments().submit(m_session->actor(), QStringLiteral("Marketplace Rewards"),
                                                   QStringLiteral("4649103"));
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, ErrorKind::Denied);
}

void TestMainWindow::userWithoutRoleSeesAccountAdmins()
{
    signIn(kGabriel);
    auto* pages = m_window->findChild<QStackedWidget*>(QStringLiteral("pages"));
    QCOMPARE(pages->currentWidget(), m_window->noAccessPage());
    auto* admins = m_window->noAccessPage()->findChild<QListWidget*>(QStringLiteral("adminsList"));
    QCOMPARE(admins->count(), 2);
    QVERIFY(admins->item(0)->text().contains(QStringLiteral("@contoso.example")));
    m_window->showPage(MainWindow::WorkspacePageIndex);
    QCOMPARE(pages->currentWidget(), m_window->noAccessPage());
    QCOMPARE(m_window->workspacePage()->model()->totalCount(), 0);
}

void TestMainWindow::homeInvitationDisappearsForGood()
{
    signIn(kBao);
    auto* list = m_window->homePage()->findChild<QListWidget*>(QStringLiteral("invitationsList"));
    const int before = list->count();
    QVERIFY(before > 0);
    const QString text = list->item(0)->text();
    bool closed = false;
    closeNextModal(&closed); // the invitation dialog that selecting it opens
    list->setCurrentRow(0);
    QTest::keyClick(list, Qt::Key_Return);
    QTRY_VERIFY(closed);
    QTRY_COMPARE(list->count(), before - 1);
    // Selecting it took the user to that row in the workspace.
    auto* pages = m_window->findChild<QStackedWidget*>(QStringLiteral("pages"));
    QCOMPARE(pages->currentWidget(), m_window->workspacePage());
    // Gone after a refresh and in a new session too.
    m_session->reloadNow();
    QCOMPARE(list->count(), before - 1);
    QVERIFY(m_demo.reopen());
    m_session = m_demo.session.get();
    m_window = m_demo.window.get();
    signIn(kBao);
    list = m_window->homePage()->findChild<QListWidget*>(QStringLiteral("invitationsList"));
    QCOMPARE(list->count(), before - 1);
    for (int i = 0; i < list->count(); ++i)
        QVERIFY(list->item(i)->text() != text);
}

void TestMainWindow::homeInvitationOpensOnOneClick()
{
    signIn(kBao);
    auto* list = m_window->homePage()->findChild<QListWidget*>(QStringLiteral("invitationsList"));
    const int before = list->count();
    QVERIFY(before > 1);
    const QString text = list->item(1)->text();
    bool closed = false;
    closeNextModal(&closed); // the invitation dialog the click opens
    QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier,
                      list->visualItemRect(list->item(1)).center());
    QTRY_VERIFY(closed);
    QTRY_COMPARE(list->count(), before - 1);
    auto* pages = m_window->findChild<QStackedWidget*>(QStringLiteral("pages"));
    QCOMPARE(pages->currentWidget(), m_window->workspacePage());
    for (int i = 0; i < list->count(); ++i)
        QVERIFY(list->item(i)->text() != text); // the one clicked, not another
}

void TestMainWindow::homeAsksForEveryInvitedEnrollment()
{
    signIn(kBao);
    auto* home = m_window->homePage();
    // Bao's four invitations are all listed: no count beside them, no button.
    QCOMPARE(home->findChild<QListWidget*>(QStringLiteral("invitationsList"))->count(), 4);
    QVERIFY(home->findChild<QLabel*>(QStringLiteral("invitationsMore"))->isHidden());
    QVERIFY(home->findChild<QPushButton*>(QStringLiteral("invitationsShowAll"))->isHidden());
    // Asked for every invited enrollment (the button past Home's newest), the workspace shows them,
    // whatever it was filtered to before.
    auto* page = m_window->workspacePage();
    page->findChild<QLineEdit*>(QStringLiteral("searchEdit"))->setText(QStringLiteral("Azure"));
    Q_EMIT home->statusRequested(EnrollmentStatus::Invited);
    auto* pages = m_window->findChild<QStackedWidget*>(QStringLiteral("pages"));
    QCOMPARE(pages->currentWidget(), page);
    QVERIFY(page->findChild<QLineEdit*>(QStringLiteral("searchEdit"))->text().isEmpty());
    QCOMPARE(page->findChild<QComboBox*>(QStringLiteral("statusFilter"))->currentText(),
             statusLabel(EnrollmentStatus::Invited));
    WorkspaceFilter invited;
    invited.statuses = {EnrollmentStatus::Invited};
    auto count = EnrollmentService(m_session->context()).count(m_session->actor(), invited);
    QVERIFY(count && *count >= 4);
    auto* model = page->model();
    QTRY_COMPARE(qint64(model->rowCount()), *count);
    for (int r = 0; r < model->rowCount(); ++r)
        QCOMPARE(model->rowAt(r)->enrollment.status, EnrollmentStatus::Invited);
}

void TestMainWindow::homeLocationNamesShowWhole()
{
    // However narrow the window, the summary's locations keep the width of their names (the table
    // scrolls sideways past the statuses); in a wide window they take the room that is left.
    signIn(kBao);
    m_window->showPage(MainWindow::HomePageIndex);
    auto* table = m_window->homePage()->findChild<QTableWidget*>(QStringLiteral("summaryTable"));
    QVERIFY(table && table->rowCount() > 0);
    int needed = 0;
    for (int r = 0; r < table->rowCount(); ++r)
        needed = qMax(needed, table->fontMetrics().horizontalAdvance(table->item(r, 0)->text()));
    const QSize before = m_window->size();
    // Narrow: the statuses take the viewport, the names keep their width (a stretched column
    // gets what the others leave, which in German at 1024 pixels was a few characters).
    auto* header = table->horizontalHeader();
    m_window->resize(640, 600);
    QTRY_COMPARE(header->sectionResizeMode(0), QHeaderView::Interactive);
    QVERIFY2(table->columnWidth(0) >= needed,
             qPrintable(QStringLiteral("%1 wide for %2").arg(table->columnWidth(0)).arg(needed)));
    m_window->resize(1900, 1000);
    QTRY_COMPARE(header->sectionResizeMode(0), QHeaderView::Stretch);
    QTRY_VERIFY(table->columnWidth(0) > needed + 100); // the room the statuses leave
    m_window->resize(before);
}

void TestMainWindow::filtersMatchTheCli_data()
{
    QTest::addColumn<QString>("status");   // combo text, or empty
    QTest::addColumn<QString>("location"); // PartnerID, or empty
    QTest::addColumn<QString>("program");
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("cliArgs");
    QTest::newRow("all") << QString() << QString() << QString() << QString() << QStringList();
    QTest::newRow("ineligible") << QStringLiteral("Ineligible") << QString() << QString() << QString()
                                << QStringList{QStringLiteral("--status"), QStringLiteral("ineligible")};
    QTest::newRow("location") << QString() << QStringLiteral("4649102") << QString() << QString()
                              << QStringList{QStringLiteral("--location"), QStringLiteral("4649102")};
    QTest::newRow("program") << QString() << QString() << QStringLiteral("Azure Incentives") << QString()
                             << QStringList{QStringLiteral("--program"), QStringLiteral("Azure Incentives")};
    QTest::newRow("search") << QString() << QString() << QString() << QStringLiteral("deutsch")
                            << QStringList{QStringLiteral("--search"), QStringLiteral("deutsch")};
    QTest::newRow("combined") << QStringLiteral("Invited") << QString() << QString() << QStringLiteral("csp")
                              << QStringList{QStringLiteral("--status"), QStringLiteral("invited"),
                                             QStringLiteral("--search"), QStringLiteral("csp")};
}

void TestMainWindow::filtersMatchTheCli()
{
    QFETCH(QString, status);
    QFETCH(QString, location);
    QFETCH(QString, program);
    QFETCH(QString, search);
    QFETCH(QStringList, cliArgs);
    signIn(kAvery);
    m_window->showPage(MainWindow::WorkspacePageIndex);
    auto* page = m_window->workspacePage();
    auto* statusBox = page->findChild<QComboBox*>(QStringLiteral("statusFilter"));
    auto* locationPicker = page->findChild<LocationPicker*>(QStringLiteral("locationFilter"));
    auto* programBox = page->findChild<QComboBox*>(QStringLiteral("programFilter"));
    auto* searchEdit = page->findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    if (!status.isEmpty())
        statusBox->setCurrentIndex(statusBox->findText(status));
    if (!location.isEmpty()) {
        // Typed, then chosen from the matches with the keyboard.
        locationPicker->setFocus();
        QTest::keyClicks(locationPicker, location);
        QAbstractItemView* matches = locationPicker->completer()->popup();
        QTRY_VERIFY(matches->isVisible());
        QCOMPARE(matches->model()->rowCount(), 1);
        QTest::keyClick(matches, Qt::Key_Down);
        QTest::keyClick(matches, Qt::Key_Return);
        QCOMPARE(locationPicker->partnerId(), location);
        QVERIFY(locationPicker->text().startsWith(location));
    }
    if (!program.isEmpty())
        programBox->setCurrentIndex(programBox->findText(program));
    if (!search.isEmpty()) {
        searchEdit->setFocus();
        QTest::keyClicks(searchEdit, search);
        QTest::keyClick(searchEdit, Qt::Key_Return);
    }
    const QStringList expected = cli(
        QStringList{QStringLiteral("--as"), kAvery, QStringLiteral("--json"), QStringLiteral("workspace")} +
        cliArgs);
    QVERIFY(!expected.isEmpty());
    auto* model = page->model();
    QTRY_COMPARE(model->rowCount(), int(expected.size()));
    for (int r = 0; r < model->rowCount(); ++r)
        QCOMPARE(rowKey(r), expected.at(r));
    QVERIFY(page->findChild<QLabel*>(QStringLiteral("countLabel"))
                ->text()
                .contains(QString::number(expected.size())));
}

void TestMainWindow::sortingReversesOrder()
{
    signIn(kAvery);
    auto* page = m_window->workspacePage();
    auto* table = page->findChild<QTableView*>(QStringLiteral("table"));
    table->sortByColumn(WorkspaceModel::LocationColumn, Qt::AscendingOrder);
    QStringList ascending;
    for (int r = 0; r < page->model()->rowCount(); ++r)
        ascending.append(rowKey(r));
    table->sortByColumn(WorkspaceModel::LocationColumn, Qt::DescendingOrder);
    QStringList descending;
    for (int r = 0; r < page->model()->rowCount(); ++r)
        descending.append(rowKey(r));
    QCOMPARE(ascending.size(), 63);
    QVERIFY(ascending.first().endsWith(QStringLiteral("4649101")));
    QVERIFY(descending.first().endsWith(QStringLiteral("4649107")));
    std::reverse(descending.begin(), descending.end());
    QCOMPARE(ascending, descending);
    const QStringList cliOrder =
        cli({QStringLiteral("--as"), kAvery, QStringLiteral("--json"), QStringLiteral("workspace"),
             QStringLiteral("--sort"), QStringLiteral("location")});
    QCOMPARE(ascending, cliOrder);
}

void TestMainWindow::eligibilityDialogListsUnmetCriteria()
{
    signIn(kBao);
    auto* page = m_window->workspacePage();
    m_window->showPage(MainWindow::WorkspacePageIndex);
    QVERIFY(page->selectEnrollment(QStringLiteral("CSP Direct Bill Incentives"), QStringLiteral("4649101")));
    QStringList unmet;
    QStringList met;
    bool seen = false;
    QTimer::singleShot(0, this, [&] {
        auto* dialog = QApplication::activeModalWidget();
        QVERIFY(dialog);
        QCOMPARE(dialog->objectName(), QStringLiteral("eligibilityDialog"));
        auto* list = dialog->findChild<QTreeWidget*>(QStringLiteral("checklist"));
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            auto* item = list->topLevelItem(i);
            (item->text(1) == QLatin1String("Met") ? met : unmet)
                .append(item->data(0, Qt::UserRole).toString());
        }
        saveShot(dialog, QStringLiteral("eligibility-dialog"));
        seen = true;
        dialog->close();
    });
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("eligibilityButton")), Qt::LeftButton);
    QTRY_VERIFY(seen);
    QCOMPARE(unmet, QStringList{QStringLiteral("csp-direct")});
    QCOMPARE(met, (QStringList{QStringLiteral("agreement"), QStringLiteral("revenue>=1000000")}));
}

void TestMainWindow::getStartedSelectsTheWorkspaceRow()
{
    signIn(kBao);
    m_window->showPage(MainWindow::InboxPageIndex);
    auto* inbox = m_window->inboxPage();
    auto* view = inbox->findChild<QTreeView*>(QStringLiteral("messagesView"));
    QVERIFY(inbox->model()->rowCount() > 0);
    int invited = -1;
    for (int r = 0; r < inbox->model()->rowCount(); ++r) {
        const auto* m = inbox->model()->messageAt(r);
        auto rows =
            m_session->enrollments().workspace(m_session->actor(), {}, WorkspaceSort::Program, true, 0, 100);
        for (const auto& row : *rows)
            if (row.enrollment.programName == m->programName && row.enrollment.partnerId == m->partnerId &&
                row.enrollment.status == EnrollmentStatus::Invited)
                invited = r;
    }
    QVERIFY(invited >= 0);
    view->setCurrentIndex(inbox->model()->index(invited, 0));
    const QString program = inbox->model()->messageAt(invited)->programName;
    const QString partner = inbox->model()->messageAt(invited)->partnerId;
    QVERIFY(inbox->model()->messageAt(invited)->readAt.isValid());
    bool closed = false;
    closeNextModal(&closed);
    QTest::mouseClick(inbox->findChild<QPushButton*>(QStringLiteral("openButton")), Qt::LeftButton);
    QVERIFY(closed);
    auto* pages = m_window->findChild<QStackedWidget*>(QStringLiteral("pages"));
    QCOMPARE(pages->currentWidget(), m_window->workspacePage());
    auto* table = m_window->workspacePage()->findChild<QTableView*>(QStringLiteral("table"));
    QCOMPARE(rowKey(table->currentIndex().row()), program + QLatin1Char('|') + partner);
}

void TestMainWindow::enrollFromWorkspaceSubmits()
{
    signIn(kBao);
    auto* page = m_window->workspacePage();
    m_window->showPage(MainWindow::WorkspacePageIndex);
    QVERIFY(
        page->selectEnrollment(QStringLiteral("Microsoft Security Incentives"), QStringLiteral("4649101")));
    bool submitted = false;
    onNextModal(
        this,
        [](QWidget* dialog) {
            QCOMPARE(dialog->objectName(), QStringLiteral("invitationDialog"));
            auto* submit = dialog->findChild<QPushButton*>(QStringLiteral("submitButton"));
            QVERIFY(submit->isVisible());
            QVERIFY(!submit->isEnabled()); // the terms come first
            dialog->findChild<QCheckBox*>(QStringLiteral("termsCheck"))->setChecked(true);
            QVERIFY(submit->isEnabled());
            QTest::mouseClick(submit, Qt::LeftButton);
        },
        &submitted);
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("enrollButton")), Qt::LeftButton);
    QVERIFY(submitted);
    QVERIFY(
        page->selectEnrollment(QStringLiteral("Microsoft Security Incentives"), QStringLiteral("4649101")));
    auto* table = page->findChild<QTableView*>(QStringLiteral("table"));
    QCOMPARE(EnrollmentStatus(table->currentIndex().data(WorkspaceModel::StatusRole).toInt()),
             EnrollmentStatus::Validating);
}

void TestMainWindow::changesFromTheCliShowAfterRefresh()
{
    signIn(kBao);
    auto* page = m_window->workspacePage();
    int code = -1;
    cli({QStringLiteral("--as"), kBao, QStringLiteral("submit"),
         QStringLiteral("Microsoft Security Incentives"), QStringLiteral("--location"),
         QStringLiteral("4649101")},
        &code);
    QCOMPARE(code, 0);
    QTest::keyClick(m_window, Qt::Key_F5);
    QVERIFY(
        page->selectEnrollment(QStringLiteral("Microsoft Security Incentives"), QStringLiteral("4649101")));
    auto* table = page->findChild<QTableView*>(QStringLiteral("table"));
    QTRY_COMPARE(EnrollmentStatus(table->currentIndex().data(WorkspaceModel::StatusRole).toInt()),
                 EnrollmentStatus::Validating);
}

void TestMainWindow::modelsPassTheTester()
{
    signIn(kAvery);
    QAbstractItemModelTester workspace(m_window->workspacePage()->model(),
                                       QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester inbox(m_window->inboxPage()->model(),
                                   QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_window->workspacePage()->model()->sort(WorkspaceModel::StatusColumn, Qt::DescendingOrder);
    m_window->workspacePage()->reload();
    signIn(kBao);
    m_window->inboxPage()->reload();
    QVERIFY(m_window->inboxPage()->model()->rowCount() > 0);
}

void TestMainWindow::actionCenterCountAndHomeOrder()
{
    signIn(kBao);
    const auto openActions = [this] { return *m_session->enrollments().openActions(m_session->actor()); };
    auto* toolBar = m_window->findChild<QToolBar*>(QStringLiteral("toolBar"));
    QVERIFY(toolBar);
    QAction* inboxAction = m_window->findChild<QAction*>(QStringLiteral("actionInbox"));
    QVERIFY(inboxAction);
    QVERIFY2(toolBar->actions().contains(inboxAction), "the Action Center is on the toolbar");
    auto* button = qobject_cast<QToolButton*>(toolBar->widgetForAction(inboxAction));
    QVERIFY(button);
    const auto shown = [&] { return QStringLiteral("(%1)").arg(openActions()); };
    QVERIFY2(button->text().contains(shown()), qPrintable(button->text()));
    auto* home = m_window->homePage();
    auto* mandatoryBox = home->findChild<QWidget*>(QStringLiteral("mandatoryBox"));
    auto* mandatoryList = home->findChild<QListWidget*>(QStringLiteral("mandatoryList"));
    QVERIFY(mandatoryBox && mandatoryList);
    QVERIFY(mandatoryBox->isHidden()); // nothing mandatory yet
    const qint64 before = openActions();

    // Past Germany's tax-form reminders (30 and 7 days before 31 December), through the services:
    // the toolbar's count follows without a reload by hand.
    QVERIFY(PresenterTools(m_session->context())
                .advanceClock(*m_session->context().actor(QStringLiteral("avery.brooks@contoso.example")),
                              240 * 86400));
    QTRY_VERIFY(openActions() > before);
    QTRY_VERIFY2(button->text().contains(shown()), qPrintable(button->text()));
    auto* navigation = m_window->findChild<QListWidget*>(QStringLiteral("navigation"));
    QVERIFY(navigation->item(MainWindow::InboxPageIndex)->text().contains(shown()));

    // Home lists the open mandatory actions first, above the invitations, the earliest due first.
    m_window->showPage(MainWindow::HomePageIndex);
    QTRY_VERIFY(!mandatoryBox->isHidden());
    QVERIFY(mandatoryBox->y() < home->findChild<QWidget*>(QStringLiteral("invitationsBox"))->y());
    auto inbox = m_session->enrollments().inbox(m_session->actor());
    QVERIFY(inbox);
    QStringList expected;
    for (const InboxMessage& m : *inbox)
        if (m.open() && m.priority == QLatin1String("mandatory"))
            expected.append(m.subject);
    QCOMPARE(mandatoryList->count(), int(expected.size()));
    QVERIFY(expected.size() >= 2);
    for (int i = 0; i < mandatoryList->count(); ++i)
        QVERIFY2(mandatoryList->item(i)->text().startsWith(expected.at(i)),
                 qPrintable(mandatoryList->item(i)->text()));

    // In the Action Center the first rows are the mandatory ones; Dismiss is off for them and on for
    // a recommended one, whose dismissal lowers the count.
    m_window->showPage(MainWindow::InboxPageIndex);
    auto* page = m_window->inboxPage();
    auto* view = page->findChild<QTreeView*>(QStringLiteral("messagesView"));
    auto* dismiss = page->findChild<QPushButton*>(QStringLiteral("dismissButton"));
    QVERIFY(view && dismiss);
    QCOMPARE(page->model()->messageAt(0)->priority, QStringLiteral("mandatory"));
    view->setCurrentIndex(page->model()->index(0, 0));
    QVERIFY(!dismiss->isEnabled());
    int recommended = -1;
    for (int r = 0; r < page->model()->rowCount() && recommended < 0; ++r)
        if (page->model()->messageAt(r)->open() &&
            page->model()->messageAt(r)->priority == QLatin1String("recommended"))
            recommended = r;
    QVERIFY(recommended > 0);
    view->setCurrentIndex(page->model()->index(recommended, 0));
    QVERIFY(dismiss->isEnabled());
    const qint64 open = openActions();
    QTest::mouseClick(dismiss, Qt::LeftButton);
    QCOMPARE(openActions(), open - 1);
    QTRY_VERIFY2(button->text().contains(shown()), qPrintable(button->text()));

    // Open on a tax-form reminder goes to the location's tax profile.
    view->setCurrentIndex(page->model()->index(0, 0));
    QCOMPARE(page->model()->messageAt(0)->kind, QStringLiteral("tax-form-expiring"));
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("openButton")), Qt::LeftButton);
    QCOMPARE(m_window->currentPage()->objectName(), QStringLiteral("profilesPage"));
}

void TestMainWindow::aLargeInboxListsItsFirstMessagesAndCountsThemAll()
{
    signIn(kBao);
    // Years of renewal outcomes: 1,200 messages, a third of them mandatory.
    const Id bao = m_session->actor().userId;
    {
        Transaction tx(m_session->context().db());
        QVERIFY(tx.active());
        for (int i = 0; i < 1200; ++i) {
            InboxMessage m;
            m.userId = bao;
            m.sender = QStringLiteral("Microsoft (simulated)");
            m.subject = QStringLiteral("Outcome %1").arg(i);
            m.body = m.subject;
            m.kind = actions::kindCode(actions::Kind::RenewalOutcome);
            m.priority = actions::priorityCode(i % 3 == 0 ? actions::Priority::Mandatory
                                                          : actions::Priority::Recommended);
            m.receivedAt = m_session->context().clock().now().addSecs(-i);
            m.ref = QStringLiteral("outcome:%1").arg(i);
            QVERIFY(m_session->context().enrollments().insertMessage(m));
        }
        QVERIFY(tx.commit());
    }
    m_session->reloadNow();
    auto counts = m_session->enrollments().inboxCounts(m_session->actor());
    QVERIFY(counts && counts->total > 1200 && counts->mandatory >= 400);

    // The Action Center lists its first 500 and says so; the toolbar counts every open action.
    m_window->showPage(MainWindow::InboxPageIndex);
    auto* page = m_window->inboxPage();
    // (A view whose last row shows reads the next page at once: a small window may list 1,000.)
    QTRY_VERIFY(page->model()->rowCount() >= InboxModel::kPage);
    QVERIFY(page->model()->rowCount() < counts->total);
    QCOMPARE(page->model()->rowCount() % InboxModel::kPage, 0);
    QCOMPARE(page->model()->totalCount(), counts->total);
    auto* summary = page->findChild<QLabel*>(QStringLiteral("summaryLabel"));
    QVERIFY(summary);
    QVERIFY2(summary->text().contains(
                 QStringLiteral("The first %1 of %2")
                     .arg(QLocale().toString(page->model()->rowCount()), QLocale().toString(counts->total))),
             qPrintable(QStringLiteral("%1 listed: ").arg(page->model()->rowCount()) + summary->text()));
    // Going to the end of the list (End, as with the keyboard) reads the next messages, until every
    // one is listed, in the services' order, and the summary no longer speaks of the first ones.
    auto* view = page->findChild<QTreeView*>(QStringLiteral("messagesView"));
    QVERIFY(view);
    view->setFocus();
    for (int round = 0; round < 10 && page->model()->rowCount() < counts->total; ++round) {
        const int before = page->model()->rowCount();
        QTest::keyClick(view, Qt::Key_End);
        QTRY_VERIFY(page->model()->rowCount() > before);
        QVERIFY2(summary->text().contains(QLocale().toString(page->model()->rowCount())) ||
                     page->model()->rowCount() == counts->total,
                 qPrintable(summary->text()));
    }
    QCOMPARE(page->model()->rowCount(), counts->total);
    InboxQuery everything;
    everything.limit = 100000;
    auto all = m_session->enrollments().inbox(m_session->actor(), everything);
    QVERIFY(all);
    QCOMPARE(all->size(), counts->total);
    for (int r = 0; r < all->size(); ++r)
        QCOMPARE(page->model()->index(r, 0).data(InboxModel::MessageIdRole).toLongLong(), all->at(r).id);
    QVERIFY2(!summary->text().contains(QStringLiteral("The first")), qPrintable(summary->text()));
    auto* button = qobject_cast<QToolButton*>(
        m_window->findChild<QToolBar*>(QStringLiteral("toolBar"))
            ->widgetForAction(m_window->findChild<QAction*>(QStringLiteral("actionInbox"))));
    QVERIFY(button);
    QTRY_VERIFY2(button->text().contains(QStringLiteral("(%1)").arg(counts->open)),
                 qPrintable(button->text()));

    // Home lists the first open mandatory ones and counts them all in its title.
    m_window->showPage(MainWindow::HomePageIndex);
    auto* home = m_window->homePage();
    auto* mandatoryBox = home->findChild<QGroupBox*>(QStringLiteral("mandatoryBox"));
    auto* mandatoryList = home->findChild<QListWidget*>(QStringLiteral("mandatoryList"));
    QVERIFY(mandatoryBox && mandatoryList);
    QTRY_COMPARE(mandatoryList->count(), 50);
    QVERIFY2(mandatoryBox->title().contains(QLocale().toString(counts->mandatory)),
             qPrintable(mandatoryBox->title()));
}

void TestMainWindow::renewalForecastPage()
{
    signIn(kBao);
    m_window->showPage(MainWindow::RenewalPageIndex);
    QCOMPARE(m_window->currentPage(), static_cast<QWidget*>(m_window->renewalPage()));
    auto* table = m_window->renewalPage()->findChild<QTableWidget*>(QStringLiteral("forecastTable"));
    QVERIFY(table);
    auto forecast = Simulation(m_session->context()).renewalForecast(m_session->actor());
    QVERIFY(forecast);
    QVERIFY(!forecast->isEmpty());
    QCOMPARE(table->rowCount(), int(forecast->size()));
    for (int r = 0; r < table->rowCount(); ++r) {
        const RenewalForecast& f = forecast->at(r);
        QCOMPARE(table->item(r, 0)->text(), f.enrollment.programName);
        QVERIFY(table->item(r, 1)->text().contains(f.enrollment.partnerId));
        QCOMPARE(table->item(r, 2)->text() == QLatin1String("Yes"), f.outcome.renewed());
        if (!f.outcome.renewed())
            QCOMPARE(table->item(r, 4)->text(), f.remedy);
    }
    QVERIFY(!table->accessibleName().isEmpty());
}

void TestMainWindow::viewActionsFollowTheTabs()
{
    // The toolbar's By program / By location show which of the workspace's tabs is open: the
    // all-rows tab checks neither, and each action opens its tab.
    signIn(kBao);
    auto* byProgram = m_window->findChild<QAction*>(QStringLiteral("actionByProgram"));
    auto* byLocation = m_window->findChild<QAction*>(QStringLiteral("actionByLocation"));
    QVERIFY(byProgram && byLocation);
    byLocation->trigger();
    QCOMPARE(m_window->workspacePage()->view(), WorkspacePage::View::ByLocation);
    QVERIFY(byLocation->isChecked() && !byProgram->isChecked());
    m_window->workspacePage()->setView(WorkspacePage::View::All);
    QVERIFY(!byLocation->isChecked() && !byProgram->isChecked());
    byProgram->trigger();
    QCOMPARE(m_window->workspacePage()->view(), WorkspacePage::View::ByProgram);
    QVERIFY(byProgram->isChecked() && !byLocation->isChecked());
}

void TestMainWindow::screenshots()
{
    if (qEnvironmentVariableIsEmpty("INCENTIVES_SCREENSHOTS"))
        QSKIP("set INCENTIVES_SCREENSHOTS=DIR to save screenshots");
    signIn(kBao);
    saveShot(m_window, QStringLiteral("home"));
    m_window->showPage(MainWindow::WorkspacePageIndex);
    QTest::qWait(100); // the columns fit the rows in sight 40 ms after they arrive
    saveShot(m_window, QStringLiteral("workspace"));
    m_window->showPage(MainWindow::InboxPageIndex);
    saveShot(m_window, QStringLiteral("inbox"));
    m_window->showPage(MainWindow::RenewalPageIndex);
    saveShot(m_window, QStringLiteral("renewal-forecast"));
    signIn(kAvery);
    m_window->showPage(MainWindow::WorkspacePageIndex);
    m_window->workspacePage()
        ->findChild<QLineEdit*>(QStringLiteral("searchEdit"))
        ->setText(QStringLiteral("no such thing"));
    QTest::keyClick(m_window->workspacePage()->findChild<QLineEdit*>(QStringLiteral("searchEdit")),
                    Qt::Key_Return);
    saveShot(m_window, QStringLiteral("workspace-empty"));
    signIn(kGabriel);
    saveShot(m_window, QStringLiteral("no-access"));
    signIn(kAvery);
    m_window->showPage(MainWindow::UsersPageIndex);
    saveShot(m_window, QStringLiteral("users"));
    m_window->showPage(MainWindow::AuditPageIndex);
    saveShot(m_window, QStringLiteral("audit"));
    m_window->showPage(MainWindow::ProgramsPageIndex);
    saveShot(m_window, QStringLiteral("programs"));
    signIn(kCharlotte);
    m_window->showPage(MainWindow::ProfilesPageIndex);
    saveShot(m_window, QStringLiteral("profiles"));
    m_window->showPage(MainWindow::MyAccessPageIndex);
    saveShot(m_window, QStringLiteral("my-access"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
