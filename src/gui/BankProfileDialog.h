#pragma once

#include "core/Types.h"
#include "gui/FormSupport.h"

#include <QDialog>

#include <memory>

namespace Ui {
class BankProfileDialog;
}

namespace incentives {
class Session;
}

namespace incentives::gui {

// Adds or edits a payout (bank) profile. A bank transfer asks for the account (its fields follow the
// bank country) and the beneficiary contact; a credit note asks for the CSP tenant instead, and
// for the tax-exemption choice where the country requires one. Every field is checked
// as it is typed, with the message beside it, and Save stays disabled until the form is valid.
// A failed save keeps everything typed.
class BankProfileDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BankProfileDialog)

public:
    // existing: the stored profile with full details, for an edit; programCurrencies: when opened
    // for an enrollment, the currencies its program pays in.
    BankProfileDialog(Session& session, const std::optional<BankProfile>& existing,
                      const QStringList& programCurrencies = {}, QWidget* parent = nullptr);
    ~BankProfileDialog() override;

    BankProfile profile() const; // as typed
    const BankProfile& saved() const { return m_saved; }
    bool isValid() const { return m_valid; }
    // A new profile belongs to this location (PartnerID); empty: the services choose the one the
    // user administers.
    void setOwnerLocation(const QString& partnerId) { m_ownerPartnerId = partnerId; }

    void accept() override;
    // With changes typed, asks before closing the form (Esc, Cancel or the window's close button).
    void reject() override;

private:
    void fill(const BankProfile& p);
    // After a save refused because someone else changed the profile: offers to load their version.
    bool offerReload(const Error& error);
    void countryChanged();
    // Shows the account fields for a bank transfer, the tenant fields for a credit note.
    void methodChanged();
    void showCreditNoteStatus();
    void verifyTenant();
    void validate();
    void setRow(QWidget* field, bool visible);

    std::unique_ptr<Ui::BankProfileDialog> m_ui;
    Session& m_session;
    std::optional<BankProfile> m_existing;
    QStringList m_programCurrencies;
    QString m_ownerPartnerId;
    FieldErrors m_errors;
    FormSnapshot m_opened; // the form as opened, or as last reloaded
    BankProfile m_saved;
    bool m_valid = false;
};

} // namespace incentives::gui
