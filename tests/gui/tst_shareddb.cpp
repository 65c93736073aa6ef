// A database shared with others: File → Connect to a shared database… and the window following
// other users' changes by itself. Runs on a file and, with INCENTIVES_TEST_POSTGRES, on a server.
#include "GuiTestSupport.h"
#include "TestDatabase.h"
#include "gui/BankProfileDialog.h"
#include "gui/ConnectDialog.h"
#include "gui/MessageBoxes.h"
#include "gui/ServerConnections.h"
#include "gui/WorkspaceModel.h"
#include "gui/WorkspacePage.h"
#include "services/EnrollmentService.h"
#include "services/ProfileService.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QUrl>

using namespace incentives;
using namespace incentives::gui;
using namespace incentives::gui::testing;

namespace {

const QString kSecurity = QStringLiteral("Microsoft Security Incentives");
const QString kUS = QStringLiteral("4649101");

QString workspaceStatus(MainWindow& window, const QString& program, const QString& partnerId)
{
    auto* table = window.workspacePage()->findChild<QTableView*>(QStringLiteral("table"));
    QAbstractItemModel* model = table->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex i = model->index(r, 0);
        if (i.data(WorkspaceModel::ProgramNameRole).toString() == program &&
            i.data(WorkspaceModel::PartnerIdRole).toString() == partnerId)
            return model->index(r, WorkspaceModel::StatusColumn).data().toString();
    }
    return {};
}

void fill(QWidget* dialog, const QUrl& url, const QString& password)
{
    dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit"))->setText(QStringLiteral("Team database"));
    dialog->findChild<QLineEdit*>(QStringLiteral("hostEdit"))->setText(url.host());
    dialog->findChild<QSpinBox*>(QStringLiteral("portSpin"))->setValue(url.port(5432));
    dialog->findChild<QLineEdit*>(QStringLiteral("databaseEdit"))->setText(url.path().mid(1));
    dialog->findChild<QLineEdit*>(QStringLiteral("userEdit"))->setText(url.userName());
    auto* ssl = dialog->findChild<QComboBox*>(QStringLiteral("sslCombo"));
    ssl->setCurrentIndex(ssl->findData(QStringLiteral("disable")));
    dialog->findChild<QLineEdit*>(QStringLiteral("passwordEdit"))->setText(password);
}

} // namespace

class TestSharedDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // The file and the server run of this test may run at once: each keeps its own settings.
        if (testdb::onServer())
            QCoreApplication::setApplicationName(QCoreApplication::applicationName() +
                                                 QStringLiteral("-postgres"));
        QSettings().remove(QStringLiteral("servers"));
    }
    void cleanup() { QSettings().remove(QStringLiteral("servers")); }
    void connectFormSaysWhatIsWrong();
    void connectsSignsInAndKeepsNoPassword();
    void otherUsersChangesShowUpByThemselves();
    void staleSaveOffersTheirVersion();

private:
    QTemporaryDir m_dir;
};

void TestSharedDatabase::connectFormSaysWhatIsWrong()
{
    ConnectDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* connectButton = dialog.findChild<QPushButton*>(QStringLiteral("connectButton"));
    QTest::mouseClick(connectButton, Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    for (const char* error : {"hostError", "databaseError", "userError"}) {
        auto* label = dialog.findChild<QLabel*>(QLatin1String(error));
        QVERIFY2(label->isVisible() && label->text().startsWith(QStringLiteral("⚠")), error);
    }
    saveShot(&dialog, QStringLiteral("connect-empty"));

    // A server that is not there: the form stays, the message says so, nothing is saved.
    fill(&dialog, QUrl(QStringLiteral("postgresql://nobody@127.0.0.1:1/nowhere")), {});
    QTest::mouseClick(connectButton, Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    auto* connectError = dialog.findChild<QLabel*>(QStringLiteral("connectError"));
    QVERIFY2(connectError->isVisible() && connectError->text().contains(QStringLiteral("Cannot connect")),
             qPrintable(connectError->text()));
    QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("hostError"))->isVisible());
    QVERIFY(serverprofiles::load().isEmpty());
    saveShot(&dialog, QStringLiteral("connect-unreachable"));
}

