#pragma once

#include <QWidget>

#include <memory>

class QAction;

namespace Ui {
class ScenariosPanel;
}

namespace incentives {
class Session;
}

namespace incentives::gui {

class Spotlight;

// Guided scenarios beside the main window: ready demo scripts whose steps tick themselves off as
// the demo reaches them, whoever does them.
class ScenariosPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScenariosPanel)

public:
    explicit ScenariosPanel(Session& session, QWidget* parent = nullptr);
    ~ScenariosPanel() override;
    void reload();
    void selectScenario(const QString& id);
    QList<bool> progress() const { return m_progress; }
    void start(); // resets the demo, after asking
    // The scenario started last runs until stopped or another one is chosen; while it runs (and
    // the panel shows), the spotlight points at the control of its first step not done.
    void stop();
    bool isRunning() const { return m_running; }
    int currentStep() const; // the first step not done; -1: none (or no scenario)
    QAction* spotlightAction() const { return m_spotlightAction; }
    Spotlight* spotlight() const { return m_spotlight; }

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void updateSpotlight();

    std::unique_ptr<Ui::ScenariosPanel> m_ui;
    Session& m_session;
    QList<bool> m_progress;
    QAction* m_spotlightAction;
    Spotlight* m_spotlight;
    bool m_running = false;
};

} // namespace incentives::gui
