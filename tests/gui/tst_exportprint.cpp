// Export and print in the main window: File → Export workspace (and the workspace page's Export
// button) writes exactly the rows the workspace shows, in its order, the same bytes as
// `incentives-cli workspace --csv`; File → Location summary previews, prints and saves a PDF with
// masked numbers only. With INCENTIVES_SCREENSHOTS=DIR set, the dialogs are saved there as PNGs.
#include "cli/Cli.h"
#include "gui/FileDialogs.h"
#include "gui/MessageBoxes.h"
#include "gui/SummaryDialog.h"
#include "gui/WorkspaceModel.h"
#include "gui/WorkspacePage.h"
#include "services/demo/Generator.h"

#include "GuiTestSupport.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTextBrowser>
#include <QToolBar>
#include <QToolButton>

using namespace incentives;
using namespace incentives::gui;
using namespace incentives::gui::testing;

class TestExportPrint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void exportMatchesTheFilteredWorkspace();
    void exportButtonOnTheToolbar();
    void exportCancelledOrFailing();
    void exportOfAGeneratedOrganization();
    void summaryDialogPreviewsAndSavesPdf();
    void summaryFollowsTheViewer();

private:
    QAction* action(const char* name) const
    {
        return m_demo.window->findChild<QAction*>(QString::fromLatin1(name));
    }
    QByteArray readFile(const QString& path) const
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    // incentives-cli's output, run in this process on the same database.
    QByteArray cli(const QStringList& args, QString database = {})
    {
        if (database.isEmpty())
            database = m_demo.path();
        QString out;
        QString err;
        QTextStream o(&out);
        QTextStream e(&err);
        cli::Cli tool(o, e);
        const int code = tool.run(QStringList{QStringLiteral("--database"), database} + args);
        o.flush();
        if (code != 0)
            qWarning("cli: %s", qPrintable(err));
        return out.toUtf8();
    }
    QStringList secrets()
    {
        QStringList out;
        auto banks = m_demo.context().profiles().bankProfiles();
        for (const BankProfile& b : *banks)
            for (const QString& n : {b.iban, b.accountNumber})
                if (n.size() > 4)
                    out << n << QString(n).remove(QLatin1Char(' '));
        auto locations = m_demo.context().directory().locations();
        for (const Location& l : *locations)
            if (auto tax = m_demo.context().profiles().taxProfile(l.id); tax && *tax)
                for (const QString& n : {(*tax)->ein, (*tax)->foreignTaxId})
                    if (n.size() > 4)
                        out << n;
        return out;
    }

    QTemporaryDir m_dir;
    DemoWindow m_demo;
};

void TestExportPrint::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestExportPrint::init()
{
    QVERIFY(m_demo.create(
        m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".db"))));
}

void TestExportPrint::cleanup()
{
    m_demo.close();
}

void TestExportPrint::exportMatchesTheFilteredWorkspace()
{
    QVERIFY(m_demo.signIn(kAvery));
    MainWindow* window = m_demo.window.get();
    window->showPage(MainWindow::WorkspacePageIndex);
    auto* page = window->workspacePage();
    auto* status = page->findChild<QComboBox*>(QStringLiteral("statusFilter"));
    status->setCurrentIndex(status->findText(QStringLiteral("Invited")));
    auto* search = page->findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("contoso"));
    QTest::keyClick(search, Qt::Key_Return);
    page->findChild<QTableView*>(QStringLiteral("table"))
        ->sortByColumn(WorkspaceModel::LocationColumn, Qt::DescendingOrder);
    auto* model = page->model();
    QTRY_VERIFY(model->rowCount() > 3);

    const QString path = m_dir.filePath(QStringLiteral("filtered.csv"));
    FileDialogs::answerNext(path);
    QVERIFY(action("actionExportWorkspace")->isEnabled());
    action("actionExportWorkspace")->trigger();
    const QByteArray bytes = readFile(path);
    QVERIFY(!bytes.isEmpty());
    QVERIFY(window->statusBar()->currentMessage().contains(QString::number(model->rowCount())));

    // The same bytes as the command line with the same filters and order.
    QCOMPARE(bytes, cli({QStringLiteral("--as"), kAvery, QStringLiteral("workspace"), QStringLiteral("--csv"),
                         QStringLiteral("--status"), QStringLiteral("invited"), QStringLiteral("--search"),
                         QStringLiteral("contoso"), QStringLiteral("--sort"), QStringLiteral("location"),
                         QStringLiteral("--desc")}));
    // And the rows the table shows, in its order.
    const QStringList lines = QString::fromUtf8(bytes).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size() - 1, model->rowCount());
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex index = model->index(r, 0);
        const QString expected = index.data(WorkspaceModel::ProgramNameRole).toString() + QLatin1Char(',') +
                                 index.data(WorkspaceModel::PartnerIdRole).toString() + QLatin1Char(',');
        QVERIFY2(lines.at(r + 1).startsWith(expected), qPrintable(lines.at(r + 1)));
        QVERIFY(lines.at(r + 1).contains(QStringLiteral(",invited,Invited,")));
    }
    for (const QString& secret : secrets())
        QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(secret));
}

