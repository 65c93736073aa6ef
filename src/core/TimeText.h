#pragma once

#include "core/Result.h"

#include <QDateTime>

// Reading and writing the app clock's moments as people and scripts type them.
namespace incentives::timetext {

// "2026-06-30", "2026-06-30 14:00", "2026-06-30T14:00:00", with an optional trailing "Z".
// Every moment is UTC.
Result<QDateTime> parseDateTime(const QString& text);

// A duration: a positive whole number followed by m, h, d or w ("90m", "48h", "2d", "1w").
// Returns seconds.
Result<qint64> parseDuration(const QString& text);

QString format(const QDateTime& utc);    // "2026-06-30 14:00 UTC"
QString formatIso(const QDateTime& utc); // "2026-06-30T14:00:00Z"
// A day as every screen shows it, the same in every language: "2026-06-30".
QString formatDate(const QDate& date);

} // namespace incentives::timetext
