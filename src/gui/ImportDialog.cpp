#include "gui/ImportDialog.h"

#include "gui/FileDialogs.h"
#include "gui/FormSupport.h"
#include "gui/StatusStyle.h"
#include "services/Session.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace incentives::gui {

ImportDialog::ImportDialog(Session& session, ImportKind kind, QWidget* parent)
    : QDialog(parent), m_session(session), m_kind(kind)
{
    setObjectName(QStringLiteral("importDialog"));
    const bool users = kind == ImportKind::Users;
    setWindowTitle(users ? tr("Import users") : tr("Import locations"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("A CSV file (UTF-8) whose first line names the columns. Required: %1. Optional: %2. Nothing is "
           "imported unless every row is valid.")
            .arg(OrganizationService::requiredImportColumns(kind).join(QStringLiteral(", ")),
                 OrganizationService::importColumns(kind)
                     .mid(OrganizationService::requiredImportColumns(kind).size())
                     .join(QStringLiteral(", "))),
        this);
    intro->setObjectName(QStringLiteral("introLabel"));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* fileRow = new QHBoxLayout;
    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setObjectName(QStringLiteral("fileLabel"));
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("fileEdit"));
    m_file->setAccessibleName(tr("CSV file to import"));
    m_file->setReadOnly(true);
    fileLabel->setBuddy(m_file);
    auto* choose = new QPushButton(tr("&Choose file…"), this);
    choose->setObjectName(QStringLiteral("chooseFileButton"));
    choose->setAccessibleName(tr("Choose the CSV file"));
    fileRow->addWidget(fileLabel);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(choose);
    layout->addLayout(fileRow);

    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("previewTable"));
    m_table->setAccessibleName(tr("Rows of the file"));
    m_table->setAccessibleDescription(tr("Each row of the file with what is wrong with it, if anything"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table, 1);

    m_summary = new QLabel(tr("Choose a file to see its rows."), this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttons"));
    m_import = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setAccessibleName(tr("Import every row"));
    m_import->setEnabled(false);
    nameDialogButtons(this);
    layout->addWidget(m_buttons);

    connect(choose, &QPushButton::clicked, this, &ImportDialog::choose);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ImportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(760, 460);
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::choose()
{
    const QString path =
        FileDialogs::openFileName(this, windowTitle(), QString(), tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        load(path);
}

void ImportDialog::load(const QString& path)
{
    m_file->setText(path);
    m_content.clear();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ImportPreview unreadable;
        unreadable.kind = m_kind;
        unreadable.problem = tr("The file cannot be read: %1").arg(file.errorString());
        showPreview(unreadable);
        return;
    }
    // A little more than the service accepts, so that it can say the file is too large.
    m_content = file.read(8 * 1024 * 1024 + 1);
    auto preview =
        OrganizationService(m_session.context()).previewImport(m_session.actor(), m_kind, m_content);
    if (!preview) {
        ImportPreview refused;
        refused.kind = m_kind;
        refused.problem = preview.error().message;
        showPreview(refused);
        return;
    }
    showPreview(*preview);
}

void ImportDialog::showPreview(const ImportPreview& preview)
{
    m_preview = preview;
    m_table->clear();
    QStringList headings{tr("Line")};
    headings += preview.columns;
    headings.append(tr("Problem"));
    m_table->setColumnCount(int(headings.size()));
    m_table->setHorizontalHeaderLabels(headings);
    m_table->setRowCount(int(preview.rows.size()));
    const QColor bad = statusColor(EnrollmentStatus::Ineligible, palette());
    for (int r = 0; r < preview.rows.size(); ++r) {
        const ImportRow& row = preview.rows.at(r);
        m_table->setItem(r, 0, new QTableWidgetItem(QString::number(row.line)));
        for (int c = 0; c < preview.columns.size(); ++c)
            m_table->setItem(r, c + 1, new QTableWidgetItem(row.cells.value(c).left(200)));
        auto* problem =
            new QTableWidgetItem(row.problem.isEmpty() ? tr("OK") : QStringLiteral("⚠ ") + row.problem);
        if (!row.problem.isEmpty())
            problem->setForeground(bad);
        problem->setToolTip(row.problem);
        m_table->setItem(r, int(headings.size()) - 1, problem);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    QString summary;
    if (!preview.problem.isEmpty())
        summary = QStringLiteral("⚠ ") + preview.problem;
    else if (preview.invalidRows() > 0)
        summary =
            tr("⚠ %1 of %2 rows have a problem. Correct the file and choose it again; nothing is imported "
               "until every row is valid.")
                .arg(preview.invalidRows())
                .arg(preview.rows.size());
    else
        summary = tr("%1 rows are ready to import.").arg(preview.rows.size());
    m_summary->setText(summary);
    styleAsError(m_summary, !preview.canImport());
    m_import->setEnabled(preview.canImport());
}

void ImportDialog::accept()
{
    if (!m_preview.canImport())
        return;
    auto imported = OrganizationService(m_session.context()).import(m_session.actor(), m_kind, m_content);
    if (!imported) {
        m_summary->setText(QStringLiteral("⚠ ") + imported.error().message);
        styleAsError(m_summary, true);
        // What changed since the preview shows in the rows again.
        if (auto again = OrganizationService(m_session.context())
                             .previewImport(m_session.actor(), m_kind, m_content)) {
            const QString message = m_summary->text();
            showPreview(*again);
            m_summary->setText(message);
        }
        m_import->setEnabled(false);
        return;
    }
    m_imported = imported->users;
    QDialog::accept();
}

} // namespace incentives::gui
