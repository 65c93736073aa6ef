// The spotlight of a running guided scenario: it finds the next step's control by objectName,
// outlines it where it is, moves on as steps are done, points at the way to a page or tab not
// shown, finds controls in an open dialog, shows its callout alone when the control is nowhere,
// lets clicks through, reads on every palette and is announced to screen readers.
#include "gui/AppSettings.h"
#include "gui/InboxPage.h"
#include "gui/MessageBoxes.h"
#include "gui/ScenariosPanel.h"
#include "gui/Spotlight.h"
#include "gui/StatusStyle.h"
#include "services/EnrollmentService.h"
#include "services/demo/Scenarios.h"

#include "GuiTestSupport.h"

#include <QAccessible>
#include <QAction>
#include <QDialog>
#include <QDockWidget>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyleFactory>
#include <QTabBar>
#include <QTreeView>
#include <QVBoxLayout>

using namespace incentives;
using namespace incentives::gui;
using namespace incentives::gui::testing;

namespace {

QRect geometryIn(QWidget* widget, QWidget* window)
{
    return QRect(widget->mapTo(window, QPoint(0, 0)), widget->size());
}

// Black at alpha over color, as the overlay paints it.
QColor under(const QColor& color, double alpha)
{
    return QColor::fromRgbF(float(color.redF() * (1 - alpha)), float(color.greenF() * (1 - alpha)),
                            float(color.blueF() * (1 - alpha)));
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
    p.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Highlight, QColor(0x1d, 0x4e, 0x89)); // too dark to show on the window as is
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x3c, 0x3c));
    p.setColor(QPalette::ToolTipText, QColor(0x70, 0x70, 0x70)); // too faint on its base as is
    return p;
}

QPalette fusionPalette()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    return fusion->standardPalette();
}

QPalette highContrastPalette()
{
    QPalette p(Qt::white, Qt::black);
    p.setColor(QPalette::Base, Qt::black);
    p.setColor(QPalette::Text, Qt::white);
    p.setColor(QPalette::WindowText, Qt::white);
    p.setColor(QPalette::ButtonText, Qt::white);
    p.setColor(QPalette::Button, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x1a, 0xeb, 0xff));
    p.setColor(QPalette::ToolTipBase, Qt::black);
    p.setColor(QPalette::ToolTipText, Qt::yellow);
    return p;
}

} // namespace

class TestSpotlight : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void followsTheRunningScenario();
    void pointsTheWayToPagesAndTabs();
    void findsControlsInAnOpenDialog();
    void missingControlGetsTheCalloutAlone();
    void readableOnEveryPalette();

private:
    ScenariosPanel* startScenario(const QString& id);
    QTemporaryDir m_dir;
    DemoWindow m_demo;
    QPalette m_palette;
};

void TestSpotlight::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_palette = QApplication::palette();
}

void TestSpotlight::init()
{
    QSettings().clear();
    QVERIFY(m_demo.create(
        m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".db"))));
}

void TestSpotlight::cleanup()
{
    m_demo.close();
    QApplication::setPalette(m_palette);
}

ScenariosPanel* TestSpotlight::startScenario(const QString& id)
{
    if (!m_demo.signIn(kAvery))
        return nullptr;
    MainWindow* window = m_demo.window.get();
    window->findChild<QAction*>(QStringLiteral("actionScenarios"))->trigger();
    ScenariosPanel* panel = window->scenariosPanel();
    panel->selectScenario(id);
    MessageBoxes::answerNext(QMessageBox::Yes);
    QTest::mouseClick(panel->findChild<QPushButton*>(QStringLiteral("startButton")), Qt::LeftButton);
    return panel->isRunning() ? panel : nullptr;
}

