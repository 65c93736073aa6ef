// Qt's own strings (the standard buttons of dialogs and message boxes) follow the interface
// language: the application loads Qt's translations (qtbase_<lang>.qm, from Debian's
// qt6-translations-l10n) beside its own.
#include "gui/Translations.h"

#include <QDialogButtonBox>
#include <QLibraryInfo>
#include <QPushButton>
#include <QTest>
#include <QTranslator>

using namespace incentives;

class TestQtTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void standardButtonsAreTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("cancel");
        QTest::addColumn<QString>("close");
        QTest::newRow("German") << QStringLiteral("de") << QStringLiteral("Abbrechen")
                                << QStringLiteral("Schließen");
        QTest::newRow("French") << QStringLiteral("fr") << QStringLiteral("Annuler")
                                << QStringLiteral("Fermer");
        QTest::newRow("Spanish") << QStringLiteral("es") << QStringLiteral("Cancelar")
                                 << QStringLiteral("Cerrar");
        QTest::newRow("Japanese") << QStringLiteral("ja") << QStringLiteral("キャンセル")
                                  << QStringLiteral("閉じる");
    }

    void standardButtonsAreTranslated()
    {
        QFETCH(QString, language);
        QFETCH(QString, cancel);
        QFETCH(QString, close);
        QTranslator qt;
        QTranslator app;
        const gui::LoadedTranslations loaded =
            gui::installTranslations(QLocale(language), qt, app, QStringLiteral(INCENTIVES_QM_DIR));
        QVERIFY2(loaded.qt,
                 qPrintable(QStringLiteral("qtbase_%1.qm is not in %2 (package qt6-translations-l10n)")
                                .arg(language, QLibraryInfo::path(QLibraryInfo::TranslationsPath))));
        QVERIFY2(loaded.app, qPrintable(QStringLiteral("incentives_%1.qm is not in %2")
                                            .arg(language, QStringLiteral(INCENTIVES_QM_DIR))));
        QDialogButtonBox box(QDialogButtonBox::Cancel | QDialogButtonBox::Close);
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text().remove(QLatin1Char('&')), cancel);
        QCOMPARE(box.button(QDialogButtonBox::Close)->text().remove(QLatin1Char('&')), close);
        QCoreApplication::removeTranslator(&qt);
        QCoreApplication::removeTranslator(&app);
    }

    void englishStaysEnglish()
    {
        QDialogButtonBox box(QDialogButtonBox::Cancel);
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text().remove(QLatin1Char('&')),
                 QStringLiteral("Cancel"));
    }
};

QTEST_MAIN(TestQtTranslations)
#include "tst_qttranslations.moc"
