#include "core/Logging.h"
#include "gui/AppSettings.h"
#include "gui/ConnectDialog.h"
#include "gui/Icons.h"
#include "gui/MainWindow.h"
#include "gui/MessageBoxes.h"
#include "gui/Translations.h"
#include "gui/WaitDialog.h"
#include "services/Session.h"
#include "services/StartUp.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileDialog>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTranslator>

#include <memory>
#include <string_view>

using namespace incentives;

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("incentives-desk"));
    QCoreApplication::setApplicationName(QStringLiteral("incentives-desk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));
}

// The interface language: the Language setting, or the system's.
void installTranslators(QTranslator& qtTranslator, QTranslator& appTranslator)
{
    QSettings settings;
    const QString language = settings.value(QStringLiteral("language")).toString();
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    gui::installTranslations(locale, qtTranslator, appTranslator);
}

struct Options
{
    QCommandLineOption database;
    QCommandLineOption user;
    QCommandLineOption verbose;
};

Options addOptions(QCommandLineParser& parser)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Partner Center incentive enrollment workbench"));
    parser.addHelpOption();
    parser.addVersionOption();
    Options options{
        QCommandLineOption(QStringLiteral("database"),
                           QCoreApplication::translate(
                               "main", "Open the database at <path>: a file, or "
                                       "postgresql://USER@HOST:PORT/DATABASE. Without it, the database "
                                       "opened last."),
                           QCoreApplication::translate("main", "path")),
        QCommandLineOption(QStringLiteral("as"), QCoreApplication::translate("main", "Sign in as <email>."),
                           QCoreApplication::translate("main", "email")),
        QCommandLineOption(QStringLiteral("verbose"),
                           QCoreApplication::translate("main", "Log what the application does on stderr."))};
    parser.addOption(options.database);
    parser.addOption(options.user);
    parser.addOption(options.verbose);
    parser.addPositionalArgument(
        QStringLiteral("file"),
        QCoreApplication::translate("main", "The database file to open, as with --database."),
        QStringLiteral("[file]"));
    return options;
}

enum class EarlyRequest
{
    None,
    HelpOrVersion, // --help, --version: Qt Core is enough
    HelpAll        // --help-all also lists Qt's own options, which only QApplication knows
};

// Whether the command line asks for the help or the version: they are answered without a display.
EarlyRequest earlyRequest(int argc, char* argv[])
{
    EarlyRequest request = EarlyRequest::None;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg(argv[i]);
        if (arg == "--")
            break;
        if (arg == "--help-all")
            return EarlyRequest::HelpAll;
        if (arg == "-h" || arg == "-?" || arg == "--help" || arg == "-v" || arg == "--version")
            request = EarlyRequest::HelpOrVersion;
    }
    return request;
}

// Prints the help or the version and exits; returns if the command line asks for more.
void answerEarlyRequest(EarlyRequest request, int& argc, char* argv[])
{
    std::unique_ptr<QCoreApplication> app;
    if (request == EarlyRequest::HelpAll) {
        // The offscreen platform needs no display; its start-up notes are not part of the help.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        const QtMessageHandler previous =
            qInstallMessageHandler([](QtMsgType, const QMessageLogContext&, const QString&) {});
        app = std::make_unique<QApplication>(argc, argv);
        qInstallMessageHandler(previous);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    describeApplication();
    QTranslator qtTranslator;
    QTranslator appTranslator;
    installTranslators(qtTranslator, appTranslator);
    QCommandLineParser parser;
    addOptions(parser);
    // Prints and exits. A command line that only the full start understands (Qt's own options,
    // such as -platform) or where the word is an option's value goes on to the full start; with
    // --help-all, QApplication knows Qt's options, so it always prints.
    if (request == EarlyRequest::HelpAll || parser.parse(QCoreApplication::arguments()))
        parser.process(*app);
}

} // namespace

