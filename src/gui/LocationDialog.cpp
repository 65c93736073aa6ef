#include "gui/LocationDialog.h"

#include "services/OrganizationService.h"
#include "services/Session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace incentives::gui {
namespace {

// An input with its inline error label below it, both named for tests and screen readers.
QLabel* errorLabel(QWidget* parent, const char* name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setWordWrap(true);
    label->setVisible(false);
    styleAsError(label);
    return label;
}

template <typename W> W* named(W* widget, const char* objectName, const QString& accessibleName)
{
    widget->setObjectName(QString::fromLatin1(objectName));
    widget->setAccessibleName(accessibleName);
    return widget;
}

} // namespace

LocationDialog::LocationDialog(Session& session, const QString& partnerId, QWidget* parent)
    : QDialog(parent), m_session(session), m_editing(!partnerId.isEmpty())
{
    setObjectName(QStringLiteral("locationDialog"));
    setWindowTitle(m_editing ? tr("Edit location %1").arg(partnerId) : tr("Add a location"));
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("Record the location as Partner Center shows it. Its legal entity name is the "
                      "name a bank account paying it must carry."),
                   this);
    intro->setObjectName(QStringLiteral("introLabel"));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    form->setObjectName(QStringLiteral("form"));
    layout->addLayout(form);

    // Each input with its inline error right below it; a hidden error takes no room.
    const auto row = [&](const QString& label, QWidget* input, const char* field, const char* errorName) {
        if (!field) {
            form->addRow(label, input);
            return;
        }
        auto* cell = new QWidget(this);
        cell->setObjectName(QString::fromLatin1(field) + QStringLiteral("Cell"));
        auto* stack = new QVBoxLayout(cell);
        stack->setContentsMargins(0, 0, 0, 0);
        stack->setSpacing(2);
        stack->addWidget(input);
        QLabel* error = errorLabel(cell, errorName);
        stack->addWidget(error);
        form->addRow(label, cell);
        if (auto* buddy = qobject_cast<QLabel*>(form->labelForField(cell)))
            buddy->setBuddy(input);
        m_errors.add(QString::fromLatin1(field), error, input);
    };
    m_partnerId = named(new QLineEdit(partnerId, this), "partnerIdEdit", tr("PartnerID"));
    m_partnerId->setPlaceholderText(tr("7 digits, e.g. 4649101"));
    m_partnerId->setMaxLength(20);
    m_partnerId->setReadOnly(m_editing);
    row(tr("&PartnerID:"), m_partnerId, "partner_id", "partnerIdError");
    m_name = named(new QLineEdit(this), "nameEdit", tr("Location name"));
    row(tr("&Name:"), m_name, "name", "nameError");
    m_legalName = named(new QLineEdit(this), "legalNameEdit", tr("Legal entity name"));
    row(tr("&Legal entity name:"), m_legalName, "legal_name", "legalNameError");
    m_country = named(new QComboBox(this), "countryCombo", tr("Country"));
    m_country->setEditable(true);
    fillCountries(m_country);
    row(tr("&Country:"), m_country, "country", "countryError");
    m_city = named(new QLineEdit(this), "cityEdit", tr("City"));
    row(tr("C&ity:"), m_city, "city", "cityError");
    m_address = named(new QLineEdit(this), "addressEdit", tr("Address"));
    row(tr("&Address:"), m_address, "address", "addressError");
    m_agreement = named(new QComboBox(this), "agreementCombo", tr("Partner program agreement"));
    m_agreement->addItem(tr("Active"), true);
    m_agreement->addItem(tr("Expired"), false);
    row(tr("A&greement:"), m_agreement, nullptr, nullptr);
    m_solutionsPartner = named(new QCheckBox(tr("Holds a &Solutions Partner designation"), this),
                               "solutionsPartnerCheck", tr("Solutions Partner designation"));
    row(QString(), m_solutionsPartner, nullptr, nullptr);
    m_cspIndirect = named(new QCheckBox(tr("CSP in&direct reseller"), this), "cspIndirectCheck",
                          tr("CSP indirect reseller"));
    row(QString(), m_cspIndirect, nullptr, nullptr);
    m_cspDirect = named(new QCheckBox(tr("CSP di&rect-bill partner"), this), "cspDirectCheck",
                        tr("CSP direct-bill partner"));
    row(QString(), m_cspDirect, nullptr, nullptr);
    m_revenue = named(new QSpinBox(this), "revenueSpin", tr("Trailing twelve-month revenue in US dollars"));
    m_revenue->setRange(0, 2000000000);
    m_revenue->setGroupSeparatorShown(true);
    m_revenue->setSuffix(QStringLiteral(" USD"));
    row(tr("Re&venue (12 months):"), m_revenue, "revenue", "revenueError");
    m_customers = named(new QSpinBox(this), "customersSpin", tr("New customers in the trailing year"));
    m_customers->setRange(0, 100000000);
    row(tr("New c&ustomers (12 months):"), m_customers, "customers", "customersError");

    layout->addStretch(1); // extra height goes below the form, not between its rows
    m_saveError = errorLabel(this, "saveError");
    layout->addWidget(m_saveError);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttons"));
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    nameDialogButtons(this);
    layout->addWidget(m_buttons);

    if (m_editing) {
        auto stored = OrganizationService(m_session.context()).location(m_session.actor(), partnerId);
        if (stored) {
            m_version = stored->version;
            m_name->setText(stored->name);
            m_legalName->setText(stored->legalName);
            selectCountry(m_country, stored->country);
            m_city->setText(stored->city);
            m_address->setText(stored->address);
            m_agreement->setCurrentIndex(stored->attributes.agreementActive ? 0 : 1);
            m_solutionsPartner->setChecked(stored->attributes.solutionsPartner);
            m_cspIndirect->setChecked(stored->attributes.cspIndirectReseller);
            m_cspDirect->setChecked(stored->attributes.cspDirectBill);
            m_revenue->setValue(
                int(qMin<qint64>(stored->attributes.trailingRevenueUsd, m_revenue->maximum())));
            m_customers->setValue(stored->attributes.customerAdds);
        } else {
            m_saveError->setText(QStringLiteral("⚠ ") + stored.error().message);
            m_saveError->setVisible(true);
        }
        m_name->setFocus();
    }
    const auto touched = [this](const char* field) {
        return [this, field] {
            m_errors.touch(QString::fromLatin1(field));
            update();
        };
    };
    connect(m_partnerId, &QLineEdit::textEdited, this, touched("partner_id"));
    connect(m_name, &QLineEdit::textEdited, this, touched("name"));
    connect(m_legalName, &QLineEdit::textEdited, this, touched("legal_name"));
    connect(m_country, &QComboBox::currentTextChanged, this, touched("country"));
    connect(m_city, &QLineEdit::textEdited, this, touched("city"));
    connect(m_address, &QLineEdit::textEdited, this, touched("address"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LocationDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (m_editing)
        m_errors.showAll();
    update();
}

LocationDialog::~LocationDialog() = default;

QString LocationDialog::partnerId() const
{
    return m_partnerId->text().trimmed();
}

LocationInput LocationDialog::input() const
{
    LocationInput in;
    in.partnerId = m_partnerId->text();
    in.name = m_name->text();
    in.legalName = m_legalName->text();
    in.country = countryOf(m_country);
    in.city = m_city->text();
    in.address = m_address->text();
    in.attributes.agreementActive = m_agreement->currentData().toBool();
    in.attributes.solutionsPartner = m_solutionsPartner->isChecked();
    in.attributes.cspIndirectReseller = m_cspIndirect->isChecked();
    in.attributes.cspDirectBill = m_cspDirect->isChecked();
    in.attributes.trailingRevenueUsd = m_revenue->value();
    in.attributes.customerAdds = m_customers->value();
    in.version = m_version;
    return in;
}

void LocationDialog::update()
{
    LocationInput in = input();
    const bool valid = m_errors.show(OrganizationService::checkLocation(in));
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(valid);
}

void LocationDialog::accept()
{
    OrganizationService organization(m_session.context());
    auto saved = m_editing ? organization.editLocation(m_session.actor(), input())
                           : organization.addLocation(m_session.actor(), input());
    if (!saved) {
        // A field's problem shows beside the field; anything else above the buttons.
        const QString field = saved.error().field;
        m_errors.showAll();
        m_errors.show({{field, saved.error().message}});
        const QStringList shownBeside{QStringLiteral("partner_id"), QStringLiteral("name"),
                                      QStringLiteral("legal_name"), QStringLiteral("country"),
                                      QStringLiteral("city"),       QStringLiteral("address"),
                                      QStringLiteral("revenue"),    QStringLiteral("customers")};
        if (!shownBeside.contains(field)) {
            m_saveError->setText(QStringLiteral("⚠ ") + saved.error().message);
            m_saveError->setVisible(true);
        } else {
            m_saveError->setVisible(false);
        }
        return;
    }
    QDialog::accept();
}

} // namespace incentives::gui
