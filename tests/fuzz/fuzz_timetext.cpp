// libFuzzer target: the CLI's date, duration and eligibility-criteria parsers.
#include "core/Eligibility.h"
#include "core/TimeText.h"

#include <cstddef>
#include <cstdint>

using namespace incentives;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    if (auto t = timetext::parseDateTime(text); t && !t->isValid())
        __builtin_trap();
    if (auto d = timetext::parseDuration(text); d && *d <= 0)
        __builtin_trap();
    if (auto c = eligibility::parse(text)) {
        // What parses, formats and parses back to the same criteria.
        auto again = eligibility::parse(eligibility::format(*c));
        if (!again || eligibility::format(*again) != eligibility::format(*c))
            __builtin_trap();
    }
    return 0;
}
