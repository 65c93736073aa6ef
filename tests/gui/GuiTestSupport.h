#pragma once

// What the GUI tests share: a fresh demo database per test, the window over it, and a way to act
// on the modal dialog that a click is about to open.
#include "gui/MainWindow.h"
#include "services/Session.h"
#include "services/demo/DemoSeed.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QPainter>
#include <QPixmap>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

namespace incentives::gui::testing {

inline const QString kAvery = QStringLiteral("avery.brooks@contoso.example");
inline const QString kBao = QStringLiteral("bao.nguyen@contoso.example");
inline const QString kCharlotte = QStringLiteral("charlotte.evans@contoso.example");
inline const QString kDev = QStringLiteral("dev.patel@contoso.example");
inline const QString kEmma = QStringLiteral("emma.schmidt@contoso.example");
inline const QString kGabriel = QStringLiteral("gabriel.silva@contoso.example");

class DemoWindow
{
public:
    // Seeds a new demo database at path and opens the window on it.
    bool create(const QString& path)
    {
        QFile::remove(path);
        m_path = path;
        {
            auto ctx = AppContext::open(path, Database::OpenMode::CreateIfMissing);
            if (!ctx || !seed::demo(**ctx))
                return false;
        }
        return reopen();
    }

    bool reopen()
    {
        close();
        auto ctx = AppContext::open(m_path, Database::OpenMode::MustExist);
        if (!ctx)
            return false;
        session = std::make_unique<Session>(std::move(ctx).value());
        window = std::make_unique<MainWindow>(*session);
        window->resize(1200, 760);
        window->show();
        return QTest::qWaitForWindowExposed(window.get());
    }

    void close()
    {
        window.reset();
        session.reset();
    }

    bool signIn(const QString& email) { return session && session->signIn(email).ok(); }
    AppContext& context() { return session->context(); }
    const QString& path() const { return m_path; }

    std::unique_ptr<Session> session;
    std::unique_ptr<MainWindow> window;

private:
    QString m_path;
};

// Runs body on the modal dialog the next event-loop turn finds open (a click that calls exec()
// returns only when body closes it). done is set once body ran.
inline void onNextModal(QObject* context, const std::function<void(QWidget*)>& body, bool* done)
{
    QTimer::singleShot(0, context, [context, body, done] {
        QWidget* modal = QApplication::activeModalWidget();
        if (!modal) {
            onNextModal(context, body, done); // not open yet: look again
            return;
        }
        body(modal);
        *done = true;
    });
}

// The window with the dialogs open over it, each centred, as one picture (a grab shows one window).
inline void saveShotOver(QWidget* window, const QList<QWidget*>& dialogs, const QString& name)
{
    const QString dir = qEnvironmentVariable("INCENTIVES_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest); // as the user would see it
    QPixmap picture = window->grab();
    QPainter painter(&picture);
    for (QWidget* dialog : dialogs) {
        const QPixmap top = dialog->window()->grab();
        painter.drawPixmap((picture.width() - top.width()) / 2, (picture.height() - top.height()) / 2, top);
    }
    painter.end();
    picture.save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

inline void saveShot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("INCENTIVES_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

} // namespace incentives::gui::testing
