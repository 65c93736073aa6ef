// A guided scenario's handout: played through the window, each step done is pictured, and Export
// handout writes a PDF with the title block, every step's text and its picture, in the language
// of the scenario's variant; a folder that cannot be written gets a clear message and no file.
#include "gui/AppSettings.h"
#include "gui/FileDialogs.h"
#include "gui/InboxModel.h"
#include "gui/InboxPage.h"
#include "gui/MessageBoxes.h"
#include "gui/PresenterPage.h"
#include "gui/ScenariosPanel.h"
#include "gui/Spotlight.h"
#include "gui/Translations.h"
#include "services/demo/Scenarios.h"

#include "GuiTestSupport.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QTranslator>
#include <QTreeView>

#include <unistd.h>

using namespace incentives;
using namespace incentives::gui;
using namespace incentives::gui::testing;

namespace {

struct Pdf
{
    QByteArray bytes;
    int pages = 0;
    int images = 0;
    QString text; // as pdftotext reads it, whitespace simplified
};

Pdf readPdf(const QString& path)
{
    Pdf pdf;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return pdf;
    pdf.bytes = file.readAll();
    pdf.pages = int(QString::fromLatin1(pdf.bytes).count(
        QRegularExpression(QStringLiteral("/Type\\s*/Page(?![a-zA-Z])"))));
    pdf.images = int(
        QString::fromLatin1(pdf.bytes).count(QRegularExpression(QStringLiteral("/Subtype\\s*/Image\\b"))));
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"),
                    {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (pdftotext.waitForFinished(30000) && pdftotext.exitCode() == 0)
        pdf.text = QString::fromUtf8(pdftotext.readAllStandardOutput())
                       .normalized(QString::NormalizationForm_KC) // ligatures as their letters
                       .simplified();
    // Kept to look at, like the screenshots.
    if (const QString dir = qEnvironmentVariable("INCENTIVES_SCREENSHOTS"); !dir.isEmpty()) {
        QDir().mkpath(dir);
        QFile::remove(QDir(dir).filePath(QFileInfo(path).fileName()));
        QFile::copy(path, QDir(dir).filePath(QFileInfo(path).fileName()));
    }
    return pdf;
}

} // namespace

class TestHandout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup() { m_demo.close(); }

    void playedToTheEndAndExported();
    void stepsNotReachedAreListed();
    void followsTheLanguageVariant();
    void unwritableFolderLeavesNoFile();

private:
    QPushButton* button(const char* name)
    {
        return m_demo.window->scenariosPanel()->findChild<QPushButton*>(QString::fromLatin1(name));
    }
    ScenariosPanel* openPanel(const QString& idOrPath);
    bool start(ScenariosPanel* panel);
    // The steps of enroll-from-email, clicked through: Bao reads the invitation, submits the
    // enrollment, and the presenter moves the clock on.
    void readInvitation(ScenariosPanel* panel);
    void submitEnrollment(ScenariosPanel* panel);
    void advanceClock(ScenariosPanel* panel);

    QTemporaryDir m_dir;
    DemoWindow m_demo;
};

void TestHandout::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
             "pdftotext (poppler-utils, installed by scripts/setup.sh) reads the handout's text");
}

void TestHandout::init()
{
    QSettings().clear();
    QVERIFY(m_demo.create(
        m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".db"))));
}

ScenariosPanel* TestHandout::openPanel(const QString& idOrPath)
{
    if (!m_demo.signIn(kAvery))
        return nullptr;
    MainWindow* window = m_demo.window.get();
    window->findChild<QAction*>(QStringLiteral("actionScenarios"))->trigger();
    ScenariosPanel* panel = window->scenariosPanel();
    if (idOrPath.endsWith(QLatin1String(".json")))
        panel->openScenarioFile(idOrPath);
    else
        panel->selectScenario(idOrPath);
    return panel;
}

bool TestHandout::start(ScenariosPanel* panel)
{
    MessageBoxes::answerNext(QMessageBox::Yes);
    QTest::mouseClick(button("startButton"), Qt::LeftButton);
    return panel->isRunning();
}

