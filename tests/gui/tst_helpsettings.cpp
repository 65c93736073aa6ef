// Help and settings in the main window: Getting started's links open their screens, About names
// the version, the license and Qt, and the Settings dialog stores and applies each setting (the
// language, auto-lock in step with its File menu, the default database that incentives-desk opens,
// the status-bar clock). With INCENTIVES_SCREENSHOTS=DIR set, the page and dialog are saved there.
#include "gui/AppSettings.h"
#include "gui/FileDialogs.h"
#include "gui/GettingStartedPage.h"
#include "gui/MessageBoxes.h"
#include "gui/MyAccessPage.h"
#include "gui/NoAccessPage.h"
#include "gui/SettingsDialog.h"
#include "gui/SummaryDialog.h"

#include "GuiTestSupport.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTextBlock>
#include <QTextBrowser>

using namespace incentives;
using namespace incentives::gui;
using namespace incentives::gui::testing;

namespace {

// Every link of a rich-text document, in order.
QStringList links(const QTextDocument* document)
{
    QStringList out;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it)
            if (const QString href = it.fragment().charFormat().anchorHref();
                !href.isEmpty() && !out.contains(href))
                out.append(href);
    return out;
}

} // namespace

class TestHelpSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void gettingStartedLinksOpenTheirScreens();
    void gettingStartedByKeyboard();
    void gettingStartedWithoutARole();
    void aboutNamesVersionLicenseAndQt();
    void settingsStoreAndApply();
    void settingsRefuseABadDatabasePath();
    void settingsAreKeyboardReachable();
    void autoLockMenuAndSettingsAgree();
    void deskOpensTheChosenDatabase();

private:
    QAction* action(const char* name) const
    {
        return m_demo.window->findChild<QAction*>(QString::fromLatin1(name));
    }
    QWidget* currentPage() const
    {
        return m_demo.window->findChild<QStackedWidget*>(QStringLiteral("pages"))->currentWidget();
    }
    QTextBrowser* guide() const
    {
        return m_demo.window->gettingStartedPage()->findChild<QTextBrowser*>(QStringLiteral("guideBrowser"));
    }

    QTemporaryDir m_dir;
    DemoWindow m_demo;
};

void TestHelpSettings::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
    QVERIFY(m_dir.isValid());
}

void TestHelpSettings::init()
{
    QSettings().clear();
    QVERIFY(m_demo.create(
        m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".db"))));
}

void TestHelpSettings::cleanup()
{
    m_demo.close();
    QSettings().clear();
}

void TestHelpSettings::gettingStartedLinksOpenTheirScreens()
{
    QVERIFY(m_demo.signIn(kAvery));
    MainWindow* window = m_demo.window.get();
    QCOMPARE(action("actionGettingStarted")->shortcut(), QKeySequence(Qt::Key_F1));
    action("actionGettingStarted")->trigger();
    QCOMPARE(currentPage(), window->gettingStartedPage());
    const QString text = guide()->toPlainText();
    for (const char* step : {"Roles", "invitation", "Payout and tax profiles", "Statuses", "renewal",
                             "48 hours", "1 July", "Validating enrollment", "Discontinued"})
        QVERIFY2(text.contains(QLatin1String(step)), step);
    QCoreApplication::processEvents(); // the status bar's layout, for the picture
    saveShot(window, QStringLiteral("getting-started"));

    const QHash<QString, QString> pages{
        {QStringLiteral("screen:home"), QStringLiteral("homePage")},
        {QStringLiteral("screen:workspace"), QStringLiteral("workspacePage")},
        {QStringLiteral("screen:inbox"), QStringLiteral("inboxPage")},
        {QStringLiteral("screen:profiles"), QStringLiteral("profilesPage")},
        {QStringLiteral("screen:users"), QStringLiteral("usersPage")},
        {QStringLiteral("screen:myaccess"), QStringLiteral("myAccessPage")},
        {QStringLiteral("screen:audit"), QStringLiteral("auditPage")},
        {QStringLiteral("screen:presenter"), QStringLiteral("presenterPage")},
    };
    const QStringList hrefs = links(guide()->document());
    for (auto it = pages.cbegin(); it != pages.cend(); ++it)
        QVERIFY2(hrefs.contains(it.key()), qPrintable(it.key()));
    for (const char* other : {"screen:settings", "screen:summary", "screen:scenarios"})
        QVERIFY2(hrefs.contains(QLatin1String(other)), other);

    for (const QString& href : hrefs) {
        action("actionGettingStarted")->trigger();
        QCOMPARE(currentPage(), window->gettingStartedPage());
        if (pages.contains(href)) {
            Q_EMIT guide()->anchorClicked(QUrl(href));
            QCOMPARE(currentPage()->objectName(), pages.value(href));
        } else if (href == QLatin1String("screen:scenarios")) {
            Q_EMIT guide()->anchorClicked(QUrl(href));
            QVERIFY(window->findChild<QDockWidget*>(QStringLiteral("scenariosDock"))->isVisible());
        } else {
            // Settings and the location summary are dialogs.
            QString opened;
            bool done = false;
            onNextModal(
                this,
                [&](QWidget* dialog) {
                    opened = dialog->objectName();
                    dialog->close();
                },
                &done);
            Q_EMIT guide()->anchorClicked(QUrl(href));
            QVERIFY(done);
            QCOMPARE(opened, href == QLatin1String("screen:settings") ? QStringLiteral("settingsDialog")
                                                                      : QStringLiteral("summaryDialog"));
        }
    }
}

