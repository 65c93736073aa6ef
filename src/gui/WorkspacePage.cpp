#include "gui/WorkspacePage.h"

#include "gui/EligibilityDialog.h"
#include "gui/FormSupport.h"
#include "gui/LocationPicker.h"
#include "gui/MessageBoxes.h"
#include "gui/StatusStyle.h"
#include "gui/WorkspaceModel.h"
#include "services/Session.h"
#include "ui_WorkspacePage.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QLocale>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace incentives::gui {

WorkspacePage::WorkspacePage(Session& session, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::WorkspacePage>()), m_session(session),
      m_model(new WorkspaceModel(session, this)), m_searchTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    m_ui->table->setModel(m_model);
    // Fixed row heights and column widths: the table may hold a million rows.
    auto* rows = m_ui->table->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 10);
    rows->hide();
    auto* columns = m_ui->table->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setStretchLastSection(false);
    columns->setSectionResizeMode(WorkspaceModel::ActionsColumn, QHeaderView::Stretch);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const QList<int> widths{17 * em, 15 * em, 8 * em, 13 * em, 20 * em, 6 * em, 7 * em, 9 * em};
    // At least as wide as the heading, however long it is in the language.
    for (int c = 0; c < widths.size(); ++c)
        if (c != WorkspaceModel::ActionsColumn)
            columns->resizeSection(c, qMax(widths.at(c), columns->sectionSizeHint(c)));
    columns->setSortIndicator(WorkspaceModel::ProgramColumn, Qt::AscendingOrder);
    columns->setSortIndicatorShown(true);
    columns->setSectionsMovable(true);

    m_ui->statusFilter->addItem(tr("All statuses"));
    for (EnrollmentStatus s : allStatuses())
        m_ui->statusFilter->addItem(statusIcon(s, palette()), statusLabel(s), int(s));

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(60);
    connect(m_searchTimer, &QTimer::timeout, this, &WorkspacePage::applyFilters);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, &WorkspacePage::applyFilters);
    for (QComboBox* box : {m_ui->statusFilter, m_ui->programFilter})
        connect(box, &QComboBox::currentIndexChanged, this, &WorkspacePage::applyFilters);
    m_ui->locationFilter->setSession(session);
    connect(m_ui->locationFilter, &LocationPicker::locationChosen, this, &WorkspacePage::applyFilters);
    connect(m_ui->clearFiltersButton, &QPushButton::clicked, this, [this] {
        const QSignalBlocker a(m_ui->statusFilter), b(m_ui->locationFilter), c(m_ui->programFilter),
            d(m_ui->searchEdit);
        m_ui->statusFilter->setCurrentIndex(0);
        m_ui->locationFilter->setPartnerId({});
        m_ui->programFilter->setCurrentIndex(0);
        m_ui->searchEdit->clear();
        applyFilters();
    });
    connect(m_model, &WorkspaceModel::countChanged, this, &WorkspacePage::updateCount);
    connect(m_ui->cancelCountButton, &QPushButton::clicked, m_model, &WorkspaceModel::cancelCount);
    connect(m_model, &WorkspaceModel::loadFailed, this,
            [this](const QString& message) { m_ui->countLabel->setText(message); });
    connect(m_ui->table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateButtons();
        Q_EMIT selectionChanged();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &WorkspacePage::updateButtons);
    connect(m_ui->table, &QTableView::activated, this, &WorkspacePage::activate);
    connect(m_ui->table, &QTableView::clicked, this, [this](const QModelIndex& index) {
        // The Actions required and Resources cells are links.
        if (index.column() == WorkspaceModel::ActionsColumn ||
            index.column() == WorkspaceModel::ResourcesColumn)
            activate(index);
    });
    connect(m_ui->eligibilityButton, &QPushButton::clicked, this, &WorkspacePage::showEligibility);
    connect(m_ui->guideButton, &QPushButton::clicked, this, &WorkspacePage::showGuide);
    connect(m_ui->enrollButton, &QPushButton::clicked, this, [this] {
        if (const auto* row = m_model->rowAt(m_ui->table->currentIndex().row()))
            Q_EMIT enrollRequested(row->enrollment.programName, row->enrollment.partnerId);
    });
    updateButtons();
}

