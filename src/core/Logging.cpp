#include "core/Logging.h"

#include <string_view>

namespace incentives {

Q_LOGGING_CATEGORY(lcCore, "incentives.core")
Q_LOGGING_CATEGORY(lcStore, "incentives.store")
Q_LOGGING_CATEGORY(lcServices, "incentives.services")
Q_LOGGING_CATEGORY(lcCli, "incentives.cli")
Q_LOGGING_CATEGORY(lcGui, "incentives.gui")

namespace logging {

void setVerbose(bool verbose)
{
    QLoggingCategory::setFilterRules(verbose ? QStringLiteral("incentives.*=true")
                                             : QStringLiteral("incentives.*.debug=false\n"
                                                              "incentives.*.info=false"));
}

bool asksForVerbose(int argc, const char* const* argv)
{
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg(argv[i]);
        if (arg == "--")
            return false;
        if (arg == "--verbose")
            return true;
    }
    return false;
}

} // namespace logging
} // namespace incentives
