#include "cli/CliOutput.h"

#include "core/TextRules.h"

#include <QFile>
#include <QJsonDocument>

#include <unistd.h>

namespace incentives::cli {

QString cell(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 15);
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue& v : value.toArray())
            parts.append(cell(v));
        return parts.join(QStringLiteral(", "));
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("-");
    default:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
}

namespace {
// Control characters would let stored text rewrite the terminal; show them as escapes.
QString printable(const QString& text)
{
    return textrules::visible(text, false);
}
} // namespace

QJsonArray Table::json() const
{
    QJsonArray array;
    for (const QJsonObject& row : m_rows)
        array.append(row);
    return array;
}

bool toTerminal(QTextStream& out)
{
    const auto* file = qobject_cast<QFile*>(out.device());
    return file && file->handle() >= 0 && ::isatty(file->handle());
}

QString forTerminal(QTextStream& out, const QString& text)
{
    return toTerminal(out) ? textrules::visible(text, true) : text;
}

void Table::print(QTextStream& out, bool json) const
{
    if (json) {
        out << QString::fromUtf8(QJsonDocument(this->json()).toJson(QJsonDocument::Indented));
        return;
    }
    QList<qsizetype> widths;
    for (const Column& c : m_columns)
        widths.append(c.heading.size());
    QList<QStringList> cells;
    for (const QJsonObject& row : m_rows) {
        QStringList line;
        for (qsizetype i = 0; i < m_columns.size(); ++i) {
            QString text = printable(cell(row.value(m_columns.at(i).key)));
            if (text.size() > 80)
                text = text.left(77) + QStringLiteral("...");
            widths[i] = qMax(widths.at(i), text.size());
            line.append(text);
        }
        cells.append(line);
    }
    const auto emit = [&](const QStringList& line) {
        QString text;
        for (qsizetype i = 0; i < line.size(); ++i) {
            if (i > 0)
                text += QStringLiteral("  ");
            text += i + 1 < line.size() ? line.at(i).leftJustified(widths.at(i)) : line.at(i);
        }
        out << text << '\n';
    };
    QStringList headings;
    for (const Column& c : m_columns)
        headings.append(c.heading);
    emit(headings);
    for (const QStringList& line : cells)
        emit(line);
}

void printObject(QTextStream& out, const QJsonObject& object, bool json, const QStringList& order)
{
    if (json) {
        out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        return;
    }
    QStringList keys = order.isEmpty() ? object.keys() : order;
    qsizetype width = 0;
    for (const QString& k : keys)
        width = qMax(width, k.size());
    for (const QString& k : keys)
        if (object.contains(k))
            out << (k + QLatin1Char(':')).leftJustified(width + 2) << printable(cell(object.value(k)))
                << '\n';
}

} // namespace incentives::cli
