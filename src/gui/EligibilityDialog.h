#pragma once

#include "core/Eligibility.h"

#include <QDialog>

#include <memory>

namespace Ui {
class EligibilityDialog;
}

namespace incentives::gui {

// "See eligibility requirements": the criteria a location meets and misses for a program.
class EligibilityDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EligibilityDialog)

public:
    EligibilityDialog(const QString& program, const QString& location,
                      const QList<eligibility::ChecklistItem>& items, QWidget* parent = nullptr);
    ~EligibilityDialog() override;

private:
    std::unique_ptr<Ui::EligibilityDialog> m_ui;
};

} // namespace incentives::gui