void TestExportPrint::exportButtonOnTheToolbar()
{
    QVERIFY(m_demo.signIn(kBao));
    MainWindow* window = m_demo.window.get();
    window->showPage(MainWindow::WorkspacePageIndex);
    auto* toolBar = window->findChild<QToolBar*>(QStringLiteral("toolBar"));
    auto* button = qobject_cast<QToolButton*>(toolBar->widgetForAction(action("actionExportWorkspace")));
    QVERIFY(button && button->isVisible() && button->isEnabled());
    QCOMPARE(button->text(), QStringLiteral("Export…"));
    QCoreApplication::processEvents(); // the status bar's layout, for the picture
    saveShot(window, QStringLiteral("workspace-export"));
    const QString path = m_dir.filePath(QStringLiteral("bao.csv"));
    FileDialogs::answerNext(path);
    QTest::mouseClick(button, Qt::LeftButton);
    const QByteArray bytes = readFile(path);
    QCOMPARE(bytes,
             cli({QStringLiteral("--as"), kBao, QStringLiteral("workspace"), QStringLiteral("--csv")}));
    QCOMPARE(bytes.count("\r\n"), 18 + 1);

    // Nothing to export: the button is off, and on again when there is.
    auto* search = window->workspacePage()->findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    search->setText(QStringLiteral("no such enrollment"));
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_VERIFY(!button->isEnabled());
    search->clear();
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_VERIFY(button->isEnabled());
}

void TestExportPrint::exportCancelledOrFailing()
{
    QVERIFY(m_demo.signIn(kAvery));
    // Cancelled in the file chooser: nothing happens.
    FileDialogs::answerNext(QString());
    action("actionExportWorkspace")->trigger();
    // A folder that does not exist: a warning that says so, and no file.
    const QString bad = m_dir.filePath(QStringLiteral("missing/x.csv"));
    FileDialogs::answerNext(bad);
    MessageBoxes::answerNext(QMessageBox::Ok);
    action("actionExportWorkspace")->trigger();
    QVERIFY2(MessageBoxes::lastText().contains(QStringLiteral("Cannot write")),
             qPrintable(MessageBoxes::lastText()));
    QVERIFY(!QFileInfo::exists(bad));
    // No role: the action is off.
    QVERIFY(m_demo.signIn(kGabriel));
    QVERIFY(!action("actionExportWorkspace")->isEnabled());
    QVERIFY(!action("actionSummary")->isEnabled());
}

void TestExportPrint::exportOfAGeneratedOrganization()
{
    const QString path = m_dir.filePath(QStringLiteral("generated.db"));
    m_demo.close();
    QFile::remove(path);
    {
        auto ctx = AppContext::open(path, Database::OpenMode::CreateIfMissing);
        QVERIFY(ctx);
        generator::Options options;
        options.locations = 400;
        options.programs = 10;
        QVERIFY(generator::generate(**ctx, options));
    }
    // DemoWindow::reopen opens the file it was given last.
    QVERIFY(m_demo.create(m_dir.filePath(QStringLiteral("unused.db"))));
    m_demo.close();
    auto ctx = AppContext::open(path, Database::OpenMode::MustExist);
    QVERIFY(ctx);
    auto admins = (*ctx)->directory().accountAdmins();
    QVERIFY(admins && !admins->isEmpty());
    const QString admin = admins->first().email;
    m_demo.session = std::make_unique<Session>(std::move(ctx).value());
    m_demo.window = std::make_unique<MainWindow>(*m_demo.session);
    m_demo.window->show();
    QVERIFY(m_demo.session->signIn(admin).ok());
    auto* model = m_demo.window->workspacePage()->model();
    QVERIFY(model->waitForCount());
    const qint64 total = model->totalCount();
    QVERIFY(total > 3000);

    const QString csv = m_dir.filePath(QStringLiteral("generated.csv"));
    FileDialogs::answerNext(csv);
    QElapsedTimer timer;
    timer.start();
    action("actionExportWorkspace")->trigger();
    qInfo("exported %lld rows in %lld ms", total, timer.elapsed());
    const QByteArray bytes = readFile(csv);
    QCOMPARE(qint64(bytes.count("\r\n")), total + 1);
    QCOMPARE(bytes, cli({QStringLiteral("--as"), admin, QStringLiteral("workspace"), QStringLiteral("--csv")},
                        path));
}

