// The presenter's tools clicked through: two guided scenarios run to the end, snapshots, reset,
// and their absence outside demo databases.
#include "gui/AppSettings.h"
#include "gui/FileDialogs.h"
#include "gui/InboxModel.h"
#include "gui/InboxPage.h"
#include "gui/LocationPicker.h"
#include "gui/MessageBoxes.h"
#include "gui/PresenterPage.h"
#include "gui/ScenariosPanel.h"
#include "gui/WorkspaceModel.h"
#include "gui/WorkspacePage.h"
#include "services/Simulation.h"
#include "services/demo/DemoFiles.h"
#include "services/demo/PresenterTools.h"
#include "services/demo/Scenarios.h"
#include "store/Files.h"

#include "GuiTestSupport.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTreeView>

using namespace incentives;
using namespace incentives::gui;
using namespace incentives::gui::testing;

class TestPresenter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup() { m_demo.close(); }

    void enrollFromEmailScenario();
    void fiscalYearRolloverScenario();
    void scenarioFilesOpenedAndSaved();
    void rejectFromThePresenterPanel();
    void pendingSearchAndLocationPicker();
    void snapshotSaveAndLoad();
    void absentOutsideDemoDatabases();

private:
    QPushButton* button(QWidget* parent, const char* name)
    {
        return parent->findChild<QPushButton*>(QString::fromLatin1(name));
    }
    EnrollmentStatus status(const QString& program, const QString& partnerId);

    QTemporaryDir m_dir;
    DemoWindow m_demo;
};

void TestPresenter::init()
{
    QVERIFY(m_demo.create(
        m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".db"))));
}

EnrollmentStatus TestPresenter::status(const QString& program, const QString& partnerId)
{
    AppContext& ctx = m_demo.context();
    auto e = ctx.enrollments().find(ctx.programs().programByName(program)->id,
                                    ctx.directory().locationByPartnerId(partnerId)->id);
    return (*e)->status;
}

void TestPresenter::enrollFromEmailScenario()
{
    // The demo's presenter starts the scenario from the initial state, then plays Bao.
    QVERIFY(m_demo.signIn(kAvery));
    MainWindow* window = m_demo.window.get();
    window->findChild<QAction*>(QStringLiteral("actionScenarios"))->trigger();
    QVERIFY(window->findChild<QDockWidget*>(QStringLiteral("scenariosDock"))->isVisible());
    ScenariosPanel* panel = window->scenariosPanel();
    panel->selectScenario(QStringLiteral("enroll-from-email"));
    QVERIFY(button(panel, "startButton")->isEnabled());
    MessageBoxes::answerNext(QMessageBox::Yes);
    QTest::mouseClick(button(panel, "startButton"), Qt::LeftButton);
    QVERIFY(m_demo.session->signedIn());
    QTRY_COMPARE(panel->progress(), (QList<bool>{false, false, false}));
    QVERIFY(m_demo.signIn(kBao));
    // Bao is no presenter: he can follow the scenario but not restart it.
    QVERIFY(!button(panel, "startButton")->isEnabled());

    // 1. The invitation email, read in the inbox.
    window->showPage(MainWindow::InboxPageIndex);
    InboxPage* inbox = window->inboxPage();
    auto* messages = inbox->findChild<QTreeView*>(QStringLiteral("messagesView"));
    int row = -1;
    for (int r = 0; r < inbox->model()->rowCount(); ++r)
        if (inbox->model()->messageAt(r)->programName == QLatin1String("Microsoft Security Incentives"))
            row = r;
    QVERIFY(row >= 0);
    messages->setCurrentIndex(inbox->model()->index(row, 0));
    QTRY_COMPARE(panel->progress(), (QList<bool>{true, false, false}));

    // 2. Get Started, accept the terms, Submit.
    bool submitted = false;
    onNextModal(
        this,
        [](QWidget* dialog) {
            dialog->findChild<QCheckBox*>(QStringLiteral("termsCheck"))->setChecked(true);
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("submitButton")),
                              Qt::LeftButton);
        },
        &submitted);
    QTest::mouseClick(button(inbox, "openButton"), Qt::LeftButton);
    QVERIFY(submitted);
    QTRY_COMPARE(panel->progress(), (QList<bool>{true, true, false}));

    // 3. The presenter moves the clock on; Microsoft validates.
    QVERIFY(m_demo.signIn(kAvery));
    window->showPage(MainWindow::PresenterPageIndex);
    QTest::mouseClick(button(window->presenterPage(), "advance48Button"), Qt::LeftButton);
    QTRY_COMPARE(panel->progress(), (QList<bool>{true, true, true}));
    QVERIFY(
        panel->findChild<QLabel*>(QStringLiteral("progressLabel"))->text().contains(QStringLiteral("All 3")));
    saveShot(window, QStringLiteral("scenario-done"));
}

