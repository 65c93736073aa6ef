// The trainer's class dashboard (Presenter tools → Class dashboard…): on a server, it lists every
// trainee's sandbox, follows a trainee's step as they advance (by itself, on its timer), and resets
// the selected trainee's sandbox only; on a file, it says why there is no class and offers nothing.
#include "GuiTestSupport.h"
#include "TestDatabase.h"
#include "gui/ClassroomDialog.h"
#include "gui/MessageBoxes.h"
#include "services/DirectoryService.h"
#include "services/Session.h"
#include "services/demo/ClassroomService.h"
#include "services/demo/DemoSeed.h"
#include "services/demo/Scenarios.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace incentives;
using namespace incentives::gui;

namespace {

const QString kAvery = QStringLiteral("avery.brooks@contoso.example");
const QString kKenji = QStringLiteral("kenji.tanaka@contoso.example");
const QString kJapan = QStringLiteral("4649105");

int rowOf(QTableWidget* table, const QString& trainee)
{
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 0) && table->item(r, 0)->text() == trainee)
            return r;
    return -1;
}

QString cell(QTableWidget* table, const QString& trainee, int column)
{
    const int r = rowOf(table, trainee);
    return r >= 0 && table->item(r, column) ? table->item(r, column)->text() : QString();
}

// Records where the trainee stands in the assign-admin scenario, in their sandbox.
bool record(AppContext& sandbox)
{
    const scenarios::Scenario* scenario = scenarios::find(QStringLiteral("assign-admin"));
    auto avery = sandbox.actor(kAvery);
    return scenario && avery &&
           ClassroomService(sandbox).recordProgress(*avery, *scenario,
                                                    scenarios::progress(sandbox, *scenario));
}

} // namespace

class TestClassroomGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_main = testdb::fresh(m_dir, QStringLiteral("classroomgui"));
        auto ctx = AppContext::open(m_main, Database::OpenMode::CreateIfMissing);
        QVERIFY(ctx);
        QVERIFY(seed::demo(**ctx));
    }
    void aFileOffersNoClass();
    void dashboardFollowsAndResets();

private:
    QTemporaryDir m_dir;
    QString m_main;
};

void TestClassroomGui::aFileOffersNoClass()
{
    if (testdb::onServer())
        QSKIP("a file database only");
    auto session = Session::open(m_main, Database::OpenMode::MustExist);
    QVERIFY(session);
    QVERIFY((*session)->signIn(kAvery));
    ClassroomDialog dialog(**session);
    auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("classTable"));
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 0);
    QVERIFY(dialog.lastMessage().contains(QStringLiteral("PostgreSQL")));
    dialog.findChild<QLineEdit*>(QStringLiteral("traineesEdit"))->setText(QStringLiteral("someone"));
    QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("createSandboxesButton"))->isEnabled());
    QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("resetSandboxButton"))->isEnabled());
}

void TestClassroomGui::dashboardFollowsAndResets()
{
    if (!testdb::onServer())
        QSKIP("sandboxes live on a PostgreSQL server");
    const QString a = QStringLiteral("gui.a%1").arg(::getpid());
    const QString b = QStringLiteral("gui.b%1").arg(::getpid());
    auto session = Session::open(m_main, Database::OpenMode::MustExist);
    QVERIFY(session);
    QVERIFY((*session)->signIn(kAvery));
    ClassroomDialog dialog(**session);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("classTable"));
    auto* create = dialog.findChild<QPushButton*>(QStringLiteral("createSandboxesButton"));
    auto* reset = dialog.findChild<QPushButton*>(QStringLiteral("resetSandboxButton"));
    QVERIFY(table && create && reset);
    QVERIFY(!create->isEnabled()); // nobody named yet

    // Two trainees, from the built-in demo.
    dialog.findChild<QLineEdit*>(QStringLiteral("traineesEdit"))->setText(a + QStringLiteral(", ") + b);
    QVERIFY(create->isEnabled());
    QTest::mouseClick(create, Qt::LeftButton);
    QVERIFY2(dialog.lastMessage().contains(QStringLiteral("password")), qPrintable(dialog.lastMessage()));
    QVERIFY(rowOf(table, a) >= 0 && rowOf(table, b) >= 0);
    QCOMPARE(cell(table, a, 1), ClassroomDialog::tr("Not started"));

    // A advances in their sandbox; the dashboard follows by itself.
    const QString urlA = cell(table, a, 6);
    QVERIFY(urlA.contains(QStringLiteral("sandbox=")));
    auto sandboxA = AppContext::open(urlA, Database::OpenMode::MustExist);
    QVERIFY2(sandboxA, sandboxA ? "" : qPrintable(sandboxA.error().message));
    QVERIFY(record(**sandboxA));
    const int steps = int(scenarios::find(QStringLiteral("assign-admin"))->steps.size());
    QTRY_COMPARE_WITH_TIMEOUT(cell(table, a, 2), ClassroomDialog::tr("%1 of %2").arg(1).arg(steps), 10000);
    auto averyInA = (*sandboxA)->actor(kAvery);
    QVERIFY(averyInA);
    QVERIFY(DirectoryService(**sandboxA).assignRole(*averyInA, kKenji, Role::IncentivesAdmin, kJapan));
    QVERIFY(record(**sandboxA));
    QTRY_VERIFY_WITH_TIMEOUT(cell(table, a, 2) != ClassroomDialog::tr("%1 of %2").arg(1).arg(steps), 10000);
    QVERIFY(cell(table, a, 3).startsWith(QStringLiteral("2")));
    QCOMPARE(cell(table, b, 1), ClassroomDialog::tr("Not started"));
    testing::saveShot(&dialog, QStringLiteral("class-dashboard"));

    // Reset A, selected: A starts over; B's row is as it was.
    table->selectRow(rowOf(table, b));
    const QString bBefore = cell(table, b, 1);
    table->selectRow(rowOf(table, a));
    QVERIFY(reset->isEnabled());
    MessageBoxes::answerNext(QMessageBox::Yes);
    QTest::mouseClick(reset, Qt::LeftButton);
    QVERIFY2(dialog.lastMessage().contains(a), qPrintable(dialog.lastMessage()));
    QCOMPARE(cell(table, a, 1), ClassroomDialog::tr("Not started"));
    QCOMPARE(cell(table, b, 1), bBefore);
}

QTEST_MAIN(TestClassroomGui)
#include "tst_classroomgui.moc"
