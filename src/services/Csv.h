#pragma once

#include <QString>
#include <QStringList>

// RFC 4180 CSV as spreadsheets read it: UTF-8, CRLF line ends, fields quoted when they hold a
// comma, a quote or a line break (quotes doubled). Cells that a spreadsheet would run as a formula
// are made inert with a leading apostrophe, so that exported names cannot execute anything.
namespace incentives::csv {

// One field: made inert when it starts like a formula, then quoted when needed.
QString field(const QString& value);
// One record: the fields joined by commas, with the CRLF that ends it.
QString line(const QStringList& fields);

} // namespace incentives::csv
