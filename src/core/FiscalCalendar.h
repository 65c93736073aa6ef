#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

// Microsoft's fiscal year runs 1 July to 30 June and is named after the calendar year it ends in:
// FY27 is 1 July 2026 to 30 June 2027. The app's clock is UTC, so boundaries fall at 00:00 UTC.
namespace incentives::fiscal {

int yearOf(const QDate& date);
int yearOf(const QDateTime& utc);
QDate firstDay(int fiscalYear);
QDate lastDay(int fiscalYear);
QDateTime startOf(int fiscalYear); // 1 July 00:00 UTC
QString label(int fiscalYear);     // "FY27"
// The first fiscal-year start strictly after the moment.
QDateTime nextYearStart(const QDateTime& utc);

// A W-8BEN-E stays valid until the end of the third calendar year after the year it was signed.
QDate w8Expiry(const QDate& signedOn);

} // namespace incentives::fiscal