void TestHelpSettings::gettingStartedByKeyboard()
{
    // Emma, an Incentives user: the first link (Users and roles) takes her to My access instead.
    QVERIFY(m_demo.signIn(kEmma));
    MainWindow* window = m_demo.window.get();
    QTest::keyClick(window, Qt::Key_F1);
    QCOMPARE(currentPage(), window->gettingStartedPage());
    QVERIFY(!links(guide()->document()).contains(QStringLiteral("screen:presenter")) ||
            m_demo.context().clock().isDemo());
    guide()->setFocus();
    QTRY_VERIFY(guide()->hasFocus());
    QTest::keyClick(guide(), Qt::Key_Tab); // the first link
    QVERIFY(guide()->textCursor().hasSelection());
    QCOMPARE(guide()->textCursor().charFormat().anchorHref(), QStringLiteral("screen:users"));
    QTest::keyClick(guide(), Qt::Key_Return);
    QCOMPARE(currentPage(), window->myAccessPage());
}

void TestHelpSettings::gettingStartedWithoutARole()
{
    QVERIFY(m_demo.signIn(kGabriel));
    MainWindow* window = m_demo.window.get();
    QCOMPARE(currentPage(), window->noAccessPage());
    QVERIFY(action("actionGettingStarted")->isEnabled());
    action("actionGettingStarted")->trigger();
    QCOMPARE(currentPage(), window->gettingStartedPage());
    // A link to a screen the user may not see lands on the page that says whom to ask.
    Q_EMIT guide()->anchorClicked(QUrl(QStringLiteral("screen:profiles")));
    QCOMPARE(currentPage(), window->noAccessPage());
}

void TestHelpSettings::aboutNamesVersionLicenseAndQt()
{
    QVERIFY(m_demo.signIn(kAvery));
    QString text;
    bool done = false;
    onNextModal(
        this,
        [&](QWidget* box) {
            auto* message = qobject_cast<QMessageBox*>(box);
            QVERIFY(message);
            text = message->text();
            saveShot(box, QStringLiteral("about"));
            box->close();
        },
        &done);
    action("actionAbout")->trigger();
    QVERIFY(done);
    QVERIFY2(text.contains(QStringLiteral("9.8.7")), qPrintable(text));
    QVERIFY2(text.contains(QString::fromLatin1(qVersion())), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral(QT_VERSION_STR)), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("LICENSE")), qPrintable(text));
}

