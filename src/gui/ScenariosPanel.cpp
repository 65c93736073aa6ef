#include "gui/ScenariosPanel.h"

#include "gui/AppSettings.h"
#include "gui/FormSupport.h"
#include "gui/MessageBoxes.h"
#include "gui/Spotlight.h"
#include "services/MaintenanceService.h"
#include "services/Session.h"
#include "services/demo/Scenarios.h"
#include "ui_ScenariosPanel.h"

#include <QAction>
#include <QStyle>
#include <QTimer>

namespace incentives::gui {

ScenariosPanel::ScenariosPanel(Session& session, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ScenariosPanel>()), m_session(session),
      m_spotlightAction(new QAction(tr("Spotli&ght"), this)), m_spotlight(new Spotlight(this, this))
{
    m_ui->setupUi(this);
    m_spotlightAction->setObjectName(QStringLiteral("actionSpotlight"));
    m_spotlightAction->setCheckable(true);
    m_spotlightAction->setChecked(settings::spotlight());
    m_spotlightAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_spotlightAction->setToolTip(tr("Highlight the control of the running scenario's next step"));
    m_ui->spotlightButton->setDefaultAction(m_spotlightAction);
    m_spotlight->setUndimmed(this); // the steps stay readable beside the spotlight
    connect(m_spotlightAction, &QAction::toggled, this, [this](bool on) {
        settings::setSpotlight(on);
        updateSpotlight();
    });
    connect(m_ui->stopButton, &QPushButton::clicked, this, &ScenariosPanel::stop);
    reserveWrappedHeight(m_ui->summaryLabel);
    for (const auto& s : scenarios::all())
        m_ui->scenarioCombo->addItem(s.title, s.id);
    connect(m_ui->scenarioCombo, &QComboBox::currentIndexChanged, this, [this] {
        stop(); // another scenario: the one started is no longer followed
        reload();
    });
    connect(m_ui->startButton, &QPushButton::clicked, this, &ScenariosPanel::start);
    // Steps done from the command line or another window tick off too: look again now and then.
    auto* poll = new QTimer(this);
    poll->setInterval(1000);
    connect(poll, &QTimer::timeout, this, [this] {
        if (isVisible())
            reload();
    });
    poll->start();
}

ScenariosPanel::~ScenariosPanel() = default;

void ScenariosPanel::selectScenario(const QString& id)
{
    m_ui->scenarioCombo->setCurrentIndex(m_ui->scenarioCombo->findData(id));
}

void ScenariosPanel::reload()
{
    const auto* scenario = scenarios::find(m_ui->scenarioCombo->currentData().toString());
    m_ui->stepsList->clear();
    m_progress.clear();
    if (!scenario) {
        updateSpotlight();
        return;
    }
    m_ui->summaryLabel->setText(scenario->summary);
    reserveWrappedHeight(m_ui->summaryLabel);
    // Starting resets the demo: a presenter tool.
    const Status mayStart = m_session.permissions().presenterTools;
    m_ui->startButton->setEnabled(mayStart.ok());
    m_ui->startButton->setToolTip(mayStart ? QString() : mayStart.error().message);
    m_progress = scenarios::progress(m_session.context(), *scenario);
    const QIcon done = style()->standardIcon(QStyle::SP_DialogApplyButton);
    const QIcon todo = style()->standardIcon(QStyle::SP_ArrowRight);
    int count = 0;
    for (qsizetype i = 0; i < scenario->steps.size(); ++i) {
        const bool isDone = m_progress.at(i);
        count += isDone ? 1 : 0;
        auto* item = new QListWidgetItem(
            isDone ? done : todo, tr("%1. %2").arg(i + 1).arg(scenario->steps.at(i).text), m_ui->stepsList);
        item->setData(Qt::AccessibleTextRole,
                      (isDone ? tr("Done: %1") : tr("To do: %1")).arg(scenario->steps.at(i).text));
    }
    m_ui->progressLabel->setText(count == scenario->steps.size()
                                     ? tr("All %1 steps done.").arg(count)
                                     : tr("%1 of %2 steps done.").arg(count).arg(scenario->steps.size()));
    updateSpotlight();
}

int ScenariosPanel::currentStep() const
{
    return int(m_progress.indexOf(false));
}

void ScenariosPanel::stop()
{
    m_running = false;
    m_ui->stopButton->setEnabled(false);
    updateSpotlight();
}

void ScenariosPanel::updateSpotlight()
{
    const auto* scenario = scenarios::find(m_ui->scenarioCombo->currentData().toString());
    const int step = currentStep();
    if (!m_running || !m_spotlightAction->isChecked() || !isVisible() || !scenario || step < 0 ||
        step >= scenario->steps.size()) {
        m_spotlight->clear();
        return;
    }
    const scenarios::Step& next = scenario->steps.at(step);
    if (!m_spotlight->isActive() || m_spotlight->targetName() != next.target ||
        m_spotlight->text() != next.text)
        m_spotlight->point(next.target, next.text);
}

void ScenariosPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    updateSpotlight();
}

void ScenariosPanel::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    updateSpotlight();
}

void ScenariosPanel::start()
{
    if (MessageBoxes::question(
            this, tr("Start the scenario"),
            tr("Starting from the initial state resets the demo to its shipped data. Go on?")) !=
        QMessageBox::Yes)
        return;
    auto reset = MaintenanceService(m_session.context()).resetDemo(m_session.actor());
    if (const Status s = reset ? m_session.replaceDatabase(*reset) : Status(reset.error()); !s) {
        MessageBoxes::warning(this, tr("Start the scenario"), s.error().message);
        return;
    }
    m_running = true;
    m_ui->stopButton->setEnabled(true);
    reload();
}

} // namespace incentives::gui
