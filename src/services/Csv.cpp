#include "services/Csv.h"

namespace incentives::csv {
namespace {

// A spreadsheet evaluates a cell that begins with one of these (OWASP "CSV injection"): = + - @,
// and tab or carriage return, which some programs skip before looking. The full-width forms are
// turned into the ASCII ones by some East Asian input paths, so they count too.
bool startsLikeFormula(const QString& v)
{
    if (v.isEmpty())
        return false;
    const QChar first = v.at(0);
    if (first == QLatin1Char('\t') || first == QLatin1Char('\r'))
        return true;
    // Leading spaces are trimmed by some importers before the formula check.
    qsizetype i = 0;
    while (i < v.size() && v.at(i) == QLatin1Char(' '))
        ++i;
    if (i == v.size())
        return false;
    switch (v.at(i).unicode()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case 0xFF1D: // ＝
    case 0xFF0B: // ＋
    case 0xFF0D: // －
    case 0xFF20: // ＠
        return true;
    default:
        return false;
    }
}

} // namespace

QString field(const QString& value)
{
    QString v = value;
    if (startsLikeFormula(v))
        v.prepend(QLatin1Char('\''));
    if (v.contains(QLatin1Char('"')) || v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('\n')) ||
        v.contains(QLatin1Char('\r')) || v.startsWith(QLatin1Char(' ')) || v.endsWith(QLatin1Char(' '))) {
        v.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        v = QLatin1Char('"') + v + QLatin1Char('"');
    }
    return v;
}

QString line(const QStringList& fields)
{
    QString out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += QLatin1Char(',');
        out += field(fields.at(i));
    }
    out += QStringLiteral("\r\n");
    return out;
}

} // namespace incentives::csv
