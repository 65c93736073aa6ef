// The workspace over a generated organization larger than the model counts inline: the first page
// at once, the count from the worker thread, keyset pages that agree with offset pages, and the
// generator's data keeping the domain's invariants.
#include "gui/CountWorker.h"
#include "gui/HomePage.h"
#include "gui/PeopleModel.h"
#include "gui/SignInDialog.h"
#include "gui/WorkspaceGroupModel.h"
#include "gui/WorkspaceModel.h"
#include "gui/WorkspacePage.h"
#include "services/EnrollmentService.h"
#include "services/Session.h"
#include "services/demo/Generator.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMutex>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTreeView>

using namespace incentives;
using namespace incentives::gui;

class TestScale : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { m_session.reset(); }

    void generatedDataKeepsTheInvariants();
    void generationIsDeterministic();
    void countArrivesFromTheWorker();
    void aStaleCountIsIgnored();
    void cancelledCountLeavesTheFirstPage();
    void keysetPagesMatchOffsetPages();
    void everyChangeByAnotherProgramIsShown();
    void everyChangeReachesTheWindowWithARowSelected();
    void pagesAreReadOffTheWindowsThread();
    void groupsAreCountedOffTheWindowsThread();
    void aResortDoesNotCount();
    void aPageDoesNotWaitForACount();
    void homeCountsOffTheWindowsThread();
    void homeListsTheNewestInvitations();
    void aJumpSeeksFromALandmark();
    void theSignInListIsReadOffTheWindowsThread();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Session> m_session;
    qint64 m_total = 0;
};

void TestScale::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_path = m_dir.filePath(QStringLiteral("big.db"));
    auto ctx = AppContext::open(m_path, Database::OpenMode::CreateIfMissing);
    QVERIFY(ctx);
    generator::Options options;
    options.locations = int(WorkspaceModel::kCountInline / 100) + 20; // just above the inline limit
    options.programs = 100;
    auto made = generator::generate(**ctx, options);
    QVERIFY2(made, qPrintable(made ? QString() : made.error().message));
    m_total = made->enrollments;
    QVERIFY(m_total > WorkspaceModel::kCountInline);
    m_session = std::make_unique<Session>(std::move(ctx).value());
    QVERIFY(m_session->signIn(QStringLiteral("admin@northwind.example")));
}

void TestScale::generatedDataKeepsTheInvariants()
{
    Database& db = m_session->context().db();
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM enrollments"))->toLongLong(), m_total);
    // Every Validating enrollment waits for its validation, every Invited one has its invitation.
    QCOMPARE(db.scalar(QStringLiteral(
                           "SELECT COUNT(*) FROM enrollments e WHERE e.status = 'validating' AND NOT "
                           "EXISTS (SELECT 1 FROM validation_requests v WHERE v.enrollment_id = e.id AND "
                           "v.state = 'pending')"))
                 ->toInt(),
             0);
    QCOMPARE(db.scalar(QStringLiteral(
                           "SELECT COUNT(*) FROM enrollments e WHERE e.status = 'invited' AND NOT EXISTS "
                           "(SELECT 1 FROM invitations i WHERE i.enrollment_id = e.id)"))
                 ->toInt(),
             0);
    // At most one Incentives admin per location, and every status and several fiscal years occur.
    QCOMPARE(db.scalar(QStringLiteral(
                           "SELECT COUNT(*) FROM (SELECT location_id FROM role_assignments WHERE role = "
                           "'incentives-admin' GROUP BY location_id HAVING COUNT(*) > 1) x"))
                 ->toInt(),
             0);
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(DISTINCT status) FROM enrollments"))->toInt(), 7);
    QVERIFY(db.scalar(QStringLiteral("SELECT COUNT(DISTINCT fiscal_year) FROM enrollments"))->toInt() >= 2);
    QCOMPARE(db.scalar(QStringLiteral("PRAGMA foreign_key_check"))->isNull(), true);
    QCOMPARE(m_session->context().auditLog().verify().value(), Id(0));
}

