#pragma once

#include <QWidget>

#include <memory>

class QUrl;

namespace Ui {
class GettingStartedPage;
}

namespace incentives::gui {

// Help → Getting started: the enrollment guide's steps (roles, invitation, payout and tax
// profiles, statuses, renewal) as they are done in this app, each linked to its screen. A link
// "screen:NAME" asks the main window to show that screen; other links open in the browser.
class GettingStartedPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GettingStartedPage)

public:
    explicit GettingStartedPage(QWidget* parent = nullptr);
    ~GettingStartedPage() override;

    // Demo databases get a paragraph on the presenter tools and guided scenarios.
    void setDemo(bool demo);
    static QString html(bool demo);

Q_SIGNALS:
    void screenRequested(const QString& screen);

private:
    void linkActivated(const QUrl& url);

    std::unique_ptr<Ui::GettingStartedPage> m_ui;
    bool m_demo = false;
};

} // namespace incentives::gui
