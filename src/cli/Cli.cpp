#include "cli/Cli.h"

#include "cli/CliArgs.h"
#include "cli/CliOutput.h"
#include "services/AuditService.h"
#include "services/AuthService.h"
#include "services/Simulation.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>

#include <iostream>
#include <string>

#include <termios.h>
#include <unistd.h>

namespace incentives::cli {

QString Cli::usageText()
{
    return QStringLiteral(
        "Usage: incentives-cli [--database PATH] [--as EMAIL] [--json] COMMAND ...\n"
        "\n"
        "  init [--demo | --empty --org NAME [--admin EMAIL] [--admin-name NAME] [--partner-id ID]\n"
        "       [--country CC] [--legal-name NAME]] [--force]\n"
        "  generate --locations N --programs M [--seed S] [--force]   a synthetic organization of any size\n"
        "  clock show | clock set DATETIME | clock advance DURATION|fy-end\n"
        "  users list | users add EMAIL NAME | users assign EMAIL ROLE [--location ID] [--replace]\n"
        "  users revoke EMAIL ROLE [--location ID]\n"
        "  locations list | programs list | inbox | home [dismiss PROGRAM --location ID]\n"
        "  audit [--limit N] | audit anchor | audit verify [--anchor COUNT:HASH]\n"
        "  workspace [--status S] [--location ID] [--program NAME] [--search TEXT] [--sort COLUMN]\n"
        "            [--desc] [--limit N] [--offset N] [--csv [--output FILE]]\n"
        "  summary --location ID [--html FILE | --pdf FILE]   a location's enrollment summary\n"
        "  invitation PROGRAM --location ID [--bank-profile NAME]\n"
        "  enroll PROGRAM --location ID\n"
        "  submit PROGRAM --location ID [--bank-profile NAME]\n"
        "  eligibility PROGRAM --location ID\n"
        "  bank-profile list | show NAME | add --name NAME --country CC --currency CUR --holder NAME ...\n"
        "  bank-profile edit NAME [--name NEW] [fields...] | assign NAME --location ID\n"
        "      fields: --iban --bic --routing --institution --account --account-type checking|savings\n"
        "              --bank-name --bank-address --method bank-transfer|credit-note\n"
        "  tax-profile show --location ID\n"
        "  tax-profile set --location ID [--form w9|w8ben-e] [--ein] [--incorporation CC]\n"
        "              [--foreign-tax-id ID] [--treaty-country CC --treaty-article A] [--signed DATE] [--vat "
        "ID]\n"
        "  validate iban|bic|aba|sort-code|transit|bsb|ifsc|ein|vat VALUE [--country CC]\n"
        "  validation approve|reject PROGRAM --location ID [--reason TEXT]   (demo databases)\n"
        "  program publish NAME --currencies USD,EUR [--criteria TEXT] [--open-to-all] [--credit-note]\n"
        "  program close|reopen|discontinue NAME                             (demo databases)\n"
        "  location set PARTNERID [--agreement active|expired] [--solutions-partner yes|no]\n"
        "               [--csp-indirect yes|no] [--csp-direct yes|no] [--revenue USD] [--customers N]\n"
        "  validation list                                                   (demo databases)\n"
        "  demo list | demo save NAME | demo load NAME | demo reset          (demo databases)\n"
        "  scenario list | scenario show ID | scenario start ID              (demo databases)\n"
        "  simulate eligibility                                              (demo databases)\n"
        "  backup FILE | restore FILE (Account admins) | check    copies, restore, integrity check\n"
        "  migrate --to DATABASE [--from DATABASE]  moves everything into a new or empty database\n"
        "                                   (Account admins), e.g. from a file to a PostgreSQL server\n"
        "  password                         change your password (INCENTIVES_NEW_PASSWORD or a prompt)\n"
        "  users deactivate|reactivate|reset-password EMAIL\n"
        "\n"
        "ROLE is account-admin, incentives-admin or incentives-user. DURATION is a number and a unit:\n"
        "30m, 1h, 2d, 48h, 1w; fy-end moves the demo clock to the start of the next fiscal year.\n"
        "DATABASE is a file path or postgresql://USER@HOST:PORT/DBNAME[?sslmode=require]; a server's\n"
        "password comes from INCENTIVES_DB_PASSWORD, PGPASSWORD or ~/.pgpass.\n"
        "--as may also come from the INCENTIVES_AS environment variable. Outside demo databases the\n"
        "password comes from INCENTIVES_PASSWORD or a prompt, never from the command line.\n"
        "Exit codes: 0 done, 1 refused, 2 usage error.\n");
}

int Cli::run(const QStringList& arguments)
{
    QStringList rest;
    m_as = qEnvironmentVariable("INCENTIVES_AS");
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        const auto takeValue = [&](QString& target, const QString& name) -> bool {
            if (a.startsWith(name + QLatin1Char('='))) {
                target = a.mid(name.size() + 1);
                return true;
            }
            if (i + 1 >= arguments.size())
                return false;
            target = arguments.at(++i);
            return true;
        };
        if (a == QLatin1String("--database") || a.startsWith(QLatin1String("--database="))) {
            if (!takeValue(m_database, QStringLiteral("--database")))
                return usage(QStringLiteral("--database needs a path."));
        } else if (a == QLatin1String("--as") || a.startsWith(QLatin1String("--as="))) {
            if (!takeValue(m_as, QStringLiteral("--as")))
                return usage(QStringLiteral("--as needs an email address."));
        } else if (a == QLatin1String("--json")) {
            m_json = true;
        } else if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            m_out << usageText();
            return Ok;
        } else if (a == QLatin1String("--version")) {
            m_out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion()
                  << '\n';
            return Ok;
        } else {
            rest.append(a);
        }
    }
    if (m_database.isEmpty())
        m_database = AppContext::defaultDatabasePath();
    {
        // From here on the database is named by its absolute path, or by its server URL without
        // a password (a password in the URL is kept in memory for the connections only).
        auto location = DatabaseLocation::parse(m_database);
        if (!location)
            return fail(location.error());
        if (!location->password.isEmpty())
            Database::rememberPassword(m_database, location->password);
        m_database = location->display();
    }
    if (rest.isEmpty())
        return usage(QStringLiteral("no command given."));
    const QString verb = rest.takeFirst();
    m_verb = verb;
    const int code = dispatch(verb, rest);
    m_out.flush();
    m_err.flush();
    return code;
}

