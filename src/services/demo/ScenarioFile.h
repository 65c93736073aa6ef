#pragma once

#include "services/demo/Scenarios.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

// Reads scenario files (docs/scenario-format.md): parses, checks the whole structure and reports
// every mistake with its line, so that a presenter can fix a hand-written file in one go. A
// hostile file (huge, binary, truncated, nested without end) is refused with a message.
namespace incentives::scenarios {

constexpr qint64 kMaxFileBytes = 1024 * 1024;
constexpr int kMaxNesting = 32; // objects and arrays inside one another
constexpr int kFormatVersion = 1;
inline constexpr char kFormatName[] = "incentives-scenario";

struct Mistake
{
    int line = 0;   // 1-based; 0: about the file as a whole
    int column = 0; // 1-based; 0: the whole line
    QString message;
};

struct Loaded
{
    std::optional<Scenario> scenario; // set when there is no mistake
    QList<Mistake> mistakes;          // in the order of their lines
    // "FILE:LINE: message" (or "FILE:LINE:COLUMN: message", "FILE: message") for each mistake.
    QStringList describe(const QString& fileName) const;
};

// Reads a scenario from bytes. language ("de", "pt_BR"): the variant whose texts it takes, where the
// file has them; empty: the language of QLocale().
Loaded parse(const QByteArray& bytes, const QString& language = {});
// Reads a file; the scenario remembers its path and bytes.
Loaded loadFile(const QString& path, const QString& language = {});

} // namespace incentives::scenarios
