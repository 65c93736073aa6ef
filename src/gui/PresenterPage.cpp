#include "gui/PresenterPage.h"

#include "core/FiscalCalendar.h"
#include "core/TimeText.h"
#include "gui/ClassroomDialog.h"
#include "gui/FormSupport.h"
#include "gui/LocationPicker.h"
#include "gui/MessageBoxes.h"
#include "services/MaintenanceService.h"
#include "services/Session.h"
#include "services/Simulation.h"
#include "services/demo/ClassroomService.h"
#include "services/demo/PresenterTools.h"
#include "ui_PresenterPage.h"

#include <QLocale>
#include <QResizeEvent>
#include <QTimeZone>

namespace incentives::gui {

PresenterPage::PresenterPage(Session& session, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::PresenterPage>()), m_session(session),
      m_searchTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    m_ui->locationPicker->setSession(session);
    m_ui->locationPicker->setPlaceholderText(tr("Type a PartnerID or a name"));
    m_ui->pendingMoreLabel->hide();
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(60);
    connect(m_searchTimer, &QTimer::timeout, this, &PresenterPage::listPending);
    connect(m_ui->pendingSearchEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    const auto advance = [this](qint64 seconds, const QString& what) {
        run(what, [this, seconds] {
            return PresenterTools(m_session.context()).advanceClock(m_session.actor(), seconds);
        });
    };
    connect(m_ui->advanceHourButton, &QPushButton::clicked, this,
            [advance] { advance(3600, tr("One hour later.")); });
    connect(m_ui->advanceDayButton, &QPushButton::clicked, this,
            [advance] { advance(86400, tr("One day later.")); });
    connect(m_ui->advance48Button, &QPushButton::clicked, this, [advance] {
        advance(48 * 3600, tr("48 hours later: every validation submitted before has ended."));
    });
    connect(m_ui->fiscalYearEndButton, &QPushButton::clicked, this, [this] {
        run(tr("The fiscal year ended: renewals are done."),
            [this] { return PresenterTools(m_session.context()).advanceToFiscalYearEnd(m_session.actor()); });
    });
    connect(m_ui->setClockButton, &QPushButton::clicked, this, [this] {
        const QDateTime to = m_ui->clockEdit->dateTime().toUTC();
        run(tr("The demo clock is set."),
            [this, to] { return PresenterTools(m_session.context()).setClock(m_session.actor(), to); });
    });
    const auto decide = [this](bool approve) {
        const QListWidgetItem* item = m_ui->pendingList->currentItem();
        if (!item)
            return;
        const QString program = item->data(Qt::UserRole).toString();
        const QString partnerId = item->data(Qt::UserRole + 1).toString();
        const QString reason = m_ui->reasonEdit->text();
        run(approve ? tr("Microsoft approved %1 for %2.").arg(program, partnerId)
                    : tr("Microsoft rejected %1 for %2.").arg(program, partnerId),
            [this, program, partnerId, approve, reason] {
                return PresenterTools(m_session.context())
                    .decideValidation(m_session.actor(), program, partnerId, approve, reason);
            });
    };
    connect(m_ui->approveButton, &QPushButton::clicked, this, [decide] { decide(true); });
    connect(m_ui->rejectButton, &QPushButton::clicked, this, [decide] { decide(false); });
    connect(m_ui->closeProgramButton, &QPushButton::clicked, this, [this] {
        const QString program = m_ui->programCombo->currentText();
        run(tr("%1 is closed for enrollment.").arg(program), [this, program] {
            return PresenterTools(m_session.context()).closeProgram(m_session.actor(), program);
        });
    });
    connect(m_ui->reopenProgramButton, &QPushButton::clicked, this, [this] {
        const QString program = m_ui->programCombo->currentText();
        run(tr("%1 is open again.").arg(program), [this, program] {
            return PresenterTools(m_session.context()).reopenProgram(m_session.actor(), program);
        });
    });
    connect(m_ui->discontinueButton, &QPushButton::clicked, this, [this] {
        const QString program = m_ui->programCombo->currentText();
        if (MessageBoxes::question(
                this, tr("Discontinue"),
                tr("Discontinue %1? Every enrollment in it becomes Discontinued, for good.").arg(program)) !=
            QMessageBox::Yes)
            return;
        run(tr("%1 is discontinued.").arg(program), [this, program] {
            return PresenterTools(m_session.context()).discontinueProgram(m_session.actor(), program);
        });
    });
    connect(m_ui->publishButton, &QPushButton::clicked, this, [this] {
        Program p;
        p.name = m_ui->newProgramEdit->text();
        p.currencies = m_ui->currenciesEdit->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (QString& c : p.currencies)
            c = c.trimmed();
        p.openToAll = m_ui->openToAllCheck->isChecked();
        p.criteria = p.openToAll ? QString() : m_ui->criteriaEdit->text();
        run(tr("%1 is published; eligibility is judged.").arg(p.name.trimmed()),
            [this, p] { return PresenterTools(m_session.context()).publishProgram(m_session.actor(), p); });
    });
    connect(m_ui->locationPicker, &LocationPicker::locationChosen, this, &PresenterPage::showLocation);
    connect(m_ui->saveLocationButton, &QPushButton::clicked, this, [this] {
        const QString partnerId = m_ui->locationPicker->partnerId();
        if (partnerId.isEmpty())
            return;
        LocationAttributes a;
        a.agreementActive = m_ui->agreementCheck->isChecked();
        a.solutionsPartner = m_ui->solutionsCheck->isChecked();
        a.cspIndirectReseller = m_ui->cspIndirectCheck->isChecked();
        a.cspDirectBill = m_ui->cspDirectCheck->isChecked();
        a.trailingRevenueUsd = m_ui->revenueSpin->value();
        a.customerAdds = m_ui->customersSpin->value();
        run(tr("Saved %1; eligibility is judged again.").arg(partnerId), [this, partnerId, a] {
            return PresenterTools(m_session.context()).setLocationAttributes(m_session.actor(), partnerId, a);
        });
    });
    connect(m_ui->saveSnapshotButton, &QPushButton::clicked, this, [this] {
        const QString name = m_ui->snapshotNameEdit->text();
        run(tr("Saved the snapshot '%1'.").arg(name.trimmed()), [this, name] {
            return MaintenanceService(m_session.context()).saveSnapshot(m_session.actor(), name);
        });
    });
    connect(m_ui->loadSnapshotButton, &QPushButton::clicked, this, &PresenterPage::loadSnapshot);
    connect(m_ui->resetDemoButton, &QPushButton::clicked, this, &PresenterPage::resetDemo);
    connect(m_ui->classButton, &QPushButton::clicked, this, [this] {
        ClassroomDialog dialog(m_session, this);
        dialog.exec();
    });
}

PresenterPage::~PresenterPage() = default;

void PresenterPage::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    arrangeColumns();
}

