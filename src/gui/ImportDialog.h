#pragma once

#include "services/OrganizationService.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace incentives {
class Session;
}

namespace incentives::gui {

// Imports locations or users from a CSV file: the file's rows in a preview table, each with what
// is wrong with it, and Import enabled only when the service's preview finds nothing wrong at all
// (then every row is written in one go, or none).
class ImportDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)

public:
    ImportDialog(Session& session, ImportKind kind, QWidget* parent = nullptr);
    ~ImportDialog() override;

    // Reads and previews a file (what Choose file… does once a file is chosen).
    void load(const QString& path);
    const ImportPreview& preview() const { return m_preview; }
    // The users imported, with their temporary passwords (users imports).
    const QList<ImportedUser>& importedUsers() const { return m_imported; }
    void accept() override;

private:
    void choose();
    void showPreview(const ImportPreview& preview);

    Session& m_session;
    ImportKind m_kind;
    QByteArray m_content;
    ImportPreview m_preview;
    QList<ImportedUser> m_imported;
    QLineEdit* m_file;
    QTableWidget* m_table;
    QLabel* m_summary;
    QDialogButtonBox* m_buttons;
    QPushButton* m_import;
};

} // namespace incentives::gui
