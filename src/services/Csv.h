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
// field(value) appended to out as UTF-8, the same bytes as field(value).toUtf8(), without building
// the field as a string first: for writers of many records.
void appendField(QByteArray& out, QStringView value);
// The same for a value given as UTF-8: appends what appendField() appends for the string whose
// toUtf8() is utf8 (well-formed UTF-8), without decoding it.
void appendFieldUtf8(QByteArray& out, QByteArrayView utf8);

// One record read from a file, with the line it starts on (1 is the first line).
struct Record
{
    int line = 0;
    QStringList fields;
};

// Reads CSV as written above (and as spreadsheets save it: LF or CRLF, a UTF-8 byte order mark).
// Blank lines are skipped. Returns the records, or sets problem (with the line) when the file is
// not UTF-8, holds a NUL byte or leaves a quote open; a field is never longer than maxField
// characters: a longer one is cut to that length plus one, for the caller to refuse.
QList<Record> parse(const QByteArray& data, QString* problem, int maxField = 1000);

} // namespace incentives::csv
