#include "cli/Cli.h"
#include "core/Logging.h"

#include <QCoreApplication>

#include <cstring>
#include <memory>

#ifdef INCENTIVES_CLI_PDF
#include "report/HtmlPrinter.h"

#include <QGuiApplication>
#endif

int main(int argc, char* argv[])
{
    // Quiet: stderr carries the command's own messages; --verbose (read by Cli::run) adds the log.
    incentives::logging::setVerbose(false);
    // Only a PDF needs Qt Gui (fonts and page layout); it runs on the offscreen platform, so no
    // display is needed. Every other command stays a plain Qt Core program.
    std::unique_ptr<QCoreApplication> application;
#ifdef INCENTIVES_CLI_PDF
    bool pdf = false;
    for (int i = 1; i < argc; ++i)
        pdf = pdf || std::strcmp(argv[i], "--pdf") == 0 || std::strncmp(argv[i], "--pdf=", 6) == 0;
    if (pdf) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        // The platform's start-up notes (such as a missing XDG_RUNTIME_DIR) are not the user's
        // concern: stderr carries only the command's own message.
        const QtMessageHandler previous =
            qInstallMessageHandler([](QtMsgType, const QMessageLogContext&, const QString&) {});
        application = std::make_unique<QGuiApplication>(argc, argv);
        qInstallMessageHandler(previous);
    }
#endif
    if (!application)
        application = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication& app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("incentives-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));
    QTextStream out(stdout);
    QTextStream err(stderr);
    incentives::cli::Cli cli(out, err);
#ifdef INCENTIVES_CLI_PDF
    if (pdf)
        cli.setPdfWriter(&incentives::report::writePdf);
#endif
    return cli.run(app.arguments().mid(1));
}
