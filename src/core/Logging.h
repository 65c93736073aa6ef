#pragma once

#include <QLoggingCategory>

namespace incentives {

// One logging category per layer. Their debug and info messages are off unless the user asks for
// them (--verbose); warnings always show. QT_LOGGING_RULES still overrides both.
Q_DECLARE_LOGGING_CATEGORY(lcCore)     // incentives.core
Q_DECLARE_LOGGING_CATEGORY(lcStore)    // incentives.store
Q_DECLARE_LOGGING_CATEGORY(lcServices) // incentives.services
Q_DECLARE_LOGGING_CATEGORY(lcCli)      // incentives.cli
Q_DECLARE_LOGGING_CATEGORY(lcGui)      // incentives.gui

namespace logging {

// Quiet (only warnings of our categories) or verbose (everything, on stderr).
void setVerbose(bool verbose);

// Whether argv asks for --verbose, before the end of options ("--"). For a program that sets the
// logging up before it parses its command line.
bool asksForVerbose(int argc, const char* const* argv);

} // namespace logging
} // namespace incentives
