#pragma once

#include "services/Session.h"

#include <functional>
#include <memory>

// The app's start on a database file: a first start creates the demo there, so that there is
// something to click through; a file that cannot be opened is never modified, and the person
// chooses another file or a new demo, as often as needed, or gives up. The questions are the
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

// The session on the database the app starts with, caught up on the clock; an error only when
// the person gave up (the last refusal).
Result<std::unique_ptr<Session>> open(QString path, const Ask& ask);

} // namespace incentives::startup
