#include "gui/RenewalPage.h"

#include "core/FiscalCalendar.h"
#include "gui/StatusStyle.h"
#include "services/Session.h"
#include "services/Simulation.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace incentives::gui {
namespace {
enum Column
{
    ProgramColumn,
    LocationColumn,
    RenewsColumn,
    FailingColumn,
    FixColumn,
    ColumnCount
};
enum Roles
{
    ProgramRole = Qt::UserRole + 1,
    PartnerIdRole
};
} // namespace

RenewalPage::RenewalPage(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_heading(new QLabel(this)), m_summary(new QLabel(this)),
      m_table(new QTableWidget(this)), m_empty(new QLabel(this))
{
    auto* layout = new QVBoxLayout(this);
    m_heading->setObjectName(QStringLiteral("forecastHeading"));
    m_heading->setWordWrap(true);
    QFont big = m_heading->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_heading->setFont(big);
    m_summary->setObjectName(QStringLiteral("forecastSummary"));
    m_summary->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("forecastTable"));
    m_table->setAccessibleName(tr("Renewal forecast"));
    m_table->setAccessibleDescription(
        tr("One row per enrollment due at the fiscal-year end: whether it will renew, and if not, the "
           "condition that fails and what fixes it. Press Enter to show the enrollment in the workspace."));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels(
        {tr("Program"), tr("Location"), tr("Will renew"), tr("Failing condition"), tr("What fixes it")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    // Every column as wide as its text but the fix, which takes the rest and wraps.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(FixColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_empty->setObjectName(QStringLiteral("forecastEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    layout->addWidget(m_heading);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty, 1);
    m_empty->hide();
    connect(m_table, &QTableWidget::itemActivated, this, [this](QTableWidgetItem* item) {
        const QTableWidgetItem* first = m_table->item(item->row(), ProgramColumn);
        if (first)
            Q_EMIT enrollmentSelected(first->data(ProgramRole).toString(),
                                      first->data(PartnerIdRole).toString());
    });
}

void RenewalPage::reload()
{
    m_table->setRowCount(0);
    if (!m_session.signedIn())
        return;
    const int year = fiscal::yearOf(m_session.context().clock().now());
    const QDate end = fiscal::firstDay(year + 1).addDays(-1);
    m_heading->setText(tr("Renewal forecast for the end of %1 (%2)")
                           .arg(fiscal::label(year), QLocale().toString(end, QLocale::LongFormat)));
    auto rows = Simulation(m_session.context()).renewalForecast(m_session.actor());
    if (!rows) {
        m_summary->setText(rows.error().message);
        m_table->hide();
        m_empty->hide();
        return;
    }
    int renewing = 0;
    m_table->setRowCount(int(rows->size()));
    for (int r = 0; r < rows->size(); ++r) {
        const RenewalForecast& f = rows->at(r);
        const bool renews = f.outcome.renewed();
        renewing += renews ? 1 : 0;
        auto* program = new QTableWidgetItem(f.enrollment.programName);
        program->setData(ProgramRole, f.enrollment.programName);
        program->setData(PartnerIdRole, f.enrollment.partnerId);
        m_table->setItem(r, ProgramColumn, program);
        //: location name (PartnerID)
        m_table->setItem(
            r, LocationColumn,
            new QTableWidgetItem(tr("%1 (%2)").arg(f.enrollment.locationName, f.enrollment.partnerId)));
        auto* renewsItem = new QTableWidgetItem(
            statusIcon(renews ? EnrollmentStatus::Enrolled : f.outcome.status, palette()),
            renews ? tr("Yes") : tr("No"));
        renewsItem->setData(Qt::AccessibleTextRole,
                            renews ? tr("Will renew")
                                   : tr("Will not renew: becomes %1").arg(statusLabel(f.outcome.status)));
        renewsItem->setToolTip(
            renews
                ? tr("Enrolled for %1").arg(fiscal::label(f.newFiscalYear))
                : tr("Becomes %1 in %2").arg(statusLabel(f.outcome.status), fiscal::label(f.newFiscalYear)));
        m_table->setItem(r, RenewsColumn, renewsItem);
        // The condition in a word; its particulars are in the fix, and in the tooltip.
        const QString failing = renewal::failingLabel(f.outcome.failing);
        auto* failingItem = new QTableWidgetItem(renews ? QStringLiteral("–") : failing);
        failingItem->setToolTip(f.outcome.detail);
        failingItem->setData(
            Qt::AccessibleTextRole,
            renews ? tr("No condition fails")
                   : (f.outcome.detail.isEmpty() ? failing : tr("%1: %2").arg(failing, f.outcome.detail)));
        m_table->setItem(r, FailingColumn, failingItem);
        auto* fix = new QTableWidgetItem(renews ? QStringLiteral("–") : f.remedy);
        fix->setToolTip(f.remedy);
        fix->setData(Qt::AccessibleTextRole, renews ? tr("Nothing to do") : f.remedy);
        m_table->setItem(r, FixColumn, fix);
    }
    const bool empty = rows->isEmpty();
    m_table->setVisible(!empty);
    m_empty->setVisible(empty);
    m_empty->setText(
        tr("No enrollment you can see is Enrolled, so none is due for renewal at this year end."));
    m_summary->setText(empty ? QString()
                             : tr("%n enrollment(s) due: ", nullptr, int(rows->size())) +
                                   tr("%n will renew, ", nullptr, renewing) +
                                   tr("%n will not.", nullptr, int(rows->size()) - renewing));
    if (!empty && !m_table->currentIndex().isValid())
        m_table->setCurrentCell(0, ProgramColumn);
}

} // namespace incentives::gui
