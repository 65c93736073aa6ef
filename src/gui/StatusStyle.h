#pragma once

#include "core/Types.h"

#include <QColor>
#include <QIcon>
#include <QPalette>

namespace incentives::gui {

// How a status looks: a coloured badge next to its text (never colour alone), with colours
// chosen to read on light and dark palettes.
QColor statusColor(EnrollmentStatus status, const QPalette& palette);
QIcon statusIcon(EnrollmentStatus status, const QPalette& palette);

} // namespace incentives::gui
