#include "gui/AuditPage.h"

#include "core/TimeText.h"
#include "gui/MessageBoxes.h"
#include "gui/UserPicker.h"
#include "services/AuditService.h"
#include "services/Session.h"
#include "store/Files.h"
#include "ui_AuditPage.h"

#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLocale>
#include <QStandardItemModel>
#include <QTimer>

namespace incentives::gui {

AuditPage::AuditPage(Session& session, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::AuditPage>()), m_session(session),
      m_model(new QStandardItemModel(this)), m_searchTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    m_ui->table->setModel(m_model);
    // Column widths from the first rows: measuring every row of a page of 200 costs more than it shows.
    m_ui->table->horizontalHeader()->setResizeContentsPrecision(40);
    m_ui->table->verticalHeader()->hide();
    m_ui->table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_ui->table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);
    connect(m_searchTimer, &QTimer::timeout, this, &AuditPage::reload);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    m_ui->userPicker->setSession(session);
    connect(m_ui->userPicker, &UserPicker::userChosen, this, &AuditPage::reload);
    connect(m_ui->loadMoreButton, &QPushButton::clicked, this, &AuditPage::loadMore);
    m_ui->loadMoreButton->hide();
    // Column widths from the first rows: measuring every row of a long page costs more than it shows.
    m_ui->table->horizontalHeader()->setResizeContentsPrecision(40);
    connect(m_ui->exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export the audit log"), QStringLiteral("audit-log.csv"), tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        if (const QString error = exportTo(path); !error.isEmpty())
            MessageBoxes::warning(this, tr("Export"), error);
    });
}

AuditPage::~AuditPage() = default;

void AuditPage::reloadUsers()
{
    const bool everyone = m_session.permissions().viewAllAudit.ok();
    m_ui->userPicker->setVisible(everyone);
    m_ui->userLabel->setVisible(everyone);
    // The user chosen may have gone with the sign-in or the database: everyone again.
    m_ui->userPicker->reset();
    reload();
}

void AuditPage::reload()
{
    m_model->clear();
    m_model->setHorizontalHeaderLabels(
        {tr("Time"), tr("User"), tr("What happened"), tr("Location"), tr("Program")});
    m_next = 0;
    append(true);
}

bool AuditPage::loadMore()
{
    if (m_next == 0)
        return false;
    append(false);
    return true;
}

void AuditPage::append(bool fromStart)
{
    if (!m_session.signedIn()) {
        m_ui->countLabel->clear();
        m_ui->loadMoreButton->hide();
        return;
    }
    // One bounded page, newest first; the search and the user are applied by the service.
    AuditFilter filter;
    filter.text = m_ui->searchEdit->text();
    filter.actor = m_ui->userPicker->email();
    filter.limit = kShown;
    filter.before = fromStart ? 0 : m_next;
    auto page = AuditService(m_session.context()).page(m_session.actor(), filter);
    if (!page) {
        m_ui->countLabel->setText(page.error().message);
        m_ui->loadMoreButton->hide();
        return;
    }
    m_next = page->next;
    for (const AuditLine& l : std::as_const(page->lines)) {
        const AuditEntry& e = l.entry;
        auto* sentence = new QStandardItem(l.sentence);
        // The record as stored, for whoever compares it with an export or the command line.
        sentence->setToolTip(e.details.isEmpty()
                                 ? QStringLiteral("%1\n%2").arg(l.sentence, e.action)
                                 : QStringLiteral("%1\n%2: %3").arg(l.sentence, e.action, e.details));
        m_model->appendRow({new QStandardItem(timetext::format(e.at)), new QStandardItem(e.actor), sentence,
                            new QStandardItem(e.partnerId), new QStandardItem(e.program)});
    }
    if (fromStart) {
        m_ui->table->resizeColumnsToContents();
        // The sentence takes the room the other columns leave, cut at the view's width (its tool tip
        // holds it whole), so that the location and program stay in sight.
        // The sentence names the program already; its column stays in the model, out of sight.
        m_ui->table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
        m_ui->table->setColumnWidth(1,
                                    qMin(m_ui->table->columnWidth(1), fontMetrics().averageCharWidth() * 24));
        m_ui->table->setColumnHidden(4, true);
    }
    const QString shown = QLocale().toString(qint64(m_model->rowCount()));
    QString text = m_session.permissions().viewAllAudit.ok()
                       ? tr("%1 records, newest first").arg(shown)
                       : tr("%1 of your own actions, newest first").arg(shown);
    if (m_next != 0)
        text += QLatin1Char(' ') + tr("— older records follow: refine the search or load more.");
    m_ui->countLabel->setText(text);
    m_ui->loadMoreButton->setVisible(m_next != 0);
}

QString AuditPage::exportTo(const QString& path)
{
    AuditFilter filter;
    filter.text = m_ui->searchEdit->text();
    filter.actor = m_ui->userPicker->email();
    if (auto s = files::checkTarget(path, m_session.context().db().path()); !s)
        return s.error().message;
    auto csv = AuditService(m_session.context()).exportCsv(m_session.actor(), filter);
    if (!csv)
        return csv.error().message;
    if (auto s = files::writeFile(path, *csv); !s)
        return s.error().message;
    return {};
}

} // namespace incentives::gui