int Cli::dispatch(const QString& verb, const QStringList& rest)
{
    Args a(rest);
    using Handler = int (Cli::*)(Args&);
    static const QHash<QString, Handler> handlers{
        {QStringLiteral("init"), &Cli::cmdInit},
        {QStringLiteral("generate"), &Cli::cmdGenerate},
        {QStringLiteral("clock"), &Cli::cmdClock},
        {QStringLiteral("users"), &Cli::cmdUsers},
        {QStringLiteral("locations"), &Cli::cmdLocations},
        {QStringLiteral("programs"), &Cli::cmdPrograms},
        {QStringLiteral("inbox"), &Cli::cmdInbox},
        {QStringLiteral("home"), &Cli::cmdHome},
        {QStringLiteral("audit"), &Cli::cmdAudit},
        {QStringLiteral("workspace"), &Cli::cmdWorkspace},
        {QStringLiteral("eligibility"), &Cli::cmdEligibility},
        {QStringLiteral("validation"), &Cli::cmdValidation},
        {QStringLiteral("program"), &Cli::cmdProgram},
        {QStringLiteral("simulate"), &Cli::cmdSimulate},
        {QStringLiteral("bank-profile"), &Cli::cmdBankProfile},
        {QStringLiteral("tax-profile"), &Cli::cmdTaxProfile},
        {QStringLiteral("validate"), &Cli::cmdValidate},
        {QStringLiteral("backup"), &Cli::cmdBackup},
        {QStringLiteral("password"), &Cli::cmdPassword},
        {QStringLiteral("restore"), &Cli::cmdRestore},
        {QStringLiteral("migrate"), &Cli::cmdMigrate},
        {QStringLiteral("check"), &Cli::cmdCheck},
        {QStringLiteral("location"), &Cli::cmdLocation},
        {QStringLiteral("demo"), &Cli::cmdDemo},
        {QStringLiteral("scenario"), &Cli::cmdScenario},
        {QStringLiteral("summary"), &Cli::cmdSummary},
    };
    if (verb == QLatin1String("enroll") || verb == QLatin1String("submit") ||
        verb == QLatin1String("invitation"))
        return cmdInvitation(a, verb);
    const auto handler = handlers.constFind(verb);
    if (handler == handlers.constEnd())
        return usage(QStringLiteral("unknown command '%1'.").arg(verb.left(40)));
    return (this->*handler.value())(a);
}

int Cli::fail(const Error& error)
{
    QString message = error.message.simplified();
    if (message.isEmpty())
        message = QStringLiteral("the command failed.");
    m_err << "incentives-cli: " << forTerminal(m_err, message) << '\n';
    m_err.flush();
    return error.kind == ErrorKind::Usage ? UsageError : Refused;
}

int Cli::usage(const QString& message)
{
    m_err << "incentives-cli: " << message << " See 'incentives-cli --help'.\n";
    m_err.flush();
    return UsageError;
}

