#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class ScenariosPanel;
}

namespace incentives {
class Session;
}

namespace incentives::gui {

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

private:
    std::unique_ptr<Ui::ScenariosPanel> m_ui;
    Session& m_session;
    QList<bool> m_progress;
};

} // namespace incentives::gui
