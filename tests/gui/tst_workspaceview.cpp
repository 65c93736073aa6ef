// The workspace made readable at a glance: the details pane of the selected enrollment, the grouped
// views By program and By location, and columns sized to the rows in sight. Offscreen, over a fresh
// demo database; with INCENTIVES_SCREENSHOTS set, each layout is saved as a PNG.
#include "GuiTestSupport.h"
#include "core/TimeText.h"
#include "gui/WorkspaceGroupModel.h"
#include "gui/WorkspaceModel.h"
#include "gui/WorkspacePage.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabBar>
#include <QTableView>
#include <QTranslator>
#include <QTreeView>

using namespace incentives;
using namespace incentives::gui;
using namespace incentives::gui::testing;

namespace {
const QString kSecurity = QStringLiteral("Microsoft Security Incentives");
const QString kUS = QStringLiteral("4649101");
} // namespace

class TestWorkspaceView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void detailsPaneShowsTheSelectedEnrollment();
    void groupedViewsCountAndExpand_data();
    void groupedViewsCountAndExpand();
    void columnsFitTheRowsInSight_data();
    void columnsFitTheRowsInSight();
    void screenshots_data();
    void screenshots();

private:
    WorkspacePage* page() { return m_demo.window->workspacePage(); }
    template <typename T> T* child(const char* name) { return page()->findChild<T*>(QLatin1String(name)); }
    bool useLanguage(const QString& language);

    QTemporaryDir m_dir;
    DemoWindow m_demo;
    QTranslator m_translator;
};

void TestWorkspaceView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
}

void TestWorkspaceView::init()
{
    QVERIFY(m_demo.create(m_dir.filePath(QStringLiteral("workspace.db"))));
}

void TestWorkspaceView::cleanup()
{
    m_demo.close();
    useLanguage({});
}

bool TestWorkspaceView::useLanguage(const QString& language)
{
    QCoreApplication::removeTranslator(&m_translator);
    QLocale::setDefault(QLocale(language.isEmpty() ? QStringLiteral("en") : language));
    if (language.isEmpty())
        return true;
#ifdef INCENTIVES_QM_DIR
    if (!m_translator.load(QStringLiteral("incentives_") + language, QStringLiteral(INCENTIVES_QM_DIR)))
        return false;
    QCoreApplication::installTranslator(&m_translator);
    return true;
#else
    return false;
#endif
}

void TestWorkspaceView::detailsPaneShowsTheSelectedEnrollment()
{
    QVERIFY(m_demo.signIn(kBao));
    QVERIFY(m_demo.session->enrollments().submit(m_demo.session->actor(), kSecurity, kUS).ok());
    m_demo.window->showPage(MainWindow::WorkspacePageIndex);
    page()->reload();
    auto* button = child<QPushButton>("detailsButton");
    QVERIFY(button && !button->accessibleName().isEmpty());
    if (!button->isChecked())
        QTest::mouseClick(button, Qt::LeftButton);
    auto* stack = child<QStackedWidget>("detailsStack");
    auto* empty = child<QLabel>("detailsEmptyLabel");
    QVERIFY(stack && empty);
    QTRY_VERIFY(stack->isVisible());

    // Nothing selected: the pane says what it will show.
    QCOMPARE(stack->currentWidget(), static_cast<QWidget*>(empty));
    QVERIFY(!empty->text().isEmpty());

    QVERIFY(page()->selectEnrollment(kSecurity, kUS));
    const auto details = m_demo.session->enrollments().details(
        m_demo.session->actor(),
        page()->model()->rowAt(child<QTableView>("table")->currentIndex().row())->enrollment.id);
    QVERIFY(details);
    QVERIFY(details->validationDue.isValid());
    QTRY_VERIFY(stack->currentWidget() != empty);
    // The whole next step, as the services say it, with the validation's expected end.
    auto* next = child<QLabel>("detailsNextStep");
    QCOMPARE(next->text(), details->nextStep);
    QVERIFY(next->text().contains(timetext::format(details->validationDue)));
    QCOMPARE(child<QLabel>("detailsValidationEnd")->text(), timetext::format(details->validationDue));
    QVERIFY(child<QLabel>("detailsBankProfile")->text().contains(QStringLiteral("0175")));
    QVERIFY(!child<QLabel>("detailsBankProfile")->text().contains(QStringLiteral("483920175")));
    // The history, newest first, each line dated in the page's one format.
    auto* history = child<QListWidget>("detailsHistory");
    QCOMPARE(history->count(), details->history.size());
    QCOMPARE(history->item(0)->text(),
             QStringLiteral("%1: %2").arg(timetext::format(details->history.last().at),
                                          details->history.last().text));
    QVERIFY(history->item(0)->text().contains(QStringLiteral("submitted the enrollment in")));
    // Every control of the pane is named for tests and for assistive technology, and reachable.
    for (const char* name : {"detailsTitle", "detailsStatus", "detailsNextStep", "detailsValidationEnd",
                             "detailsBankProfile", "detailsTaxProfile", "detailsHistory"}) {
        auto* w = child<QWidget>(name);
        QVERIFY2(w && !w->accessibleName().isEmpty(), name);
        QVERIFY2(w->focusPolicy() & Qt::TabFocus, name);
    }

    // Hidden, and remembered as hidden.
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(!stack->isVisible());
    QCOMPARE(QSettings().value(QStringLiteral("workspace/detailsShown")).toBool(), false);
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(stack->isVisible());
    QCOMPARE(QSettings().value(QStringLiteral("workspace/detailsShown")).toBool(), true);
}