void TestPresenter::fiscalYearRolloverScenario()
{
    QVERIFY(m_demo.signIn(kAvery));
    MainWindow* window = m_demo.window.get();
    window->findChild<QAction*>(QStringLiteral("actionScenarios"))->trigger();
    ScenariosPanel* panel = window->scenariosPanel();
    panel->selectScenario(QStringLiteral("fy-rollover"));
    QTRY_COMPARE(panel->progress(), (QList<bool>{false, false, false}));
    window->showPage(MainWindow::PresenterPageIndex);
    saveShot(window, QStringLiteral("presenter"));
    QTest::mouseClick(button(window->presenterPage(), "fiscalYearEndButton"), Qt::LeftButton);
    QTRY_COMPARE(panel->progress(), (QList<bool>{true, true, true}));
    QCOMPARE(status(QStringLiteral("Microsoft Commerce Incentives"), QStringLiteral("4649101")),
             EnrollmentStatus::Enrolled);
    QCOMPARE(status(QStringLiteral("Microsoft Commerce Incentives"), QStringLiteral("4649106")),
             EnrollmentStatus::Inactive);
    // The new fiscal year shows in the workspace.
    WorkspacePage* page = window->workspacePage();
    QVERIFY(
        page->selectEnrollment(QStringLiteral("Microsoft Commerce Incentives"), QStringLiteral("4649101")));
    auto* table = page->findChild<QTableView*>(QStringLiteral("table"));
    QCOMPARE(table->model()
                 ->index(table->currentIndex().row(), WorkspaceModel::FiscalYearColumn)
                 .data()
                 .toString(),
             QStringLiteral("FY28"));
}

void TestPresenter::scenarioFilesOpenedAndSaved()
{
    QVERIFY(m_demo.signIn(kAvery));
    MainWindow* window = m_demo.window.get();
    window->findChild<QAction*>(QStringLiteral("actionScenarios"))->trigger();
    ScenariosPanel* panel = window->scenariosPanel();
    auto* combo = panel->findChild<QComboBox*>(QStringLiteral("scenarioCombo"));
    auto* notes = panel->findChild<QLabel*>(QStringLiteral("notesLabel"));
    const int builtIns = combo->count();
    panel->selectScenario(QStringLiteral("rejected-bank"));
    // The presenter's notes of the next step to do show in the panel.
    const auto* builtIn = scenarios::find(QStringLiteral("rejected-bank"));
    QTRY_COMPARE(notes->text(), QStringLiteral("Step 1: ") + builtIn->steps.at(0).notes);
    // Chapter headings stand above their steps.
    auto* steps = panel->findChild<QListWidget*>(QStringLiteral("stepsList"));
    QCOMPARE(steps->count(), 5);
    QCOMPARE(steps->item(0)->text(), builtIn->chapters.at(0));
    QCOMPARE(steps->item(3)->text(), builtIn->chapters.at(1));
    // Selecting a step shows its notes.
    steps->setCurrentRow(4);
    QCOMPARE(notes->text(), QStringLiteral("Step 3: ") + builtIn->steps.at(2).notes);

    // Save a copy of the built-in: its file, as shipped.
    const QString copy = m_dir.filePath(QStringLiteral("our-bank-story.json"));
    FileDialogs::answerNext(copy);
    MessageBoxes::answerNext(QMessageBox::Ok);
    QTest::mouseClick(button(panel, "saveCopyButton"), Qt::LeftButton);
    QFile file(copy);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray text = file.readAll();
    file.close();
    QCOMPARE(text, builtIn->source);

    // Edited and opened: listed with the built-ins and followed like them.
    text.replace("\"title\": \"A rejected bank profile and its fix\"", "\"title\": \"Our bank story\"");
    QVERIFY(files::writeFile(copy, text));
    FileDialogs::answerNext(copy);
    QTest::mouseClick(button(panel, "openScenarioButton"), Qt::LeftButton);
    QCOMPARE(combo->count(), builtIns + 1);
    QVERIFY2(combo->currentText().startsWith(QStringLiteral("Our bank story")),
             qPrintable(combo->currentText()));
    QCOMPARE(panel->currentScenario()->fileName, copy);
    QTRY_COMPARE(panel->progress(), (QList<bool>{false, false, false}));
    saveShot(window, QStringLiteral("scenario-file"));
    // Remembered: the next panel lists it too.
    QCOMPARE(settings::openedScenarios(), QStringList{copy});
    {
        ScenariosPanel again(*m_demo.session);
        QCOMPARE(again.findChild<QComboBox*>(QStringLiteral("scenarioCombo"))->count(), builtIns + 1);
    }

    // A file with mistakes is refused with the list of them, and lists nothing.
    const QString bad = m_dir.filePath(QStringLiteral("bad.json"));
    QVERIFY(files::writeFile(bad, QByteArray(text).replace("\"enrolled\"", "\"enroled\"")));
    FileDialogs::answerNext(bad);
    MessageBoxes::answerNext(QMessageBox::Ok);
    QTest::mouseClick(button(panel, "openScenarioButton"), Qt::LeftButton);
    QVERIFY2(MessageBoxes::lastText().contains(QStringLiteral("bad.json:")) &&
                 MessageBoxes::lastText().contains(QStringLiteral("unknown status 'enroled'")),
             qPrintable(MessageBoxes::lastText()));
    QCOMPARE(combo->count(), builtIns + 1);
    // So is one that is not text at all.
    QVERIFY(files::writeFile(bad, QByteArray(5000, '\xff')));
    FileDialogs::answerNext(bad);
    MessageBoxes::answerNext(QMessageBox::Ok);
    QTest::mouseClick(button(panel, "openScenarioButton"), Qt::LeftButton);
    QVERIFY2(MessageBoxes::lastText().contains(QStringLiteral("bad.json:1:1: ")),
             qPrintable(MessageBoxes::lastText()));
    QCOMPARE(combo->count(), builtIns + 1);
    settings::setOpenedScenarios({});
}

