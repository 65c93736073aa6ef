#pragma once

#include "core/Types.h"
#include "gui/FormSupport.h"

#include <QDialog>

#include <memory>

namespace Ui {
class TaxProfileDialog;
}

namespace incentives {
class Session;
}

namespace incentives::gui {

// The tax profile of one location: a W-9 with the EIN for US locations, a W-8BEN-E elsewhere, and
// the VAT ID for EU locations. Checked as typed; Save stays disabled until valid.
class TaxProfileDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaxProfileDialog)

public:
    TaxProfileDialog(Session& session, const Location& location, const std::optional<TaxProfile>& existing,
                     QWidget* parent = nullptr);
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

    std::unique_ptr<Ui::TaxProfileDialog> m_ui;
    Session& m_session;
    Location m_location;
    std::optional<TaxProfile> m_existing;
    TaxForm m_form;
    FieldErrors m_errors;
    FormSnapshot m_opened; // the form as opened, or as last reloaded
    TaxProfile m_saved;
    bool m_valid = false;
};

} // namespace incentives::gui
