// The table of commands that the shell completions are generated from (incentives-cli
// --list-verbs): how it reads a help text, and that it agrees with the real command line: every
// command the CLI dispatches is in the help and in the table, and every option the table lists for
// a command is one that the command accepts.
#include "cli/Cli.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace incentives;
using namespace incentives::cli;

namespace {

struct Row
{
    QStringList subcommands;
    QStringList options;
};

// The listing by command ("-" for the global options).
QHash<QString, Row> rows(const QString& listing)
{
    QHash<QString, Row> table;
    const QStringList lines = listing.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString& line : lines) {
        const QStringList fields = line.split(QLatin1Char('\t'));
        if (fields.size() != 3)
            continue;
        table.insert(fields.at(0), {fields.at(1).split(QLatin1Char(' '), Qt::SkipEmptyParts),
                                    fields.at(2).split(QLatin1Char(' '), Qt::SkipEmptyParts)});
    }
    return table;
}

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList& arguments)
{
    Run r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    Cli cli(out, err);
    r.code = cli.run(arguments);
    out.flush();
    err.flush();
    return r;
}

} // namespace

class TestCliVerbs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void helpForEveryCommand()
    {
        // Every command the CLI dispatches has its row: in --help, and in help COMMAND and COMMAND --help.
        const QString usage = Cli::usageText();
        for (const QString& verb : Cli::verbs()) {
            QVERIFY2(usage.contains(QStringLiteral("\n  ") + verb), qPrintable(verb));
            const Run viaHelp = runCli({QStringLiteral("help"), verb});
            QCOMPARE(viaHelp.code, 0);
            QVERIFY2(viaHelp.out.startsWith(QStringLiteral("Usage: incentives-cli [global options] ") + verb),
                     qPrintable(viaHelp.out));
            const Run viaOption = runCli({verb, QStringLiteral("--help")});
            QCOMPARE(viaOption.code, 0);
            QCOMPARE(viaOption.out, viaHelp.out);
        }
        // Its options are the ones the command accepts.
        const Run workspace = runCli({QStringLiteral("help"), QStringLiteral("workspace")});
        QVERIFY(
            workspace.out.contains(QStringLiteral("--sort program|location|country|status|year|updated")));
        const Run unknown = runCli({QStringLiteral("help"), QStringLiteral("nonsense")});
        QCOMPARE(unknown.code, 2);
        QVERIFY(unknown.err.contains(QStringLiteral("nonsense")));
        // An option the table does not give a command is refused before the command runs.
        const Run refused = runCli({QStringLiteral("clock"), QStringLiteral("show"),
                                    QStringLiteral("--location"), QStringLiteral("1")});
        QCOMPARE(refused.code, 2);
        QVERIFY(refused.err.contains(QStringLiteral("unknown option --location")));
    }

    void listsEveryCommand()
    {
        const Run r = runCli({QStringLiteral("--list-verbs")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.err.isEmpty());
        const QHash<QString, Row> table = rows(r.out);
        const QStringList verbs = Cli::verbs();
        QVERIFY(verbs.contains(QStringLiteral("workspace")));
        QVERIFY(verbs.contains(QStringLiteral("enroll")));
        QCOMPARE(table.size(), verbs.size() + 1);
        const QString usage = Cli::usageText();
        for (const QString& verb : verbs) {
            QVERIFY2(table.contains(verb), qPrintable(verb));
            // The help describes every command, so that its options can be completed.
            QVERIFY2(usage.contains(QStringLiteral("\n  ") + verb + QLatin1Char(' ')) ||
                         usage.contains(QStringLiteral("| ") + verb) ||
                         usage.contains(QStringLiteral("\n  ") + verb + QLatin1Char('\n')),
                     qPrintable(QStringLiteral("%1 is not in incentives-cli --help").arg(verb)));
        }
        const Row global = table.value(QStringLiteral("-"));
        for (const char* option :
             {"--database=PATH", "--as=EMAIL", "--json", "--verbose", "--help", "--version"})
            QVERIFY2(global.options.contains(QLatin1String(option)), option);
        QCOMPARE(table.value(QStringLiteral("users")).subcommands.mid(0, 3),
                 QStringList({QStringLiteral("list"), QStringLiteral("add"), QStringLiteral("assign")}));
        QVERIFY(table.value(QStringLiteral("bank-profile"))
                    .options.contains(QStringLiteral("--account-type=checking|savings")));
        // The listing is not part of the help.
        QVERIFY(!usage.contains(QStringLiteral("--list-verbs")));
    }

    // Each option that the completions offer for a command is accepted by that command (with one of
    // its subcommands, or none).
    void everyListedOptionIsAccepted()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString db = dir.filePath(QStringLiteral("demo.db"));
        QCOMPARE(
            runCli({QStringLiteral("--database"), db, QStringLiteral("init"), QStringLiteral("--demo")}).code,
            0);
        const QHash<QString, Row> table = rows(runCli({QStringLiteral("--list-verbs")}).out);
        int checked = 0;
        for (auto it = table.constBegin(); it != table.constEnd(); ++it) {
            if (it.key() == QLatin1String("-"))
                continue;
            for (const QString& option : it.value().options) {
                const QString name = option.section(QLatin1Char('='), 0, 0);
                QStringList tail{name};
                if (option.contains(QLatin1Char('=')))
                    tail << dir.filePath(QStringLiteral("value"));
                QStringList tries{QString()};
                tries << it.value().subcommands;
                bool accepted = false;
                QString refusals;
                for (const QString& sub : std::as_const(tries)) {
                    QStringList arguments{QStringLiteral("--database"), db, QStringLiteral("--as"),
                                          QStringLiteral("avery.brooks@contoso.example"), it.key()};
                    if (!sub.isEmpty())
                        arguments << sub;
                    arguments << tail;
                    const Run r = runCli(arguments);
                    if (!r.err.contains(QStringLiteral("unknown option ") + name)) {
                        accepted = true;
                        break;
                    }
                    refusals += r.err;
                }
                QVERIFY2(accepted, qPrintable(QStringLiteral("%1 %2: %3").arg(it.key(), name, refusals)));
                ++checked;
            }
        }
        QVERIFY(checked > 40);
    }
};

QTEST_GUILESS_MAIN(TestCliVerbs)
#include "tst_cliverbs.moc"