void TestSpotlight::followsTheRunningScenario()
{
    ScenariosPanel* panel = startScenario(QStringLiteral("enroll-from-email"));
    QVERIFY(panel);
    MainWindow* window = m_demo.window.get();
    Spotlight* spotlight = panel->spotlight();
    const scenarios::Scenario* scenario = scenarios::find(QStringLiteral("enroll-from-email"));
    QVERIFY(scenario);
    QAction* action = window->findChild<QAction*>(QStringLiteral("actionSpotlight"));
    QVERIFY(action);
    QVERIFY(action->isChecked()); // on by default
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    // In the View menu too.
    QVERIFY(window->findChild<QMenu*>(QStringLiteral("menuView"))->actions().contains(action));

    // Bao reads the invitation in the Action Center.
    QVERIFY(m_demo.signIn(kBao));
    window->showPage(MainWindow::InboxPageIndex);
    auto* messages = window->inboxPage()->findChild<QTreeView*>(QStringLiteral("messagesView"));
    QVERIFY(messages);
    QTRY_VERIFY(spotlight->isActive());
    QTRY_COMPARE(spotlight->outlined(), static_cast<QWidget*>(messages));
    QCOMPARE(spotlight->host(), static_cast<QWidget*>(window));
    QCOMPARE(spotlight->outlineRect(), geometryIn(messages, window));
    QVERIFY(spotlight->overlay()->isVisible());
    QCOMPARE(spotlight->overlay()->geometry(), window->rect());
    // The panel with the steps is not dimmed.
    QCOMPARE(spotlight->overlay()->clearRect(), geometryIn(panel, window));
    // The callout says the step, beside the control and inside the window.
    SpotlightCallout* callout = spotlight->callout();
    QVERIFY(callout && callout->isVisible());
    QCOMPARE(callout->text(), scenario->steps.at(0).text);
    QVERIFY(window->rect().contains(callout->geometry()));
    QVERIFY(!callout->geometry().intersects(spotlight->outlineRect()));
    // ... and is an alert named after the step for screen readers.
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(callout);
    QVERIFY(iface);
    QCOMPARE(iface->role(), QAccessible::AlertMessage);
    QCOMPARE(iface->text(QAccessible::Name), scenario->steps.at(0).text);
    saveShot(window, QStringLiteral("spotlight-step1"));

    // Clicks go through the dim layer to the window: the control is what is under the mouse.
    const QPoint centre = spotlight->outlineRect().center();
    QWidget* hit = window->childAt(centre);
    QVERIFY(hit);
    QVERIFY(hit == messages || messages->isAncestorOf(hit));
    const QPoint elsewhere(window->width() / 2, window->height() - 10);
    QWidget* other = window->childAt(elsewhere);
    QVERIFY(!other || (other != spotlight->overlay() && !spotlight->overlay()->isAncestorOf(other)));

    // It follows the control when the window changes size.
    window->resize(1024, 700);
    QTRY_COMPARE(spotlight->outlineRect(), geometryIn(messages, window));
    QCOMPARE(spotlight->overlay()->geometry(), window->rect());
    QVERIFY(window->rect().contains(callout->geometry()));

    // The step is done through the services: the spotlight moves on to Get Started.
    {
        EnrollmentService service(m_demo.context());
        auto inbox = service.inbox(m_demo.session->actor());
        QVERIFY(inbox);
        Id invitation = 0;
        for (const InboxMessage& m : *inbox)
            if (m.programName == QLatin1String("Microsoft Security Incentives"))
                invitation = m.id;
        QVERIFY(invitation > 0);
        QVERIFY(service.markRead(m_demo.session->actor(), invitation));
    }
    panel->reload();
    QCOMPARE(panel->currentStep(), 1);
    auto* getStarted = window->inboxPage()->findChild<QPushButton*>(QStringLiteral("openButton"));
    QCOMPARE(spotlight->targetName(), QStringLiteral("openButton"));
    QCOMPARE(spotlight->text(), scenario->steps.at(1).text);
    QTRY_COMPARE(spotlight->outlined(), static_cast<QWidget*>(getStarted));
    QCOMPARE(spotlight->outlineRect(), geometryIn(getStarted, window));
    QCOMPARE(spotlight->callout()->text(), scenario->steps.at(1).text);
    QCOMPARE(QAccessible::queryAccessibleInterface(spotlight->callout())->text(QAccessible::Name),
             scenario->steps.at(1).text);

    // The action turns it off and on, and is remembered.
    action->trigger();
    QVERIFY(!action->isChecked());
    QVERIFY(!spotlight->isActive());
    QVERIFY(!spotlight->overlay()->isVisible());
    QVERIFY(!settings::spotlight());
    action->trigger();
    QVERIFY(spotlight->isActive());
    QVERIFY(spotlight->overlay()->isVisible());
    QVERIFY(settings::spotlight());
    QTRY_COMPARE(spotlight->outlined(), static_cast<QWidget*>(getStarted));

    // Closing the panel hides it; opening it again brings it back; Stop ends it.
    window->findChild<QAction*>(QStringLiteral("actionScenarios"))->trigger();
    QVERIFY(!window->findChild<QDockWidget*>(QStringLiteral("scenariosDock"))->isVisible());
    QVERIFY(!spotlight->isActive());
    window->findChild<QAction*>(QStringLiteral("actionScenarios"))->trigger();
    QTRY_VERIFY(spotlight->isActive());
    QTest::mouseClick(panel->findChild<QPushButton*>(QStringLiteral("stopButton")), Qt::LeftButton);
    QVERIFY(!panel->isRunning());
    QVERIFY(!spotlight->isActive());
    QVERIFY(!spotlight->overlay()->isVisible());
}

