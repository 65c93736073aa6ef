#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

// The user's preferences (QSettings), read and written in one place so that the Settings dialog,
// the menus and desk_main agree on the keys and the defaults.
namespace incentives::gui::settings {

// The interface language: a language code ("de"), or empty for the system's.
QString language();
void setLanguage(const QString& code);
// The languages the app ships: code and the language's own name; the system choice is not listed.
QList<std::pair<QString, QString>> languages();

// Minutes of inactivity before the window locks; 0: never. The same key as File → Lock after
// inactivity.
int autoLockMinutes();
void setAutoLockMinutes(int minutes);
QList<int> autoLockChoices(); // 0, 5, 15, 30

// The database opened when no --database is given: the one chosen in Settings, or the standard
// one in the user's data folder.
QString databasePath();
QString chosenDatabasePath(); // empty: the standard location
void setDatabasePath(const QString& path);

// Whether the status bar shows the app clock (the demo clock in demo databases).
bool showClock();
void setShowClock(bool show);

// Whether a running guided scenario spotlights the control of its next step (View → Spotlight).
bool spotlight();
void setSpotlight(bool on);

} // namespace incentives::gui::settings

namespace incentives::gui::settings {

// The workspace's details pane: whether it is shown, and the splitter's state.
bool workspaceDetailsShown();
void setWorkspaceDetailsShown(bool shown);
QByteArray workspaceSplitterState();
void setWorkspaceSplitterState(const QByteArray& state);

} // namespace incentives::gui::settings

namespace incentives::gui::settings {

// The scenario files the presenter opened in the Guided scenarios panel, listed there again next
// time, in the order they were opened.
QStringList openedScenarios();
void setOpenedScenarios(const QStringList& paths);

} // namespace incentives::gui::settings
