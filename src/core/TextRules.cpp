#include "core/TextRules.h"

#include <QCoreApplication>
#include <QHash>

namespace incentives::textrules {
namespace {

bool isForbidden(QChar c, bool lines)
{
    const char16_t u = c.unicode();
    if (lines && (u == u'\n' || u == u'\t' || u == u'\r'))
        return false;
    // C0, DEL and C1 controls; line and paragraph separators; direction controls.
    return c.category() == QChar::Other_Control || u == 0x2028 || u == 0x2029 || isDirectionControl(u);
}

// The label a field is named by in messages.
QString label(const QString& field)
{
    static const QHash<QString, const char*> labels{
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("TextRules", "The name")},
        {QStringLiteral("legal-name"), QT_TRANSLATE_NOOP("TextRules", "The legal name")},
        {QStringLiteral("holder"), QT_TRANSLATE_NOOP("TextRules", "The account holder's name")},
        {QStringLiteral("bank-name"), QT_TRANSLATE_NOOP("TextRules", "The bank's name")},
        {QStringLiteral("bank-address"), QT_TRANSLATE_NOOP("TextRules", "The bank's address")},
        {QStringLiteral("address"), QT_TRANSLATE_NOOP("TextRules", "The address")},
        {QStringLiteral("city"), QT_TRANSLATE_NOOP("TextRules", "The city")},
        {QStringLiteral("reason"), QT_TRANSLATE_NOOP("TextRules", "The reason")},
        {QStringLiteral("criteria"), QT_TRANSLATE_NOOP("TextRules", "The criteria")},
        {QStringLiteral("org"), QT_TRANSLATE_NOOP("TextRules", "The organization's name")},
    };
    const char* text = labels.value(field, QT_TRANSLATE_NOOP("TextRules", "The text"));
    return QCoreApplication::translate("TextRules", text);
}

} // namespace

bool isDirectionControl(char32_t c)
{
    // LRM, RLM, ALM; embeddings and overrides LRE..RLO; isolates LRI..PDI.
    return c == 0x200E || c == 0x200F || c == 0x061C || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2066 && c <= 0x2069);
}

QChar forbiddenCharacter(const QString& text, bool multiLine)
{
    for (QChar c : text)
        if (isForbidden(c, multiLine))
            return c;
    return {};
}

Status checkFreeText(const QString& text, const QString& field, bool multiLine)
{
    const QChar bad = forbiddenCharacter(text, multiLine);
    if (bad.isNull())
        return {};
    return makeError(
        ErrorKind::Invalid,
        QCoreApplication::translate("TextRules", "%1 cannot contain control or text-direction "
                                                 "characters (found U+%2).")
            .arg(label(field))
            .arg(QString::number(bad.unicode(), 16).toUpper().rightJustified(4, QLatin1Char('0'))),
        field);
}

QString visible(const QString& text, bool keepLines)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (isForbidden(c, keepLines) || c.category() == QChar::Other_Format)
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

} // namespace incentives::textrules
