#include "gui/Icons.h"

#include "gui/MainWindow.h"

#include <QAction>
#include <QFile>
#include <QGuiApplication>
#include <QIconEngine>
#include <QListWidget>
#include <QPainter>
#include <QPalette>
#include <QPixmapCache>
#include <QSvgRenderer>

#include <array>
#include <utility>

namespace incentives::gui {

namespace {

// The accent colour as written in the SVG files.
constexpr char kAccent[] = "#2f80ed";

class SvgIconEngine final : public QIconEngine
{
public:
    SvgIconEngine(QString path, bool tinted) : m_path(std::move(path)), m_tinted(tinted)
    {
        QFile file(m_path);
        if (file.open(QIODevice::ReadOnly))
            m_svg = file.readAll();
    }

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        QPixmap image = pixmap((QSizeF(rect.size()) * dpr).toSize(), mode, state);
        image.setDevicePixelRatio(dpr);
        painter->drawPixmap(rect, image);
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State) override
    {
        if (m_svg.isEmpty() || size.isEmpty())
            return QPixmap();
        const QByteArray color = m_tinted ? outlineColor(mode).name().toLatin1() : QByteArray();
        const QString key = QStringLiteral("incentives-icon:%1:%2x%3:%4:%5")
                                .arg(m_path)
                                .arg(size.width())
                                .arg(size.height())
                                .arg(int(mode))
                                .arg(QString::fromLatin1(color));
        QPixmap cached;
        if (QPixmapCache::find(key, &cached))
            return cached;

        QByteArray svg = m_svg;
        if (m_tinted) {
            svg.replace("currentColor", color);
            if (mode == QIcon::Selected || mode == QIcon::Disabled)
                svg.replace(kAccent, color);
        }
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QSvgRenderer renderer(svg);
        QPainter painter(&image);
        renderer.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
        painter.end();
        QPixmap result = QPixmap::fromImage(std::move(image));
        QPixmapCache::insert(key, result);
        return result;
    }

    QSize actualSize(const QSize& size, QIcon::Mode, QIcon::State) override
    {
        const int side = qMin(size.width(), size.height());
        return QSize(side, side);
    }

    QList<QSize> availableSizes(QIcon::Mode, QIcon::State) override
    {
        return {QSize(16, 16), QSize(24, 24),   QSize(32, 32),  QSize(48, 48),
                QSize(64, 64), QSize(128, 128), QSize(256, 256)};
    }

    bool isNull() override { return m_svg.isEmpty(); }
    QString key() const override { return QStringLiteral("incentives-svg"); }
    QIconEngine* clone() const override { return new SvgIconEngine(*this); }

private:
    static QColor outlineColor(QIcon::Mode mode)
    {
        const QPalette palette = QGuiApplication::palette();
        switch (mode) {
        case QIcon::Disabled:
            return palette.color(QPalette::Disabled, QPalette::WindowText);
        case QIcon::Selected:
            return palette.color(QPalette::Active, QPalette::HighlightedText);
        case QIcon::Normal:
        case QIcon::Active:
            break;
        }
        return palette.color(QPalette::Active, QPalette::WindowText);
    }

    QString m_path;
    QByteArray m_svg;
    bool m_tinted;
};

struct ActionIcon
{
    const char* action;
    const char* icon;
};

// The main window's actions by objectName. An action that a window does not have is skipped.
constexpr std::array kActionIcons{
    ActionIcon{"actionHome", "home"},
    ActionIcon{"actionWorkspace", "workspace"},
    ActionIcon{"actionInbox", "inbox"},
    ActionIcon{"actionProfiles", "profiles"},
    ActionIcon{"actionUsers", "users"},
    ActionIcon{"actionAudit", "audit"},
    ActionIcon{"actionMyAccess", "my-access"},
    ActionIcon{"actionPresenter", "presenter"},
    ActionIcon{"actionSwitchUser", "switch-user"},
    ActionIcon{"actionBackUp", "back-up"},
    ActionIcon{"actionRestore", "restore"},
    ActionIcon{"actionCheck", "check"},
    ActionIcon{"actionRefresh", "refresh"},
    ActionIcon{"actionFind", "find"},
    ActionIcon{"actionQuit", "quit"},
    ActionIcon{"actionAbout", "about"},
    ActionIcon{"actionLock", "lock"},
    ActionIcon{"actionScenarios", "scenarios"},
    ActionIcon{"actionSpotlight", "spotlight"},
    ActionIcon{"actionByProgram", "by-program"},
    ActionIcon{"actionByLocation", "by-location"},
    ActionIcon{"actionExportWorkspace", "export"},
    ActionIcon{"actionSummary", "summary"},
    ActionIcon{"actionSettings", "settings"},
    ActionIcon{"actionGettingStarted", "getting-started"},
};

// The navigation rows, in the order of MainWindow::Page.
constexpr std::array kNavigationIcons{
    std::pair{MainWindow::HomePageIndex, "home"},
    std::pair{MainWindow::WorkspacePageIndex, "workspace"},
    std::pair{MainWindow::InboxPageIndex, "inbox"},
    std::pair{MainWindow::ProfilesPageIndex, "profiles"},
    std::pair{MainWindow::ProgramsPageIndex, "by-program"},
    std::pair{MainWindow::UsersPageIndex, "users"},
    std::pair{MainWindow::AuditPageIndex, "audit"},
    std::pair{MainWindow::MyAccessPageIndex, "my-access"},
    std::pair{MainWindow::PresenterPageIndex, "presenter"},
};

} // namespace

QIcon appIcon()
{
    return QIcon(new SvgIconEngine(QStringLiteral(":/icons/incentives-desk.svg"), false));
}

QIcon actionIcon(const QString& name)
{
    return QIcon(new SvgIconEngine(QStringLiteral(":/icons/actions/%1.svg").arg(name), true));
}

void applyActionIcons(QWidget* mainWindow)
{
    for (const ActionIcon& entry : kActionIcons) {
        const QString name = QString::fromLatin1(entry.action);
        for (QAction* action : mainWindow->findChildren<QAction*>(name))
            action->setIcon(actionIcon(QString::fromLatin1(entry.icon)));
    }
    if (auto* navigation = mainWindow->findChild<QListWidget*>(QStringLiteral("navigation"))) {
        for (const auto& [row, icon] : kNavigationIcons) {
            if (QListWidgetItem* item = navigation->item(row))
                item->setIcon(actionIcon(QString::fromLatin1(icon)));
        }
    }
}

} // namespace incentives::gui