void PresenterPage::arrangeColumns()
{
    const QMargins margins = m_ui->layout->contentsMargins();
    const int sideBySide = m_ui->leftColumn->minimumSize().width() + m_ui->columns->spacing() +
                           m_ui->rightColumn->minimumSize().width() + margins.left() + margins.right();
    // The page's own width (the scroll area's viewport follows later), less the page's margins, the
    // scroll area's frame and room for a scroll bar.
    const QMargins outer = m_ui->pageLayout->contentsMargins();
    const int available = width() - outer.left() - outer.right() - 2 * m_ui->scrollArea->frameWidth() -
                          style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    const bool wide = available >= sideBySide;
    const auto direction = wide ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
    if (m_ui->columns->direction() == direction)
        return;
    m_ui->columns->setDirection(direction);
    // Side by side the columns share the width; stacked, each is as tall as its tools.
    m_ui->columns->setStretch(0, wide ? 1 : 0);
    m_ui->columns->setStretch(1, wide ? 1 : 0);
}

QString PresenterPage::lastMessage() const
{
    return m_ui->messageLabel->text();
}

void PresenterPage::run(const QString& done, const std::function<Status()>& tool)
{
    const Status s = tool();
    if (!s) {
        m_ui->messageLabel->setText(QStringLiteral("⚠ ") + s.error().message);
        styleAsError(m_ui->messageLabel);
        return;
    }
    styleAsError(m_ui->messageLabel, false);
    m_ui->messageLabel->setText(done);
}

void PresenterPage::reload()
{
    if (!m_session.signedIn())
        return;
    AppContext& ctx = m_session.context();
    const Status classroom = ClassroomService(ctx).mayManage(m_session.actor());
    m_ui->classButton->setEnabled(classroom.ok());
    m_ui->classButton->setToolTip(classroom ? QString() : classroom.error().message);
    const QDateTime now = ctx.clock().now();
    m_ui->nowLabel->setText(
        tr("%1 — %2, which ends on %3")
            .arg(timetext::format(now), fiscal::label(fiscal::yearOf(now)),
                 QLocale().toString(fiscal::lastDay(fiscal::yearOf(now)), QLocale::LongFormat)));
    m_ui->clockEdit->setDateTime(now);
    m_ui->clockEdit->setMinimumDateTime(now);

    listPending();

    const QString program = m_ui->programCombo->currentText();
    {
        const QSignalBlocker block(m_ui->programCombo);
        m_ui->programCombo->clear();
        if (auto programs = m_session.directory().programs(m_session.actor()))
            for (const Program& p : *programs)
                m_ui->programCombo->addItem(QStringLiteral("%1").arg(p.name), int(p.state));
        m_ui->programCombo->setCurrentIndex(qMax(0, m_ui->programCombo->findText(program)));
    }
    // The location shown stays, else the first one; its attributes are read again.
    if (m_ui->locationPicker->partnerId().isEmpty() ||
        !m_ui->locationPicker->setPartnerId(m_ui->locationPicker->partnerId())) {
        DirectorySearch first;
        first.limit = 1;
        auto page = m_session.directory().findLocations(m_session.actor(), first);
        m_ui->locationPicker->setPartnerId(
            page && !page->locations.isEmpty() ? page->locations.constFirst().location.partnerId : QString());
    }
    showLocation();
    m_ui->snapshotCombo->clear();
    if (auto names = MaintenanceService(ctx).snapshots(m_session.actor()))
        m_ui->snapshotCombo->addItems(*names);
    m_ui->loadSnapshotButton->setEnabled(m_ui->snapshotCombo->count() > 0);
}

