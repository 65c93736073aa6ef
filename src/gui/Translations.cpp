#include "gui/Translations.h"

#include "core/Logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace incentives::gui {

LoadedTranslations installTranslations(const QLocale& locale, QTranslator& qt, QTranslator& app,
                                       const QString& appDirectory)
{
    LoadedTranslations loaded;
    const QString qtDirectory = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    loaded.qt = qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), qtDirectory);
    if (loaded.qt)
        QCoreApplication::installTranslator(&qt);
    loaded.app = app.load(locale, QStringLiteral("incentives"), QStringLiteral("_"), appDirectory);
    if (loaded.app)
        QCoreApplication::installTranslator(&app);
    qCInfo(lcGui) << "language" << locale.name() << "- Qt's translation"
                  << (loaded.qt ? qt.filePath() : QStringLiteral("not found in %1").arg(qtDirectory))
                  << "- the application's" << (loaded.app ? app.filePath() : QStringLiteral("not found"));
    return loaded;
}

} // namespace incentives::gui
