#pragma once

#include "core/Types.h"
#include "gui/FormSupport.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace Ui {
class TaxProfileDialog;
}

namespace incentives {
class Session;
}

namespace incentives::gui {

// The tax profile of one location: a W-9 with the EIN for US locations; elsewhere a W-8BEN-E for an
// entity or a W-8BEN for an individual; and the VAT ID for EU locations. Checked as typed, each
// problem beside its field; Save stays disabled until valid. Opened with `another`, it adds a further
// tax profile to the location (existing is then empty) for enrollments to be assigned.
class TaxProfileDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaxProfileDialog)

public:
    TaxProfileDialog(Session& session, const Location& location, const std::optional<TaxProfile>& existing,
                     QWidget* parent = nullptr, bool another = false);
    ~TaxProfileDialog() override;

    TaxProfile profile() const;
    const TaxProfile& saved() const { return m_saved; }
    bool isValid() const { return m_valid; }
    void accept() override;
    // With changes typed, asks before closing the form (Esc, Cancel or the window's close button).
    void reject() override;

private:
    void fill(const TaxProfile& t);
    // After a save refused because someone else changed the profile: offers to load their version.
    bool offerReload(const Error& error);
    void validate();
    void updateRows();
    void updateIntro();
    // The W-8BEN's rows, placed in the form after the row of the widget given.
    void addIndividualRows();
    QLabel* insertRow(QWidget* after, const QString& label, QWidget* input, const QString& field);

    std::unique_ptr<Ui::TaxProfileDialog> m_ui;
    Session& m_session;
    Location m_location;
    std::optional<TaxProfile> m_existing;
    TaxForm m_form;
    FieldErrors m_errors;
    QLineEdit* m_personEdit = nullptr;
    QComboBox* m_citizenshipEdit = nullptr;
    QDateEdit* m_birthDateEdit = nullptr;
    QLineEdit* m_noTaxIdReasonEdit = nullptr;
    QList<QWidget*> m_individualRows; // inputs and error labels shown for a W-8BEN only
    FormSnapshot m_opened;            // the form as opened, or as last reloaded
    TaxProfile m_saved;
    bool m_valid = false;
    bool m_another = false;
};

} // namespace incentives::gui
