// libFuzzer target: incentives-cli's argument handling, on a database path that does not exist (so
// nothing is written) — every input must end in an exit code of 0, 1 or 2.
#include "cli/Cli.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <cstddef>
#include <cstdint>

using namespace incentives;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_cli";
    static char* argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    QStringList args =
        QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size)).split(QLatin1Char('\n'));
    if (args.size() > 64)
        return 0;
    args.removeAll(QStringLiteral("--database"));
    args.removeAll(QStringLiteral("init"));
    args.removeAll(QStringLiteral("generate"));
    args.removeAll(QStringLiteral("backup"));
    args.removeAll(QStringLiteral("restore"));
    args.removeAll(QStringLiteral("demo"));
    args.prepend(QDir::temp().filePath(QStringLiteral("incentives-fuzz-missing/none.db")));
    args.prepend(QStringLiteral("--database"));
    QString out;
    QString err;
    QTextStream o(&out);
    QTextStream e(&err);
    const int code = cli::Cli(o, e).run(args);
    if (code < 0 || code > 2)
        __builtin_trap();
    return 0;
}
