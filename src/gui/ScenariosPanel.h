#pragma once

#include "core/Result.h"

#include <QImage>
#include <QWidget>

#include <memory>

class QAction;

namespace Ui {
class ScenariosPanel;
}

namespace incentives {
class Session;
}

namespace incentives::scenarios {
struct Scenario;
}

namespace incentives::gui {

class Spotlight;

// Guided scenarios beside the main window: ready demo scripts whose steps tick themselves off as
// the demo reaches them, whoever does them. The built-in scenarios are listed with the scenario
// files the presenter opened; any of them can be saved as a file to start one's own from. Only the
// presenter sees this panel, so it also shows the presenter's notes.
class ScenariosPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScenariosPanel)

public:
    explicit ScenariosPanel(Session& session, QWidget* parent = nullptr);
    ~ScenariosPanel() override;
    void reload();
    // A built-in scenario by its id, or an opened file by its path.
    void selectScenario(const QString& idOrPath);
    // The scenario shown, or nullptr.
    const scenarios::Scenario* currentScenario() const;
    QList<bool> progress() const { return m_progress; }
    void start(); // resets the demo, after asking
    // The scenario started last runs until stopped or another one is chosen; while it runs (and
    // the panel shows), the spotlight points at the control of its first step not done.
    void stop();
    bool isRunning() const { return m_running; }
    int currentStep() const; // the first step not done; -1: none (or no scenario)
    QAction* spotlightAction() const { return m_spotlightAction; }
    Spotlight* spotlight() const { return m_spotlight; }
    // Asks for a scenario file and opens it.
    void openScenario();
    // Reads a scenario file and lists it; a file with mistakes is refused with the list of them.
    bool openScenarioFile(const QString& path);
    // Writes the selected scenario to a file the presenter chooses.
    void saveCopy();
    // While a started scenario runs, each step done is pictured: the window as it was then,
    // without the spotlight and the presenter's notes. Null where a step has no picture.
    QList<QImage> pictures() const { return m_pictures; }
    // Whether the handout can be exported now, and why not (the services decide).
    Status handoutReady() const;
    // Asks for a file name and writes the handout there as a PDF: the scenario's title block, then
    // every step's text with its picture.
    void exportHandout();

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void updateSpotlight();
    void addOpened(const scenarios::Scenario& scenario);
    void rememberOpened() const;
    void showNotes();
    void capture(qsizetype step);
    void updateHandoutButton();

    std::unique_ptr<Ui::ScenariosPanel> m_ui;
    Session& m_session;
    QList<scenarios::Scenario> m_opened;
    QList<bool> m_progress;
    QAction* m_spotlightAction;
    Spotlight* m_spotlight;
    QList<QImage> m_pictures; // by step, of the scenario started last
    bool m_running = false;
    bool m_started = false; // the scenario shown was started (it may have been stopped since)
    QString m_shown;        // the key of the scenario the steps list shows
};

} // namespace incentives::gui
