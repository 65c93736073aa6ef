#include "gui/ClassroomDialog.h"

#include "gui/FileDialogs.h"
#include "gui/MessageBoxes.h"
#include "services/Session.h"
#include "services/demo/ClassroomService.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace incentives::gui {
namespace {

enum Column
{
    TraineeColumn,
    ScenarioColumn,
    StepColumn,
    DoneColumn,
    OnStepColumn,
    TotalColumn,
    UrlColumn,
    ColumnCount
};

// How often the dashboard reads the trainees' progress while it is shown.
constexpr int kRefreshMs = 3000;

QPushButton* button(const QString& text, const QString& name, const QString& accessible, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(name);
    b->setAccessibleName(accessible);
    return b;
}

} // namespace

ClassroomDialog::ClassroomDialog(Session& session, QWidget* parent)
    : QDialog(parent), m_session(session), m_table(new QTableWidget(0, ColumnCount, this)),
      m_refreshButton(
          button(tr("&Refresh"), QStringLiteral("refreshClassButton"), tr("Refresh the class"), this)),
      m_resetButton(button(tr("Re&set sandbox…"), QStringLiteral("resetSandboxButton"),
                           tr("Reset the selected trainee's sandbox"), this)),
      m_traineesEdit(new QLineEdit(this)), m_templateEdit(new QLineEdit(this)),
      m_browseButton(
          button(tr("&Browse…"), QStringLiteral("browseTemplateButton"), tr("Choose a template file"), this)),
      m_createButton(button(tr("&Create sandboxes"), QStringLiteral("createSandboxesButton"),
                            tr("Create the sandboxes"), this)),
      m_messageLabel(new QLabel(this)), m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("classroomDialog"));
    setWindowTitle(tr("Class dashboard"));
    setAccessibleName(tr("Class dashboard"));
    resize(900, 520);

    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Each trainee works in a sandbox of their own: a whole organization on this "
                                "server, which only their login can open. Their progress through the guided "
                                "scenarios shows here as they go."),
                             this);
    intro->setObjectName(QStringLiteral("classIntroLabel"));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_table->setObjectName(QStringLiteral("classTable"));
    m_table->setAccessibleName(tr("Trainees and their progress"));
    m_table->setHorizontalHeaderLabels({tr("Trainee"), tr("Scenario"), tr("Step"), tr("Steps done"),
                                        tr("On this step"), tr("In all"), tr("Connects to")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 1);

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_refreshButton);
    actions->addStretch(1);
    actions->addWidget(m_resetButton);
    layout->addLayout(actions);

    auto* createBox = new QGroupBox(tr("New sandboxes"), this);
    createBox->setObjectName(QStringLiteral("newSandboxesBox"));
    auto* form = new QFormLayout(createBox);
    m_traineesEdit->setObjectName(QStringLiteral("traineesEdit"));
    m_traineesEdit->setAccessibleName(tr("Trainee logins"));
    m_traineesEdit->setPlaceholderText(tr("Logins, separated by commas or spaces"));
    auto* traineesLabel = new QLabel(tr("&Trainees:"), createBox);
    traineesLabel->setBuddy(m_traineesEdit);
    form->addRow(traineesLabel, m_traineesEdit);
    auto* templateRow = new QHBoxLayout;
    m_templateEdit->setObjectName(QStringLiteral("templateEdit"));
    m_templateEdit->setAccessibleName(tr("Template file"));
    m_templateEdit->setPlaceholderText(tr("Empty: the built-in demo"));
    templateRow->addWidget(m_templateEdit, 1);
    templateRow->addWidget(m_browseButton);
    auto* templateLabel = new QLabel(tr("T&emplate:"), createBox);
    templateLabel->setBuddy(m_templateEdit);
    form->addRow(templateLabel, templateRow);
    form->addRow(QString(), m_createButton);
    layout->addWidget(createBox);

    m_messageLabel->setObjectName(QStringLiteral("classMessageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextFormat(Qt::PlainText);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_messageLabel);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("classButtons"));
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_refreshButton, &QPushButton::clicked, this, &ClassroomDialog::refresh);
    connect(m_resetButton, &QPushButton::clicked, this, &ClassroomDialog::resetSelected);
    connect(m_createButton, &QPushButton::clicked, this, &ClassroomDialog::createSandboxes);
    connect(m_browseButton, &QPushButton::clicked, this, &ClassroomDialog::chooseTemplate);
    connect(m_traineesEdit, &QLineEdit::textChanged, this, &ClassroomDialog::updateButtons);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ClassroomDialog::updateButtons);
    // Live: the trainees write in their own sandboxes, which this connection does not hear of.
    m_timer->setInterval(kRefreshMs);
    connect(m_timer, &QTimer::timeout, this, &ClassroomDialog::refresh);
    connect(&m_session, &Session::changed, this, &ClassroomDialog::refresh);
    refresh();
}

ClassroomDialog::~ClassroomDialog() = default;

QString ClassroomDialog::duration(qint64 seconds)
{
    if (seconds >= 3600)
        return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
    if (seconds >= 60)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 s").arg(seconds);
}