void TestHelpSettings::settingsStoreAndApply()
{
    QVERIFY(m_demo.signIn(kAvery));
    MainWindow* window = m_demo.window.get();
    auto* clock = window->findChild<QLabel*>(QStringLiteral("clockLabel"));
    QVERIFY(clock->isVisible());
    const QString database = m_dir.filePath(QStringLiteral("chosen.db"));
    bool done = false;
    onNextModal(
        this,
        [&](QWidget* modal) {
            auto* dialog = qobject_cast<SettingsDialog*>(modal);
            QVERIFY(dialog);
            auto* language = dialog->findChild<QComboBox*>(QStringLiteral("languageCombo"));
            auto* autoLock = dialog->findChild<QComboBox*>(QStringLiteral("autoLockCombo"));
            auto* path = dialog->findChild<QLineEdit*>(QStringLiteral("databaseEdit"));
            auto* showClock = dialog->findChild<QCheckBox*>(QStringLiteral("clockCheck"));
            // What is stored: nothing yet, so the defaults.
            QCOMPARE(language->currentIndex(), 0);
            QCOMPARE(language->count(), 6);
            QCOMPARE(autoLock->currentData().toInt(), 0);
            QVERIFY(path->text().isEmpty());
            QCOMPARE(path->placeholderText(), AppContext::defaultDatabasePath());
            QVERIFY(showClock->isChecked());
            saveShot(dialog, QStringLiteral("settings-dialog"));

            language->setCurrentIndex(language->findData(QStringLiteral("de")));
            QCOMPARE(language->currentText(), QStringLiteral("Deutsch"));
            autoLock->setCurrentIndex(autoLock->findData(15));
            path->setFocus();
            QTest::keyClicks(path, database);
            showClock->setChecked(false);
            MessageBoxes::answerNext(QMessageBox::No); // restart now? later
            auto* ok = dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))
                           ->button(QDialogButtonBox::Ok);
            QVERIFY(ok->isEnabled());
            QTest::mouseClick(ok, Qt::LeftButton);
        },
        &done);
    QTest::keyClick(window, Qt::Key_Comma, Qt::ControlModifier);
    QVERIFY(done);

    // Stored under the keys desk_main and the menus read.
    QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("de"));
    QCOMPARE(settings::autoLockMinutes(), 15);
    QCOMPARE(QSettings().value(QStringLiteral("session/autoLockMinutes")).toInt(), 15);
    QCOMPARE(settings::databasePath(), database);
    QVERIFY(!settings::showClock());
    // Applied: the menu shows the new auto-lock, the clock is gone, the restart was offered.
    QVERIFY(action("actionAutoLock15")->isChecked());
    QVERIFY(!action("actionAutoLock0")->isChecked());
    QVERIFY(!clock->isVisible());
    QVERIFY(MessageBoxes::lastText().contains(QStringLiteral("Restart")));

    // Opened again, the dialog shows what is stored; Cancel changes nothing.
    done = false;
    onNextModal(
        this,
        [&](QWidget* dialog) {
            QCOMPARE(dialog->findChild<QComboBox*>(QStringLiteral("languageCombo"))->currentData().toString(),
                     QStringLiteral("de"));
            QCOMPARE(dialog->findChild<QComboBox*>(QStringLiteral("autoLockCombo"))->currentData().toInt(),
                     15);
            QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("databaseEdit"))->text(), database);
            QVERIFY(!dialog->findChild<QCheckBox*>(QStringLiteral("clockCheck"))->isChecked());
            dialog->findChild<QCheckBox*>(QStringLiteral("clockCheck"))->setChecked(true);
            dialog->findChild<QPushButton*>(QStringLiteral("standardDatabaseButton"))->click();
            QVERIFY(dialog->findChild<QLineEdit*>(QStringLiteral("databaseEdit"))->text().isEmpty());
            QTest::keyClick(dialog, Qt::Key_Escape);
        },
        &done);
    action("actionSettings")->trigger();
    QVERIFY(done);
    QVERIFY(!settings::showClock());
    QCOMPARE(settings::databasePath(), database);

    // Back to the system language and the standard database, the clock shown again.
    done = false;
    onNextModal(
        this,
        [&](QWidget* modal) {
            auto* dialog = qobject_cast<SettingsDialog*>(modal);
            dialog->findChild<QComboBox*>(QStringLiteral("languageCombo"))->setCurrentIndex(0);
            dialog->findChild<QCheckBox*>(QStringLiteral("clockCheck"))->setChecked(true);
            dialog->findChild<QPushButton*>(QStringLiteral("standardDatabaseButton"))->click();
            MessageBoxes::answerNext(QMessageBox::No);
            dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))
                ->button(QDialogButtonBox::Ok)
                ->click();
        },
        &done);
    action("actionSettings")->trigger();
    QVERIFY(done);
    QVERIFY(!QSettings().contains(QStringLiteral("language")));
    QCOMPARE(settings::databasePath(), AppContext::defaultDatabasePath());
    QVERIFY(clock->isVisible());
}

