// File → New demo… and File → Export demo as template…: the dialog builds a customer's demo from a
// template and the window opens it; a template with mistakes shows them and writes nothing; the
// export is offered to a Presenter and written as a template that builds the same demo.
#include "GuiTestSupport.h"
#include "gui/FileDialogs.h"
#include "gui/NewDemoDialog.h"
#include "services/demo/DemoTemplate.h"

#include <QAction>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>

using namespace incentives;
using namespace incentives::gui;
using namespace incentives::gui::testing;

class TestNewDemo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dialogBuildsTheTemplatesDemo();
    void mistakesAreShownAndNothingIsWritten();
    void windowOpensTheNewDemoAndExportsIt();

private:
    QTemporaryDir m_dir;
};

void TestNewDemo::dialogBuildsTheTemplatesDemo()
{
    NewDemoDialog dialog{QString()};
    dialog.show();
    auto* fromTemplate = dialog.findChild<QRadioButton*>(QStringLiteral("fromTemplate"));
    auto* templatePath = dialog.findChild<QLineEdit*>(QStringLiteral("templatePath"));
    auto* target = dialog.findChild<QLineEdit*>(QStringLiteral("targetPath"));
    auto* create = dialog.findChild<QPushButton*>(QStringLiteral("create"));
    QVERIFY(fromTemplate && templatePath && target && create);
    QVERIFY(!templatePath->isEnabled()); // the built-in demo is the default
    fromTemplate->setChecked(true);
    QVERIFY(templatePath->isEnabled());
    QVERIFY(!create->isEnabled()); // no template chosen yet
    templatePath->setText(QStringLiteral(INCENTIVES_TEST_DATA "/templates/fabrikam.json"));
    const QString path = m_dir.filePath(QStringLiteral("fabrikam.db"));
    target->setText(path);
    saveShot(&dialog, QStringLiteral("new-demo"));
    QVERIFY(create->isEnabled());
    create->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.createdPath(), path);
    auto ctx = AppContext::open(path, Database::OpenMode::MustExist);
    QVERIFY(ctx);
    QCOMPARE((*ctx)->directory().organization()->name, QStringLiteral("Fabrikam"));
}

void TestNewDemo::mistakesAreShownAndNothingIsWritten()
{
    const QString bad = m_dir.filePath(QStringLiteral("bad.json"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(R"({"format": "incentives-demo-template", "version": 1, "organization": {"name": "X"},
               "locations": [{"partnerId": "12", "name": "X", "country": "ZZ"}], "users": [], "programs": []})");
    f.close();
    NewDemoDialog dialog{QString()};
    dialog.show();
    dialog.findChild<QRadioButton*>(QStringLiteral("fromTemplate"))->setChecked(true);
    dialog.findChild<QLineEdit*>(QStringLiteral("templatePath"))->setText(bad);
    const QString path = m_dir.filePath(QStringLiteral("bad.db"));
    dialog.findChild<QLineEdit*>(QStringLiteral("targetPath"))->setText(path);
    dialog.findChild<QPushButton*>(QStringLiteral("create"))->click();
    QVERIFY(dialog.isVisible()); // stays open, with what is wrong
    auto* problems = dialog.findChild<QPlainTextEdit*>(QStringLiteral("problems"));
    QVERIFY(problems->isVisible());
    QVERIFY2(problems->toPlainText().contains(QLatin1String("locations[0].partnerId")),
             qPrintable(problems->toPlainText()));
    QVERIFY2(problems->toPlainText().contains(QLatin1String("locations[0].country")),
             qPrintable(problems->toPlainText()));
    saveShot(&dialog, QStringLiteral("new-demo-mistakes"));
    QVERIFY(!QFileInfo::exists(path));
}

void TestNewDemo::windowOpensTheNewDemoAndExportsIt()
{
    DemoWindow w;
    QVERIFY(w.create(m_dir.filePath(QStringLiteral("contoso.db"))));
    QVERIFY(w.signIn(kAvery));
    auto* exportAction = w.window->findChild<QAction*>(QStringLiteral("actionExportDemoTemplate"));
    auto* newDemo = w.window->findChild<QAction*>(QStringLiteral("actionNewDemo"));
    QVERIFY(exportAction && newDemo);
    QVERIFY(exportAction->isVisible());
    QVERIFY(exportAction->isEnabled());
    // The export, through the window.
    const QString exported = m_dir.filePath(QStringLiteral("exported.json"));
    FileDialogs::answerNext(exported);
    exportAction->trigger();
    QVERIFY(QFileInfo::exists(exported));
    QVERIFY(demotemplate::load(exported));

    // New demo… from the exported template: the window opens the new database.
    const QString copy = m_dir.filePath(QStringLiteral("copy.db"));
    bool done = false;
    static bool signInAsked = false;
    onNextModal(
        w.window.get(),
        [&](QWidget* modal) {
            modal->findChild<QRadioButton*>(QStringLiteral("fromTemplate"))->setChecked(true);
            modal->findChild<QLineEdit*>(QStringLiteral("templatePath"))->setText(exported);
            modal->findChild<QLineEdit*>(QStringLiteral("targetPath"))->setText(copy);
            modal->findChild<QPushButton*>(QStringLiteral("create"))->click();
            // The window then asks who signs in: answered by the next modal.
            onNextModal(
                w.window.get(), [](QWidget* signIn) { signIn->close(); }, &signInAsked);
        },
        &done);
    newDemo->trigger();
    QTRY_VERIFY(done);
    QTRY_VERIFY(signInAsked);
    QTRY_COMPARE(QFileInfo(w.session->context().db().path()).fileName(), QStringLiteral("copy.db"));
}

QTEST_MAIN(TestNewDemo)
#include "tst_newdemo.moc"