void TestScale::generationIsDeterministic()
{
    const auto digest = [this](const QString& path, quint32 seed) -> QString {
        QFile::remove(path);
        auto ctx = AppContext::open(path, Database::OpenMode::CreateIfMissing);
        generator::Options options;
        options.locations = 30;
        options.programs = 7;
        options.seed = seed;
        if (!ctx || !generator::generate(**ctx, options))
            return {};
        auto q =
            (*ctx)->db().exec(QStringLiteral("SELECT group_concat(status || fiscal_year, ',') FROM (SELECT "
                                             "status, fiscal_year FROM enrollments ORDER BY id)"));
        return q && q->next() ? q->value(0).toString() : QString();
    };
    const QString a = digest(m_dir.filePath(QStringLiteral("a.db")), 7);
    QVERIFY(!a.isEmpty());
    QCOMPARE(digest(m_dir.filePath(QStringLiteral("b.db")), 7), a);
    QVERIFY(digest(m_dir.filePath(QStringLiteral("c.db")), 8) != a);
}

void TestScale::countArrivesFromTheWorker()
{
    WorkspaceModel model(*m_session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy counted(&model, &WorkspaceModel::countChanged);
    model.reload();
    QVERIFY(model.counting());
    // The first page comes from the worker, before the count.
    QTRY_VERIFY(model.rowCount() >= WorkspaceModel::kPageSize);
    QVERIFY(model.index(0, 0).data().isValid());
    QVERIFY(model.waitForCount());
    QCOMPARE(model.totalCount(), m_total);
    QCOMPARE(model.rowCount(), int(m_total));
    QVERIFY(counted.size() >= 2);
    // A narrow filter is counted inline from the first page alone.
    WorkspaceFilter one;
    one.locationId = m_session->context().directory().locationByPartnerId(QStringLiteral("5000001"))->id;
    model.setFilter(one);
    QVERIFY(model.waitForCount());
    QCOMPARE(model.totalCount(), 100);
}

void TestScale::aStaleCountIsIgnored()
{
    WorkspaceModel model(*m_session);
    model.reload();
    QVERIFY(model.counting());
    WorkspaceFilter validating;
    validating.statuses = {EnrollmentStatus::Validating};
    model.setFilter(validating); // before the first count arrives
    QVERIFY(model.waitForCount());
    const auto expected = EnrollmentService(m_session->context()).count(m_session->actor(), validating);
    QCOMPARE(model.totalCount(), *expected);
    QTest::qWait(50); // the first, stale answer may still come in: it must change nothing
    QCOMPARE(model.totalCount(), *expected);
}

void TestScale::cancelledCountLeavesTheFirstPage()
{
    WorkspaceModel model(*m_session);
    model.reload();
    QVERIFY(model.counting());
    model.cancelCount();
    QVERIFY(!model.counting());
    QVERIFY(model.waitForCount());
    QTest::qWait(100);
    QCOMPARE(model.rowCount(), WorkspaceModel::kPageSize);
}

void TestScale::keysetPagesMatchOffsetPages()
{
    WorkspaceModel model(*m_session);
    model.sort(WorkspaceModel::CountryColumn, Qt::DescendingOrder);
    QVERIFY(model.waitForCount());
    // Rows read page by page (each page seeking from the one before) and from the far end.
    QList<Id> sequential;
    for (int r = 0; r < WorkspaceModel::kPageSize * 3; ++r)
        sequential.append(model.rowAt(r)->enrollment.id);
    const Id lastRow = model.rowAt(model.rowCount() - 1)->enrollment.id;
    EnrollmentService service(m_session->context());
    auto byOffset = service.workspace(m_session->actor(), {}, WorkspaceSort::Country, false, 0,
                                      WorkspaceModel::kPageSize * 3);
    QVERIFY(byOffset);
    QList<Id> expected;
    for (const WorkspaceRow& r : *byOffset)
        expected.append(r.enrollment.id);
    QCOMPARE(sequential, expected);
    auto tail = service.workspace(m_session->actor(), {}, WorkspaceSort::Country, false, int(m_total - 1), 1);
    QCOMPARE(tail->constFirst().enrollment.id, lastRow);
}

void TestScale::everyChangeByAnotherProgramIsShown()
{
    // The window's wiring: every reload of the session reloads the workspace. The table is larger
    // than the model counts inline, so the count runs on the worker's own connection.
    const QString cli = qEnvironmentVariable("INCENTIVES_CLI");
    QVERIFY2(QFileInfo::exists(cli), "INCENTIVES_CLI names the command-line tool");
    const auto run = [&](const QStringList& arguments) {
        QProcess other;
        other.start(cli, QStringList{QStringLiteral("--database"), m_path, QStringLiteral("--as"),
                                     QStringLiteral("admin@northwind.example")} +
                             arguments);
        return other.waitForFinished(60000) && other.exitCode() == 0;
    };
    {
        // The simulated side's decisions are the Presenter's.
        QSignalSpy assigned(m_session.get(), &Session::changedElsewhere);
        QVERIFY(run({QStringLiteral("users"), QStringLiteral("assign"),
                     QStringLiteral("admin@northwind.example"), QStringLiteral("presenter")}));
        QTRY_COMPARE_WITH_TIMEOUT(assigned.size(), 1, 15000);
    }
    WorkspaceModel model(*m_session);
    connect(m_session.get(), &Session::changed, &model, &WorkspaceModel::reload);
    WorkspaceFilter validating;
    validating.statuses = {EnrollmentStatus::Validating};
    model.setFilter(validating);
    QVERIFY(model.waitForCount());
    const qint64 before = model.totalCount();
    QVERIFY(before > 5);
    auto waiting = m_session->context().db().exec(QStringLiteral(
        "SELECT program_name, partner_id FROM enrollments WHERE status = 'validating' ORDER BY id "
        "LIMIT 5"));
    QVERIFY(waiting);
    QList<QStringList> decisions;
    while (waiting->next())
        decisions.append({waiting->value(0).toString(), waiting->value(1).toString()});
    QCOMPARE(decisions.size(), 5);
    QSignalSpy elsewhere(m_session.get(), &Session::changedElsewhere);
    // Another program approves one validation after another; each must reach the open workspace.
    for (int i = 0; i < decisions.size(); ++i) {
        QVERIFY(run({QStringLiteral("validation"), QStringLiteral("approve"), decisions.at(i).at(0),
                     QStringLiteral("--location"), decisions.at(i).at(1)}));
        QTRY_COMPARE_WITH_TIMEOUT(elsewhere.size(), i + 1, 15000);
        QVERIFY(model.waitForCount());
        QCOMPARE(model.totalCount(), before - i - 1);
    }
}

void TestScale::everyChangeReachesTheWindowWithARowSelected()
{
    // The workspace page as the window wires it, a status filter chosen and a row selected: the
    // reload after each change by another program keeps the user's filters (it once narrowed the
    // table to the selected row when the rows came from the worker thread, so that no later change
    // was ever seen) and selects the row again once the rows are in.
    const QString cli = qEnvironmentVariable("INCENTIVES_CLI");
    QVERIFY2(QFileInfo::exists(cli), "INCENTIVES_CLI names the command-line tool");
    {
        // The simulated side's decisions are the Presenter's (assigned already when the test
        // before ran).
        QProcess assign;
        assign.start(cli, {QStringLiteral("--database"), m_path, QStringLiteral("--as"),
                           QStringLiteral("admin@northwind.example"), QStringLiteral("users"),
                           QStringLiteral("assign"), QStringLiteral("admin@northwind.example"),
                           QStringLiteral("presenter")});
        QVERIFY(assign.waitForFinished(60000));
        QCOMPARE(assign.exitCode(), 0);
        // Its notice (if it changed anything) passes before the changes counted below.
        QTest::qWait(2500);
    }
    WorkspacePage page(*m_session);
    connect(m_session.get(), &Session::changed, &page, &WorkspacePage::reload);
    page.reloadFilters();
    WorkspaceModel* model = page.model();
    QVERIFY(model->readsInBackground());
    auto* status = page.findChild<QComboBox*>(QStringLiteral("statusFilter"));
    QVERIFY(status);
    const int validating = status->findData(int(EnrollmentStatus::Validating));
    QVERIFY(validating > 0);
    status->setCurrentIndex(validating);
    QVERIFY(model->waitForCount());
    QCOMPARE(model->filter().statuses, QList<EnrollmentStatus>{EnrollmentStatus::Validating});
    const qint64 before = model->totalCount();
    QVERIFY(before > 5);
    // The first row selected; the changes are made to others.
    const WorkspaceRow* first = model->rowAt(0);
    QVERIFY(first);
    const Id selected = first->enrollment.id;
    const Id selectedLocation = first->enrollment.locationId; // (the row itself goes with each reload)
    QVERIFY(page.selectEnrollment(first->enrollment.programName, first->enrollment.partnerId));
    QCOMPARE(page.selectedLocationId(), selectedLocation);
    auto waiting = m_session->context().db().exec(
        QStringLiteral(
            "SELECT program_name, partner_id FROM enrollments WHERE status = 'validating' AND id <> ? "
            "ORDER BY id DESC LIMIT 3"),
        {selected});
    QVERIFY(waiting);
    QList<QStringList> decisions;
    while (waiting->next())
        decisions.append({waiting->value(0).toString(), waiting->value(1).toString()});
    QCOMPARE(decisions.size(), 3);
    QSignalSpy elsewhere(m_session.get(), &Session::changedElsewhere);
    for (int i = 0; i < decisions.size(); ++i) {
        QProcess other;
        other.start(cli, {QStringLiteral("--database"), m_path, QStringLiteral("--as"),
                          QStringLiteral("admin@northwind.example"), QStringLiteral("validation"),
                          QStringLiteral("approve"), decisions.at(i).at(0), QStringLiteral("--location"),
                          decisions.at(i).at(1)});
        QVERIFY(other.waitForFinished(60000));
        QCOMPARE(other.exitCode(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(elsewhere.size(), i + 1, 15000);
        QVERIFY(model->waitForCount());
        // The same filter, one row fewer each time, and the row selected before still selected.
        QCOMPARE(model->filter().statuses, QList<EnrollmentStatus>{EnrollmentStatus::Validating});
        QCOMPARE(model->filter().programId, Id(0));
        QCOMPARE(model->filter().locationId, Id(0));
        QCOMPARE(model->totalCount(), before - i - 1);
        QTRY_COMPARE_WITH_TIMEOUT(page.selectedLocationId(), selectedLocation, 5000);
    }
}

void TestScale::pagesAreReadOffTheWindowsThread()
{
    QList<QThread*> pageThreads;
    QMutex mutex;
    workspaceReadObserver() = [&](bool count) {
        const QMutexLocker lock(&mutex);
        if (!count)
            pageThreads.append(QThread::currentThread());
    };
    {
        WorkspaceModel model(*m_session);
        model.reload();
        QVERIFY(model.waitForCount());
        // The view asks for rows here and there: the first page, the next, a jump to the end, a
        // search typed letter by letter, a re-sort.
        for (int row : {0, WorkspaceModel::kPageSize + 5, model.rowCount() - 1, model.rowCount() / 2})
            (void)model.index(row, WorkspaceModel::ProgramColumn).data();
        QVERIFY(model.waitForCount());
        QVERIFY(model.index(model.rowCount() - 1, WorkspaceModel::ProgramColumn).data() !=
                WorkspaceModel::tr("Loading…"));
        WorkspaceFilter filter;
        for (const QString& text : {QStringLiteral("H"), QStringLiteral("Ha"), QStringLiteral("Hamburg")}) {
            filter.search = text;
            model.setFilter(filter);
        }
        model.sort(WorkspaceModel::UpdatedColumn, Qt::DescendingOrder);
        QVERIFY(model.waitForCount());
        const auto expected = EnrollmentService(m_session->context()).count(m_session->actor(), filter);
        QCOMPARE(model.totalCount(), *expected);
        QVERIFY(model.index(0, WorkspaceModel::LocationColumn)
                    .data()
                    .toString()
                    .contains(QLatin1String("Hamburg")));
    }
    workspaceReadObserver() = nullptr;
    QVERIFY(pageThreads.size() >= 4);
    for (QThread* t : pageThreads)
        QVERIFY(t != QCoreApplication::instance()->thread());
}

void TestScale::groupsAreCountedOffTheWindowsThread()
{
    QList<QThread*> threads;
    QMutex mutex;
    workspaceReadObserver() = [&](bool count) {
        const QMutexLocker lock(&mutex);
        if (count)
            threads.append(QThread::currentThread());
    };
    {
        WorkspaceGroupModel groups(*m_session);
        QSignalSpy loaded(&groups, &WorkspaceGroupModel::loaded);
        // Regrouped at once, as a user clicking from tab to tab: only the last answer lands.
        groups.setGrouping(WorkspaceGroup::Program, {});
        QVERIFY(groups.loading());
        groups.setGrouping(WorkspaceGroup::Location, {});
        QTRY_VERIFY_WITH_TIMEOUT(!groups.loading(), 30000);
        QVERIFY(groups.rowCount() > 1);
        qint64 sum = 0;
        for (int r = 0; r < groups.rowCount(); ++r)
            sum += groups.groupAt(groups.index(r, 0))->count;
        QCOMPARE(sum, m_total);
        auto byLocation =
            EnrollmentService(m_session->context()).groups(m_session->actor(), {}, WorkspaceGroup::Location);
        QVERIFY(byLocation);
        QCOMPARE(groups.rowCount(), int(byLocation->size()));
        QTest::qWait(50);
        QCOMPARE(loaded.size(), 1);
    }
    workspaceReadObserver() = nullptr;
    QVERIFY(!threads.isEmpty());
    for (QThread* t : threads)
        QVERIFY(t != QCoreApplication::instance()->thread());
}

void TestScale::aPageDoesNotWaitForACount()
{
    WorkspaceModel model(*m_session);
    model.reload();
    QVERIFY(model.waitForCount());
    // A count of many millions of rows: seconds. The page asked for meanwhile comes first.
    QList<QThread*> pageThreads;
    QList<QThread*> countThreads;
    QMutex mutex;
    workspaceReadObserver() = [&](bool count) {
        {
            const QMutexLocker lock(&mutex);
            (count ? countThreads : pageThreads).append(QThread::currentThread());
        }
        if (count)
            QThread::msleep(3000);
    };
    // A reload (a change made elsewhere) counts again; while that count runs, the user types.
    model.reload();
    QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                 const QMutexLocker lock(&mutex);
                                 return !countThreads.isEmpty();
                             }()),
                             10000);
    WorkspaceFilter filter;
    filter.search = QStringLiteral("Hamburg");
    QElapsedTimer waited;
    waited.start();
    model.setFilter(filter);
    QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() > 0 && model.index(0, WorkspaceModel::LocationColumn).data() !=
                                                         WorkspaceModel::tr("Loading…"),
                             10000);
    const qint64 firstPage = waited.elapsed();
    QVERIFY(model.counting());
    QVERIFY(model.waitForCount());
    workspaceReadObserver() = nullptr;
    QVERIFY2(firstPage < 2500, qPrintable(QString::number(firstPage)));
    QVERIFY(
        model.index(0, WorkspaceModel::LocationColumn).data().toString().contains(QLatin1String("Hamburg")));
    QVERIFY(!pageThreads.isEmpty() && !countThreads.isEmpty());
    QVERIFY(pageThreads.first() != countThreads.first());
}

