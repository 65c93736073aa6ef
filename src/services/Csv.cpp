#include "services/Csv.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace incentives::csv {
namespace {

// A spreadsheet evaluates a cell that begins with one of these (OWASP "CSV injection"): = + - @,
// and tab or carriage return, which some programs skip before looking. The full-width forms are
// turned into the ASCII ones by some East Asian input paths, so they count too.
bool startsLikeFormula(QStringView v)
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

// Whether a field must be quoted, as field() decides it (after the apostrophe of an inert one).
bool needsQuotes(QStringView v, bool inert)
{
    if (v.isEmpty())
        return false;
    if (!inert && v.front() == QLatin1Char(' '))
        return true;
    if (v.back() == QLatin1Char(' '))
        return true;
    for (const QChar c : v)
        if (c == QLatin1Char('"') || c == QLatin1Char(',') || c == QLatin1Char('\n') ||
            c == QLatin1Char('\r'))
            return true;
    return false;
}

} // namespace

void appendField(QByteArray& out, QStringView value)
{
    const bool inert = startsLikeFormula(value);
    const bool quoted = needsQuotes(value, inert);
    const qsizetype start = out.size();
    // At most three bytes for each UTF-16 unit (a doubled quote takes two, a surrogate pair four),
    // the apostrophe and the two quotes.
    out.resize(start + 3 * value.size() + 3);
    char* const begin = out.data() + start;
    char* p = begin;
    if (quoted)
        *p++ = '"';
    if (inert)
        *p++ = '\'';
    const char16_t* s = value.utf16();
    const char16_t* const end = s + value.size();
    while (s < end) {
        const char16_t c = *s++;
        if (c < 0x80) {
            if (c == u'"' && quoted)
                *p++ = '"';
            *p++ = char(c);
        } else if (c < 0x800) {
            *p++ = char(0xC0 | (c >> 6));
            *p++ = char(0x80 | (c & 0x3F));
        } else if (QChar::isHighSurrogate(c) && s < end && QChar::isLowSurrogate(*s)) {
            const char32_t u = QChar::surrogateToUcs4(c, *s++);
            *p++ = char(0xF0 | (u >> 18));
            *p++ = char(0x80 | ((u >> 12) & 0x3F));
            *p++ = char(0x80 | ((u >> 6) & 0x3F));
            *p++ = char(0x80 | (u & 0x3F));
        } else if (QChar::isSurrogate(c)) {
            // A lone surrogate: the general encoder says what becomes of it.
            out.resize(start);
            out.append(field(value.toString()).toUtf8());
            return;
        } else {
            *p++ = char(0xE0 | (c >> 12));
            *p++ = char(0x80 | ((c >> 6) & 0x3F));
            *p++ = char(0x80 | (c & 0x3F));
        }
    }
    if (quoted)
        *p++ = '"';
    out.resize(start + (p - begin));
}

void appendFieldUtf8(QByteArray& out, QByteArrayView value)
{
    // startsLikeFormula() and needsQuotes() on the bytes: every character they look for is ASCII
    // but the full-width forms, which are EF BC 9D (＝), EF BC 8B (＋), EF BC 8D (－) and EF BC A0 (＠).
    const qsizetype size = value.size();
    const char* const data = value.data();
    bool inert = false;
    if (size > 0) {
        if (data[0] == '\t' || data[0] == '\r') {
            inert = true;
        } else {
            qsizetype i = 0;
            while (i < size && data[i] == ' ')
                ++i;
            if (i < size) {
                const char c = data[i];
                inert = c == '=' || c == '+' || c == '-' || c == '@' ||
                        (c == '\xEF' && i + 2 < size && data[i + 1] == '\xBC' &&
                         (data[i + 2] == '\x9D' || data[i + 2] == '\x8B' || data[i + 2] == '\x8D' ||
                          data[i + 2] == '\xA0'));
            }
        }
    }
    bool quoted = false;
    qsizetype quotes = 0;
    if (size > 0) {
        quoted = (!inert && data[0] == ' ') || data[size - 1] == ' ';
        for (qsizetype i = 0; i < size; ++i) {
            const char c = data[i];
            if (c == '"') {
                ++quotes;
                quoted = true;
            } else if (c == ',' || c == '\n' || c == '\r') {
                quoted = true;
            }
        }
    }
    if (!quoted) {
        if (inert)
            out.append('\'');
        out.append(data, size);
        return;
    }
    out.append('"');
    if (inert)
        out.append('\'');
    if (quotes == 0) {
        out.append(data, size);
    } else {
        for (qsizetype i = 0; i < size; ++i) {
            if (data[i] == '"')
                out.append('"');
            out.append(data[i]);
        }
    }
    out.append('"');
}

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

QList<Record> parse(const QByteArray& data, QString* problem, int maxField)
{
    QList<Record> out;
    problem->clear();
    QStringDecoder decode(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decode(data);
    if (decode.hasError()) {
        *problem = QCoreApplication::translate("Csv", "The file is not UTF-8 text.");
        return {};
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    if (text.contains(QChar(0))) {
        *problem =
            QCoreApplication::translate("Csv", "The file holds a NUL character: it is not a CSV file.");
        return {};
    }
    int line = 1;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        Record r;
        r.line = line;
        bool blank = true;
        for (;;) { // one field
            QString field;
            bool quoted = false;
            if (i < n && text.at(i) == QLatin1Char('"')) {
                quoted = true;
                blank = false;
                ++i;
                for (;;) {
                    if (i >= n) {
                        *problem = QCoreApplication::translate("Csv", "Line %1: a quote is never closed.")
                                       .arg(r.line);
                        return {};
                    }
                    const QChar c = text.at(i++);
                    if (c == QLatin1Char('"')) {
                        if (i < n && text.at(i) == QLatin1Char('"')) {
                            ++i;
                        } else {
                            break;
                        }
                    } else if (c == QLatin1Char('\n')) {
                        ++line;
                    }
                    if (field.size() <= maxField)
                        field.append(c == QLatin1Char('"') ? QLatin1Char('"') : c);
                }
            }
            while (i < n && text.at(i) != QLatin1Char(',') && text.at(i) != QLatin1Char('\n')) {
                const QChar c = text.at(i++);
                if (c == QLatin1Char('\r') && (i >= n || text.at(i) == QLatin1Char('\n')))
                    continue;
                blank = false;
                if (field.size() <= maxField)
                    field.append(c);
            }
            Q_UNUSED(quoted);
            r.fields.append(field);
            if (i < n && text.at(i) == QLatin1Char(',')) {
                blank = false;
                ++i;
                continue;
            }
            break;
        }
        if (i < n) { // the line break
            ++i;
            ++line;
        }
        if (!blank)
            out.append(r);
    }
    return out;
}

} // namespace incentives::csv
