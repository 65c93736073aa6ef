#include "gui/AuditPage.h"

#include "core/TimeText.h"
#include "gui/MessageBoxes.h"
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
    m_ui->table->verticalHeader()->hide();
    m_ui->table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_ui->table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);
    connect(m_searchTimer, &QTimer::timeout, this, &AuditPage::reload);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_ui->userCombo, &QComboBox::currentIndexChanged, this, &AuditPage::reload);
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
    const QSignalBlocker block(m_ui->userCombo);
    m_ui->userCombo->clear();
    const bool everyone = m_session.permissions().viewAllAudit.ok();
    m_ui->userCombo->setVisible(everyone);
    m_ui->userLabel->setVisible(everyone);
    m_ui->userCombo->addItem(tr("Everyone"), QString());
    if (everyone)
        if (auto users = m_session.directory().users(m_session.actor()))
            for (const UserView& v : *users)
                m_ui->userCombo->addItem(QStringLiteral("%1 <%2>").arg(v.user.name, v.user.email),
                                         v.user.email);
    reload();
}

void AuditPage::reload()
{
    m_model->clear();
    m_model->setHorizontalHeaderLabels(
        {tr("Time"), tr("User"), tr("What happened"), tr("Location"), tr("Program")});
    if (!m_session.signedIn())
        return;
    AuditFilter filter;
    filter.text = m_ui->searchEdit->text();
    filter.actor = m_ui->userCombo->currentData().toString();
    filter.limit = 2000;
    auto entries = AuditService(m_session.context()).lines(m_session.actor(), filter);
    if (!entries) {
        m_ui->countLabel->setText(entries.error().message);
        return;
    }
    for (const AuditLine& l : *entries) {
        const AuditEntry& e = l.entry;
        auto* sentence = new QStandardItem(l.sentence);
        // The record as stored, for whoever compares it with an export or the command line.
        sentence->setToolTip(e.details.isEmpty()
                                 ? QStringLiteral("%1\n%2").arg(l.sentence, e.action)
                                 : QStringLiteral("%1\n%2: %3").arg(l.sentence, e.action, e.details));
        m_model->appendRow({new QStandardItem(timetext::format(e.at)), new QStandardItem(e.actor), sentence,
                            new QStandardItem(e.partnerId), new QStandardItem(e.program)});
    }
    m_ui->table->resizeColumnsToContents();
    // The sentence takes the room the other columns leave, cut at the view's width (its tool tip
    // holds it whole), so that the location and program stay in sight.
    // The sentence names the program already; its column stays in the model, out of sight.
    m_ui->table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_ui->table->setColumnWidth(1, qMin(m_ui->table->columnWidth(1), fontMetrics().averageCharWidth() * 24));
    m_ui->table->setColumnHidden(4, true);
    m_ui->countLabel->setText(
        m_session.permissions().viewAllAudit.ok()
            ? tr("%1 records, newest first").arg(QLocale().toString(qint64(entries->size())))
            : tr("%1 of your own actions, newest first").arg(QLocale().toString(qint64(entries->size()))));
}

QString AuditPage::exportTo(const QString& path)
{
    AuditFilter filter;
    filter.text = m_ui->searchEdit->text();
    filter.actor = m_ui->userCombo->currentData().toString();
    filter.limit = 100000;
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