void TestHelpSettings::settingsRefuseABadDatabasePath()
{
    SettingsDialog dialog;
    auto* path = dialog.findChild<QLineEdit*>(QStringLiteral("databaseEdit"));
    auto* error = dialog.findChild<QLabel*>(QStringLiteral("databaseError"));
    auto* ok = dialog.findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
    dialog.show();
    QVERIFY(ok->isEnabled());
    for (const QString& bad : {QStringLiteral("relative.db"), m_dir.path(),
                               m_dir.filePath(QStringLiteral("no/such/folder/x.db"))}) {
        path->setText(bad);
        QVERIFY2(!ok->isEnabled(), qPrintable(bad));
        QVERIFY2(error->isVisible() && !error->text().isEmpty(), qPrintable(bad));
    }
    path->setText(m_dir.filePath(QStringLiteral("fine.db")));
    QVERIFY(ok->isEnabled());
    QVERIFY(!error->isVisible());
    // Browse fills the field with the chosen file.
    FileDialogs::answerNext(m_dir.filePath(QStringLiteral("browsed.db")));
    dialog.findChild<QPushButton*>(QStringLiteral("browseDatabaseButton"))->click();
    QCOMPARE(path->text(), m_dir.filePath(QStringLiteral("browsed.db")));
}

void TestHelpSettings::settingsAreKeyboardReachable()
{
    SettingsDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    // Every label leads to its field (Alt+letter).
    for (const char* name : {"languageLabel", "autoLockLabel", "databaseLabel"}) {
        auto* label = dialog.findChild<QLabel*>(QString::fromLatin1(name));
        QVERIFY2(label && label->buddy(), name);
        QVERIFY2(label->text().contains(QLatin1Char('&')), name);
    }
    // Tab walks the controls in reading order.
    auto* language = dialog.findChild<QComboBox*>(QStringLiteral("languageCombo"));
    language->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), language);
    QStringList order;
    for (int i = 0; i < 6; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        order.append(QApplication::focusWidget()->objectName());
    }
    QCOMPARE(order.mid(0, 5),
             (QStringList{QStringLiteral("autoLockCombo"), QStringLiteral("databaseEdit"),
                          QStringLiteral("browseDatabaseButton"), QStringLiteral("standardDatabaseButton"),
                          QStringLiteral("clockCheck")}));
    // Every control has a name tests and accessibility tools can find.
    for (QWidget* w : dialog.findChildren<QWidget*>())
        if (w->focusPolicy() != Qt::NoFocus && w->parentWidget() == &dialog)
            QVERIFY2(!w->objectName().isEmpty(), w->metaObject()->className());
}

void TestHelpSettings::autoLockMenuAndSettingsAgree()
{
    QVERIFY(m_demo.signIn(kAvery));
    action("actionAutoLock5")->trigger();
    QCOMPARE(settings::autoLockMinutes(), 5);
    SettingsDialog dialog(m_demo.window.get());
    QCOMPARE(dialog.findChild<QComboBox*>(QStringLiteral("autoLockCombo"))->currentData().toInt(), 5);
    action("actionAutoLock0")->trigger();
    QCOMPARE(settings::autoLockMinutes(), 0);
}

void TestHelpSettings::deskOpensTheChosenDatabase()
{
    const QString cli = qEnvironmentVariable("INCENTIVES_CLI");
    const QString desk = QFileInfo(cli).dir().filePath(QStringLiteral("incentives-desk"));
    if (!QFileInfo(desk).isExecutable())
        QSKIP("incentives-desk is not built next to incentives-cli");
    // incentives-desk's settings file, in a configuration folder of the test's own.
    const QString config = m_dir.filePath(QStringLiteral("config"));
    const QString chosen = m_dir.filePath(QStringLiteral("elsewhere.db"));
    {
        QSettings stored(config + QStringLiteral("/incentives-desk/incentives-desk.conf"),
                         QSettings::IniFormat);
        stored.setValue(QStringLiteral("database/defaultPath"), chosen);
    }
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    // Started without --database, it creates its demo database at the chosen path, not the standard
    // one; it is stopped once that file is there.
    p.start(desk, {QStringLiteral("--as"), kAvery});
    QVERIFY(p.waitForStarted());
    const QString standard = m_dir.filePath(QStringLiteral("data/incentives-desk/incentives.db"));
    QTRY_VERIFY_WITH_TIMEOUT(
        QFileInfo::exists(chosen) || QFileInfo::exists(standard) || p.state() == QProcess::NotRunning, 60000);
    p.kill();
    p.waitForFinished();
    QVERIFY(QFileInfo::exists(chosen));
    QVERIFY(!QFileInfo::exists(standard));
}

QTEST_MAIN(TestHelpSettings)
#include "tst_helpsettings.moc"
