#pragma once

#include "gui/FormSupport.h"
#include "services/OrganizationService.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QSpinBox;

namespace incentives {
class Session;
}

namespace incentives::gui {

// Adds a location, or changes what is recorded of one (everything but its PartnerID): its names,
// country, address, agreement status and the attributes eligibility is judged on, as Partner
// Center shows them. Each field says inline what is wrong with it; the service decides on Save.
class LocationDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocationDialog)

public:
    // partnerId empty: a new location; otherwise that location, loaded for editing.
    LocationDialog(Session& session, const QString& partnerId = {}, QWidget* parent = nullptr);
    ~LocationDialog() override;

    QString partnerId() const;
    void accept() override;

private:
    void update();
    LocationInput input() const;

    Session& m_session;
    bool m_editing = false;
    int m_version = 0;
    FieldErrors m_errors;
    QLineEdit* m_partnerId;
    QLineEdit* m_name;
    QLineEdit* m_legalName;
    QComboBox* m_country;
    QLineEdit* m_city;
    QLineEdit* m_address;
    QComboBox* m_agreement;
    QCheckBox* m_solutionsPartner;
    QCheckBox* m_cspIndirect;
    QCheckBox* m_cspDirect;
    QSpinBox* m_revenue;
    QSpinBox* m_customers;
    QLabel* m_saveError;
    QDialogButtonBox* m_buttons;
};

} // namespace incentives::gui
