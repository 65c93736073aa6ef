#include "cli/CliArgs.h"

#include <QCoreApplication>

namespace incentives::cli {

QString Args::parse(const QSet<QString>& valueOptions, const QSet<QString>& flags)
{
    m_positional.clear();
    m_values.clear();
    m_flags.clear();
    bool onlyPositional = false;
    for (qsizetype i = 0; i < m_words.size(); ++i) {
        const QString& word = m_words.at(i);
        if (onlyPositional || !word.startsWith(QLatin1String("--"))) {
            m_positional.append(word);
            continue;
        }
        if (word == QLatin1String("--")) {
            onlyPositional = true;
            continue;
        }
        QString name = word.mid(2);
        QString inlineValue;
        bool hasInline = false;
        if (const auto eq = name.indexOf(QLatin1Char('=')); eq > 0) {
            inlineValue = name.mid(eq + 1);
            name = name.left(eq);
            hasInline = true;
        }
        if (flags.contains(name) && !hasInline) {
            m_flags.insert(name);
        } else if (valueOptions.contains(name)) {
            if (m_values.contains(name))
                return QCoreApplication::translate("Cli", "--%1 is given twice.").arg(name);
            if (hasInline) {
                m_values.insert(name, inlineValue);
            } else {
                if (i + 1 >= m_words.size())
                    return QCoreApplication::translate("Cli", "--%1 needs a value.").arg(name);
                m_values.insert(name, m_words.at(++i));
            }
        } else {
            return QCoreApplication::translate("Cli", "unknown option --%1").arg(name.left(40));
        }
    }
    return {};
}

} // namespace incentives::cli
