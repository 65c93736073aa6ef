#pragma once

#include "core/TaxDocuments.h"

#include <QGroupBox>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace incentives {
class Session;
}

namespace incentives::gui {

// The documents attached to one location's tax profile: name, size, who added it and when; Add…
// attaches a PDF, PNG or JPEG file, Save a copy… writes the chosen one to a file. The buttons
// follow what the service decides for the signed-in user.
class TaxDocumentsPanel : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaxDocumentsPanel)

public:
    explicit TaxDocumentsPanel(Session& session, QWidget* parent = nullptr);
    // The documents of one of the location's tax profiles (0: its first).
    void setLocation(const QString& partnerId, Id taxProfileId = 0);
    void refresh();
    QTreeWidget* list() const { return m_list; }

private:
    void add();
    void saveCopy();
    void updateButtons();

    Session& m_session;
    QString m_partnerId;
    Id m_taxProfileId = 0;
    QTreeWidget* m_list;
    QLabel* m_message;
    QPushButton* m_addButton;
    QPushButton* m_saveButton;
    QString m_attachRefusal;
    bool m_mayAttach = false;
    bool m_maySave = false;
};

} // namespace incentives::gui
