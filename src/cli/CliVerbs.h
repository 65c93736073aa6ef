#pragma once

#include <QString>
#include <QStringList>

namespace incentives::cli {

// The commands of incentives-cli as a table, read from its help text, for the shell completions
// (incentives-cli --list-verbs). One line per command and one for the global options ("-"), sorted:
//   VERB <TAB> SUBCOMMAND SUBCOMMAND... <TAB> --flag --option=VALUE...
// VALUE is the help's placeholder (ID, FILE, PATH, ...) or its choices (checking|savings).
// usage is Cli::usageText(); verbs are the words Cli::run() dispatches (Cli::verbs()). A verb
// that the help does not describe is listed without subcommands and options.
QString verbListing(const QString& usage, const QStringList& verbs);

} // namespace incentives::cli
