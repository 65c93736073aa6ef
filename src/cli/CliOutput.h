#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

namespace incentives::cli {

// A listing printed as an aligned text table, or as JSON with --json. The JSON keys are the
// stable names scripts rely on; the headings are for people.
class Table
{
public:
    struct Column
    {
        QString key;
        QString heading;
    };
    explicit Table(QList<Column> columns) : m_columns(std::move(columns)) {}

    void add(const QJsonObject& row) { m_rows.append(row); }
    int size() const { return int(m_rows.size()); }
    void print(QTextStream& out, bool json) const;
    QJsonArray json() const; // the rows, as --json prints them

private:
    QList<Column> m_columns;
    QList<QJsonObject> m_rows;
};

// Prints an object: "key: value" lines, or JSON.
void printObject(QTextStream& out, const QJsonObject& object, bool json, const QStringList& order = {});
QString cell(const QJsonValue& value);

// Whether the stream writes to a terminal.
bool toTerminal(QTextStream& out);
// The text as it may be written to out: on a terminal, control and text-direction characters are
// shown as \uXXXX (line breaks kept), so that stored text cannot rewrite the screen; elsewhere as is.
QString forTerminal(QTextStream& out, const QString& text);

} // namespace incentives::cli
