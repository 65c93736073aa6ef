#include "services/StartUp.h"

#include "services/demo/DemoFiles.h"

#include <QFileInfo>

namespace incentives::startup {

namespace {

// Whether the file holds an organization; a new or empty database gets the demo.
bool needsDemo(const QString& path)
{
    if (!QFileInfo::exists(path))
        return true;
    auto ctx = AppContext::open(path, Database::OpenMode::MustExist);
    return ctx && !(*ctx)->directory().organization();
}

} // namespace

Result<std::unique_ptr<Session>> open(QString path, const Ask& ask)
{
    for (;;) {
        Status ready;
        if (needsDemo(path))
            ready = demofiles::createDemo(path); // built beside the file and moved into place
        Result<std::unique_ptr<Session>> session = ready ? Session::open(path, Database::OpenMode::MustExist)
                                                         : Result<std::unique_ptr<Session>>(ready.error());
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
