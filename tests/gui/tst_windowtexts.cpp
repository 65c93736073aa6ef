// What the window says about itself: its title names the database and the user once, with the
// application's name left to the window system; the lock says who locked it; the sign-in lists
// people in natural order.
#include "gui/PeopleModel.h"
#include "gui/SignInDialog.h"

#include "GuiTestSupport.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStandardPaths>

using namespace incentives;
using namespace incentives::gui;
using namespace incentives::gui::testing;

class TestWindowTexts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QGuiApplication::setApplicationDisplayName(QStringLiteral("Incentives Desk"));
    }
    void init() { QVERIFY(m_demo.create(m_dir.filePath(QStringLiteral("incentives.db")))); }
    void cleanup() { m_demo.close(); }

    void titleNamesTheDatabaseAndTheUserOnce()
    {
        MainWindow& window = *m_demo.window;
        // The window system appends " — Incentives Desk" (the display name) to the title.
        QCOMPARE(window.windowTitle(), QStringLiteral("incentives.db"));
        QCOMPARE(window.windowFilePath(),
                 QFileInfo(m_dir.filePath(QStringLiteral("incentives.db"))).absoluteFilePath());
        QVERIFY(m_demo.signIn(kBao));
        QCOMPARE(window.windowTitle(), QStringLiteral("incentives.db — Bao Nguyen"));
        QVERIFY(!window.windowTitle().contains(QGuiApplication::applicationDisplayName()));
    }

    void lockSaysTheUserLockedIt()
    {
        QVERIFY(m_demo.signIn(kBao));
        QAction* lockAction = m_demo.window->findChild<QAction*>(QStringLiteral("actionLock"));
        QVERIFY(lockAction);
        QCOMPARE(lockAction->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_L));
        QString heading;
        QString title;
        bool done = false;
        onNextModal(
            this,
            [&](QWidget* unlock) {
                heading = unlock->findChild<QLabel*>(QStringLiteral("heading"))->text();
                title = unlock->windowTitle();
                unlock->findChild<QPushButton*>(QStringLiteral("signInButton"))->click();
            },
            &done);
        lockAction->trigger();
        QVERIFY(done);
        QVERIFY(!m_demo.window->isLocked());
        QVERIFY2(heading.startsWith(QStringLiteral("You locked Incentives Desk.")), qPrintable(heading));
        QVERIFY2(!heading.contains(QStringLiteral("inactivity")), qPrintable(heading));
        QVERIFY(heading.contains(kBao));
        QVERIFY2(!title.contains(QGuiApplication::applicationDisplayName()), qPrintable(title));
    }

    void lockSaysInactivityLockedIt()
    {
        QVERIFY(m_demo.signIn(kBao));
        QString heading;
        bool done = false;
        onNextModal(
            this,
            [&](QWidget* unlock) {
                heading = unlock->findChild<QLabel*>(QStringLiteral("heading"))->text();
                unlock->findChild<QPushButton*>(QStringLiteral("signInButton"))->click();
            },
            &done);
        m_demo.window->lock(MainWindow::LockReason::Inactivity);
        QVERIFY(done);
        QVERIFY2(heading.contains(QStringLiteral("after a period of inactivity")), qPrintable(heading));
    }

    void signInListsNamesInNaturalOrder()
    {
        QVERIFY(m_demo.signIn(kAvery));
        const Actor avery = m_demo.session->actor();
        for (const char* name : {"Admin 10", "Admin 2", "admin 3", "Admin 100", "Admin 1"}) {
            const QString n = QString::fromLatin1(name);
            const QString email =
                QString(n).remove(QLatin1Char(' ')).toLower() + QStringLiteral("@contoso.example");
            QVERIFY2(m_demo.session->directory().addUser(avery, email, n), name);
        }
        SignInDialog dialog(*m_demo.session, QString());
        QStringList admins;
        const QAbstractItemModel* model = dialog.usersModel();
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->index(r, 0).data().toString().startsWith(QStringLiteral("Admin"), Qt::CaseInsensitive))
                admins << model->index(r, 0).data().toString();
        QCOMPARE(admins,
                 QStringList({QStringLiteral("Admin 1"), QStringLiteral("Admin 2"), QStringLiteral("admin 3"),
                              QStringLiteral("Admin 10"), QStringLiteral("Admin 100")}));
        // The filter ignores case, in and beyond ASCII.
        QVERIFY(m_demo.session->directory().addUser(avery, QStringLiteral("jm@contoso.example"),
                                                    QStringLiteral("Jürgen Müller")));
        SignInDialog again(*m_demo.session, QString());
        auto* filter = again.findChild<QLineEdit*>(QStringLiteral("filterEdit"));
        const QAbstractItemModel* people = again.usersModel();
        for (const char* typed : {"MÜLLER", "jürgen m", "JM@CONTOSO"}) {
            filter->setText(QString::fromUtf8(typed));
            QCOMPARE(people->rowCount(), 1);
            QCOMPARE(people->index(0, 0).data().toString(), QStringLiteral("Jürgen Müller"));
        }
        filter->setText(QStringLiteral("MULLER")); // ü is not u
        QCOMPARE(people->rowCount(), 0);
        filter->setText(QStringLiteral("ADMIN 10"));
        QCOMPARE(people->rowCount(), 2); // Admin 10 and Admin 100
    }

private:
    QTemporaryDir m_dir;
    DemoWindow m_demo;
};

QTEST_MAIN(TestWindowTexts)
#include "tst_windowtexts.moc"
