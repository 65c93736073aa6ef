#include "gui/MainWindow.h"
#include "gui/MessageBoxes.h"
#include "gui/Session.h"
#include "services/DemoSeed.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QLibraryInfo>
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
    if (appTranslator.load(locale, QStringLiteral("incentives"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&appTranslator);

    const QString path = parser.value(database);
    const bool fresh = !QFileInfo::exists(path);
    auto ctx = AppContext::open(path, Database::OpenMode::CreateIfMissing);
    if (!ctx) {
        gui::MessageBoxes::warning(nullptr, QApplication::translate("main", "Incentives Desk"),
                                   ctx.error().message);
        return 1;
    }
    // A first start opens on the demo organization, so there is something to click through.
    if (fresh || !(*ctx)->directory().organization()) {
        if (auto s = seed::demo(**ctx); !s) {
            gui::MessageBoxes::warning(nullptr, QApplication::translate("main", "Incentives Desk"),
                                       s.error().message);
            return 1;
        }
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
