#include "gui/EligibilityDialog.h"

#include "gui/FormSupport.h"
#include "ui_EligibilityDialog.h"

#include <QHeaderView>
#include <QStyle>

namespace incentives::gui {

EligibilityDialog::EligibilityDialog(const QString& program, const QString& location,
                                     const QList<eligibility::ChecklistItem>& items, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::EligibilityDialog>())
{
    m_ui->setupUi(this);
    const int missing = int(eligibility::unmet(items).size());
    if (items.isEmpty())
        m_ui->summaryLabel->setText(
            tr("%1 has no eligibility criteria: it is open to every location.").arg(program));
    else if (missing == 0)
        m_ui->summaryLabel->setText(tr("%1 meets every requirement of %2.").arg(location, program));
    else
        m_ui->summaryLabel->setText(missing == 1
                                        ? tr("%1 does not meet 1 requirement of %2.").arg(location, program)
                                        : tr("%1 does not meet %2 requirements of %3.")
                                              .arg(location, QString::number(missing), program));
    const QIcon yes = style()->standardIcon(QStyle::SP_DialogApplyButton);
    const QIcon no = style()->standardIcon(QStyle::SP_DialogCancelButton);
    for (const auto& item : items) {
        auto* row = new QTreeWidgetItem(m_ui->checklist,
                                        {item.text, item.met ? tr("Met") : tr("Not met"), item.detail});
        row->setIcon(1, item.met ? yes : no);
        row->setData(0, Qt::UserRole, item.code);
        row->setToolTip(0, item.text);
    }
    m_ui->checklist->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->checklist->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_ui->checklist->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    nameDialogButtons(this);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
}

EligibilityDialog::~EligibilityDialog() = default;

} // namespace incentives::gui
