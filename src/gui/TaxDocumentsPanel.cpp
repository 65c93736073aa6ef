#include "gui/TaxDocumentsPanel.h"

#include "core/TimeText.h"
#include "gui/FileDialogs.h"
#include "gui/FormSupport.h"
#include "services/Session.h"
#include "services/TaxDocumentService.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace incentives::gui {

TaxDocumentsPanel::TaxDocumentsPanel(Session& session, QWidget* parent)
    : QGroupBox(parent), m_session(session), m_list(new QTreeWidget(this)), m_message(new QLabel(this)),
      m_addButton(new QPushButton(tr("&Add…"), this)),
      m_saveButton(new QPushButton(tr("Save a &copy…"), this))
{
    setObjectName(QStringLiteral("taxDocumentsBox"));
    setTitle(tr("Tax profile documents"));
    setAccessibleName(tr("Tax profile documents"));
    m_list->setObjectName(QStringLiteral("taxDocumentsList"));
    m_list->setAccessibleName(tr("Documents attached to the tax profile"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("File"), tr("Size"), tr("Added by"), tr("Added on")});
    m_list->header()->setStretchLastSection(true);
    m_list->setMaximumHeight(140);
    m_message->setObjectName(QStringLiteral("taxDocumentsMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_addButton->setObjectName(QStringLiteral("addTaxDocumentButton"));
    m_addButton->setAccessibleName(tr("Attach a document"));
    m_saveButton->setObjectName(QStringLiteral("saveTaxDocumentButton"));
    m_saveButton->setAccessibleName(tr("Save a copy of the document"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_saveButton);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    connect(m_addButton, &QPushButton::clicked, this, &TaxDocumentsPanel::add);
    connect(m_saveButton, &QPushButton::clicked, this, &TaxDocumentsPanel::saveCopy);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &TaxDocumentsPanel::updateButtons);
    updateButtons();
}

void TaxDocumentsPanel::setLocation(const QString& partnerId, Id taxProfileId)
{
    m_partnerId = partnerId;
    m_taxProfileId = taxProfileId;
    refresh();
}

void TaxDocumentsPanel::refresh()
{
    m_list->clear();
    m_mayAttach = m_maySave = false;
    m_attachRefusal.clear();
    m_message->clear();
    if (m_partnerId.isEmpty()) {
        updateButtons();
        return;
    }
    auto view =
        TaxDocumentService(m_session.context()).documents(m_session.actor(), m_partnerId, m_taxProfileId);
    if (!view) {
        m_message->setText(view.error().message);
        updateButtons();
        return;
    }
    const QLocale locale;
    for (const TaxDocument& d : view->documents) {
        auto* item = new QTreeWidgetItem(
            m_list, {d.fileName, locale.formattedDataSize(d.size), d.addedBy, timetext::format(d.addedAt)});
        item->setData(0, Qt::UserRole, d.id);
        item->setToolTip(0, QStringLiteral("%1 · SHA-256 %2").arg(d.mediaType, d.sha256));
    }
    for (int c = 0; c < 3; ++c)
        m_list->resizeColumnToContents(c);
    m_mayAttach = view->mayAttach.ok();
    m_maySave = view->maySave.ok();
    if (!view->mayAttach)
        m_attachRefusal = view->mayAttach.error().message;
    if (view->documents.isEmpty())
        m_message->setText(tr("No documents attached. PDF, PNG or JPEG files of at most 10 MB each."));
    updateButtons();
}

void TaxDocumentsPanel::updateButtons()
{
    m_addButton->setEnabled(m_mayAttach);
    m_addButton->setToolTip(m_attachRefusal);
    m_saveButton->setEnabled(m_maySave && m_list->currentItem());
}

void TaxDocumentsPanel::add()
{
    const QString path = FileDialogs::openFileName(this, tr("Attach a document"), QString(),
                                                   tr("Documents (*.pdf *.png *.jpg *.jpeg);;All files (*)"));
    if (path.isEmpty())
        return;
    auto added = TaxDocumentService(m_session.context())
                     .attachFile(m_session.actor(), m_partnerId, path, m_taxProfileId);
    refresh();
    m_message->setText(added ? tr("Attached %1.").arg(added->fileName)
                             : QStringLiteral("⚠ ") + added.error().message);
    styleAsError(m_message, !added);
}

void TaxDocumentsPanel::saveCopy()
{
    const QTreeWidgetItem* item = m_list->currentItem();
    if (!item)
        return;
    const Id id = item->data(0, Qt::UserRole).toLongLong();
    const QString path = FileDialogs::saveFileName(this, tr("Save a copy of the document"), item->text(0),
                                                   tr("All files (*)"));
    if (path.isEmpty())
        return;
    const Status saved = TaxDocumentService(m_session.context()).saveCopy(m_session.actor(), id, path);
    m_message->setText(saved ? tr("Saved a copy to %1.").arg(path)
                             : QStringLiteral("⚠ ") + saved.error().message);
    styleAsError(m_message, !saved);
}

} // namespace incentives::gui
