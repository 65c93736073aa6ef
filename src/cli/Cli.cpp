#include "cli/Cli.h"

#include "cli/CliArgs.h"
#include "cli/CliOutput.h"
#include "core/Logging.h"
#include "services/AuditService.h"
#include "services/AuthService.h"

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
    QString text = QStringLiteral(
        "Usage: incentives-cli [--database PATH] [--as EMAIL] [--json] [--verbose] COMMAND ...\n"
        "       incentives-cli help COMMAND, or COMMAND --help: one command's options\n\n");
    for (const Command& c : commands()) {
        text += QStringLiteral("  ") + c.name;
        if (!c.synopsis.isEmpty())
            text += QLatin1Char(' ') + c.synopsis;
        text += QStringLiteral("\n      ") + c.summary + QLatin1Char('\n');
    }
    text += QStringLiteral(
        "\n"
        "ROLE is account-admin, incentives-admin, incentives-user or presenter (demo databases).\n"
        "DURATION is a number and a unit: 30m, 1h, 2d, 48h, 1w; fy-end moves the demo clock to the start\n"
        "of the next fiscal year.\n"
        "DATABASE is a file path or postgresql://USER@HOST:PORT/DBNAME[?sslmode=require]; a server's\n"
        "password comes from INCENTIVES_DB_PASSWORD, PGPASSWORD or ~/.pgpass.\n"
        "A shared server enforces access itself when each person connects with their own login. The\n"
        "server administrator's one-time set-up:\n"
        "  psql -c \"CREATE ROLE incentives_owner LOGIN CREATEROLE PASSWORD '...'\"\n"
        "  createdb -O incentives_owner team\n"
        "  incentives-cli migrate --from FILE --to postgresql://incentives_owner@HOST/team --as EMAIL\n"
        "The owner's login is for that and for whole-database work (pg_dump, restore, migrate) only;\n"
        "every user gets a login named after their email (users add, or reset-password for existing\n"
        "ones, sets its password) and connects as postgresql://EMAIL@HOST/team (write @ as %40).\n"
        "--as may also come from the INCENTIVES_AS environment variable. Outside demo databases the\n"
        "password comes from INCENTIVES_PASSWORD or a prompt, never from the command line.\n"
        "--verbose logs what the command does on stderr.\n"
        "Exit codes: 0 done, 1 refused, 2 usage error.\n");
    return text;
}

QString Cli::verbListing()
{
    QStringList lines{QStringLiteral("-\t\t--as=EMAIL --database=PATH --help --json --verbose --version")};
    for (const Command& c : commands()) {
        QStringList options{QStringLiteral("--help")};
        for (const Option& o : c.options)
            options.append(o.placeholder.isEmpty() ? QStringLiteral("--") + o.name
                                                   : QStringLiteral("--%1=%2").arg(o.name, o.placeholder));
        options.sort();
        lines.append(QStringLiteral("%1\t%2\t%3")
                         .arg(c.name, c.subcommands.join(QLatin1Char(' ')), options.join(QLatin1Char(' '))));
    }
    std::sort(lines.begin() + 1, lines.end());
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
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
        } else if ((a == QLatin1String("--help") || a == QLatin1String("-h")) && rest.isEmpty()) {
            m_out << usageText(); // after a command, it asks for that command's help
            return Ok;
        } else if (a == QLatin1String("--verbose")) {
            logging::setVerbose(true);
        } else if (a == QLatin1String("--list-verbs")) {
            // Not in the help: the shell completions are generated from this listing.
            m_out << verbListing();
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
    qCInfo(lcCli) << "command" << verb;
    const Command* command = findCommand(verb);
    if (!command)
        return usage(QStringLiteral("unknown command '%1'.").arg(verb.left(40)));
    if (rest.contains(QStringLiteral("--help")) || rest.contains(QStringLiteral("-h"))) {
        m_out << commandHelp(*command);
        return Ok;
    }
    // The command's options, as its row in the table declares them.
    QSet<QString> values;
    QSet<QString> flags;
    for (const Option& o : command->options)
        (o.placeholder.isEmpty() ? flags : values).insert(o.name);
    Args a(rest);
    if (auto e = a.parse(values, flags); !e.isEmpty())
        return usage(e);
    return (this->*command->handler)(a);
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

int Cli::failLines(const Error& error)
{
    const QStringList lines = error.message.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.size() < 2)
        return fail(error);
    for (const QString& line : lines)
        m_err << "incentives-cli: " << forTerminal(m_err, line.simplified()) << '\n';
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
    auto session = Session::open(m_database, Database::OpenMode::MustExist);
    if (!session)
        return fail(session.error());
    m_session = std::move(session).value();
    m_ctx = &m_session->context();
    if (auto warning = auditanchor::checkRemembered(*m_ctx); warning && !warning->isEmpty())
        m_err << "incentives-cli: warning: " << forTerminal(m_err, *warning) << '\n';
    if (!m_session->holdsOrganization())
        return fail(makeError(
            ErrorKind::NotFound,
            QStringLiteral("%1 holds no organization yet; run 'incentives-cli init'.").arg(m_database)));
    return Ok;
}

void Cli::close()
{
    m_ctx = nullptr;
    m_session.reset();
    m_actor.reset();
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
    QString password;
    if (m_session->passwordsRequired()) {
        // Never from the command line, where other users of the machine could read it.
        password = qEnvironmentVariable("INCENTIVES_PASSWORD");
        if (password.isEmpty())
            password = promptHidden(m_err, QStringLiteral("Password for %1: ").arg(m_as.trimmed()));
        if (password.isEmpty())
            return makeError(ErrorKind::Usage, QStringLiteral("this database asks for a password: set "
                                                              "INCENTIVES_PASSWORD or run in a terminal."));
    }
    auto mustChange = m_session->signIn(m_as, password);
    if (!mustChange)
        return mustChange.error();
    if (*mustChange && m_verb != QLatin1String("password"))
        return makeError(
            ErrorKind::Denied,
            QStringLiteral("change the temporary password first: incentives-cli --as %1 password")
                .arg(m_session->actor().email));
    m_actor = m_session->actor();
    return *m_actor;
}

int Cli::replaceDatabase(const Replacement& replacement)
{
    close();
    if (auto s = replacement.carryOut(m_database); !s)
        return fail(s.error());
    return Ok;
}

int Cli::mayReplaceWhole()
{
    // Opening refuses anything that is not an intact database of ours.
    auto existing = Session::open(m_database, Database::OpenMode::MustExist);
    if (!existing)
        return fail(existing.error());
    m_session = std::move(existing).value();
    m_ctx = &m_session->context();
    std::optional<Actor> who;
    if (!m_as.trimmed().isEmpty()) {
        auto signedIn = actor();
        if (!signedIn) {
            close();
            return fail(signedIn.error());
        }
        who = *signedIn;
    }
    const Status allowed = m_session->maintenance().mayReplaceWhole(who);
    close();
    return allowed ? Ok : fail(allowed.error());
}

int Cli::cmdPassword(Args& a)
{
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