void TestScale::homeCountsOffTheWindowsThread()
{
    QList<QThread*> threads;
    QMutex mutex;
    workspaceReadObserver() = [&](bool count) {
        const QMutexLocker lock(&mutex);
        if (count)
            threads.append(QThread::currentThread());
    };
    {
        HomePage home(*m_session);
        home.reload();
        auto* actions = home.findChild<QListWidget*>(QStringLiteral("actionsList"));
        auto* summary = home.findChild<QTableWidget*>(QStringLiteral("summaryTable"));
        QVERIFY(actions && summary);
        // Asked for, not waited for: the page says the figures are coming.
        QCOMPARE(actions->count(), 1);
        QCOMPARE(actions->item(0)->text(), HomePage::tr("Counting…"));
        QTRY_VERIFY_WITH_TIMEOUT(summary->rowCount() > 0, 30000);
        QVERIFY(actions->item(0)->text() != HomePage::tr("Counting…"));
        // The same figures as the service gives.
        auto expected = EnrollmentService(m_session->context()).summary(m_session->actor());
        QVERIFY(expected);
        qint64 total = 0;
        for (const auto& c : *expected)
            total += c.count;
        QCOMPARE(total, m_total);
        QSet<QString> locations;
        for (const auto& c : *expected)
            locations.insert(c.partnerId);
        QCOMPARE(summary->rowCount(), int(locations.size()));
    }
    workspaceReadObserver() = nullptr;
    QVERIFY(!threads.isEmpty());
    for (QThread* t : threads)
        QVERIFY(t != QCoreApplication::instance()->thread());
}

