#pragma once

#include "core/Result.h"
#include "core/Types.h"

#include <QHash>
#include <QTimer>

#include <QWidget>

#include <functional>

#include <memory>

namespace Ui {
class PresenterPage;
}

namespace incentives {
class Session;
}

namespace incentives::gui {

// Demo tools, in demo databases only: the demo clock, the simulated Microsoft side (validations,
// programs, eligibility), snapshots and a reset to the shipped demo.
class PresenterPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresenterPage)

public:
    explicit PresenterPage(Session& session, QWidget* parent = nullptr);
    ~PresenterPage() override;
    void reload();
    QString lastMessage() const;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    // The tools in two columns side by side where they fit, else one above the other.
    void arrangeColumns();
    // Runs a demo tool and reports its outcome in the page; refreshes everything after success.
    void run(const QString& done, const std::function<Status()>& tool);
    void showLocation();
    void listPending();
    void resetDemo();
    void loadSnapshot();

    std::unique_ptr<Ui::PresenterPage> m_ui;
    Session& m_session;
    QTimer* m_searchTimer;
};

} // namespace incentives::gui
