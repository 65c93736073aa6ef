#include "core/FiscalCalendar.h"

#include <QTimeZone>

namespace incentives::fiscal {

int yearOf(const QDate& date)
{
    return date.month() >= 7 ? date.year() + 1 : date.year();
}

int yearOf(const QDateTime& utc)
{
    return yearOf(utc.toUTC().date());
}

QDate firstDay(int fiscalYear)
{
    return QDate(fiscalYear - 1, 7, 1);
}

QDate lastDay(int fiscalYear)
{
    return QDate(fiscalYear, 6, 30);
}

QDateTime startOf(int fiscalYear)
{
    return QDateTime(firstDay(fiscalYear), QTime(0, 0), QTimeZone::utc());
}

QString label(int fiscalYear)
{
    return QStringLiteral("FY%1").arg(fiscalYear % 100, 2, 10, QLatin1Char('0'));
}

QDateTime nextYearStart(const QDateTime& utc)
{
    return startOf(yearOf(utc) + 1);
}

QDate w8Expiry(const QDate& signedOn)
{
    return QDate(signedOn.year() + 3, 12, 31);
}

} // namespace incentives::fiscal
