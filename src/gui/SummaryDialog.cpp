#include "gui/SummaryDialog.h"

#include "gui/FileDialogs.h"
#include "gui/MessageBoxes.h"
#include "report/HtmlPrinter.h"
#include "services/Session.h"
#include "services/SummaryService.h"
#include "store/Files.h"
#include "ui_SummaryDialog.h"

#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>

namespace incentives::gui {

SummaryDialog::SummaryDialog(Session& session, const QString& partnerId, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SummaryDialog>()), m_session(session)
{
    m_ui->setupUi(this);
    if (auto locations = m_session.directory().locations(m_session.actor()))
        for (const LocationView& l : *locations)
            m_ui->locationCombo->addItem(QStringLiteral("%1 — %2").arg(l.location.partnerId, l.location.name),
                                         l.location.partnerId);
    if (const int i = m_ui->locationCombo->findData(partnerId); i >= 0)
        m_ui->locationCombo->setCurrentIndex(i);
    connect(m_ui->locationCombo, &QComboBox::currentIndexChanged, this, &SummaryDialog::load);
    connect(m_ui->printPreviewButton, &QPushButton::clicked, this, &SummaryDialog::printPreview);
    connect(m_ui->exportPdfButton, &QPushButton::clicked, this, &SummaryDialog::choosePdf);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    load();
}

SummaryDialog::~SummaryDialog() = default;

QString SummaryDialog::partnerId() const
{
    return m_ui->locationCombo->currentData().toString();
}

void SummaryDialog::load()
{
    m_html.clear();
    QString message;
    if (partnerId().isEmpty()) {
        message = tr("You have no role at any location, so there is nothing to summarize.");
    } else if (auto html =
                   SummaryService(m_session.context()).locationSummaryHtml(m_session.actor(), partnerId())) {
        m_html = *html;
    } else {
        message = html.error().message;
    }
    if (m_html.isEmpty())
        m_ui->summaryBrowser->setPlainText(message);
    else
        m_ui->summaryBrowser->setHtml(m_html);
    m_ui->printPreviewButton->setEnabled(!m_html.isEmpty());
    m_ui->exportPdfButton->setEnabled(!m_html.isEmpty());
}

void SummaryDialog::paint(QPrinter* printer)
{
    report::print(m_html, *printer);
}

void SummaryDialog::printPreview()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(report::defaultPageLayout());
    printer.setDocName(tr("Enrollment summary %1").arg(partnerId()));
    QPrintPreviewDialog preview(&printer, this);
    preview.setObjectName(QStringLiteral("printPreviewDialog"));
    preview.setWindowTitle(tr("Print preview — %1").arg(m_ui->locationCombo->currentText()));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, &SummaryDialog::paint);
    preview.resize(900, 760);
    preview.exec();
}

void SummaryDialog::choosePdf()
{
    const QString path =
        FileDialogs::saveFileName(this, tr("Export the summary as PDF"),
                                  QStringLiteral("summary-%1.pdf").arg(partnerId()), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (const QString error = exportPdf(path); !error.isEmpty())
        MessageBoxes::warning(this, tr("Export PDF"), error);
}

QString SummaryDialog::exportPdf(const QString& path)
{
    if (m_html.isEmpty())
        return tr("There is no summary to export.");
    if (auto s = files::checkTarget(path, m_session.context().db().path()); !s)
        return s.error().message;
    if (auto s = report::writePdf(m_html, path); !s)
        return s.error().message;
    return {};
}

} // namespace incentives::gui