Result<bool> Cli::databaseExists() const
{
    if (!DatabaseLocation::isServer(m_database)) // an empty file holds nothing to keep
        return QFileInfo::exists(m_database) && QFileInfo(m_database).size() > 0;
    // A server database counts once it holds our schema.
    auto ctx = AppContext::open(m_database, Database::OpenMode::MustExist);
    if (ctx)
        return true;
    if (ctx.error().kind == ErrorKind::NotFound)
        return false;
    return ctx.error();
}

int Cli::open()
{
    if (m_ctx)
        return Ok;
    auto ctx = AppContext::open(m_database, Database::OpenMode::MustExist);
    if (!ctx)
        return fail(ctx.error());
    m_ctx = std::move(ctx).value();
    if (auto warning = auditanchor::checkRemembered(*m_ctx); warning && !warning->isEmpty())
        m_err << "incentives-cli: warning: " << forTerminal(m_err, *warning) << '\n';
    if (!m_ctx->directory().organization())
        return fail(makeError(
            ErrorKind::NotFound,
            QStringLiteral("%1 holds no organization yet; run 'incentives-cli init'.").arg(m_database)));
    if (auto s = Simulation(*m_ctx).catchUp(); !s)
        return fail(s.error());
    return Ok;
}

namespace {

// Reads a line from the terminal without echoing it; empty when there is no terminal.
QString promptHidden(QTextStream& err, const QString& prompt)
{
    if (!isatty(STDIN_FILENO))
        return {};
    err << prompt;
    err.flush();
    termios saved{};
    tcgetattr(STDIN_FILENO, &saved);
    termios quiet = saved;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    std::string line;
    std::getline(std::cin, line);
    tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    err << '\n';
    err.flush();
    return QString::fromStdString(line);
}

} // namespace

int Cli::openAs(Actor& who)
{
    if (int rc = open(); rc != Ok)
        return rc;
    auto signedIn = actor();
    if (!signedIn)
        return fail(signedIn.error());
    who = *signedIn;
    return Ok;
}

Result<Actor> Cli::actor()
{
    if (m_actor)
        return *m_actor;
    if (m_as.trimmed().isEmpty())
        return makeError(ErrorKind::Usage,
                         QStringLiteral("say who acts: --as EMAIL (or set INCENTIVES_AS)."));
    AuthService auth(*m_ctx);
    QString password;
    if (auth.passwordsRequired()) {
        // Never from the command line, where other users of the machine could read it.
        password = qEnvironmentVariable("INCENTIVES_PASSWORD");
        if (password.isEmpty())
            password = promptHidden(m_err, QStringLiteral("Password for %1: ").arg(m_as.trimmed()));
        if (password.isEmpty())
            return makeError(ErrorKind::Usage, QStringLiteral("this database asks for a password: set "
                                                              "INCENTIVES_PASSWORD or run in a terminal."));
    }
    auto signedIn = auth.signIn(m_as, password);
    if (!signedIn)
        return signedIn.error();
    if (signedIn->mustChangePassword && m_verb != QLatin1String("password"))
        return makeError(
            ErrorKind::Denied,
            QStringLiteral("change the temporary password first: incentives-cli --as %1 password")
                .arg(signedIn->actor.email));
    m_actor = signedIn->actor;
    return *m_actor;
}

int Cli::cmdPassword(Args& a)
{
    if (auto e = a.parse({}); !e.isEmpty())
        return usage(e);
    if (a.count() > 0)
        return usage(
            QStringLiteral("password takes no arguments; the new one comes from INCENTIVES_NEW_PASSWORD "
                           "or a prompt."));
    if (int rc = open(); rc != Ok)
        return rc;
    auto who = actor();
    if (!who)
        return fail(who.error());
    QString next = qEnvironmentVariable("INCENTIVES_NEW_PASSWORD");
    if (next.isEmpty()) {
        next = promptHidden(m_err, QStringLiteral("New password: "));
        if (!next.isEmpty() && promptHidden(m_err, QStringLiteral("Repeat it: ")) != next)
            return fail(makeError(ErrorKind::Invalid, QStringLiteral("the two passwords differ.")));
    }
    if (next.isEmpty())
        return usage(QStringLiteral("set INCENTIVES_NEW_PASSWORD or run in a terminal."));
    auto changed =
        AuthService(*m_ctx).changePassword(*who, qEnvironmentVariable("INCENTIVES_PASSWORD"), next);
    if (!changed)
        return fail(changed.error());
    done(QStringLiteral("Your password is changed."));
    return Ok;
}

void Cli::done(const QString& message)
{
    done(message, {});
}

void Cli::done(const QString& message, const QJsonObject& extra)
{
    if (m_json) {
        QJsonObject o = extra;
        o.insert(QStringLiteral("ok"), true);
        o.insert(QStringLiteral("message"), message);
        m_out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    } else {
        m_out << forTerminal(m_out, message) << '\n';
    }
}

} // namespace incentives::cli
