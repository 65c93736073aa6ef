#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace incentives::gui {

// File → Settings: the interface language, auto-lock, the default database and the status-bar
// clock. Shows what is stored (QSettings) and stores the choices on OK; the main window applies
// them.
class SettingsDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(QWidget* parent = nullptr);
    ~SettingsDialog() override;

    struct Changes
    {
        bool language = false;
        bool autoLock = false;
        bool database = false;
        bool clock = false;
    };
    // Stores the choices; returns which of them differ from what was stored before.
    Changes apply();
    // The problem with the database path as typed, or empty when it will do.
    QString databaseProblem() const;

private:
    void validate();
    void browse();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
};

} // namespace incentives::gui
