#pragma once

#include "services/Session.h"

#include <functional>
#include <memory>

// The app's start on a database file: a first start creates the demo there, so that there is
// something to click through; a file that cannot be opened is never modified, and the person
// chooses another file or a new demo, as often as needed, or gives up. A server's database (a
// postgresql:// URL) is opened as it is and never given the demo. The questions are the
// caller's to ask (the window asks them in a dialog, a test answers them from a script).
namespace incentives::startup {

struct Choice
{
    enum class Kind
    {
        OpenOther, // path: another database file
        NewDemo,   // path: where the new demo goes (a file there is replaced whole, or not at all)
        GiveUp,
    };
    Kind kind = Kind::GiveUp;
    QString path;
};

// Asked when the file at path cannot be opened, with why.
using Ask = std::function<Choice(const QString& path, const Error& why)>;

// Runs work the person has to wait for (a file's upgrade to this version, minutes for millions of
// enrollments) and returns its outcome; `what` says what it is. The window runs it on a worker
// thread behind a progress dialog, so that it keeps repainting; without one it runs in place.
using Wait = std::function<Status(const QString& what, const std::function<Status()>& work)>;

// The session on the database the app starts with, caught up on the clock; an error only when
// the person gave up (the last refusal). A file that needs an upgrade is upgraded through wait
// first, on a connection of its own; a failed upgrade is asked about as any other refusal.
Result<std::unique_ptr<Session>> open(QString path, const Ask& ask, const Wait& wait = {});

// The message shown while the file at path is upgraded.
QString upgradeMessage(const QString& path);

} // namespace incentives::startup
