#include "services/StartUp.h"

#include "services/demo/DemoFiles.h"

#include <QFileInfo>

namespace incentives::startup {

namespace {

// The database at path, opened once; a missing file, or one that holds no organization yet, gets
// the demo (built beside the file and moved into place) first.
Result<std::unique_ptr<Session>> openOnce(const QString& path)
{
    Result<std::unique_ptr<AppContext>> ctx = makeError(ErrorKind::NotFound, QString());
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

Result<std::unique_ptr<Session>> open(QString path, const Ask& ask)
{
    for (;;) {
        Result<std::unique_ptr<Session>> session = openOnce(path);
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
