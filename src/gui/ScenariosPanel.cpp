#include "gui/ScenariosPanel.h"

#include "gui/AppSettings.h"
#include "gui/FileDialogs.h"
#include "gui/FormSupport.h"
#include "gui/MessageBoxes.h"
#include "gui/Spotlight.h"
#include "report/Handout.h"
#include "services/DirectoryService.h"
#include "services/MaintenanceService.h"
#include "services/Session.h"
#include "services/demo/ClassroomService.h"
#include "services/demo/ScenarioFile.h"
#include "services/demo/Scenarios.h"
#include "store/Files.h"
#include "ui_ScenariosPanel.h"

#include <algorithm>

#include <QAction>
#include <QApplication>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QPainter>
#include <QStandardPaths>
#include <QStyle>
#include <QTimer>

namespace incentives::gui {

namespace {

// The combo box's key of an opened file; a built-in's key is its id.
QString fileKey(const QString& path)
{
    return QStringLiteral("file:") + path;
}

// The step an item of the steps list stands for; chapter headings stand for none.
constexpr int kStepRole = Qt::UserRole;

// Pictures of the window are kept at most this wide: sharp enough on a printed page, small enough
// to keep one per step in memory.
constexpr int kPictureWidth = 1280;

} // namespace

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
    // The files opened before, as long as they still read well.
    for (const QString& path : settings::openedScenarios())
        if (auto loaded = scenarios::loadFile(path); loaded.scenario)
            addOpened(*loaded.scenario);
    rememberOpened();
    connect(m_ui->scenarioCombo, &QComboBox::currentIndexChanged, this, [this] {
        stop(); // another scenario: the one started is no longer followed
        m_started = false;
        m_pictures.clear();
        reload();
    });
    connect(m_ui->startButton, &QPushButton::clicked, this, &ScenariosPanel::start);
    connect(m_ui->openScenarioButton, &QPushButton::clicked, this, &ScenariosPanel::openScenario);
    connect(m_ui->saveCopyButton, &QPushButton::clicked, this, &ScenariosPanel::saveCopy);
    connect(m_ui->exportHandoutButton, &QPushButton::clicked, this, &ScenariosPanel::exportHandout);
    connect(m_ui->stepsList, &QListWidget::currentRowChanged, this, &ScenariosPanel::showNotes);
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

void ScenariosPanel::selectScenario(const QString& idOrPath)
{
    int index = m_ui->scenarioCombo->findData(idOrPath);
    if (index < 0)
        index = m_ui->scenarioCombo->findData(fileKey(idOrPath));
    m_ui->scenarioCombo->setCurrentIndex(index);
}

const scenarios::Scenario* ScenariosPanel::currentScenario() const
{
    const QString key = m_ui->scenarioCombo->currentData().toString();
    for (const auto& s : m_opened)
        if (fileKey(s.fileName) == key)
            return &s;
    return key.startsWith(QLatin1String("file:")) ? nullptr : scenarios::find(key);
}

void ScenariosPanel::reload()
{
    const auto* scenario = currentScenario();
    const QString key = m_ui->scenarioCombo->currentData().toString();
    m_ui->saveCopyButton->setEnabled(scenario != nullptr);
    const QList<bool> before = key == m_shown ? m_progress : QList<bool>();
    m_progress.clear();
    updateHandoutButton();
    if (!scenario) {
        m_ui->stepsList->clear();
        m_shown.clear();
        m_ui->summaryLabel->clear();
        m_ui->progressLabel->clear();
        showNotes();
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
    // In a class sandbox the trainer's dashboard follows the step reached (the service decides).
    if (m_session.signedIn())
        (void)ClassroomService(m_session.context()).recordProgress(m_session.actor(), *scenario, m_progress);
    // The list is built once per scenario and then only updated, so that the selection and the
    // scroll position stay while the steps tick off.
    if (key != m_shown) {
        m_ui->stepsList->clear();
        QFont heading = m_ui->stepsList->font();
        heading.setBold(true);
        for (qsizetype i = 0; i < scenario->steps.size(); ++i) {
            const int chapter = scenario->steps.at(i).chapter;
            const QString title = scenario->chapters.value(chapter);
            if ((i == 0 || scenario->steps.at(i - 1).chapter != chapter) && !title.isEmpty()) {
                auto* item = new QListWidgetItem(title, m_ui->stepsList);
                item->setFont(heading);
                item->setFlags(Qt::ItemIsEnabled);
                item->setData(kStepRole, -1);
            }
            auto* item = new QListWidgetItem(m_ui->stepsList);
            item->setData(kStepRole, int(i));
            item->setToolTip(scenario->steps.at(i).notes);
        }
        m_shown = key;
    }
    const QIcon done = style()->standardIcon(QStyle::SP_DialogApplyButton);
    const QIcon todo = style()->standardIcon(QStyle::SP_ArrowRight);
    int count = 0;
    for (int row = 0; row < m_ui->stepsList->count(); ++row) {
        QListWidgetItem* item = m_ui->stepsList->item(row);
        const int i = item->data(kStepRole).toInt();
        if (i < 0 || i >= m_progress.size())
            continue;
        const bool isDone = m_progress.at(i);
        count += isDone ? 1 : 0;
        const QString text = scenario->steps.at(i).text;
        item->setIcon(isDone ? done : todo);
        item->setText(tr("%1. %2").arg(i + 1).arg(text));
        item->setData(Qt::AccessibleTextRole, (isDone ? tr("Done: %1") : tr("To do: %1")).arg(text));
    }
    m_ui->progressLabel->setText(count == scenario->steps.size()
                                     ? tr("All %1 steps done.").arg(count)
                                     : tr("%1 of %2 steps done.").arg(count).arg(scenario->steps.size()));
    showNotes();
    // The steps just done, pictured with their tick and before the spotlight moves on.
    if (m_running && before.size() == m_progress.size())
        for (qsizetype i = 0; i < m_progress.size(); ++i)
            if (m_progress.at(i) && !before.at(i))
                capture(i);
    updateHandoutButton();
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
    const auto* scenario = currentScenario();
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

void ScenariosPanel::showNotes()
{
    // The notes of the step the presenter selected, or else of the next step to do.
    const auto* scenario = currentScenario();
    int step = -1;
    if (const QListWidgetItem* item = m_ui->stepsList->currentItem(); item && item->isSelected())
        step = item->data(kStepRole).toInt();
    if (scenario && step < 0)
        step = int(m_progress.indexOf(false));
    if (!scenario || step < 0 || step >= scenario->steps.size()) {
        m_ui->notesLabel->setText(scenario ? tr("Every step is done.") : QString());
        return;
    }
    const QString notes = scenario->steps.at(step).notes;
    m_ui->notesLabel->setText(notes.isEmpty() ? tr("Step %1 has no notes.").arg(step + 1)
                                              : tr("Step %1: %2").arg(step + 1).arg(notes));
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
    m_started = true;
    m_pictures.clear();
    m_ui->stopButton->setEnabled(true);
    reload();
}

void ScenariosPanel::capture(qsizetype step)
{
    // The main window, even when the panel floats in a window of its own.
    QWidget* main = window();
    while (main->parentWidget())
        main = main->parentWidget()->window();
    if (!main->isVisible())
        return;
    // The audience sees the window, not the dim layer of the spotlight.
    QWidget* overlay = m_spotlight->overlay();
    const bool dimmed = overlay && overlay->isVisible() && main->isAncestorOf(overlay);
    if (dimmed)
        overlay->hide();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest); // as the audience sees it
    QPixmap shot = main->grab();
    if (dimmed)
        overlay->show();
    QPainter painter(&shot);
    // A dialog open over the window is part of what the audience saw.
    if (QWidget* modal = QApplication::activeModalWidget(); modal && modal != main && modal->isVisible()) {
        const QPixmap top = modal->grab();
        QPoint at = modal->mapToGlobal(QPoint(0, 0)) - main->mapToGlobal(QPoint(0, 0));
        at.setX(qBound(0, at.x(), qMax(0, main->width() - modal->width())));
        at.setY(qBound(0, at.y(), qMax(0, main->height() - modal->height())));
        painter.drawPixmap(at, top);
    }
    // The presenter's notes are for the presenter only.
    if (main->isAncestorOf(m_ui->notesBox) && m_ui->notesBox->isVisible())
        painter.fillRect(QRect(m_ui->notesBox->mapTo(main, QPoint(0, 0)), m_ui->notesBox->size()),
                         palette().color(QPalette::Window));
    painter.end();
    QImage picture = shot.toImage().convertToFormat(QImage::Format_RGB32);
    picture.setDevicePixelRatio(1);
    if (picture.width() > kPictureWidth)
        picture = picture.scaledToWidth(kPictureWidth, Qt::SmoothTransformation);
    if (m_pictures.size() <= step)
        m_pictures.resize(step + 1);
    m_pictures[step] = picture;
}

Status ScenariosPanel::handoutReady() const
{
    const qsizetype pictured =
        std::count_if(m_pictures.cbegin(), m_pictures.cend(), [](const QImage& p) { return !p.isNull(); });
    return scenarios::handoutReady(currentScenario(), m_started, pictured);
}

void ScenariosPanel::updateHandoutButton()
{
    const Status ready = handoutReady();
    m_ui->exportHandoutButton->setEnabled(ready.ok());
    m_ui->exportHandoutButton->setToolTip(
        ready ? tr("Write each step's text with a picture of the window when it was done as a PDF")
              : ready.error().message);
}

void ScenariosPanel::exportHandout()
{
    const auto* scenario = currentScenario();
    if (const Status ready = handoutReady(); !scenario || !ready) {
        MessageBoxes::warning(this, tr("Export handout"),
                              ready ? tr("Choose a scenario first.") : ready.error().message);
        return;
    }
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(scenario->id + QStringLiteral("-handout.pdf"));
    const QString path =
        FileDialogs::saveFileName(this, tr("Export handout"), suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    report::Handout handout;
    handout.title = scenario->title;
    handout.description = scenario->summary;
    handout.date = QDate::currentDate();
    handout.locale = scenario->language.isEmpty() ? QLocale() : QLocale(scenario->language);
    if (auto org = m_session.directory().organization(m_session.actor()))
        handout.organization = org->name;
    for (qsizetype i = 0; i < scenario->steps.size(); ++i) {
        const scenarios::Step& step = scenario->steps.at(i);
        report::HandoutStep out;
        out.chapter = scenario->chapters.value(step.chapter);
        out.text = step.text;
        out.picture = m_pictures.value(i);
        out.done = m_progress.value(i) || !out.picture.isNull();
        handout.steps.append(out);
    }
    Status written = files::checkTarget(path, m_session.context().db().path());
    if (written)
        written = report::writeHandout(handout, path);
    if (!written) {
        MessageBoxes::warning(this, tr("Export handout"), written.error().message);
        return;
    }
    MessageBoxes::information(this, tr("Export handout"),
                              tr("Wrote the handout to %1.").arg(QDir::toNativeSeparators(path)));
}

void ScenariosPanel::openScenario()
{
    const QStringList opened = settings::openedScenarios();
    const QString start = opened.isEmpty()
                              ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                              : QFileInfo(opened.last()).absolutePath();
    const QString path = FileDialogs::openFileName(this, tr("Open scenario"), start,
                                                   tr("Scenario files (*.json);;All files (*)"));
    if (!path.isEmpty())
        openScenarioFile(path);
}

bool ScenariosPanel::openScenarioFile(const QString& path)
{
    const scenarios::Loaded loaded = scenarios::loadFile(path);
    if (!loaded.scenario) {
        constexpr qsizetype kShown = 15;
        QStringList lines = loaded.describe(QFileInfo(path).fileName());
        const qsizetype more = lines.size() - kShown;
        if (more > 0) {
            lines = lines.mid(0, kShown);
            lines.append(tr("…and %1 more.").arg(more));
        }
        MessageBoxes::warning(this, tr("Open scenario"),
                              tr("%1 is not a scenario that can be followed:\n\n%2")
                                  .arg(QDir::toNativeSeparators(path), lines.join(QLatin1Char('\n'))));
        return false;
    }
    addOpened(*loaded.scenario);
    rememberOpened();
    selectScenario(path);
    m_shown.clear(); // read again: the file may have changed
    reload();
    return true;
}

void ScenariosPanel::addOpened(const scenarios::Scenario& scenario)
{
    const QString label = tr("%1 (%2)").arg(scenario.title, QFileInfo(scenario.fileName).fileName());
    const int index = m_ui->scenarioCombo->findData(fileKey(scenario.fileName));
    for (auto& s : m_opened)
        if (s.fileName == scenario.fileName)
            s = scenario;
    if (index >= 0) {
        m_ui->scenarioCombo->setItemText(index, label);
        return;
    }
    m_opened.append(scenario);
    m_ui->scenarioCombo->addItem(label, fileKey(scenario.fileName));
    m_ui->scenarioCombo->setItemData(m_ui->scenarioCombo->count() - 1,
                                     QDir::toNativeSeparators(scenario.fileName), Qt::ToolTipRole);
}

void ScenariosPanel::rememberOpened() const
{
    QStringList paths;
    for (const auto& s : m_opened)
        paths.append(s.fileName);
    settings::setOpenedScenarios(paths);
}

void ScenariosPanel::saveCopy()
{
    const auto* scenario = currentScenario();
    if (!scenario)
        return;
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(scenario->id + QStringLiteral(".json"));
    const QString path = FileDialogs::saveFileName(this, tr("Save a copy of the scenario"), suggested,
                                                   tr("Scenario files (*.json)"));
    if (path.isEmpty())
        return;
    Status saved = files::checkTarget(path, m_session.context().db().path());
    if (saved)
        saved = files::writeFile(path, scenario->source);
    if (!saved) {
        MessageBoxes::warning(this, tr("Save a copy of the scenario"), saved.error().message);
        return;
    }
    MessageBoxes::information(
        this, tr("Save a copy of the scenario"),
        tr("Saved %1. Edit it in any text editor, then open it here with Open scenario.")
            .arg(QDir::toNativeSeparators(path)));
}

} // namespace incentives::gui
