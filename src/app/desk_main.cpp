#include "gui/MainWindow.h"
#include "gui/MessageBoxes.h"
#include "gui/Session.h"
#include "services/DemoFiles.h"
#include "services/DemoSeed.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileDialog>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTranslator>

using namespace incentives;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("incentives-desk"));
    QApplication::setApplicationName(QStringLiteral("incentives-desk"));
    QApplication::setApplicationDisplayName(QStringLiteral("Incentives Desk"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Partner Center incentive enrollment workbench"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption database(QStringLiteral("database"),
                                QApplication::translate("main", "Open the database at <path>."),
                                QApplication::translate("main", "path"), AppContext::defaultDatabasePath());
    QCommandLineOption user(QStringLiteral("as"), QApplication::translate("main", "Sign in as <email>."),
                            QApplication::translate("main", "email"));
    parser.addOption(database);
    parser.addOption(user);
    parser.process(app);

    // The interface language: the Language setting, or the system's.
    QSettings settings;
    const QString language = settings.value(QStringLiteral("language")).toString();
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    QTranslator qtTranslator;
    if (qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator appTranslator;
    if (appTranslator.load(locale, QStringLiteral("incentives"), QStringLiteral("_"),
                           QStringLiteral(":/i18n")))
        QApplication::installTranslator(&appTranslator);

    // A file that cannot be opened is left untouched; the user chooses another or a new demo.
    QString path = parser.value(database);
    Result<std::unique_ptr<AppContext>> ctx = makeError(ErrorKind::Storage, QString());
    for (;;) {
        const bool fresh = !QFileInfo::exists(path);
        ctx = AppContext::open(path, Database::OpenMode::CreateIfMissing);
        if (ctx && (fresh || !(*ctx)->directory().organization())) {
            // A first start opens on the demo organization, so there is something to click through.
            if (auto s = seed::demo(**ctx); !s)
                ctx = s.error();
        }
        if (ctx)
            break;
        QMessageBox box(QMessageBox::Warning, QApplication::translate("main", "Incentives Desk"),
                        QApplication::translate("main", "This database cannot be opened:\n\n%1")
                            .arg(ctx.error().message));
        box.setObjectName(QStringLiteral("openFailedBox"));
        QPushButton* other =
            box.addButton(QApplication::translate("main", "Open another file…"), QMessageBox::AcceptRole);
        QPushButton* demo = box.addButton(QApplication::translate("main", "Create a new demo database…"),
                                          QMessageBox::ActionRole);
        box.addButton(QMessageBox::Close);
        box.exec();
        QString next;
        if (box.clickedButton() == other)
            next = QFileDialog::getOpenFileName(
                nullptr, QApplication::translate("main", "Open a database"), path,
                QApplication::translate("main", "Incentives Desk databases (*.db);;All files (*)"));
        else if (box.clickedButton() == demo)
            next = QFileDialog::getSaveFileName(
                nullptr, QApplication::translate("main", "New demo database"), QStringLiteral("demo.db"),
                QApplication::translate("main", "Incentives Desk databases (*.db)"));
        if (next.isEmpty())
            return 1;
        if (box.clickedButton() == demo)
            demofiles::removeDatabaseFiles(next);
        path = next;
    }
    gui::Session session(std::move(ctx).value());
    gui::MainWindow window(session);
    window.show();
    if (parser.isSet(user)) {
        // --as is for demo databases and scripted screenshots: no password can be given here.
        if (auto s = session.signIn(parser.value(user)); !s) {
            gui::MessageBoxes::warning(&window, QApplication::translate("main", "Sign in"),
                                       s.error().message);
            return 1;
        }
    } else if (!window.chooseUser()) {
        return 0;
    }
    return app.exec();
}