void TestPresenter::rejectFromThePresenterPanel()
{
    QVERIFY(m_demo.signIn(kAvery));
    MainWindow* window = m_demo.window.get();
    window->showPage(MainWindow::PresenterPageIndex);
    PresenterPage* presenter = window->presenterPage();
    auto* pending = presenter->findChild<QListWidget*>(QStringLiteral("pendingList"));
    QCOMPARE(pending->count(), 1); // CSP Indirect at 4649103
    // A rejection needs its reason.
    QTest::mouseClick(button(presenter, "rejectButton"), Qt::LeftButton);
    QVERIFY(presenter->lastMessage().contains(QStringLiteral("reason")));
    QCOMPARE(status(QStringLiteral("CSP Indirect Reseller Incentives"), QStringLiteral("4649103")),
             EnrollmentStatus::Validating);
    QTest::keyClicks(presenter->findChild<QLineEdit*>(QStringLiteral("reasonEdit")),
                     QStringLiteral("Bank letter unreadable"));
    QTest::mouseClick(button(presenter, "rejectButton"), Qt::LeftButton);
    QCOMPARE(status(QStringLiteral("CSP Indirect Reseller Incentives"), QStringLiteral("4649103")),
             EnrollmentStatus::Enrolling);
    QTRY_COMPARE(pending->count(), 0);
}

void TestPresenter::pendingSearchAndLocationPicker()
{
    QVERIFY(m_demo.signIn(kAvery));
    MainWindow* window = m_demo.window.get();
    window->showPage(MainWindow::PresenterPageIndex);
    PresenterPage* presenter = window->presenterPage();
    auto* pending = presenter->findChild<QListWidget*>(QStringLiteral("pendingList"));
    auto* search = presenter->findChild<QLineEdit*>(QStringLiteral("pendingSearchEdit"));
    QCOMPARE(pending->count(), 1); // CSP Indirect at 4649103
    // The search narrows the list in the database.
    QTest::keyClicks(search, QStringLiteral("4649105"));
    QTRY_COMPARE(pending->count(), 0);
    QVERIFY(!button(presenter, "approveButton")->isEnabled());
    search->clear();
    QTest::keyClicks(search, QStringLiteral("deutschland"));
    QTRY_COMPARE(pending->count(), 1);
    QVERIFY(pending->item(0)->text().contains(QStringLiteral("4649103")));

    // The location is found by typing part of its name and chosen with the keyboard; its
    // attributes show.
    auto* picker = presenter->findChild<LocationPicker*>(QStringLiteral("locationPicker"));
    QVERIFY(!picker->accessibleName().isEmpty());
    QVERIFY(!picker->partnerId().isEmpty()); // the first location, at first
    picker->setFocus();
    picker->selectAll();
    QTest::keyClicks(picker, QStringLiteral("japan"));
    QAbstractItemView* matches = picker->completer()->popup();
    QTRY_VERIFY(matches->isVisible());
    QCOMPARE(matches->model()->rowCount(), 1);
    QTest::keyClick(matches, Qt::Key_Down);
    QTest::keyClick(matches, Qt::Key_Return);
    QCOMPARE(picker->partnerId(), QStringLiteral("4649105"));
    const Location japan = *m_demo.context().directory().locationByPartnerId(QStringLiteral("4649105"));
    QCOMPARE(presenter->findChild<QSpinBox*>(QStringLiteral("customersSpin"))->value(),
             japan.attributes.customerAdds);
    QCOMPARE(presenter->findChild<QCheckBox*>(QStringLiteral("agreementCheck"))->isChecked(),
             japan.attributes.agreementActive);
}