void TestHandout::readInvitation(ScenariosPanel* panel)
{
    QVERIFY(m_demo.signIn(kBao));
    MainWindow* window = m_demo.window.get();
    window->showPage(MainWindow::InboxPageIndex);
    InboxPage* inbox = window->inboxPage();
    auto* messages = inbox->findChild<QTreeView*>(QStringLiteral("messagesView"));
    int row = -1;
    for (int r = 0; r < inbox->model()->rowCount(); ++r)
        if (inbox->model()->messageAt(r)->programName == QLatin1String("Microsoft Security Incentives"))
            row = r;
    QVERIFY(row >= 0);
    messages->setCurrentIndex(inbox->model()->index(row, 0));
    QTRY_COMPARE(panel->progress().value(0), true);
}

void TestHandout::submitEnrollment(ScenariosPanel* panel)
{
    bool submitted = false;
    onNextModal(
        this,
        [](QWidget* dialog) {
            dialog->findChild<QCheckBox*>(QStringLiteral("termsCheck"))->setChecked(true);
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("submitButton")),
                              Qt::LeftButton);
        },
        &submitted);
    QTest::mouseClick(m_demo.window->inboxPage()->findChild<QPushButton*>(QStringLiteral("openButton")),
                      Qt::LeftButton);
    QVERIFY(submitted);
    QTRY_COMPARE(panel->progress().value(1), true);
}

void TestHandout::advanceClock(ScenariosPanel* panel)
{
    QVERIFY(m_demo.signIn(kAvery));
    m_demo.window->showPage(MainWindow::PresenterPageIndex);
    QTest::mouseClick(
        m_demo.window->presenterPage()->findChild<QPushButton*>(QStringLiteral("advance48Button")),
        Qt::LeftButton);
    QTRY_COMPARE(panel->progress().value(2), true);
}

void TestHandout::playedToTheEndAndExported()
{
    ScenariosPanel* panel = openPanel(QStringLiteral("enroll-from-email"));
    QVERIFY(panel);
    const scenarios::Scenario* scenario = panel->currentScenario();
    QVERIFY(scenario);
    QPushButton* exportButton = button("exportHandoutButton");
    QVERIFY(exportButton);
    QVERIFY(!exportButton->accessibleName().isEmpty());
    // Not started: nothing to hand out yet, and the button says why, in the services' words.
    QVERIFY(!exportButton->isEnabled());
    QCOMPARE(exportButton->toolTip(), scenarios::handoutReady(scenario, false, 0).error().message);
    QVERIFY(start(panel));
    QTRY_COMPARE(panel->progress(), (QList<bool>{false, false, false}));
    QVERIFY(!exportButton->isEnabled());
    QCOMPARE(exportButton->toolTip(), scenarios::handoutReady(scenario, true, 0).error().message);
    QVERIFY(panel->spotlight()->isActive()); // the window is dimmed while the scenario runs

    readInvitation(panel);
    // The step done is pictured: the whole window, without the spotlight's dim layer.
    QCOMPARE(panel->pictures().size(), 1);
    const QImage first = panel->pictures().at(0);
    QVERIFY(!first.isNull());
    QVERIFY(first.width() <= 1280);
    const QSize windowSize = m_demo.window->size();
    QCOMPARE(first.size(), windowSize);
    const QPoint corner(4, windowSize.height() - 4); // the status bar, far from any outline
    panel->spotlight()->overlay()->hide();
    const QImage plain = m_demo.window->grab().toImage();
    panel->spotlight()->overlay()->show();
    QCOMPARE(first.pixelColor(corner).rgb(), plain.pixelColor(corner).rgb());
    QTRY_VERIFY(exportButton->isEnabled());

    submitEnrollment(panel);
    advanceClock(panel);
    QCOMPARE(panel->pictures().size(), 3);
    for (const QImage& picture : panel->pictures())
        QVERIFY(!picture.isNull());

    const QString path = m_dir.filePath(QStringLiteral("handout.pdf"));
    FileDialogs::answerNext(path);
    MessageBoxes::answerNext(QMessageBox::Ok);
    QTest::mouseClick(exportButton, Qt::LeftButton);
    QVERIFY2(MessageBoxes::lastText().contains(QDir::toNativeSeparators(path)),
             qPrintable(MessageBoxes::lastText()));
    const Pdf pdf = readPdf(path);
    QVERIFY(pdf.bytes.startsWith("%PDF-"));
    QVERIFY(pdf.bytes.trimmed().endsWith("%%EOF"));
    // One picture per step done, at most two pictures to a page.
    QCOMPARE(pdf.images, 3);
    QVERIFY2(pdf.pages >= 2 && pdf.pages <= 4, qPrintable(QString::number(pdf.pages)));
    QVERIFY2(pdf.text.contains(scenario->title.simplified()), qPrintable(pdf.text));
    QVERIFY(pdf.text.contains(scenario->summary.simplified()));
    for (const scenarios::Step& step : scenario->steps) {
        QVERIFY2(pdf.text.contains(step.text.simplified()), qPrintable(step.text));
        QVERIFY2(step.notes.isEmpty() || !pdf.text.contains(step.notes.simplified()),
                 qPrintable(step.notes)); // the presenter's notes stay out
    }
    QVERIFY(pdf.text.contains(QStringLiteral("Step 3 of 3")));
    QVERIFY(pdf.text.contains(QStringLiteral("Contoso")));
    QVERIFY(pdf.text.contains(QLocale().toString(QDate::currentDate(), QLocale::LongFormat).simplified()));
    QVERIFY(!pdf.text.contains(QStringLiteral("Not reached")));
    // Nothing is left beside it.
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("handout*")}, QDir::Files),
             QStringList{QStringLiteral("handout.pdf")});

    // Another scenario chosen: its handout starts again from nothing.
    panel->selectScenario(QStringLiteral("assign-admin"));
    QVERIFY(panel->pictures().isEmpty());
    QVERIFY(!exportButton->isEnabled());
}