void TestScale::homeListsTheNewestInvitations()
{
    // The Incentives admin with the most invitations not yet opened: more than Home lists.
    auto busiest = m_session->context().db().exec(QStringLiteral(
        "SELECT u.email, COUNT(*) FROM users u JOIN role_assignments r ON r.user_id = u.id AND r.role = "
        "'incentives-admin' JOIN enrollments e ON e.location_id = r.location_id JOIN invitations i ON "
        "i.enrollment_id = e.id JOIN programs p ON p.id = e.program_id WHERE e.status = 'invited' AND "
        "p.open_to_all = 0 AND i.home_dismissed_at IS NULL GROUP BY u.email ORDER BY COUNT(*) DESC LIMIT 1"));
    QVERIFY(busiest && busiest->next());
    const QString email = busiest->value(0).toString();
    const qint64 waiting = busiest->value(1).toLongLong();
    QVERIFY2(waiting > EnrollmentService::kHomeInvitations, qPrintable(QString::number(waiting)));
    QVERIFY(m_session->signIn(email));
    {
        HomePage home(*m_session);
        home.show();
        home.reload();
        auto* list = home.findChild<QListWidget*>(QStringLiteral("invitationsList"));
        auto* more = home.findChild<QLabel*>(QStringLiteral("invitationsMore"));
        auto* showAll = home.findChild<QPushButton*>(QStringLiteral("invitationsShowAll"));
        QVERIFY(list && more && showAll);
        QCOMPARE(list->count(), EnrollmentService::kHomeInvitations);
        QVERIFY(more->isVisible() && showAll->isVisible());
        QCOMPARE(more->text(), HomePage::tr("The newest %L1 of %Ln invitations.", nullptr, int(waiting))
                                   .arg(EnrollmentService::kHomeInvitations));
        // The newest first, as the service gives them.
        auto expected = EnrollmentService(m_session->context()).homeMessages(m_session->actor());
        QVERIFY(expected);
        QCOMPARE(expected->total, waiting);
        for (int i = 0; i < list->count(); ++i)
            QVERIFY(list->item(i)->text().contains(expected->newest.at(i).partnerId));
        // The button asks for every invited enrollment.
        QList<EnrollmentStatus> asked;
        connect(&home, &HomePage::statusRequested, this, [&](EnrollmentStatus s) { asked.append(s); });
        QTest::mouseClick(showAll, Qt::LeftButton);
        QCOMPARE(asked, QList<EnrollmentStatus>{EnrollmentStatus::Invited});
    }
    QVERIFY(m_session->signIn(QStringLiteral("admin@northwind.example")));
}