void PresenterPage::listPending()
{
    m_searchTimer->stop();
    const QString keep = m_ui->pendingList->currentItem()
                             ? m_ui->pendingList->currentItem()->data(Qt::UserRole + 2).toString()
                             : QString();
    m_ui->pendingList->clear();
    // A bounded page of the pending validations: the search narrows it in the database.
    constexpr int kShown = 200;
    auto pending = PresenterTools(m_session.context())
                       .pendingValidations(m_session.actor(), m_ui->pendingSearchEdit->text(), kShown + 1);
    const bool more = pending && pending->size() > kShown;
    if (pending)
        for (const Enrollment& e : pending->mid(0, kShown)) {
            auto* item = new QListWidgetItem(
                tr("%1 — %2 (due %3)").arg(e.programName, e.partnerId, timetext::format(e.validationDue)),
                m_ui->pendingList);
            item->setData(Qt::UserRole, e.programName);
            item->setData(Qt::UserRole + 1, e.partnerId);
            item->setData(Qt::UserRole + 2, e.programName + QLatin1Char('\n') + e.partnerId);
            if (item->data(Qt::UserRole + 2).toString() == keep)
                m_ui->pendingList->setCurrentItem(item);
        }
    m_ui->pendingMoreLabel->setVisible(more);
    m_ui->pendingMoreLabel->setText(
        tr("The first %1 are listed; type a program, PartnerID or location to find the others.").arg(kShown));
    if (m_ui->pendingList->count() > 0 && !m_ui->pendingList->currentItem())
        m_ui->pendingList->setCurrentRow(0);
    m_ui->approveButton->setEnabled(m_ui->pendingList->count() > 0);
    m_ui->rejectButton->setEnabled(m_ui->pendingList->count() > 0);
}

void PresenterPage::showLocation()
{
    const QString partnerId = m_ui->locationPicker->partnerId();
    if (partnerId.isEmpty())
        return;
    auto location = m_session.directory().location(m_session.actor(), partnerId);
    if (!location)
        return;
    const LocationAttributes& a = location->location.attributes;
    m_ui->agreementCheck->setChecked(a.agreementActive);
    m_ui->solutionsCheck->setChecked(a.solutionsPartner);
    m_ui->cspIndirectCheck->setChecked(a.cspIndirectReseller);
    m_ui->cspDirectCheck->setChecked(a.cspDirectBill);
    m_ui->revenueSpin->setValue(int(qMin<qint64>(a.trailingRevenueUsd, m_ui->revenueSpin->maximum())));
    m_ui->customersSpin->setValue(a.customerAdds);
}

void PresenterPage::resetDemo()
{
    if (MessageBoxes::question(
            this, tr("Reset demo"),
            tr("Go back to the shipped demo data? Everything done since is lost unless you saved a "
               "snapshot.")) != QMessageBox::Yes)
        return;
    run(tr("The demo is back to its shipped state."), [this] {
        auto reset = MaintenanceService(m_session.context()).resetDemo(m_session.actor());
        return reset ? m_session.replaceDatabase(*reset) : Status(reset.error());
    });
}

void PresenterPage::loadSnapshot()
{
    const QString name = m_ui->snapshotCombo->currentText();
    if (name.isEmpty())
        return;
    if (MessageBoxes::question(this, tr("Load snapshot"),
                               tr("Replace the current demo with the snapshot '%1'?").arg(name)) !=
        QMessageBox::Yes)
        return;
    run(tr("Loaded the snapshot '%1'.").arg(name), [this, name] {
        auto load = MaintenanceService(m_session.context()).loadSnapshot(m_session.actor(), name);
        return load ? m_session.replaceDatabase(*load) : Status(load.error());
    });
}

} // namespace incentives::gui
