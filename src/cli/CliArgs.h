#pragma once

#include <QHash>
#include <QSet>
#include <QStringList>

namespace incentives::cli {

// A command's words after the verb: positional words and --options. Options are declared by the
// command; anything else is a usage error, reported with the offending word.
class Args
{
public:
    Args(QStringList words) : m_words(std::move(words)) {}

    // Splits the words. valueOptions take the next word ("--location 123" or "--location=123");
    // flags stand alone. Returns an empty string, or what is wrong.
    QString parse(const QSet<QString>& valueOptions, const QSet<QString>& flags = {});

    const QStringList& positional() const { return m_positional; }
    QString at(int i) const { return m_positional.value(i); }
    int count() const { return int(m_positional.size()); }
    bool has(const QString& option) const { return m_values.contains(option) || m_flags.contains(option); }
    QString value(const QString& option, const QString& fallback = {}) const
    {
        return m_values.value(option, fallback);
    }

private:
    QStringList m_words;
    QStringList m_positional;
    QHash<QString, QString> m_values;
    QSet<QString> m_flags;
};

} // namespace incentives::cli