void TestSpotlight::pointsTheWayToPagesAndTabs()
{
    ScenariosPanel* panel = startScenario(QStringLiteral("assign-admin"));
    QVERIFY(panel);
    MainWindow* window = m_demo.window.get();
    Spotlight* spotlight = panel->spotlight();
    QCOMPARE(spotlight->targetName(), QStringLiteral("assignRoleButton"));
    // The Users page is not shown: the navigation entry that opens it is outlined.
    window->showPage(MainWindow::HomePageIndex);
    auto* navigation = window->findChild<QListWidget*>(QStringLiteral("navigation"));
    QListWidgetItem* users = navigation->item(MainWindow::UsersPageIndex);
    QTRY_COMPARE(spotlight->outlined(), static_cast<QWidget*>(navigation));
    QCOMPARE(spotlight->outlineRect(),
             QRect(navigation->viewport()->mapTo(window, navigation->visualItemRect(users).topLeft()),
                   navigation->visualItemRect(users).size()));
    QVERIFY(spotlight->callout()->hint().contains(users->text()));
    QVERIFY(QAccessible::queryAccessibleInterface(spotlight->callout())
                ->text(QAccessible::Description)
                .contains(users->text()));

    // On the Users page, the button is on the Locations tab: the tab is outlined.
    window->showPage(MainWindow::UsersPageIndex);
    auto* tabs = window->findChild<QTabWidget*>(QStringLiteral("tabs"));
    QVERIFY(tabs);
    auto* button = window->findChild<QPushButton*>(QStringLiteral("assignRoleButton"));
    const int tab = tabs->indexOf(tabs->widget(0)->isAncestorOf(button) ? tabs->widget(0) : tabs->widget(1));
    tabs->setCurrentIndex(tab == 0 ? 1 : 0);
    QTRY_COMPARE(spotlight->outlined(), static_cast<QWidget*>(tabs->tabBar()));
    const QRect tabRect = tabs->tabBar()->tabRect(tab);
    QCOMPARE(spotlight->outlineRect(),
             QRect(tabs->tabBar()->mapTo(window, tabRect.topLeft()), tabRect.size()));
    QVERIFY(spotlight->callout()->hint().contains(tabs->tabText(tab).remove(QLatin1Char('&'))));

    // Once the tab shows, the button itself.
    tabs->setCurrentIndex(tab);
    QTRY_COMPARE(spotlight->outlined(), static_cast<QWidget*>(button));
    QCOMPARE(spotlight->outlineRect(), geometryIn(button, window));
    QVERIFY(spotlight->callout()->hint().isEmpty());
    saveShot(window, QStringLiteral("spotlight-users"));
}

