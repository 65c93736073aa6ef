// libFuzzer target: the scenario file loader on arbitrary bytes. Either the file is a scenario
// and has no mistakes, or it has mistakes, each with a line inside the file, and no scenario.
#include "services/demo/ScenarioFile.h"

#include <cstddef>
#include <cstdint>

using namespace incentives;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const scenarios::Loaded loaded = scenarios::parse(bytes, QStringLiteral("de"));
    if (loaded.scenario.has_value() == !loaded.mistakes.isEmpty())
        __builtin_trap();
    const qsizetype lines = bytes.count('\n') + 1;
    for (const scenarios::Mistake& m : loaded.mistakes)
        if (m.line < 0 || m.line > lines || m.message.isEmpty())
            __builtin_trap();
    if (loaded.scenario && loaded.scenario->steps.isEmpty())
        __builtin_trap();
    return 0;
}
