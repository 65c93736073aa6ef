#include "gui/AppSettings.h"

#include "services/AppContext.h"

#include <QSettings>

namespace incentives::gui::settings {
namespace {
const QString kLanguage = QStringLiteral("language");
const QString kAutoLock = QStringLiteral("session/autoLockMinutes");
const QString kDatabase = QStringLiteral("database/defaultPath");
const QString kShowClock = QStringLiteral("window/showClock");
const QString kSpotlight = QStringLiteral("scenarios/spotlight");
} // namespace

QString language()
{
    return QSettings().value(kLanguage).toString();
}

void setLanguage(const QString& code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(kLanguage);
    else
        settings.setValue(kLanguage, code);
}

QList<std::pair<QString, QString>> languages()
{
    // Each language under its own name, so that it can be found whatever the current language is.
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("fr"), QStringLiteral("Français")},
            {QStringLiteral("ja"), QStringLiteral("日本語")},
            {QStringLiteral("es"), QStringLiteral("Español")}};
}

int autoLockMinutes()
{
    return QSettings().value(kAutoLock, 0).toInt();
}

void setAutoLockMinutes(int minutes)
{
    QSettings().setValue(kAutoLock, minutes);
}

QList<int> autoLockChoices()
{
    return {0, 5, 15, 30};
}

QString chosenDatabasePath()
{
    return QSettings().value(kDatabase).toString();
}

QString databasePath()
{
    const QString chosen = chosenDatabasePath();
    return chosen.isEmpty() ? AppContext::defaultDatabasePath() : chosen;
}

void setDatabasePath(const QString& path)
{
    QSettings settings;
    if (path.trimmed().isEmpty())
        settings.remove(kDatabase);
    else
        settings.setValue(kDatabase, path.trimmed());
}

bool showClock()
{
    return QSettings().value(kShowClock, true).toBool();
}

void setShowClock(bool show)
{
    QSettings().setValue(kShowClock, show);
}

bool spotlight()
{
    return QSettings().value(kSpotlight, true).toBool();
}

void setSpotlight(bool on)
{
    QSettings().setValue(kSpotlight, on);
}

} // namespace incentives::gui::settings

namespace incentives::gui::settings {
namespace {
const QString kDetailsShown = QStringLiteral("workspace/detailsShown");
const QString kSplitter = QStringLiteral("workspace/detailsSplitter");
} // namespace

bool workspaceDetailsShown()
{
    return QSettings().value(kDetailsShown, true).toBool();
}

void setWorkspaceDetailsShown(bool shown)
{
    QSettings().setValue(kDetailsShown, shown);
}

QByteArray workspaceSplitterState()
{
    return QSettings().value(kSplitter).toByteArray();
}

void setWorkspaceSplitterState(const QByteArray& state)
{
    QSettings().setValue(kSplitter, state);
}

} // namespace incentives::gui::settings

namespace incentives::gui::settings {
namespace {
const QString kOpenedScenarios = QStringLiteral("scenarios/opened");
} // namespace

QStringList openedScenarios()
{
    return QSettings().value(kOpenedScenarios).toStringList();
}

void setOpenedScenarios(const QStringList& paths)
{
    QSettings().setValue(kOpenedScenarios, paths);
}

} // namespace incentives::gui::settings