void TestSharedDatabase::connectsSignsInAndKeepsNoPassword()
{
    if (!testdb::onServer())
        QSKIP("needs a PostgreSQL server (INCENTIVES_TEST_POSTGRES)");
    const QString shared = testdb::fresh(m_dir, QStringLiteral("shared"));
    {
        auto ctx = AppContext::open(shared, Database::OpenMode::CreateIfMissing);
        QVERIFY(ctx && seed::demo(**ctx));
    }
    DemoWindow demo;
    QVERIFY(demo.create(m_dir.filePath(QStringLiteral("local.db"))));
    QVERIFY(demo.signIn(kBao));

    const QString secret = QStringLiteral("never-written-down-7");
    bool filled = false;
    bool signInShown = false;
    onNextModal(
        demo.window.get(),
        [&](QWidget* dialog) {
            QCOMPARE(dialog->objectName(), QStringLiteral("connectDialog"));
            fill(dialog, QUrl(shared), secret);
            saveShot(dialog, QStringLiteral("connect-filled"));
            // After connecting, the window asks who signs in there.
            onNextModal(
                demo.window.get(),
                [&](QWidget* signIn) {
                    QCOMPARE(signIn->objectName(), QStringLiteral("signInDialog"));
                    static_cast<QDialog*>(signIn)->reject();
                },
                &signInShown);
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("connectButton")),
                              Qt::LeftButton);
        },
        &filled);
    demo.window->findChild<QAction*>(QStringLiteral("actionConnect"))->trigger();
    QTRY_VERIFY(filled && signInShown);

    QVERIFY(!demo.context().db().isFile());
    QCOMPARE(demo.context().db().path(),
             DatabaseLocation::parse(shared + QStringLiteral("?sslmode=disable"))->display());
    QVERIFY(!demo.session->signedIn());
    QVERIFY(demo.signIn(kBao));
    // The title names the shared database, so that it is not mistaken for a local file.
    QVERIFY2(demo.window->windowTitle().contains(QUrl(shared).path().mid(1)),
             qPrintable(demo.window->windowTitle()));
    QCOMPARE(workspaceStatus(*demo.window, kSecurity, kUS), statusLabel(EnrollmentStatus::Invited));

    const QList<ServerProfile> saved = serverprofiles::load();
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.first().name, QStringLiteral("Team database"));
    QFile settingsFile(QSettings().fileName());
    QVERIFY(settingsFile.open(QIODevice::ReadOnly));
    QVERIFY(!settingsFile.readAll().contains(secret.toUtf8()));

    // The next time the form opens on the saved connection.
    ConnectDialog again;
    QCOMPARE(again.findChild<QComboBox*>(QStringLiteral("profileCombo"))->currentText(),
             QStringLiteral("Team database"));
    QCOMPARE(again.findChild<QLineEdit*>(QStringLiteral("databaseEdit"))->text(), QUrl(shared).path().mid(1));
    QVERIFY(again.findChild<QLineEdit*>(QStringLiteral("passwordEdit"))->text().isEmpty());
}

void TestSharedDatabase::otherUsersChangesShowUpByThemselves()
{
    DemoWindow demo;
    QVERIFY(demo.create(testdb::fresh(m_dir, QStringLiteral("live.db"))));
    QVERIFY(demo.signIn(kBao));
    demo.window->findChild<QAction*>(QStringLiteral("actionWorkspace"))->trigger();
    QCOMPARE(workspaceStatus(*demo.window, kSecurity, kUS), statusLabel(EnrollmentStatus::Invited));

    // Someone else, in another program, submits the enrollment.
    auto other = AppContext::open(demo.path(), Database::OpenMode::MustExist);
    QVERIFY(other);
    QVERIFY(EnrollmentService(**other).submit(*(*other)->actor(kBao), kSecurity, kUS));
    QTRY_COMPARE_WITH_TIMEOUT(workspaceStatus(*demo.window, kSecurity, kUS),
                              statusLabel(EnrollmentStatus::Validating), 8000);
    saveShot(demo.window.get(), QStringLiteral("live-update"));
}

void TestSharedDatabase::staleSaveOffersTheirVersion()
{
    // Two people edit the same bank profile. The second save is not written over the first: the
    // form says so and offers the saved version; declined, the typed values stay on screen.
    DemoWindow demo;
    QVERIFY(demo.create(testdb::fresh(m_dir, QStringLiteral("stale.db"))));
    QVERIFY(demo.signIn(kBao));
    const QString name = QStringLiteral("Contoso EU Treasury");
    auto view = demo.session->profiles().bankProfile(demo.session->actor(), name);
    QVERIFY(view && view->fullDetails);
    auto other = AppContext::open(demo.path(), Database::OpenMode::MustExist);
    QVERIFY(other);
    const Actor otherBao = *(*other)->actor(kBao);

    for (const bool reload : {false, true}) {
        auto current = demo.session->profiles().bankProfile(demo.session->actor(), name);
        BankProfileDialog dialog(*demo.session, current->profile);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* bic = dialog.findChild<QLineEdit*>(QStringLiteral("bicEdit"));
        const QString theirs = reload ? QStringLiteral("DEUTDEFFXXX") : QStringLiteral("COBADEFF370");
        const QString mine = QStringLiteral("BYLADEM1001");
        QVERIFY(ProfileService(**other).editBank(otherBao, name, [&](BankProfile& p) { p.bic = theirs; }));
        bic->selectAll();
        QTest::keyClicks(bic, mine);
        MessageBoxes::answerNext(reload ? QMessageBox::Yes : QMessageBox::No);
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QVERIFY2(MessageBoxes::lastText().contains(name), qPrintable(MessageBoxes::lastText()));
        auto stored = demo.session->profiles().bankProfile(demo.session->actor(), name);
        QCOMPARE(stored->profile.bic, theirs); // theirs, not overwritten
        auto* saveError = dialog.findChild<QLabel*>(QStringLiteral("saveError"));
        if (!reload) {
            QCOMPARE(bic->text(), mine);
            QVERIFY(saveError->text().contains(QStringLiteral("Someone else changed")));
            continue;
        }
        QCOMPARE(bic->text(), theirs);
        QVERIFY(saveError->text().contains(QStringLiteral("saved by someone else")));
        saveShot(&dialog, QStringLiteral("stale-reloaded"));
        // Made again on their version, the change goes through.
        bic->selectAll();
        QTest::keyClicks(bic, mine);
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(demo.session->profiles().bankProfile(demo.session->actor(), name)->profile.bic, mine);
    }
}

QTEST_MAIN(TestSharedDatabase)
#include "tst_shareddb.moc"