WorkspacePage::~WorkspacePage() = default;

void WorkspacePage::reloadFilters()
{
    const QSignalBlocker b(m_ui->programFilter);
    // The location chosen stays chosen if the user may still see it.
    if (!m_ui->locationFilter->setPartnerId(m_ui->locationFilter->partnerId()))
        m_ui->locationFilter->setPartnerId({});
    m_ui->programFilter->clear();
    m_ui->programFilter->addItem(tr("All programs"));
    if (auto programs = m_session.directory().programs(m_session.actor()))
        for (const Program& p : *programs)
            m_ui->programFilter->addItem(p.name, p.id);
    applyFilters();
}

void WorkspacePage::applyFilters()
{
    m_searchTimer->stop();
    WorkspaceFilter f;
    if (m_ui->statusFilter->currentIndex() > 0)
        f.statuses = {EnrollmentStatus(m_ui->statusFilter->currentData().toInt())};
    f.locationId = m_ui->locationFilter->locationId();
    f.programId = m_ui->programFilter->currentData().toLongLong();
    f.search = m_ui->searchEdit->text();
    m_model->setFilter(f);
}

void WorkspacePage::reload()
{
    const QString program = m_model->rowAt(m_ui->table->currentIndex().row())
                                ? m_model->rowAt(m_ui->table->currentIndex().row())->enrollment.programName
                                : QString();
    const QString partner = selectedPartnerId();
    m_model->reload();
    if (!program.isEmpty())
        selectEnrollment(program, partner);
}

void WorkspacePage::updateCount()
{
    const qint64 n = m_model->totalCount();
    const bool counting = m_model->counting();
    m_ui->countProgress->setVisible(counting);
    m_ui->cancelCountButton->setVisible(counting);
    if (counting)
        m_ui->countLabel->setText(tr("Counting the matching enrollments… the first %1 are shown").arg(n));
    else
        m_ui->countLabel->setText(n == 1 ? tr("1 enrollment")
                                         : tr("%1 enrollments").arg(QLocale().toString(n)));
    const bool filtered =
        m_ui->statusFilter->currentIndex() > 0 || !m_ui->locationFilter->partnerId().isEmpty() ||
        m_ui->programFilter->currentIndex() > 0 || !m_ui->searchEdit->text().trimmed().isEmpty();
    m_ui->emptyLabel->setText(filtered
                                  ? tr("No enrollments match these filters.")
                                  : tr("There are no invitations or enrollments for your locations yet."));
    m_ui->tableStack->setCurrentWidget(n > 0 ? static_cast<QWidget*>(m_ui->table) : m_ui->emptyLabel);
}

void WorkspacePage::updateButtons()
{
    const WorkspaceRow* row = m_model->rowAt(m_ui->table->currentIndex().row());
    m_ui->eligibilityButton->setEnabled(row != nullptr);
    m_ui->guideButton->setEnabled(row && !row->guide.isEmpty());
    // The services decided what the viewer may do with the row; this only shows it.
    const bool canEnroll = row && row->next.kind == rules::NextStep::Kind::Enroll && row->next.allowed;
    const QString why = !row                           ? tr("Select an invitation first.")
                        : !row->next.refusal.isEmpty() ? row->next.refusal
                                                       : row->actionsRequired;
    m_ui->enrollButton->setEnabled(canEnroll);
    m_ui->enrollButton->setToolTip(canEnroll ? tr("Open the invitation of the selected row") : why);
}

void WorkspacePage::activate(const QModelIndex& index)
{
    const WorkspaceRow* row = m_model->rowAt(index.row());
    if (!row)
        return;
    m_ui->table->setCurrentIndex(index);
    if (index.column() == WorkspaceModel::ResourcesColumn) {
        showGuide();
        return;
    }
    switch (row->next.kind) {
    case rules::NextStep::Kind::SeeEligibility:
        showEligibility();
        break;
    case rules::NextStep::Kind::Enroll:
        if (row->next.allowed)
            Q_EMIT enrollRequested(row->enrollment.programName, row->enrollment.partnerId);
        else
            MessageBoxes::information(this, tr("Enroll"), row->next.refusal);
        break;
    case rules::NextStep::Kind::AssignIncentivesAdmin:
        if (!row->next.allowed)
            MessageBoxes::information(this, tr("Enroll"), row->next.refusal);
        break;
    case rules::NextStep::Kind::None:
    case rules::NextStep::Kind::Reactivate:
        break;
    }
}