void TestSpotlight::findsControlsInAnOpenDialog()
{
    QVERIFY(m_demo.signIn(kAvery));
    MainWindow* window = m_demo.window.get();
    // A control of the same name in the main window, and one in the dialog over it: the dialog's
    // is the one that can be reached.
    auto* behind = new QPushButton(QStringLiteral("Behind"), window->statusBar());
    behind->setObjectName(QStringLiteral("okButton"));
    window->statusBar()->addWidget(behind);
    behind->show();
    Spotlight spotlight(window);
    auto* dialog = new QDialog(window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(new QLabel(QStringLiteral("A question"), dialog));
    auto* ok = new QPushButton(QStringLiteral("OK"), dialog);
    ok->setObjectName(QStringLiteral("okButton"));
    layout->addWidget(ok);
    dialog->setModal(true);
    dialog->resize(360, 200);
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTRY_COMPARE(QApplication::activeModalWidget(), static_cast<QWidget*>(dialog));

    spotlight.point(QStringLiteral("okButton"), QStringLiteral("Press OK"));
    QCOMPARE(spotlight.host(), static_cast<QWidget*>(dialog));
    QCOMPARE(spotlight.outlined(), static_cast<QWidget*>(ok));
    QCOMPARE(spotlight.outlineRect(), geometryIn(ok, dialog));
    QCOMPARE(spotlight.callout()->text(), QStringLiteral("Press OK"));
    QVERIFY(dialog->rect().contains(spotlight.callout()->geometry()));
    QVERIFY(dialog->childAt(spotlight.outlineRect().center()) == ok);

    // The dialog closes (and is deleted with the overlay in it): back to the window's control.
    dialog->close();
    QTRY_COMPARE(spotlight.host(), static_cast<QWidget*>(window));
    QTRY_COMPARE(spotlight.outlined(), static_cast<QWidget*>(behind));
    QCOMPARE(spotlight.outlineRect(), geometryIn(behind, window));
    QCOMPARE(spotlight.callout()->text(), QStringLiteral("Press OK"));
}

void TestSpotlight::missingControlGetsTheCalloutAlone()
{
    QVERIFY(m_demo.signIn(kAvery));
    MainWindow* window = m_demo.window.get();
    Spotlight spotlight(window);
    spotlight.point(QStringLiteral("noSuchControl"), QStringLiteral("Something to do"));
    QVERIFY(spotlight.isActive());
    QCOMPARE(spotlight.host(), static_cast<QWidget*>(window));
    QVERIFY(!spotlight.outlined());
    QVERIFY(!spotlight.outlineRect().isValid());
    QVERIFY(!spotlight.overlay()->hole().isValid());
    QVERIFY(spotlight.callout()->isVisible());
    QCOMPARE(spotlight.callout()->text(), QStringLiteral("Something to do"));
    QVERIFY(window->rect().contains(spotlight.callout()->geometry()));
    // No target at all, and an empty text: still no crash.
    spotlight.point(QString(), QString());
    QVERIFY(!spotlight.outlined());
    QVERIFY(spotlight.callout()->text().isEmpty());
    spotlight.clear();
    QVERIFY(!spotlight.overlay()->isVisible());
    // A step of a built-in scenario whose control is only in a dialog that is not open.
    spotlight.point(QStringLiteral("termsCheck"), QStringLiteral("Accept the terms"));
    QVERIFY(!spotlight.outlined());
    QCOMPARE(spotlight.callout()->text(), QStringLiteral("Accept the terms"));
}

void TestSpotlight::readableOnEveryPalette()
{
    ScenariosPanel* panel = startScenario(QStringLiteral("rejected-bank"));
    QVERIFY(panel);
    MainWindow* window = m_demo.window.get();
    window->resize(1024, 700);
    window->showPage(MainWindow::ProfilesPageIndex);
    Spotlight* spotlight = panel->spotlight();
    QTRY_COMPARE(spotlight->targetName(), QStringLiteral("editBankButton"));
    QTRY_VERIFY(spotlight->outlined());
    const QList<std::pair<QString, QPalette>> palettes{{QStringLiteral("light"), fusionPalette()},
                                                       {QStringLiteral("dark"), darkPalette()},
                                                       {QStringLiteral("contrast"), highContrastPalette()}};
    for (const auto& [name, palette] : palettes) {
        QApplication::setPalette(palette);
        QCoreApplication::processEvents();
        // Text seen through the dim layer keeps at least 7:1 (or what it had).
        const double alpha = SpotlightOverlay::dimColor(palette).alphaF();
        for (const auto& [text, background] :
             {std::pair{QPalette::WindowText, QPalette::Window}, std::pair{QPalette::Text, QPalette::Base}}) {
            const double before = contrastRatio(palette.color(text), palette.color(background));
            const double after =
                contrastRatio(under(palette.color(text), alpha), under(palette.color(background), alpha));
            QVERIFY2(after >= std::min(before, 7.0) - 0.01, qPrintable(name));
        }
        // The outline stands out from the window around it, dimmed or not.
        const QColor outline = SpotlightOverlay::outlineColor(palette);
        QVERIFY2(contrastRatio(outline, palette.color(QPalette::Window)) >= 3.0 - 0.01, qPrintable(name));
        QVERIFY2(contrastRatio(outline, under(palette.color(QPalette::Window), alpha)) >= 3.0 - 0.01,
                 qPrintable(name));
        // The callout's text reads on its bubble, in the tooltip colours.
        const QPalette bubble = spotlight->callout()->palette();
        QCOMPARE(bubble.color(QPalette::Window), palette.color(QPalette::ToolTipBase));
        QVERIFY2(contrastRatio(bubble.color(QPalette::WindowText), bubble.color(QPalette::Window)) >= 4.5,
                 qPrintable(name));
        saveShot(window, QStringLiteral("spotlight-%1").arg(name));
    }
    // The dark palette is dimmed, less than the maximum where text would fade.
    QVERIFY(SpotlightOverlay::dimColor(darkPalette()).alphaF() > 0.1);
    QVERIFY(SpotlightOverlay::dimColor(fusionPalette()).alphaF() > 0.1);
}

QTEST_MAIN(TestSpotlight)
#include "tst_spotlight.moc"
