#include "services/StartUp.h"

#include "services/demo/DemoFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace incentives::startup {

namespace {

// The translation context of this file: lupdate reads it from the declaration.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(StartUp)
};

// Opens the file at path on a connection of its own, which upgrades it, and closes it again; on
// whichever thread calls it.
Status upgradeFile(const QString& path)
{
    auto db = Database::open(path, Database::OpenMode::MustExist);
    if (!db)
        return db.error();
    return {};
}

// The database at path, opened once; a missing file, or one that holds no organization yet, gets
// the demo (built beside the file and moved into place) first.
Result<std::unique_ptr<Session>> openOnce(const QString& path, const Wait& wait)
{
    Result<std::unique_ptr<AppContext>> ctx = makeError(ErrorKind::NotFound, QString());
    if (DatabaseLocation::isServer(path)) {
        // A shared server's database is its owner's: opened as it is, never replaced by the demo.
        ctx = AppContext::open(path, Database::OpenMode::MustExist);
        if (!ctx)
            return ctx.error();
        if (!(*ctx)->directory().organization())
            return makeError(ErrorKind::NotFound,
                             Tr::tr("%1 holds no organization yet. Its owner moves one in first "
                                    "(incentives-cli migrate or init).")
                                 .arg(DatabaseLocation::parse(path)->display()));
        return Session::start(std::move(ctx).value());
    }
    if (wait && Database::fileNeedsUpgrade(path))
        if (auto s = wait(upgradeMessage(path), [path] { return upgradeFile(path); }); !s)
            return s.error();
    if (QFileInfo::exists(path)) {
        ctx = AppContext::open(path, Database::OpenMode::MustExist);
        if (!ctx)
            return ctx.error();
        if ((*ctx)->directory().organization())
            return Session::start(std::move(ctx).value());
        ctx = makeError(ErrorKind::NotFound, QString()); // closed before it is replaced
    }
    if (auto s = demofiles::createDemo(path); !s)
        return s.error();
    return Session::open(path, Database::OpenMode::MustExist);
}

} // namespace

QString upgradeMessage(const QString& path)
{
    return Tr::tr("Upgrading %1 for this version of Incentives Desk: the file is checked, a copy of it "
                  "as it is now is kept beside it, then it is upgraded. For a large file this takes a "
                  "few minutes.")
        .arg(QDir::toNativeSeparators(path));
}

Result<std::unique_ptr<Session>> open(QString path, const Ask& ask, const Wait& wait)
{
    for (;;) {
        Result<std::unique_ptr<Session>> session = openOnce(path, wait);
        if (session)
            return session;
        const Choice choice = ask(path, session.error());
        switch (choice.kind) {
        case Choice::Kind::GiveUp:
            return session.error();
        case Choice::Kind::OpenOther:
            path = choice.path;
            break;
        case Choice::Kind::NewDemo:
            // Replaces whatever the person chose to overwrite, whole or not at all; a failure is
            // said in the next round.
            (void)demofiles::createDemo(choice.path);
            path = choice.path;
            break;
        }
    }
}

} // namespace incentives::startup
