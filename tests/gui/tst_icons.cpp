// The application and action icons: every one draws at 1x, 1.5x and 2x, its outlines follow the
// palette (dark and light themes, selected rows, disabled actions), and the main window's actions
// and navigation rows carry them.
#include "gui/Icons.h"

#include "GuiTestSupport.h"

#include <QAction>
#include <QDirIterator>
#include <QFileInfo>
#include <QImage>
#include <QListWidget>
#include <QPalette>
#include <QSet>
#include <QStandardPaths>

using namespace incentives;
using namespace incentives::gui;
using namespace incentives::gui::testing;

namespace {

struct Census
{
    bool has(const QColor& color) const { return colors.contains(color.rgb()); }

    int opaque = 0;      // fully covered pixels: sharp outlines
    int transparent = 0; // the background left clear
    bool hasBlueAccent = false;
    QSet<QRgb> colors; // of the fully covered pixels
};

Census census(const QPixmap& pixmap)
{
    Census c;
    const QImage image = pixmap.toImage().convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (pixel.alpha() == 0) {
                ++c.transparent;
                continue;
            }
            if (pixel.alpha() == 255) {
                ++c.opaque;
                c.colors.insert(pixel.rgb());
            }
            if (pixel.alpha() > 32 && pixel.blue() > pixel.red() + 80 && pixel.blue() > pixel.green() + 40)
                c.hasBlueAccent = true;
        }
    }
    return c;
}

QStringList actionIconNames()
{
    QStringList names;
    QDirIterator it(QStringLiteral(":/icons/actions"), {QStringLiteral("*.svg")});
    while (it.hasNext())
        names.append(QFileInfo(it.next()).completeBaseName());
    names.sort();
    return names;
}

} // namespace

class TestIcons : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { QApplication::setPalette(QPalette()); }

    void appIconDrawsAtEverySize();
    void actionIconsDrawAtEveryScale_data();
    void actionIconsDrawAtEveryScale();
    void outlinesFollowThePalette();
    void mainWindowActionsAndNavigationHaveIcons();
};

void TestIcons::appIconDrawsAtEverySize()
{
    const QIcon icon = appIcon();
    QVERIFY(!icon.isNull());
    QVERIFY(!icon.availableSizes().isEmpty());
    for (int side : {16, 24, 32, 48, 64, 128, 256}) {
        const QPixmap pixmap = icon.pixmap(QSize(side, side), 1.0);
        QCOMPARE(pixmap.size(), QSize(side, side));
        const Census c = census(pixmap);
        QVERIFY2(c.opaque > side * side / 3, qPrintable(QString::number(side)));
        QVERIFY(c.hasBlueAccent);
    }
}

void TestIcons::actionIconsDrawAtEveryScale_data()
{
    QTest::addColumn<QString>("name");
    const QStringList names = actionIconNames();
    QVERIFY(names.size() >= 16);
    for (const QString& name : names)
        QTest::newRow(qPrintable(name)) << name;
}

void TestIcons::actionIconsDrawAtEveryScale()
{
    QFETCH(QString, name);
    const QIcon icon = actionIcon(name);
    QVERIFY(!icon.isNull());
    for (int side : {16, 20, 24}) {
        for (qreal scale : {1.0, 1.5, 2.0}) {
            const QPixmap pixmap = icon.pixmap(QSize(side, side), scale);
            const int device = qRound(side * scale);
            QCOMPARE(pixmap.size(), QSize(device, device));
            const Census c = census(pixmap);
            const QString where = QStringLiteral("%1 at %2 px x %3").arg(name).arg(side).arg(scale);
            // At the grid's own size, outlines two units wide on odd coordinates cover whole pixels
            // at 1x, 1.5x and 2x; smaller sizes are scaled down and smoothed.
            if (side == 24)
                QVERIFY2(c.opaque >= device, qPrintable(where));
            else
                QVERIFY2(c.opaque + c.transparent < device * device, qPrintable(where));
            QVERIFY2(c.transparent > device * device / 4, qPrintable(where));
            QVERIFY2(c.hasBlueAccent, qPrintable(where));
        }
    }
}

void TestIcons::outlinesFollowThePalette()
{
    const QColor text(0x10, 0x20, 0x30);
    const QColor highlighted(0xfe, 0xfd, 0xfc);
    const QColor disabled(0x88, 0x77, 0x66);
    QPalette palette = QApplication::palette();
    palette.setColor(QPalette::Active, QPalette::WindowText, text);
    palette.setColor(QPalette::Active, QPalette::HighlightedText, highlighted);
    palette.setColor(QPalette::Disabled, QPalette::WindowText, disabled);
    QApplication::setPalette(palette);

    const QIcon icon = actionIcon(QStringLiteral("find"));
    const QSize size(48, 48);
    const Census normal = census(icon.pixmap(size, 1.0, QIcon::Normal));
    QVERIFY(normal.has(text));
    QVERIFY(normal.hasBlueAccent);
    const Census selected = census(icon.pixmap(size, 1.0, QIcon::Selected));
    QVERIFY(selected.has(highlighted));
    QVERIFY(!selected.has(text));
    QVERIFY(!selected.hasBlueAccent);
    const Census off = census(icon.pixmap(size, 1.0, QIcon::Disabled));
    QVERIFY(off.has(disabled));
    QVERIFY(!off.hasBlueAccent);

    // A dark theme: the same icon, drawn again in the new text colour.
    const QColor light(0xee, 0xee, 0xee);
    palette.setColor(QPalette::Active, QPalette::WindowText, light);
    QApplication::setPalette(palette);
    const Census dark = census(icon.pixmap(size, 1.0, QIcon::Normal));
    QVERIFY(dark.has(light));
    QVERIFY(!dark.has(text));
}

void TestIcons::mainWindowActionsAndNavigationHaveIcons()
{
    QTemporaryDir dir;
    DemoWindow demo;
    QVERIFY(demo.create(dir.filePath(QStringLiteral("icons.db"))));
    QVERIFY(demo.signIn(kAvery));
    for (const char* name :
         {"actionHome", "actionWorkspace", "actionInbox", "actionProfiles", "actionUsers", "actionAudit",
          "actionMyAccess", "actionSwitchUser", "actionBackUp", "actionRestore", "actionCheck",
          "actionRefresh", "actionFind", "actionQuit", "actionAbout", "actionLock", "actionScenarios",
          "actionByProgram", "actionByLocation"}) {
        auto* action = demo.window->findChild<QAction*>(QString::fromLatin1(name));
        QVERIFY2(action, name);
        QVERIFY2(!action->icon().isNull(), name);
    }
    auto* navigation = demo.window->findChild<QListWidget*>(QStringLiteral("navigation"));
    QVERIFY(navigation);
    QVERIFY(navigation->count() > MainWindow::PresenterPageIndex);
    for (int row = 0; row <= MainWindow::PresenterPageIndex; ++row) {
        const QIcon icon = navigation->item(row)->icon();
        QVERIFY2(!icon.isNull(), qPrintable(navigation->item(row)->text()));
        QVERIFY(census(icon.pixmap(QSize(20, 20), 2.0)).hasBlueAccent);
    }
}

QTEST_MAIN(TestIcons)
#include "tst_icons.moc"