int main(int argc, char* argv[])
{
    logging::setVerbose(logging::asksForVerbose(argc, argv));
    if (const EarlyRequest request = earlyRequest(argc, argv); request != EarlyRequest::None)
        answerEarlyRequest(request, argc, argv);

    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Incentives Desk"));
    QGuiApplication::setDesktopFileName(QStringLiteral(INCENTIVES_APP_ID));
    QApplication::setWindowIcon(gui::appIcon());
    QTranslator qtTranslator;
    QTranslator appTranslator;
    installTranslators(qtTranslator, appTranslator);

    QCommandLineParser parser;
    const Options options = addOptions(parser);
    parser.process(app);

    // The file the desktop opens (incentives-desk FILE), else --database, else the last one used.
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1)
        qCWarning(lcGui) << "opening the first of" << files.size() << "files:" << files.constFirst();
    QString path = !files.isEmpty()                 ? files.constFirst()
                   : parser.isSet(options.database) ? parser.value(options.database)
                                                    : gui::settings::databasePath();
    qCInfo(lcGui) << "opening" << path;

    // The file's structural check runs once the window is painted; writes wait for its verdict.
    Database::setIntegrityCheckDeferred(true);
    std::unique_ptr<Session> session;
    if (DatabaseLocation::isServer(path)) {
        // A shared database: the password kept in the keychain, else the connection form asks.
        Result<std::unique_ptr<AppContext>> ctx = gui::ConnectDialog::openWithKeptPassword(path);
        if (!ctx) {
            gui::ConnectDialog dialog;
            dialog.setObjectName(QStringLiteral("connectDialog"));
            dialog.setUrl(path);
            dialog.showError(ctx.error());
            if (dialog.exec() != QDialog::Accepted)
                return 1;
            ctx = dialog.takeContext();
        }
        session = std::make_unique<Session>(std::move(ctx).value());
    } else {
        // A file that cannot be opened is left untouched; the user chooses another or a new demo.
        auto opened = startup::open(
            path,
            [](const QString& current, const Error& why) {
                QMessageBox box(QMessageBox::Warning, QApplication::translate("main", "Incentives Desk"),
                                QApplication::translate("main", "This database cannot be opened:\n\n%1")
                                    .arg(why.message));
                box.setObjectName(QStringLiteral("openFailedBox"));
                QPushButton* other = box.addButton(QApplication::translate("main", "Open another file…"),
                                                   QMessageBox::AcceptRole);
                QPushButton* demo = box.addButton(
                    QApplication::translate("main", "Create a new demo database…"), QMessageBox::ActionRole);
                box.addButton(QMessageBox::Close);
                box.exec();
                startup::Choice choice;
                if (box.clickedButton() == other) {
                    choice.kind = startup::Choice::Kind::OpenOther;
                    choice.path = QFileDialog::getOpenFileName(
                        nullptr, QApplication::translate("main", "Open a database"), current,
                        QApplication::translate("main", "Incentives Desk databases (*.db);;All files (*)"));
                } else if (box.clickedButton() == demo) {
                    choice.kind = startup::Choice::Kind::NewDemo;
                    choice.path = QFileDialog::getSaveFileName(
                        nullptr, QApplication::translate("main", "New demo database"),
                        QStringLiteral("demo.db"),
                        QApplication::translate("main", "Incentives Desk databases (*.db)"));
                }
                if (choice.path.isEmpty())
                    choice.kind = startup::Choice::Kind::GiveUp;
                return choice;
            },
            [](const QString& what, const std::function<Status()>& work) {
                // An upgrade on a worker thread: the person sees what is happening, not a frozen start.
                return gui::waitWithProgress(nullptr, what, work);
            });
        if (!opened)
            return 1;
        session = std::move(opened).value();
    }
    gui::MainWindow window(*session);
    window.show();
    if (parser.isSet(options.user)) {
        // --as is for demo databases and scripted screenshots: no password can be given here.
        if (auto s = session->signIn(parser.value(options.user)); !s) {
            gui::MessageBoxes::warning(&window, QApplication::translate("main", "Sign in"),
                                       s.error().message);
            return 1;
        }
    } else if (!window.chooseUser()) {
        return 0;
    }
    return app.exec();
}