void TestPresenter::snapshotSaveAndLoad()
{
    QVERIFY(m_demo.signIn(kAvery));
    MainWindow* window = m_demo.window.get();
    window->showPage(MainWindow::PresenterPageIndex);
    PresenterPage* presenter = window->presenterPage();
    QTest::keyClicks(presenter->findChild<QLineEdit*>(QStringLiteral("snapshotNameEdit")),
                     QStringLiteral("before rollover"));
    QTest::mouseClick(button(presenter, "saveSnapshotButton"), Qt::LeftButton);
    QVERIFY2(presenter->lastMessage().contains(QStringLiteral("Saved")),
             qPrintable(presenter->lastMessage()));
    QTest::mouseClick(button(presenter, "fiscalYearEndButton"), Qt::LeftButton);
    QCOMPARE(status(QStringLiteral("Microsoft Commerce Incentives"), QStringLiteral("4649106")),
             EnrollmentStatus::Inactive);
    auto* snapshots = presenter->findChild<QComboBox*>(QStringLiteral("snapshotCombo"));
    QTRY_COMPARE(snapshots->currentText(), QStringLiteral("before rollover"));
    MessageBoxes::answerNext(QMessageBox::Yes);
    QTest::mouseClick(button(presenter, "loadSnapshotButton"), Qt::LeftButton);
    QVERIFY2(presenter->lastMessage().contains(QStringLiteral("Loaded")),
             qPrintable(presenter->lastMessage()));
    QVERIFY(m_demo.session->signedIn());
    QCOMPARE(status(QStringLiteral("Microsoft Commerce Incentives"), QStringLiteral("4649106")),
             EnrollmentStatus::Enrolled);
    // And the reset goes back to the shipped demo.
    QVERIFY(PresenterTools(m_demo.context()).advanceClock(m_demo.session->actor(), 3600));
    MessageBoxes::answerNext(QMessageBox::Yes);
    QTest::mouseClick(button(presenter, "resetDemoButton"), Qt::LeftButton);
    QCOMPARE(m_demo.context().clock().now(), seed::demoStart());
}

void TestPresenter::absentOutsideDemoDatabases()
{
    const QString path = m_dir.filePath(QStringLiteral("real.db"));
    QFile::remove(path);
    QString temporary;
    {
        auto ctx = AppContext::open(path, Database::OpenMode::CreateIfMissing);
        QVERIFY(ctx);
        auto made = seed::empty(
            **ctx, {QStringLiteral("Fabrikam"), {}, {}, {}, QStringLiteral("root@fabrikam.example"), {}});
        QVERIFY(made);
        temporary = *made;
    }
    m_demo.close();
    auto ctx = AppContext::open(path, Database::OpenMode::MustExist);
    QVERIFY(ctx);
    Session session(std::move(ctx).value());
    MainWindow window(session);
    window.show();
    QVERIFY(session.signIn(QStringLiteral("root@fabrikam.example"), temporary));
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    QVERIFY(navigation->item(MainWindow::PresenterPageIndex)->isHidden());
    QVERIFY(!window.findChild<QAction*>(QStringLiteral("actionScenarios"))->isVisible());
    window.showPage(MainWindow::PresenterPageIndex);
    QVERIFY(window.currentPage() != window.presenterPage());
    // The services refuse the demo tools here whatever the GUI shows.
    PresenterTools simulation(session.context());
    QCOMPARE(simulation.advanceClock(session.actor(), 3600).error().kind, ErrorKind::Denied);
    QCOMPARE(simulation.setLocationAttributes(session.actor(), QStringLiteral("1234567"), {}).error().kind,
             ErrorKind::Denied);
    QCOMPARE(demofiles::saveSnapshot(session.context(), session.actor(), QStringLiteral("x")).error().kind,
             ErrorKind::Denied);
    QVERIFY(
        !window.findChild<QLabel*>(QStringLiteral("clockLabel"))->text().contains(QStringLiteral("DEMO")));
}

QTEST_MAIN(TestPresenter)
#include "tst_presenter.moc"
