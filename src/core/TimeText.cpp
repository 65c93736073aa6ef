#include "core/TimeText.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

namespace incentives::timetext {

Result<QDateTime> parseDateTime(const QString& text)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?Z?$)"));
    const auto m = re.match(text.trimmed());
    const auto bad = [&] {
        return makeError(ErrorKind::Invalid,
                         QCoreApplication::translate("TimeText",
                                                     "'%1' is not a date and time; write it as 2026-06-30 or "
                                                     "2026-06-30 14:00.")
                             .arg(text.left(40)));
    };
    if (!m.hasMatch())
        return bad();
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    if (!date.isValid() || !time.isValid() || date.year() < 2000 || date.year() > 2999)
        return bad();
    return QDateTime(date, time, QTimeZone::utc());
}

Result<qint64> parseDuration(const QString& text)
{
    static const QRegularExpression re(QStringLiteral(R"(^(\d{1,6})\s*([mhdw])$)"));
    const auto m = re.match(text.trimmed().toLower());
    if (!m.hasMatch())
        return makeError(ErrorKind::Invalid,
                         QCoreApplication::translate(
                             "TimeText", "'%1' is not a duration; write a number and a unit, such as "
                                         "30m, 1h, 2d, 48h or 1w.")
                             .arg(text.left(40)));
    const qint64 n = m.captured(1).toLongLong();
    if (n == 0)
        return makeError(ErrorKind::Invalid,
                         QCoreApplication::translate("TimeText", "A duration must be more than zero."));
    const QChar unit = m.captured(2).at(0);
    const qint64 unitSeconds = unit == QLatin1Char('m')   ? 60
                               : unit == QLatin1Char('h') ? 3600
                               : unit == QLatin1Char('d') ? 86400
                                                          : 7 * 86400;
    return n * unitSeconds;
}

QString format(const QDateTime& utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC");
}

QString formatDate(const QDate& date)
{
    return date.isValid() ? date.toString(QStringLiteral("yyyy-MM-dd")) : QString();
}

QString formatIso(const QDateTime& utc)
{
    const QDateTime t = utc.toUTC();
    const QDate d = t.date();
    const QTime h = t.time();
    if (!d.isValid() || d.year() < 1 || d.year() > 9999)
        return t.toString(Qt::ISODate);
    // The same text as Qt::ISODate ("2027-05-04T05:00:00Z"), written directly: exports write
    // millions of these, and the general formatter costs several times more.
    char text[21];
    const auto two = [&text](int at, int value) {
        text[at] = char('0' + value / 10);
        text[at + 1] = char('0' + value % 10);
    };
    two(0, d.year() / 100);
    two(2, d.year() % 100);
    text[4] = '-';
    two(5, d.month());
    text[7] = '-';
    two(8, d.day());
    text[10] = 'T';
    two(11, h.hour());
    text[13] = ':';
    two(14, h.minute());
    text[16] = ':';
    two(17, h.second());
    text[19] = 'Z';
    text[20] = 0;
    return QString::fromLatin1(text, 20);
}

} // namespace incentives::timetext