void TestWorkspaceView::groupedViewsCountAndExpand_data()
{
    QTest::addColumn<int>("view");
    QTest::newRow("by program") << int(WorkspacePage::View::ByProgram);
    QTest::newRow("by location") << int(WorkspacePage::View::ByLocation);
}

void TestWorkspaceView::groupedViewsCountAndExpand()
{
    QFETCH(int, view);
    QVERIFY(m_demo.signIn(kAvery));
    m_demo.window->showPage(MainWindow::WorkspacePageIndex);
    page()->reload();
    auto* tabs = child<QTabBar>("viewTabs");
    QVERIFY(tabs && !tabs->accessibleName().isEmpty());
    tabs->setCurrentIndex(view);
    auto* tree = child<QTreeView>("groupTree");
    QTRY_VERIFY(tree->isVisible());
    WorkspaceGroupModel* groups = page()->groupModel();
    QTRY_VERIFY(groups->rowCount() > 1);
    // Each group's count is the flat list's count narrowed to the group; together, the whole list.
    qint64 sum = 0;
    for (int r = 0; r < groups->rowCount(); ++r) {
        const QModelIndex group = groups->index(r, 0);
        const GroupCount* g = groups->groupAt(group);
        QVERIFY(g);
        WorkspaceFilter f;
        (view == int(WorkspacePage::View::ByProgram) ? f.programId : f.locationId) = g->id;
        auto count = m_demo.session->enrollments().count(m_demo.session->actor(), f);
        QVERIFY(count);
        QCOMPARE(g->count, *count);
        QCOMPARE(groups->data(group, WorkspaceGroupModel::GroupCountRole).toLongLong(), *count);
        QVERIFY(groups->data(group).toString().contains(g->name));
        QCOMPARE(groups->rowCount(group), 0); // nothing read before it opens
        sum += g->count;
    }
    QCOMPARE(sum, page()->model()->totalCount());
    // Expanding a group reads its rows, and only its own.
    const QModelIndex first = groups->index(0, 0);
    tree->expand(first);
    QVERIFY(groups->rowCount(first) > 0);
    QCOMPARE(groups->rowCount(groups->index(1, 0)), 0);
    QAbstractItemModelTester tester(groups, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(qint64(groups->rowCount(first)), groups->groupAt(first)->count);
    for (int r = 0; r < groups->rowCount(first); ++r) {
        const WorkspaceRow* row = groups->rowAt(groups->index(r, 0, first));
        QVERIFY(row);
        QCOMPARE(view == int(WorkspacePage::View::ByProgram) ? row->enrollment.programId
                                                             : row->enrollment.locationId,
                 groups->groupAt(first)->id);
    }
    tree->collapse(first);
    QVERIFY(!tree->isExpanded(first));
    // Selecting a row of a group shows it in the details pane.
    tree->expand(first);
    tree->setCurrentIndex(groups->index(0, 0, first));
    auto* title = child<QLabel>("detailsTitle");
    const WorkspaceRow* selected = groups->rowAt(groups->index(0, 0, first));
    QTRY_VERIFY(title->text().contains(selected->enrollment.programName));
    QCOMPARE(page()->selectedPartnerId(), selected->enrollment.partnerId);
}

void TestWorkspaceView::columnsFitTheRowsInSight_data()
{
    QTest::addColumn<int>("width");
    QTest::newRow("1920") << 1920;
    QTest::newRow("1024") << 1024;
}

void TestWorkspaceView::columnsFitTheRowsInSight()
{
    QFETCH(int, width);
    QVERIFY(m_demo.signIn(kAvery));
    m_demo.window->resize(width, width == 1920 ? 1080 : 700);
    m_demo.window->showPage(MainWindow::WorkspacePageIndex);
    page()->setView(WorkspacePage::View::All);
    page()->reload();
    auto* table = child<QTableView>("table");
    QTRY_VERIFY(table->isVisible());
    QTest::qWait(200); // the columns follow the rows after a short pause
    QHeaderView* header = table->horizontalHeader();
    const QFontMetrics fm = table->fontMetrics();
    const int first = table->rowAt(0);
    int last = table->rowAt(table->viewport()->height() - 1);
    if (last < 0)
        last = page()->model()->rowCount() - 1;
    QVERIFY(first >= 0 && last > first);
    int widestAction = 0;
    for (int r = first; r <= last; ++r) {
        const QString program = page()->model()->index(r, WorkspaceModel::ProgramColumn).data().toString();
        const QString actions = page()->model()->index(r, WorkspaceModel::ActionsColumn).data().toString();
        widestAction = qMax(widestAction, fm.horizontalAdvance(actions));
        if (width == 1920)
            QVERIFY2(fm.horizontalAdvance(program) + 8 <= header->sectionSize(WorkspaceModel::ProgramColumn),
                     qPrintable(program));
    }
    // Actions required keeps what its rows need, up to half the view, before any other column.
    const int actionsWidth = header->sectionSize(WorkspaceModel::ActionsColumn);
    QVERIFY2(actionsWidth >=
                 qMin(widestAction + 6, table->viewport()->width() * WorkspacePage::kActionsShare / 100),
             qPrintable(QStringLiteral("%1 < %2").arg(actionsWidth).arg(widestAction)));
    QVERIFY(actionsWidth >= header->sectionSizeHint(WorkspaceModel::ActionsColumn));
    // The columns never need a horizontal scroll bar.
    int total = 0;
    for (int c = 0; c < header->count(); ++c)
        total += header->sectionSize(c);
    QVERIFY2(total <= table->viewport()->width() + 1, qPrintable(QString::number(total)));
}

void TestWorkspaceView::screenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("de")})
        for (const QSize& size : {QSize(1024, 700), QSize(1920, 1080)})
            QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(language).arg(size.width())))
                << language << size;
}

