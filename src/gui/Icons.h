#pragma once

#include <QIcon>
#include <QString>

class QWidget;

namespace incentives::gui {

// The application's icon (:/icons/incentives-desk.svg), in full colour at every size.
QIcon appIcon();

// The action icon :/icons/actions/<name>.svg. Its outlines (currentColor) take the palette's text
// colour, so that it reads on light and dark themes; its blue accent stays, except on a selected row
// (highlighted text colour) and when disabled (disabled text colour). Drawn afresh for each size, so
// it is sharp at any scale factor.
QIcon actionIcon(const QString& name);

// Gives the main window's actions (found by objectName) and its navigation rows their icons.
void applyActionIcons(QWidget* mainWindow);

} // namespace incentives::gui