QString ClassroomDialog::lastMessage() const
{
    return m_messageLabel->text();
}

void ClassroomDialog::report(const QString& message)
{
    m_messageLabel->setText(message);
}

void ClassroomDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    m_timer->start();
}

void ClassroomDialog::hideEvent(QHideEvent* event)
{
    QDialog::hideEvent(event);
    m_timer->stop();
}

void ClassroomDialog::refresh()
{
    const Status may = ClassroomService(m_session.context()).mayManage(m_session.actor());
    auto rows = may ? ClassroomService(m_session.context()).status(m_session.actor())
                    : Result<QList<ClassRow>>(may.error());
    const QString selected = m_table->currentRow() >= 0 && m_table->item(m_table->currentRow(), TraineeColumn)
                                 ? m_table->item(m_table->currentRow(), TraineeColumn)->text()
                                 : QString();
    if (!rows) {
        m_table->setRowCount(0);
        report(rows.error().message);
        updateButtons();
        return;
    }
    m_table->setRowCount(int(rows->size()));
    for (int r = 0; r < rows->size(); ++r) {
        const ClassRow& row = rows->at(r);
        const auto& p = row.sandbox.progress;
        QStringList cells(ColumnCount);
        cells[TraineeColumn] = row.sandbox.trainee;
        cells[UrlColumn] = row.url;
        if (!row.sandbox.problem.isEmpty()) {
            cells[ScenarioColumn] = row.sandbox.problem;
        } else if (!p) {
            cells[ScenarioColumn] = tr("Not started");
        } else {
            cells[ScenarioColumn] = p->title;
            cells[StepColumn] =
                p->finished() ? tr("Finished") : tr("%1 of %2").arg(p->stepIndex + 1).arg(p->stepsTotal);
            cells[DoneColumn] = tr("%1 of %2").arg(p->stepsDone).arg(p->stepsTotal);
            cells[OnStepColumn] = p->finished() ? QString() : duration(row.timeOnStep);
            cells[TotalColumn] = duration(row.totalTime);
        }
        for (int c = 0; c < ColumnCount; ++c) {
            auto* item = m_table->item(r, c);
            if (!item) {
                item = new QTableWidgetItem;
                m_table->setItem(r, c, item);
            }
            item->setText(cells.at(c));
            item->setToolTip(c == UrlColumn || c == ScenarioColumn ? cells.at(c) : QString());
        }
        if (cells.at(TraineeColumn) == selected)
            m_table->selectRow(r);
    }
    if (rows->isEmpty())
        report(tr("No trainee has a sandbox yet: name them below."));
    else if (m_messageLabel->text() == tr("No trainee has a sandbox yet: name them below."))
        report(QString());
    updateButtons();
}

void ClassroomDialog::updateButtons()
{
    const Status may = ClassroomService(m_session.context()).mayManage(m_session.actor());
    const bool chosen = !m_table->selectedItems().isEmpty();
    m_resetButton->setEnabled(may.ok() && chosen);
    m_createButton->setEnabled(may.ok() && !m_traineesEdit->text().trimmed().isEmpty());
    m_refreshButton->setEnabled(may.ok());
    const QString why = may ? QString() : may.error().message;
    m_createButton->setToolTip(why);
    m_resetButton->setToolTip(why);
}

void ClassroomDialog::resetSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->item(row, TraineeColumn))
        return;
    const QString trainee = m_table->item(row, TraineeColumn)->text();
    if (!MessageBoxes::confirm(
            this, tr("Reset a sandbox"),
            tr("Rebuild the sandbox of %1 from its template? Everything done in it, and "
               "the scenario progress, is lost; the other trainees' sandboxes stay as they "
               "are.")
                .arg(trainee),
            tr("Reset"), tr("Keep it")))
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status s = ClassroomService(m_session.context()).reset(m_session.actor(), trainee);
    QApplication::restoreOverrideCursor();
    report(s ? tr("The sandbox of %1 is back to its template.").arg(trainee) : s.error().message);
    refresh();
}

void ClassroomDialog::chooseTemplate()
{
    const QString path = FileDialogs::openFileName(this, tr("Choose a demo template"), m_templateEdit->text(),
                                                   tr("Demo templates (*.json)"));
    if (!path.isEmpty())
        m_templateEdit->setText(path);
}

void ClassroomDialog::createSandboxes()
{
    const QStringList trainees =
        m_traineesEdit->text().split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto made = ClassroomService(m_session.context())
                    .createClass(m_session.actor(), m_templateEdit->text().trimmed(), trainees);
    QApplication::restoreOverrideCursor();
    if (!made) {
        report(made.error().message);
        refresh();
        return;
    }
    QStringList lines;
    for (const TraineeSandbox& s : std::as_const(*made))
        lines << (s.password.isEmpty()
                      ? tr("%1: %2").arg(s.trainee, s.url)
                      : tr("%1: %2 (new login, password %3)").arg(s.trainee, s.url, s.password));
    m_traineesEdit->clear();
    report(tr("Sandboxes created:") + QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
    refresh();
}

} // namespace incentives::gui
