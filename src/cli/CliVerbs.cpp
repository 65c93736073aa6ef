#include "cli/CliVerbs.h"

#include <QMap>
#include <QRegularExpression>

namespace incentives::cli {

namespace {

struct VerbEntry
{
    QStringList subcommands;
    QMap<QString, QString> options; // name -> placeholder (empty for a flag)
};

// A word without the brackets and parentheses that mark it optional or explanatory.
QString bare(const QString& word)
{
    QString w = word;
    w.remove(QRegularExpression(QStringLiteral("[\\[\\]()]")));
    return w;
}

bool isSubcommand(const QString& word)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9-]*(\\|[a-z][a-z0-9-]*)*$"));
    return pattern.match(word).hasMatch();
}

// Whether a word after an option is its value: a placeholder in capitals or a list of choices.
bool isValue(const QString& word)
{
    if (word.isEmpty() || word.startsWith(QLatin1Char('-')) || word.startsWith(QLatin1Char('|')))
        return false; // "[--demo | --empty ...": an alternative, not a value
    return word.at(0).isUpper() || word.at(0).isDigit() || word.contains(QLatin1Char('|'));
}

void addOptions(const QStringList& words, QMap<QString, QString>& options)
{
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString name = bare(words.at(i));
        if (!name.startsWith(QLatin1String("--")) || name.size() < 3)
            continue;
        QString value;
        // "--location ID]" takes a value; "--csv [--output FILE]" and "--desc]" do not.
        if (!words.at(i).endsWith(QLatin1Char(']')) && i + 1 < words.size() &&
            !words.at(i + 1).startsWith(QLatin1Char('[')) && isValue(bare(words.at(i + 1))))
            value = bare(words.at(i + 1));
        if (!options.contains(name) || options.value(name).isEmpty())
            options.insert(name, value);
    }
}

// Splits a help line at " | " outside brackets: "a [--x | --y] | b" is "a [--x | --y]" and "b".
QStringList segments(const QString& line)
{
    QStringList parts;
    QString current;
    int depth = 0;
    const QStringList words = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& word : words) {
        if (word == QLatin1String("|") && depth == 0) {
            parts << current.trimmed();
            current.clear();
            continue;
        }
        depth = std::max(0, depth + int(word.count(QLatin1Char('['))) - int(word.count(QLatin1Char(']'))));
        current += word + QLatin1Char(' ');
    }
    parts << current.trimmed();
    return parts;
}

QString optionsText(const QMap<QString, QString>& options)
{
    QStringList words;
    for (auto it = options.constBegin(); it != options.constEnd(); ++it)
        words << (it.value().isEmpty() ? it.key() : it.key() + QLatin1Char('=') + it.value());
    return words.join(QLatin1Char(' '));
}

} // namespace

QString verbListing(const QString& usage, const QStringList& verbs)
{
    QMap<QString, VerbEntry> table;
    for (const QString& verb : verbs)
        table.insert(verb, {});
    QMap<QString, QString> global{{QStringLiteral("--help"), {}}, {QStringLiteral("--version"), {}}};

    static const QRegularExpression description(QStringLiteral("\\s{3,}"));
    QString verb; // the command that the current line describes
    bool inCommands = false;
    const QStringList lines = usage.split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        if (line.startsWith(QLatin1String("Usage:"))) {
            addOptions(line.split(QLatin1Char(' '), Qt::SkipEmptyParts), global);
            continue;
        }
        if (line.trimmed().isEmpty()) {
            if (inCommands)
                break; // the notes after the commands
            continue;
        }
        if (!line.startsWith(QLatin1String("  ")))
            continue;
        inCommands = true;
        // What follows a wide gap is a description.
        const QString syntax = line.trimmed().split(description).constFirst();
        const bool startsCommand = !line.startsWith(QLatin1String("   ")) &&
                                   table.contains(bare(syntax.section(QLatin1Char(' '), 0, 0)));
        if (!startsCommand) {
            // A continuation: more options of the command above.
            if (!verb.isEmpty())
                addOptions(syntax.split(QLatin1Char(' '), Qt::SkipEmptyParts), table[verb].options);
            continue;
        }
        for (const QString& segment : segments(syntax)) {
            QStringList words = segment.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (words.isEmpty())
                continue;
            if (table.contains(words.constFirst())) {
                verb = words.takeFirst();
            }
            if (verb.isEmpty())
                continue;
            // "users list", "validate iban|bic|...", "home [dismiss ...", or after " | " a
            // subcommand of the same command ("bank-profile list | show NAME").
            if (!words.isEmpty() && !words.constFirst().startsWith(QLatin1String("[--")) &&
                isSubcommand(bare(words.constFirst()))) {
                const QStringList subs = bare(words.constFirst()).split(QLatin1Char('|'));
                for (const QString& sub : subs)
                    if (!table[verb].subcommands.contains(sub))
                        table[verb].subcommands << sub;
            }
            addOptions(words, table[verb].options);
        }
    }

    QString out = QStringLiteral("-\t\t") + optionsText(global) + QLatin1Char('\n');
    for (auto it = table.constBegin(); it != table.constEnd(); ++it)
        out += it.key() + QLatin1Char('\t') + it.value().subcommands.join(QLatin1Char(' ')) +
               QLatin1Char('\t') + optionsText(it.value().options) + QLatin1Char('\n');
    return out;
}

} // namespace incentives::cli