void TestHandout::stepsNotReachedAreListed()
{
    ScenariosPanel* panel = openPanel(QStringLiteral("enroll-from-email"));
    QVERIFY(panel);
    QVERIFY(start(panel));
    readInvitation(panel);
    // Stopped half way: the steps done keep their pictures; the rest are listed as not reached.
    QTest::mouseClick(button("stopButton"), Qt::LeftButton);
    QVERIFY(!panel->isRunning());
    QVERIFY(button("exportHandoutButton")->isEnabled());
    const QString path = m_dir.filePath(QStringLiteral("partial.pdf"));
    FileDialogs::answerNext(path);
    MessageBoxes::answerNext(QMessageBox::Ok);
    QTest::mouseClick(button("exportHandoutButton"), Qt::LeftButton);
    const Pdf pdf = readPdf(path);
    QVERIFY(pdf.bytes.startsWith("%PDF-"));
    QCOMPARE(pdf.images, 1);
    QVERIFY2(pdf.pages >= 1 && pdf.pages <= 4, qPrintable(QString::number(pdf.pages)));
    QCOMPARE(pdf.text.count(QStringLiteral("Not reached.")), 2);
    QVERIFY(pdf.text.contains(QStringLiteral("1 of 3 steps done")));
}

void TestHandout::followsTheLanguageVariant()
{
#ifndef INCENTIVES_QM_DIR
    QSKIP("built without the translations");
#else
    // The built-in as a file, opened while the app speaks German: its German variant is followed,
    // and the handout is German throughout.
    const QString copy = m_dir.filePath(QStringLiteral("enroll.json"));
    {
        const scenarios::Scenario* builtIn = scenarios::find(QStringLiteral("enroll-from-email"));
        QVERIFY(builtIn);
        QFile file(copy);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(builtIn->source), builtIn->source.size());
    }
    QTranslator qtGerman;
    QTranslator german;
    const QLocale locale;
    const QLocale de(QLocale::German, QLocale::Germany);
    QVERIFY(installTranslations(de, qtGerman, german, QStringLiteral(INCENTIVES_QM_DIR)).app);
    QLocale::setDefault(de);
    const auto restore = qScopeGuard([&] {
        QCoreApplication::removeTranslator(&german);
        QCoreApplication::removeTranslator(&qtGerman);
        QLocale::setDefault(locale);
        settings::setOpenedScenarios({});
    });
    QVERIFY(m_demo.reopen());
    ScenariosPanel* panel = openPanel(copy);
    QVERIFY(panel);
    const scenarios::Scenario* scenario = panel->currentScenario();
    QVERIFY(scenario);
    QCOMPARE(scenario->language, QStringLiteral("de"));
    QVERIFY(start(panel));
    readInvitation(panel);
    submitEnrollment(panel);
    const QString path = m_dir.filePath(QStringLiteral("handout-de.pdf"));
    FileDialogs::answerNext(path);
    MessageBoxes::answerNext(QMessageBox::Ok);
    QTest::mouseClick(button("exportHandoutButton"), Qt::LeftButton);
    const Pdf pdf = readPdf(path);
    QCOMPARE(pdf.images, 2);
    QVERIFY2(pdf.text.contains(scenario->title.simplified()), qPrintable(pdf.text));
    QVERIFY2(pdf.text.contains(scenario->steps.at(0).text.simplified()), qPrintable(pdf.text));
    QVERIFY(pdf.text.contains(QStringLiteral("Schritt 1 von 3")));
    QVERIFY(pdf.text.contains(QStringLiteral("Nicht erreicht.")));
    QVERIFY(pdf.text.contains(de.toString(QDate::currentDate(), QLocale::LongFormat).simplified()));
    QVERIFY(!pdf.text.contains(QStringLiteral("Step 1 of 3")));