void TestExportPrint::summaryDialogPreviewsAndSavesPdf()
{
    QVERIFY(m_demo.signIn(kBao));
    MainWindow* window = m_demo.window.get();
    window->showPage(MainWindow::WorkspacePageIndex);
    QVERIFY(window->workspacePage()->selectEnrollment(QStringLiteral("Azure Incentives"),
                                                      QStringLiteral("4649103")));
    const QString pdf = m_dir.filePath(QStringLiteral("de.pdf"));
    const QStringList hidden = secrets();
    bool checked = false;
    bool previewed = false;
    int pages = 0;
    onNextModal(
        this,
        [&](QWidget* modal) {
            auto* dialog = qobject_cast<SummaryDialog*>(modal);
            QVERIFY(dialog);
            QCOMPARE(dialog->objectName(), QStringLiteral("summaryDialog"));
            // The workspace's selection comes first.
            QCOMPARE(dialog->partnerId(), QStringLiteral("4649103"));
            auto* combo = dialog->findChild<QComboBox*>(QStringLiteral("locationCombo"));
            QCOMPARE(combo->count(), 2); // Bao's two locations
            auto* browser = dialog->findChild<QTextBrowser*>(QStringLiteral("summaryBrowser"));
            QVERIFY(browser->toPlainText().contains(QStringLiteral("Contoso Deutschland")));
            QVERIFY(browser->toPlainText().contains(QStringLiteral("Contoso EU Treasury")));
            for (const QString& secret : hidden) {
                QVERIFY2(!dialog->html().contains(secret), qPrintable(secret));
                QVERIFY2(!browser->toPlainText().contains(secret), qPrintable(secret));
            }
            saveShot(dialog, QStringLiteral("summary-dialog"));

            // Another location: the preview follows.
            combo->setCurrentIndex(combo->findData(QStringLiteral("4649101")));
            QVERIFY(browser->toPlainText().contains(QStringLiteral("Contoso Ltd - Redmond")));
            QVERIFY(browser->toPlainText().contains(QStringLiteral("Contoso US Operating")));

            FileDialogs::answerNext(pdf);
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("exportPdfButton")),
                              Qt::LeftButton);

            onNextModal(
                this,
                [&](QWidget* preview) {
                    QVERIFY(qobject_cast<QPrintPreviewDialog*>(preview));
                    auto* widget = preview->findChild<QPrintPreviewWidget*>();
                    QVERIFY(widget);
                    QTRY_VERIFY(widget->pageCount() > 0);
                    pages = widget->pageCount();
                    saveShot(preview, QStringLiteral("print-preview"));
                    preview->close();
                },
                &previewed);
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("printPreviewButton")),
                              Qt::LeftButton);
            dialog->close();
            checked = true;
        },
        &checked);
    action("actionSummary")->trigger();
    QVERIFY(checked);
    QVERIFY(previewed);
    QVERIFY(pages >= 1);
    const QByteArray bytes = readFile(pdf);
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY(bytes.size() > 5000);
    QVERIFY(bytes.contains("%%EOF"));
}

void TestExportPrint::summaryFollowsTheViewer()
{
    // Emma, an Incentives user, sees her locations' summaries with masked numbers, like everyone.
    QVERIFY(m_demo.signIn(kEmma));
    SummaryDialog dialog(*m_demo.session, QStringLiteral("4649102"), m_demo.window.get());
    QCOMPARE(dialog.findChild<QComboBox*>(QStringLiteral("locationCombo"))->count(), 2);
    QVERIFY(dialog.partnerId() == QLatin1String("4649101") || dialog.partnerId() == QLatin1String("4649103"));
    QVERIFY(!dialog.html().isEmpty());
    // A PDF to a folder that does not exist: an error message, no crash, no file.
    const QString bad = m_dir.filePath(QStringLiteral("missing/x.pdf"));
    QVERIFY(!dialog.exportPdf(bad).isEmpty());
    QVERIFY(!QFileInfo::exists(bad));
    const QString good = m_dir.filePath(QStringLiteral("emma.pdf"));
    QCOMPARE(dialog.exportPdf(good), QString());
    QVERIFY(QFileInfo(good).size() > 0);
}

QTEST_MAIN(TestExportPrint)
#include "tst_exportprint.moc"
