#include "gui/WorkspacePage.h"

#include "gui/AppSettings.h"
#include "gui/EligibilityDialog.h"
#include "gui/FormSupport.h"
#include "gui/LocationPicker.h"
#include "gui/MessageBoxes.h"
#include "gui/OutcomeDialog.h"
#include "gui/StatusStyle.h"
#include "gui/WorkspaceDetailsPane.h"
#include "gui/WorkspaceGroupModel.h"
#include "gui/WorkspaceModel.h"
#include "services/OrganizationService.h"
#include "services/Session.h"
#include "ui_WorkspacePage.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QLocale>
#include <QScrollBar>
#include <QSet>
#include <QTabBar>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace incentives::gui {

WorkspacePage::WorkspacePage(Session& session, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::WorkspacePage>()), m_session(session),
      m_model(new WorkspaceModel(session, this)), m_groups(new WorkspaceGroupModel(session, this)),
      m_details(new WorkspaceDetailsPane(session, this)), m_tabs(new QTabBar(this)),
      m_searchTimer(new QTimer(this)), m_fitTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    m_ui->table->setModel(m_model);
    m_ui->groupTree->setModel(m_groups);
    // Fixed row heights: the table may hold a million rows.
    auto* rows = m_ui->table->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 10);
    rows->hide();
    // Every column is sized to the rows in sight (fitColumns); Actions required takes the rest.
    auto* columns = m_ui->table->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setStretchLastSection(false);
    columns->setSectionResizeMode(WorkspaceModel::ActionsColumn, QHeaderView::Stretch);
    columns->setTextElideMode(Qt::ElideRight);
    columns->setSortIndicator(WorkspaceModel::ProgramColumn, Qt::AscendingOrder);
    columns->setSortIndicatorShown(true);
    columns->setSectionsMovable(true);
    auto* groupColumns = m_ui->groupTree->header();
    groupColumns->setStretchLastSection(false);
    groupColumns->setSectionResizeMode(QHeaderView::Interactive);
    groupColumns->setSectionResizeMode(WorkspaceGroupModel::ActionsColumn, QHeaderView::Stretch);
    m_ui->table->setTextElideMode(Qt::ElideRight);
    m_ui->groupTree->setTextElideMode(Qt::ElideRight);

    // The view tabs, as Partner Center's: every row, or grouped.
    m_tabs->setObjectName(QStringLiteral("viewTabs"));
    m_tabs->setAccessibleName(tr("Workspace view"));
    m_tabs->addTab(tr("&All enrollments"));
    m_tabs->addTab(tr("By p&rogram"));
    m_tabs->addTab(tr("By l&ocation"));
    m_tabs->setDrawBase(false);
    m_tabs->setExpanding(false);
    m_ui->layout->insertWidget(1, m_tabs);
    connect(m_tabs, &QTabBar::currentChanged, this, [this](int index) {
        showView(View(index));
        Q_EMIT viewChanged(View(index));
    });

    // The details pane beneath the rows; whether it shows and its height are remembered.
    m_ui->detailsSplitter->addWidget(m_details);
    m_ui->detailsSplitter->setStretchFactor(0, 3);
    m_ui->detailsSplitter->setStretchFactor(1, 1);
    m_ui->detailsSplitter->setCollapsible(0, false);
    if (!m_ui->detailsSplitter->restoreState(settings::workspaceSplitterState()))
        m_ui->detailsSplitter->setSizes({fontMetrics().height() * 24, fontMetrics().height() * 10});
    m_details->setVisible(settings::workspaceDetailsShown());
    m_ui->detailsButton->setChecked(settings::workspaceDetailsShown());
    connect(m_ui->detailsButton, &QPushButton::toggled, this, [this](bool shown) {
        m_details->setVisible(shown);
        settings::setWorkspaceDetailsShown(shown);
        if (shown)
            currentChanged();
    });
    connect(m_ui->detailsSplitter, &QSplitter::splitterMoved, this, [this] {
        settings::setWorkspaceSplitterState(m_ui->detailsSplitter->saveState());
        // Dragged shut: the button says so.
        const bool shown = m_ui->detailsSplitter->sizes().value(1) > 0;
        if (shown != m_ui->detailsButton->isChecked()) {
            const QSignalBlocker block(m_ui->detailsButton);
            m_ui->detailsButton->setChecked(shown);
            settings::setWorkspaceDetailsShown(shown);
        }
    });

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
    connect(m_groups, &WorkspaceGroupModel::loadFailed, this,
            [this](const QString& message) { m_ui->countLabel->setText(message); });
    connect(m_ui->table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &WorkspacePage::currentChanged);
    connect(m_ui->groupTree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &WorkspacePage::currentChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &WorkspacePage::currentChanged);
    // The rows of a large table arrive from the worker thread after a reload.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &WorkspacePage::reselect);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &WorkspacePage::reselect);
    connect(m_groups, &QAbstractItemModel::modelReset, this, [this] {
        // A group's heading spans the row, so its name and counts are never cut by the columns.
        for (int r = 0; r < m_groups->rowCount(); ++r)
            m_ui->groupTree->setFirstColumnSpanned(r, {}, true);
        currentChanged();
    });
    connect(m_ui->table, &QTableView::activated, this,
            [this](const QModelIndex& index) { activate(index, index.column()); });
    connect(m_ui->table, &QTableView::clicked, this, [this](const QModelIndex& index) {
        // The Actions required and Resources cells are links.
        if (index.column() == WorkspaceModel::ActionsColumn ||
            index.column() == WorkspaceModel::ResourcesColumn)
            activate(index, index.column());
    });
    connect(m_ui->groupTree, &QTreeView::activated, this, [this](const QModelIndex& index) {
        if (m_groups->rowAt(index))
            activate(index, WorkspaceGroupModel::sourceColumn(index.column()));
    });
    connect(m_ui->groupTree, &QTreeView::clicked, this, [this](const QModelIndex& index) {
        const int column = WorkspaceGroupModel::sourceColumn(index.column());
        if (m_groups->rowAt(index) &&
            (column == WorkspaceModel::ActionsColumn || column == WorkspaceModel::ResourcesColumn))
            activate(index, column);
    });
    // A group's rows are read when it opens, and page by page as the view scrolls through them.
    connect(m_ui->groupTree, &QTreeView::expanded, this, [this](const QModelIndex& index) {
        if (m_groups->rowCount(index) == 0 && m_groups->canFetchMore(index))
            m_groups->fetchMore(index);
        m_fitTimer->start();
    });
    connect(m_ui->groupTree, &QTreeView::collapsed, m_fitTimer, qOverload<>(&QTimer::start));
    connect(m_ui->groupTree->verticalScrollBar(), &QScrollBar::valueChanged, this,
            &WorkspacePage::fetchGroupInSight);

    // The columns follow the rows in sight: after each page that arrives and each scroll.
    m_fitTimer->setSingleShot(true);
    m_fitTimer->setInterval(40);
    connect(m_fitTimer, &QTimer::timeout, this, &WorkspacePage::fitColumns);
    m_ui->table->viewport()->installEventFilter(this);
    m_ui->groupTree->viewport()->installEventFilter(this);
    for (QAbstractItemModel* model :
         {static_cast<QAbstractItemModel*>(m_model), static_cast<QAbstractItemModel*>(m_groups)}) {
        connect(model, &QAbstractItemModel::modelReset, m_fitTimer, qOverload<>(&QTimer::start));
        connect(model, &QAbstractItemModel::dataChanged, m_fitTimer, qOverload<>(&QTimer::start));
        connect(model, &QAbstractItemModel::rowsInserted, m_fitTimer, qOverload<>(&QTimer::start));
    }
    connect(m_ui->table->verticalScrollBar(), &QScrollBar::valueChanged, m_fitTimer,
            qOverload<>(&QTimer::start));
    connect(m_ui->groupTree->verticalScrollBar(), &QScrollBar::valueChanged, m_fitTimer,
            qOverload<>(&QTimer::start));

    // Microsoft's outcome as Partner Center reported it, offered where the services allow it.
    m_recordOutcome = new QAction(tr("Record Microsoft's &outcome…"), this);
    m_recordOutcome->setObjectName(QStringLiteral("recordOutcomeAction"));
    for (QAbstractItemView* view :
         {static_cast<QAbstractItemView*>(m_ui->table), static_cast<QAbstractItemView*>(m_ui->groupTree)}) {
        view->setContextMenuPolicy(Qt::ActionsContextMenu);
        view->addAction(m_recordOutcome);
    }
    connect(m_recordOutcome, &QAction::triggered, this, [this] {
        const WorkspaceRow* row = currentRow();
        if (!row)
            return;
        OutcomeDialog dialog(m_session, row->enrollment.programName, row->enrollment.partnerId, this);
        dialog.exec();
    });
    connect(m_ui->eligibilityButton, &QPushButton::clicked, this, &WorkspacePage::showEligibility);
    connect(m_ui->guideButton, &QPushButton::clicked, this, &WorkspacePage::showGuide);
    connect(m_ui->enrollButton, &QPushButton::clicked, this, [this] {
        if (const auto* row = currentRow())
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
    m_reselect = 0;
    WorkspaceFilter f;
    if (m_ui->statusFilter->currentIndex() > 0)
        f.statuses = {EnrollmentStatus(m_ui->statusFilter->currentData().toInt())};
    f.locationId = m_ui->locationFilter->locationId();
    f.programId = m_ui->programFilter->currentData().toLongLong();
    f.search = m_ui->searchEdit->text();
    m_model->setFilter(f);
    m_groupsStale = true;
    if (view() != View::All) {
        m_groups->setGrouping(view() == View::ByProgram ? WorkspaceGroup::Program : WorkspaceGroup::Location,
                              f);
        m_groupsStale = false;
    }
}

void WorkspacePage::reload()
{
    if (view() != View::All) {
        // The groups are counted again; the open ones close (their rows are read again on opening).
        m_model->reload();
        m_groups->reload();
        return;
    }
    // The selected row is selected again where it is, under the same filters: a reload comes after
    // every change, this window's or another program's, and must not narrow the table to that row
    // (which would hide every later change). A large table's rows come from the worker thread after
    // the reload; the row is selected when they do.
    const WorkspaceRow* row = currentRow();
    m_reselect = row ? row->enrollment.id : 0;
    m_model->reload();
    reselect();
}

void WorkspacePage::reselect()
{
    if (m_reselect <= 0 || view() != View::All)
        return;
    int r = m_model->rowOf(m_reselect);
    if (r < 0 && !m_model->readsInBackground()) {
        // Read here and now: the first pages, as far as selectEnrollment() looks.
        for (int i = 0; i < qMin(m_model->rowCount(), WorkspaceModel::kPageSize * 5) && r < 0; ++i)
            if (const auto* candidate = m_model->rowAt(i);
                candidate && candidate->enrollment.id == m_reselect)
                r = i;
        if (r < 0)
            m_reselect = 0; // gone from these rows: nothing stays selected
    }
    if (r < 0)
        return;
    m_reselect = 0;
    const QModelIndex index = m_model->index(r, WorkspaceModel::ProgramColumn);
    m_ui->table->setCurrentIndex(index);
    m_ui->table->scrollTo(index);
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
    m_ui->tableStack->setCurrentWidget(n > 0 ? static_cast<QWidget*>(currentView()) : m_ui->emptyLabel);
}

void WorkspacePage::updateButtons()
{
    const WorkspaceRow* row = currentRow();
    m_ui->eligibilityButton->setEnabled(row != nullptr);
    m_ui->guideButton->setEnabled(row && !row->guide.isEmpty());
    // The services decided what the viewer may do with the row; this only shows it.
    const bool canEnroll = row && row->next.kind == rules::NextStep::Kind::Enroll && row->next.allowed;
    const QString why = !row                           ? tr("Select an invitation first.")
                        : !row->next.refusal.isEmpty() ? row->next.refusal
                                                       : row->actionsRequired;
    m_ui->enrollButton->setEnabled(canEnroll);
    if (m_recordOutcome)
        m_recordOutcome->setEnabled(row && OrganizationService(m_session.context())
                                               .mayRecordOutcome(m_session.actor(), row->enrollment)
                                               .ok());
    m_ui->enrollButton->setToolTip(canEnroll ? tr("Open the invitation of the selected row") : why);
}

void WorkspacePage::activate(const QModelIndex& index, int flatColumn)
{
    if (currentView()->currentIndex() != index)
        currentView()->setCurrentIndex(index);
    const WorkspaceRow* row = currentRow();
    if (!row)
        return;
    if (flatColumn == WorkspaceModel::ResourcesColumn) {
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
    const WorkspaceRow* row = currentRow();
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
    const WorkspaceRow* row = currentRow();
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
    m_tabs->setCurrentIndex(int(view)); // showView() follows
    showView(view);
}

WorkspacePage::View WorkspacePage::view() const
{
    return View(qBound(0, m_tabs->currentIndex(), 2));
}

void WorkspacePage::showView(View view)
{
    if (view != View::All) {
        const WorkspaceGroup by =
            view == View::ByProgram ? WorkspaceGroup::Program : WorkspaceGroup::Location;
        if (m_groupsStale || m_groups->grouping() != by) {
            m_groups->setGrouping(by, m_model->filter());
            m_groupsStale = false;
        }
    }
    updateCount();
    currentChanged();
    m_fitTimer->start();
}

QAbstractItemView* WorkspacePage::currentView() const
{
    if (view() == View::All)
        return m_ui->table;
    return m_ui->groupTree;
}

const WorkspaceRow* WorkspacePage::currentRow() const
{
    if (view() == View::All)
        return m_model->rowAt(m_ui->table->currentIndex().row());
    return m_groups->rowAt(m_ui->groupTree->currentIndex());
}

void WorkspacePage::currentChanged()
{
    if (currentRow())
        m_reselect = 0; // a row is selected: the one of before the reload is not sought any longer
    updateButtons();
    if (m_details->isVisible() || m_ui->detailsButton->isChecked()) {
        const WorkspaceRow* row = currentRow();
        m_details->showEnrollment(row ? row->enrollment.id : 0);
    }
    Q_EMIT selectionChanged();
}

void WorkspacePage::fetchGroupInSight()
{
    // The last row in sight: when its group has more rows than read, the next page follows.
    auto* tree = m_ui->groupTree;
    const QModelIndex last = tree->indexAt(QPoint(1, tree->viewport()->height() - 2));
    QModelIndex group = last.isValid() && m_groups->rowAt(last) ? last.parent() : QModelIndex();
    if (!last.isValid()) {
        // Below the last row: the last open group.
        for (int r = m_groups->rowCount() - 1; r >= 0 && !group.isValid(); --r)
            if (tree->isExpanded(m_groups->index(r, 0)))
                group = m_groups->index(r, 0);
    }
    if (group.isValid() && m_groups->canFetchMore(group) &&
        (!last.isValid() || last.row() >= m_groups->rowCount(group) - 5))
        m_groups->fetchMore(group);
}

bool WorkspacePage::eventFilter(QObject* watched, QEvent* event)
{
    // A view that changes size shows other rows and has other room: the columns follow.
    if (event->type() == QEvent::Resize || event->type() == QEvent::Show)
        m_fitTimer->start();
    return QWidget::eventFilter(watched, event);
}

void WorkspacePage::fitColumns()
{
    const bool flat = currentView() == m_ui->table;
    QAbstractItemView* view = currentView();
    QHeaderView* header = flat ? m_ui->table->horizontalHeader() : m_ui->groupTree->header();
    using G = WorkspaceGroupModel;
    using W = WorkspaceModel;
    const int actions = flat ? int(W::ActionsColumn) : int(G::ActionsColumn);
    // Where room is short these go first, in this order (the Program guide button and the details
    // pane still offer what they show); then the names elide; the status and the date last.
    const QList<int> droppable = flat ? QList<int>{W::ResourcesColumn, W::FiscalYearColumn, W::CountryColumn}
                                      : QList<int>{G::ResourcesColumn, G::FiscalYearColumn, G::CountryColumn};
    const QList<int> names =
        flat ? QList<int>{W::ProgramColumn, W::LocationColumn} : QList<int>{G::NameColumn};
    const int count = header->count();
    const int available = view->viewport()->width();
    if (count == 0 || available <= 0)
        return;
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    constexpr int kPadding = 4;
    // What each column needs for its heading and for the rows in sight (Qt measures only those),
    // and how narrow it may go before its heading would be cut.
    QList<int> want(count, 0), least(count, 0);
    int total = 0;
    for (int c = 0; c < count; ++c) {
        if (c == actions)
            continue;
        const int heading = header->sectionSizeHint(c);
        want[c] = qMax(heading, view->sizeHintForColumn(c) + kPadding);
        least[c] = qMin(want[c], qMax(5 * em, heading * 3 / 5));
        total += want[c];
    }
    // Actions required keeps the width of its longest text in sight, up to kActionsShare of the
    // view; the other columns give way first.
    const int actionsWant =
        qMax(header->sectionSizeHint(actions), view->sizeHintForColumn(actions) + kPadding);
    const int actionsKeep =
        qMin(actionsWant, qMax(header->sectionSizeHint(actions), available * kActionsShare / 100));
    QSet<int> hidden;
    for (int c : droppable) {
        if (total + actionsKeep <= available)
            break;
        hidden.insert(c);
        total -= want[c];
        want[c] = 0;
        least[c] = 0;
    }
    // The names give way first, then the other columns alike.
    int excess = total + actionsKeep - available;
    for (const bool namesOnly : {true, false}) {
        if (excess <= 0)
            break;
        int slack = 0;
        for (int c = 0; c < count; ++c)
            if (!namesOnly || names.contains(c))
                slack += want[c] - least[c];
        if (slack <= 0)
            continue;
        const int taken = qMin(excess, slack);
        for (int c = 0; c < count; ++c) {
            if (namesOnly && !names.contains(c))
                continue;
            const qint64 share = qint64(taken) * (want[c] - least[c]);
            const int give = int((share + slack - 1) / slack); // rounded up: the sum covers the excess
            want[c] -= give;
            excess -= give;
        }
    }
    for (int c = 0; c < count; ++c) {
        if (c == actions)
            continue;
        if (header->isSectionHidden(c) != hidden.contains(c))
            header->setSectionHidden(c, hidden.contains(c));
        if (!hidden.contains(c) && header->sectionSize(c) != want[c])
            header->resizeSection(c, want[c]);
    }
}

void WorkspacePage::showStatus(EnrollmentStatus status)
{
    if (view() != View::All)
        setView(View::All);
    {
        const QSignalBlocker a(m_ui->statusFilter), b(m_ui->locationFilter), c(m_ui->programFilter),
            d(m_ui->searchEdit);
        m_ui->statusFilter->setCurrentIndex(qMax(0, m_ui->statusFilter->findData(int(status))));
        m_ui->locationFilter->setPartnerId({});
        m_ui->programFilter->setCurrentIndex(0);
        m_ui->searchEdit->clear();
    }
    applyFilters();
    m_ui->table->setFocus();
}

bool WorkspacePage::selectEnrollment(const QString& program, const QString& partnerId)
{
    if (view() != View::All)
        setView(View::All); // the row is found in the list of every row
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
    const auto* row = currentRow();
    return row ? row->enrollment.partnerId : QString();
}

Id WorkspacePage::selectedLocationId() const
{
    const auto* row = currentRow();
    return row ? row->enrollment.locationId : 0;
}

} // namespace incentives::gui