#endif
}

void TestHandout::unwritableFolderLeavesNoFile()
{
    ScenariosPanel* panel = openPanel(QStringLiteral("enroll-from-email"));
    QVERIFY(panel);
    QVERIFY(start(panel));
    readInvitation(panel);
    QTRY_VERIFY(button("exportHandoutButton")->isEnabled());

    // A folder that does not exist (its "parent" is a file).
    const QString blocker = m_dir.filePath(QStringLiteral("not-a-folder"));
    {
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    const QString inside = blocker + QStringLiteral("/handout.pdf");
    FileDialogs::answerNext(inside);
    MessageBoxes::answerNext(QMessageBox::Ok);
    QTest::mouseClick(button("exportHandoutButton"), Qt::LeftButton);
    QVERIFY2(MessageBoxes::lastText().startsWith(QStringLiteral("Cannot write ")) &&
                 MessageBoxes::lastText().contains(inside),
             qPrintable(MessageBoxes::lastText()));
    QVERIFY(!QFileInfo::exists(inside));

    // A full disk: the message says so, and neither the file nor its temporary is left.
    {
        qputenv("INCENTIVES_FAULT", "disk-full");
        const auto disarm = qScopeGuard([] { qunsetenv("INCENTIVES_FAULT"); });
        const QString full = m_dir.filePath(QStringLiteral("full/handout.pdf"));
        QVERIFY(QDir().mkpath(QFileInfo(full).absolutePath()));
        FileDialogs::answerNext(full);
        MessageBoxes::answerNext(QMessageBox::Ok);
        QTest::mouseClick(button("exportHandoutButton"), Qt::LeftButton);
        QVERIFY2(MessageBoxes::lastText().contains(QStringLiteral("disk is full")),
                 qPrintable(MessageBoxes::lastText()));
        QVERIFY(QDir(QFileInfo(full).absolutePath())
                    .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
                    .isEmpty());
    }

    // A folder without write permission (root writes anywhere: then only the above applies).
    if (::geteuid() != 0) {
        const QString locked = m_dir.filePath(QStringLiteral("locked"));
        QVERIFY(QDir().mkpath(locked));
        QVERIFY(QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        const auto unlock = qScopeGuard([&] {
            QFile::setPermissions(locked,
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        });
        const QString target = locked + QStringLiteral("/handout.pdf");
        FileDialogs::answerNext(target);
        MessageBoxes::answerNext(QMessageBox::Ok);
        QTest::mouseClick(button("exportHandoutButton"), Qt::LeftButton);
        QVERIFY2(MessageBoxes::lastText().startsWith(QStringLiteral("Cannot write ")) &&
                     MessageBoxes::lastText().contains(target),
                 qPrintable(MessageBoxes::lastText()));
        QVERIFY(QDir(locked).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
    }
}

QTEST_MAIN(TestHandout)
#include "tst_handout.moc"
