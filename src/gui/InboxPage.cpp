#include "gui/InboxPage.h"

#include "gui/InboxModel.h"
#include "services/Session.h"
#include "ui_InboxPage.h"

#include <QHeaderView>

namespace incentives::gui {

InboxPage::InboxPage(Session& session, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::InboxPage>()), m_session(session),
      m_model(new InboxModel(session, this))
{
    m_ui->setupUi(this);
    m_ui->messagesView->setModel(m_model);
    m_ui->messagesView->header()->setStretchLastSection(false);
    m_ui->messagesView->header()->setSectionResizeMode(InboxModel::SubjectColumn, QHeaderView::Stretch);
    m_ui->messagesView->header()->resizeSection(InboxModel::FromColumn,
                                                fontMetrics().horizontalAdvance(QLatin1Char('M')) * 15);
    m_ui->messagesView->header()->resizeSection(InboxModel::ReceivedColumn,
                                                fontMetrics().horizontalAdvance(QLatin1Char('M')) * 13);
    m_ui->splitter->setStretchFactor(1, 2);
    QFont bold = m_ui->subjectLabel->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_ui->subjectLabel->setFont(bold);
    connect(m_ui->messagesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &InboxPage::showMessage);
    connect(m_ui->getStartedButton, &QPushButton::clicked, this, [this] {
        if (const auto* m = m_model->messageAt(m_ui->messagesView->currentIndex().row()))
            Q_EMIT getStarted(m->programName, m->partnerId);
    });
}

InboxPage::~InboxPage() = default;

void InboxPage::reload()
{
    const QVariant current = m_ui->messagesView->currentIndex().data(InboxModel::MessageIdRole);
    m_model->reload();
    const bool empty = m_model->rowCount() == 0;
    m_ui->splitter->setVisible(!empty);
    m_ui->emptyLabel->setVisible(empty);
    int row = 0;
    for (int r = 0; r < m_model->rowCount(); ++r)
        if (m_model->index(r, 0).data(InboxModel::MessageIdRole) == current)
            row = r;
    if (!empty)
        m_ui->messagesView->setCurrentIndex(m_model->index(row, 0));
    else
        showMessage();
    Q_EMIT unreadChanged(m_model->unreadCount());
}

void InboxPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    showMessage();
}

void InboxPage::showMessage()
{
    const InboxMessage* m = m_model->messageAt(m_ui->messagesView->currentIndex().row());
    m_ui->subjectLabel->setText(m ? m->subject : QString());
    m_ui->bodyView->setPlainText(m ? tr("From: %1\n\n%2").arg(m->sender, m->body) : QString());
    m_ui->getStartedButton->setEnabled(m && m->enrollmentId > 0);
    // A message counts as read once the user has it in front of them, not when the page loads unseen.
    if (m && !m->readAt.isValid() && isVisible()) {
        if (m_session.enrollments().markRead(m_session.actor(), m->id)) {
            const Id id = m->id;
            // Reflect the read state without losing the selection.
            m_model->reload();
            for (int r = 0; r < m_model->rowCount(); ++r)
                if (m_model->index(r, 0).data(InboxModel::MessageIdRole).toLongLong() == id) {
                    const QSignalBlocker block(m_ui->messagesView->selectionModel());
                    m_ui->messagesView->setCurrentIndex(m_model->index(r, 0));
                }
            Q_EMIT unreadChanged(m_model->unreadCount());
        }
    }
}

} // namespace incentives::gui
