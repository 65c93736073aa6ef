#pragma once

#include <QLocale>
#include <QString>

class QTranslator;

namespace incentives::gui {

// Which translations were found for a language.
struct LoadedTranslations
{
    bool qt = false;  // Qt's own strings (standard buttons, dialogs): qtbase_<lang>.qm
    bool app = false; // the application's strings: incentives_<lang>.qm
};

// Loads and installs the translations for locale: Qt's own from Qt's translations folder
// (QLibraryInfo::TranslationsPath, filled by Debian's qt6-translations-l10n) and the application's
// from appDirectory (the executable embeds them under :/i18n). The translators must outlive their
// use; a language without a translation leaves the English strings.
LoadedTranslations installTranslations(const QLocale& locale, QTranslator& qt, QTranslator& app,
                                       const QString& appDirectory = QStringLiteral(":/i18n"));

} // namespace incentives::gui