void WorkspacePage::showEligibility()
{
    const WorkspaceRow* row = m_model->rowAt(m_ui->table->currentIndex().row());
    if (!row)
        return;
    auto items = m_session.enrollments().eligibility(m_session.actor(), row->enrollment.programName,
                                                     row->enrollment.partnerId);
    if (!items) {
        MessageBoxes::warning(this, tr("Eligibility requirements"), items.error().message);
        return;
    }
    EligibilityDialog dialog(
        row->enrollment.programName,
        QStringLiteral("%1 (%2)").arg(row->enrollment.locationName, row->enrollment.partnerId), *items, this);
    dialog.setObjectName(QStringLiteral("eligibilityDialog"));
    dialog.exec();
}

void WorkspacePage::showGuide()
{
    const WorkspaceRow* row = m_model->rowAt(m_ui->table->currentIndex().row());
    if (!row || row->guide.isEmpty())
        return;
    auto guide = m_session.directory().programGuide(m_session.actor(), row->enrollment.programName);
    if (!guide) {
        MessageBoxes::warning(this, tr("Program guide"), guide.error().message);
        return;
    }
    const QString html = guide::toHtml(*guide);
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("guideDialog"));
    dialog.setWindowTitle(tr("Program guide — %1").arg(row->enrollment.programName));
    auto* layout = new QVBoxLayout(&dialog);
    auto* browser = new QTextBrowser(&dialog);
    browser->setObjectName(QStringLiteral("guideBrowser"));
    browser->setAccessibleName(tr("Program guide"));
    browser->setHtml(html);
    layout->addWidget(browser);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    nameDialogButtons(&dialog);
    dialog.resize(640, 480);
    dialog.exec();
}

void WorkspacePage::focusSearch()
{
    m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->searchEdit->selectAll();
}

void WorkspacePage::setView(View view)
{
    auto* header = m_ui->table->horizontalHeader();
    const int first =
        view == View::ByProgram ? WorkspaceModel::ProgramColumn : WorkspaceModel::LocationColumn;
    const int second =
        view == View::ByProgram ? WorkspaceModel::LocationColumn : WorkspaceModel::ProgramColumn;
    header->moveSection(header->visualIndex(first), 0);
    header->moveSection(header->visualIndex(second), 1);
    m_ui->table->sortByColumn(first, Qt::AscendingOrder);
}

bool WorkspacePage::selectEnrollment(const QString& program, const QString& partnerId)
{
    const auto find = [&]() -> int {
        for (int r = 0; r < qMin(m_model->rowCount(), WorkspaceModel::kPageSize * 5); ++r)
            if (const auto* row = m_model->rowAt(r))
                if (row->enrollment.programName == program && row->enrollment.partnerId == partnerId)
                    return r;
        return -1;
    };
    int r = find();
    if (r < 0) {
        // Narrow the filters to the row so it can be found however large the table is.
        const QSignalBlocker a(m_ui->statusFilter), b(m_ui->locationFilter), c(m_ui->programFilter),
            d(m_ui->searchEdit);
        m_ui->statusFilter->setCurrentIndex(0);
        m_ui->searchEdit->clear();
        m_ui->programFilter->setCurrentIndex(qMax(0, m_ui->programFilter->findText(program)));
        m_ui->locationFilter->setPartnerId(partnerId);
        applyFilters();
        r = find();
    }
    if (r < 0)
        return false;
    const QModelIndex index = m_model->index(r, WorkspaceModel::ProgramColumn);
    m_ui->table->setCurrentIndex(index);
    m_ui->table->scrollTo(index);
    return true;
}

QString WorkspacePage::selectedPartnerId() const
{
    const auto* row = m_model->rowAt(m_ui->table->currentIndex().row());
    return row ? row->enrollment.partnerId : QString();
}

Id WorkspacePage::selectedLocationId() const
{
    const auto* row = m_model->rowAt(m_ui->table->currentIndex().row());
    return row ? row->enrollment.locationId : 0;
}

} // namespace incentives::gui