void TestScale::theSignInListIsReadOffTheWindowsThread()
{
    auto arranged = PeopleModel::arrange(m_session->directory());
    QVERIFY(arranged);
    const QList<Person> expected = *arranged;
    QVERIFY(expected.size() > 20);
    const QString chosen = expected.at(expected.size() / 2).email();
    {
        SignInDialog dialog(*m_session, chosen);
        auto* view = dialog.findChild<QTreeView*>(QStringLiteral("usersView"));
        auto* filter = dialog.findChild<QLineEdit*>(QStringLiteral("filterEdit"));
        auto* signIn = dialog.findChild<QPushButton*>(QStringLiteral("signInButton"));
        QVERIFY(view && filter && signIn);
        // Asked for, not waited for: the dialog is up, says the people are coming, and offers no
        // sign-in until they are in.
        QCOMPARE(view->model()->rowCount(), 0);
        QVERIFY(!view->isEnabled() && !signIn->isEnabled());
        QCOMPARE(filter->placeholderText(), SignInDialog::tr("Loading the people of this organization…"));
        QTRY_VERIFY_WITH_TIMEOUT(view->isEnabled(), 30000);
        QCOMPARE(view->model()->rowCount(), int(expected.size()));
        for (int r = 0; r < view->model()->rowCount(); r += 7) {
            QCOMPARE(view->model()->index(r, 0).data().toString(), expected.at(r).name());
            QCOMPARE(view->model()->index(r, 2).data().toString(), expected.at(r).roles());
        }
        // The one asked for is chosen, and may sign in.
        QCOMPARE(view->model()->index(view->currentIndex().row(), 1).data().toString(), chosen);
        QVERIFY(signIn->isEnabled());
    }
    qsizetype matching = 0;
    for (const Person& p : expected)
        matching += p.name().contains(QStringLiteral("admin 1"), Qt::CaseInsensitive) ||
                    p.email().contains(QStringLiteral("admin 1"), Qt::CaseInsensitive) ||
                    p.roles().contains(QStringLiteral("admin 1"), Qt::CaseInsensitive);
    QVERIFY(matching > 1 && matching < expected.size());
    {
        // Typed while the people are read: applied to them once they are in.
        SignInDialog dialog(*m_session, chosen);
        auto* view = dialog.findChild<QTreeView*>(QStringLiteral("usersView"));
        auto* filter = dialog.findChild<QLineEdit*>(QStringLiteral("filterEdit"));
        QTest::keyClicks(filter, QStringLiteral("ADMIN 1"));
        QTRY_VERIFY_WITH_TIMEOUT(view->isEnabled(), 30000);
        QTRY_COMPARE(view->model()->rowCount(), int(matching));
        // Thousands are filtered once the typing pauses.
        filter->clear();
        QCOMPARE(view->model()->rowCount(), int(matching));
        QTRY_COMPARE(view->model()->rowCount(), int(expected.size()));
    }
    {
        // Unlocking while the people are read: that person alone once they are in.
        SignInDialog dialog(*m_session, chosen);
        dialog.lockTo(chosen, true);
        auto* view = dialog.findChild<QTreeView*>(QStringLiteral("usersView"));
        QTRY_VERIFY_WITH_TIMEOUT(view->isEnabled(), 30000);
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->index(0, 1).data().toString(), chosen);
    }
}

