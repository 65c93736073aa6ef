#include "gui/WorkspaceDetailsPane.h"

#include "gui/WorkspaceModel.h"
#include "services/Session.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace incentives::gui {
namespace {

QLabel* valueLabel(QWidget* parent, const char* name, const QString& accessibleName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setAccessibleName(accessibleName);
    label->setWordWrap(true);
    // Readable and copyable from the keyboard: Tab reaches each value.
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setFocusPolicy(Qt::StrongFocus);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

WorkspaceDetailsPane::WorkspaceDetailsPane(Session& session, QWidget* parent)
    : QFrame(parent), m_session(session), m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("detailsPane"));
    setAccessibleName(tr("Enrollment details"));
    setFrameShape(QFrame::StyledPanel);
    m_stack->setObjectName(QStringLiteral("detailsStack"));
    m_stack->setAccessibleName(tr("Enrollment details"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    m_message = new QLabel(m_stack);
    m_message->setObjectName(QStringLiteral("detailsEmptyLabel"));
    m_message->setAccessibleName(tr("Enrollment details"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_message->setFocusPolicy(Qt::StrongFocus);
    m_stack->addWidget(m_message);

    // The facts scroll when the pane is short; the history list scrolls by itself.
    auto* page = new QWidget(m_stack);
    page->setObjectName(QStringLiteral("detailsPage"));
    auto* columns = new QHBoxLayout(page);
    auto* scroll = new QScrollArea(page);
    scroll->setObjectName(QStringLiteral("detailsScroll"));
    scroll->setAccessibleName(tr("Enrollment details"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* facts = new QWidget(scroll);
    facts->setObjectName(QStringLiteral("detailsFacts"));
    auto* left = new QVBoxLayout(facts);
    left->setContentsMargins(0, 0, 0, 0);
    m_title = valueLabel(facts, "detailsTitle", tr("Enrollment"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    left->addWidget(m_title);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_status = valueLabel(facts, "detailsStatus", tr("Status"));
    m_nextStep = valueLabel(facts, "detailsNextStep", tr("Next step"));
    m_validationEnd = valueLabel(facts, "detailsValidationEnd", tr("Validation expected to end"));
    m_bank = valueLabel(facts, "detailsBankProfile", tr("Bank profile"));
    m_tax = valueLabel(facts, "detailsTaxProfile", tr("Tax profile"));
    m_payment = valueLabel(facts, "detailsPayment", tr("Payment"));
    form->addRow(tr("Status:"), m_status);
    form->addRow(tr("Next step:"), m_nextStep);
    form->addRow(tr("Validation ends:"), m_validationEnd);
    form->addRow(tr("Bank profile:"), m_bank);
    form->addRow(tr("Tax profile:"), m_tax);
    form->addRow(tr("Payment:"), m_payment);
    left->addLayout(form);
    left->addStretch(1);
    scroll->setWidget(facts);
    columns->addWidget(scroll, 3);

    auto* right = new QVBoxLayout;
    auto* historyLabel = new QLabel(tr("Status his&tory:"), page);
    historyLabel->setObjectName(QStringLiteral("detailsHistoryLabel"));
    m_history = new QListWidget(page);
    m_history->setObjectName(QStringLiteral("detailsHistory"));
    m_history->setAccessibleName(tr("Status history"));
    m_history->setWordWrap(true);
    m_history->setTextElideMode(Qt::ElideNone);
    m_history->setSelectionMode(QAbstractItemView::SingleSelection);
    historyLabel->setBuddy(m_history);
    right->addWidget(historyLabel);
    right->addWidget(m_history, 1);
    columns->addLayout(right, 2);
    m_stack->addWidget(page);

    showEnrollment(0);
}

WorkspaceDetailsPane::~WorkspaceDetailsPane() = default;

void WorkspaceDetailsPane::showMessage(const QString& text)
{
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
}

void WorkspaceDetailsPane::showEnrollment(Id enrollmentId)
{
    m_enrollmentId = enrollmentId;
    if (enrollmentId == 0 || !m_session.signedIn()) {
        showMessage(tr("Select an enrollment to see its next step, its profiles and its history."));
        return;
    }
    auto details = m_session.enrollments().details(m_session.actor(), enrollmentId);
    if (!details) {
        showMessage(details.error().message);
        return;
    }
    show(*details);
}

void WorkspaceDetailsPane::show(const EnrollmentDetails& d)
{
    const Enrollment& e = d.enrollment;
    m_title->setText(tr("%1 at %2 — %3").arg(e.programName, e.partnerId, e.locationName));
    m_status->setText(d.statusText);
    QString next = d.nextStep;
    if (d.next.kind != rules::NextStep::Kind::None && !d.next.allowed && !d.next.refusal.isEmpty())
        next += QLatin1Char('\n') + d.next.refusal;
    m_nextStep->setText(next);
    m_validationEnd->setText(d.validationDue.isValid() ? WorkspaceModel::momentText(d.validationDue)
                                                       : tr("No validation under way"));
    m_bank->setText(d.bankProfile.isEmpty() ? tr("None chosen yet") : d.bankProfile);
    m_tax->setText(d.taxProfile.isEmpty() ? tr("None on file") : d.taxProfile);
    if (e.paymentHold)
        m_payment->setText(d.currency.isEmpty() ? tr("Payment on hold")
                                                : tr("Payment on hold (%1)").arg(d.currency));
    else
        m_payment->setText(d.currency.isEmpty() ? tr("No currency chosen yet")
                                                : tr("Paid in %1").arg(d.currency));
    m_history->clear();
    // Newest first: what happened last is what the reader looks for.
    for (auto it = d.history.crbegin(); it != d.history.crend(); ++it)
        m_history->addItem(tr("%1: %2").arg(WorkspaceModel::momentText(it->at), it->text));
    if (d.history.isEmpty())
        m_history->addItem(tr("No status changes recorded."));
    m_stack->setCurrentIndex(1);
}

} // namespace incentives::gui
