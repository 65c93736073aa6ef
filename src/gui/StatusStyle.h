#pragma once

#include "core/Types.h"

#include <QColor>
#include <QIcon>
#include <QList>
#include <QPalette>
#include <QString>

namespace incentives::gui {

// How a status looks: a coloured badge next to its text (never colour alone). The colours follow
// the palette: each hue is made lighter or darker until it reads on the palette's backgrounds, so
// that light, dark and high-contrast themes all keep it legible.
QColor statusColor(EnrollmentStatus status, const QPalette& palette);
QIcon statusIcon(EnrollmentStatus status, const QPalette& palette);

// The colour of an inline error message, readable on the window and on input fields.
QColor errorColor(const QPalette& palette);
// The colour of link-like text in tables and lists (the palette's link colour, made readable on
// its base and alternate base colours).
QColor linkColor(const QPalette& palette);
// A label drawn as a badge (the demo clock): the palette's highlight colours, the background
// adjusted until the text on it reads. Returns the style sheet for a QLabel.
QString badgeStyleSheet(const QPalette& palette);

// WCAG 2 relative luminance (0 for black, 1 for white) and contrast ratio (1 to 21); text needs
// at least 4.5 against its background (AA).
double relativeLuminance(const QColor& color);
double contrastRatio(const QColor& a, const QColor& b);
inline constexpr double kMinimumTextContrast = 4.5;
// color made lighter or darker, as little as needed, to reach minimum contrast against every one
// of backgrounds (or as close as it can get).
QColor readableOn(const QColor& color, const QList<QColor>& backgrounds,
                  double minimum = kMinimumTextContrast);

} // namespace incentives::gui