void TestWorkspaceView::screenshots()
{
    QFETCH(QString, language);
    QFETCH(QSize, size);
    if (qEnvironmentVariableIsEmpty("INCENTIVES_SCREENSHOTS"))
        QSKIP("INCENTIVES_SCREENSHOTS is not set");
    QVERIFY(useLanguage(language == QLatin1String("en") ? QString() : language));
    QVERIFY(m_demo.reopen());
    QVERIFY(m_demo.signIn(kBao));
    QVERIFY(m_demo.session->enrollments().submit(m_demo.session->actor(), kSecurity, kUS).ok());
    m_demo.window->resize(size);
    m_demo.window->showPage(MainWindow::WorkspacePageIndex);
    page()->setView(WorkspacePage::View::All);
    page()->reload();
    QVERIFY(page()->selectEnrollment(kSecurity, kUS));
    QTest::qWait(300);
    const QString name = QStringLiteral("workspace-%1-%2").arg(language).arg(size.width());
    saveShot(m_demo.window.get(), name + QStringLiteral("-details"));
    page()->setView(WorkspacePage::View::ByProgram);
    auto* tree = child<QTreeView>("groupTree");
    QTRY_VERIFY(page()->groupModel()->rowCount() > 1);
    tree->expand(page()->groupModel()->index(1, 0));
    tree->setCurrentIndex(page()->groupModel()->index(0, 0, page()->groupModel()->index(1, 0)));
    QTest::qWait(300);
    saveShot(m_demo.window.get(), name + QStringLiteral("-by-program"));
    page()->setView(WorkspacePage::View::ByLocation);
    QTRY_VERIFY(!page()->groupModel()->loading() && page()->groupModel()->rowCount() > 0);
    tree->expand(page()->groupModel()->index(0, 0));
    QTest::qWait(300);
    saveShot(m_demo.window.get(), name + QStringLiteral("-by-location"));
}

QTEST_MAIN(TestWorkspaceView)
#include "tst_workspaceview.moc"
