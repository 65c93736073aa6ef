#pragma once

#include "core/Result.h"

#include <functional>

class QWidget;

namespace incentives::gui {

// Runs work the person has to wait for on a worker thread, behind a progress dialog that shows
// what it is (`what`, from the services) once it has taken a moment; the event loop runs
// meanwhile, so that every window keeps repainting. Nothing can be cancelled halfway: the work is
// one transaction of its own and the dialog stays until it is over. The work's own outcome.
Status waitWithProgress(QWidget* parent, const QString& what, const std::function<Status()>& work);

} // namespace incentives::gui
