// libFuzzer target: opening arbitrary bytes as a database file. A file that opens is checked; a
// file that is refused must be left byte for byte as it was.
#include "services/demo/DemoFiles.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>

#include <cstddef>
#include <cstdint>
#include <unistd.h>

using namespace incentives;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_dbfile";
    static char* argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    const QString path = QDir::temp().filePath(QStringLiteral("incentives-fuzz-%1.db").arg(getpid()));
    demofiles::removeDatabaseFiles(path);
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return 0;
        f.write(bytes);
    }
    {
        auto ctx = AppContext::open(path, Database::OpenMode::MustExist);
        if (ctx) {
            (void)demofiles::checkIntegrity(**ctx);
        } else {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly) || f.readAll() != bytes)
                __builtin_trap();
        }
    }
    demofiles::removeDatabaseFiles(path);
    // An old schema is upgraded, with a copy of the file written first: remove that too.
    for (int v = 1; v <= Database::kSchemaVersion; ++v)
        QFile::remove(path + QStringLiteral(".before-v%1").arg(v));
    return 0;
}