void TestScale::aResortDoesNotCount()
{
    WorkspaceModel model(*m_session);
    model.reload();
    QVERIFY(model.waitForCount());
    std::atomic<int> counts{0};
    workspaceReadObserver() = [&](bool count) {
        if (count)
            ++counts;
    };
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.sort(WorkspaceModel::CountryColumn, Qt::DescendingOrder);
    model.sort(WorkspaceModel::UpdatedColumn, Qt::AscendingOrder);
    QVERIFY(model.waitForCount());
    workspaceReadObserver() = nullptr;
    QCOMPARE(reset.size(), 2);
    QCOMPARE(counts.load(), 0);
    QVERIFY(!model.counting());
    QCOMPARE(model.totalCount(), m_total);
    QCOMPARE(model.rowCount(), int(m_total));
}

void TestScale::aJumpSeeksFromALandmark()
{
    WorkspaceModel model(*m_session);
    model.sort(WorkspaceModel::CountryColumn, Qt::DescendingOrder);
    QVERIFY(model.waitForCount());
    // Once the count is in, the worker reads landmarks along the order.
    QTRY_VERIFY(model.landmarkCount() >= int(m_total / 2000) - 1);
    // A jump to the middle seeks from the landmark before it and skips fewer rows than a page
    // apart, instead of counting half the table.
    const int middle = int(m_total / 2) + 17;
    const PageRequest planned = model.plannedRequest(middle);
    QVERIFY(planned.anchor.has_value());
    QVERIFY(planned.forward);
    QVERIFY(!planned.fromEnd);
    QVERIFY2(planned.offset < 2000, qPrintable(QString::number(planned.offset)));
    // And it reads the very rows an offset reads.
    const int first = middle / WorkspaceModel::kPageSize * WorkspaceModel::kPageSize;
    QList<Id> jumped;
    for (int r = first; r < first + WorkspaceModel::kPageSize; ++r)
        jumped.append(model.rowAt(r)->enrollment.id);
    auto byOffset = EnrollmentService(m_session->context())
                        .workspace(m_session->actor(), {}, WorkspaceSort::Country, false, first,
                                   WorkspaceModel::kPageSize);
    QVERIFY(byOffset);
    QList<Id> expected;
    for (const WorkspaceRow& r : *byOffset)
        expected.append(r.enrollment.id);
    QCOMPARE(jumped, expected);
    // The whole walk: a landmark every 2,000 rows.
    const int walked = int(m_total / 2000);
    QTRY_COMPARE(model.landmarkCount(), walked);
    // A new order forgets them (and reads its own).
    model.sort(WorkspaceModel::ProgramColumn, Qt::AscendingOrder);
    QCOMPARE(model.landmarkCount(), 0);
    QTRY_COMPARE(model.landmarkCount(), walked);
    // Going back to an order walked before, nothing having changed, takes its landmarks at once,
    // and a jump seeks from them to the same rows.
    const int walks = model.landmarkWalks();
    model.sort(WorkspaceModel::CountryColumn, Qt::DescendingOrder);
    QCOMPARE(model.landmarkWalks(), walks);
    QCOMPARE(model.landmarkCount(), walked);
    const PageRequest again = model.plannedRequest(middle);
    QVERIFY(again.anchor.has_value());
    QCOMPARE(again.anchor->id, planned.anchor->id);
    QCOMPARE(again.offset, planned.offset);
    // After a change they are walked again: rows may have moved along the order.
    m_session->reloadNow();
    model.reload();
    QVERIFY(model.waitForCount());
    QTRY_COMPARE(model.landmarkWalks(), walks + 1);
    QTRY_VERIFY(model.landmarkCount() >= int(m_total / 2000) - 1);
}

QTEST_MAIN(TestScale)
#include "tst_scale.moc"
