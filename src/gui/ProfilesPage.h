#pragma once

#include "core/Types.h"
#include "services/ProfileService.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QPushButton;

namespace Ui {
class ProfilesPage;
}

namespace incentives {
class Session;
}

namespace incentives::gui {

class BankProfilesModel;
class TaxDocumentsPanel;

// Payout and tax profiles: the organization's bank profiles (never deleted; editable; one may be
// made a location's default) and each location's tax profile.
class ProfilesPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfilesPage)

public:
    explicit ProfilesPage(Session& session, QWidget* parent = nullptr);
    ~ProfilesPage() override;

    BankProfilesModel* bankModel() const { return m_bankModel; }
    void reload();
    void reloadLocations();
    // Opened from an enrollment's Continue: shows that location and points at what is missing.
    void focusPart(const QString& partnerId, const QString& part, const QString& program);
    void selectLocation(const QString& partnerId);
    void selectBankProfile(const QString& name);
    // Whether the guidance from an enrollment's Continue shows (until the services say its steps
    // are done).
    bool bannerShown() const;

    // The dialogs, opened as the buttons do (tests call these to reach the modal dialog).
    void addBankProfile();
    void editBankProfile();
    // Edits the tax profile chosen in the list of the location's (its first when it has one).
    void editTaxProfile();
    // Adds another tax profile to the location.
    void addTaxProfile();
    // The location's tax profiles as listed, and the one the edit button edits.
    QList<TaxProfile> taxProfiles() const { return m_taxProfiles; }
    bool chooseTaxProfile(Id id);
    void makeDefault();

Q_SIGNALS:
    void profilesChanged();

private:
    void updateLocation();
    void updateButtons();
    void updateBanner();
    Location currentLocation() const;
    void readLocation(); // the chosen location, read again
    void showBankMore();

    std::unique_ptr<Ui::ProfilesPage> m_ui;
    Session& m_session;
    BankProfilesModel* m_bankModel;
    TaxDocumentsPanel* m_documents;
    QComboBox* m_taxChoice;
    QPushButton* m_addTaxButton;
    QList<TaxProfile> m_taxProfiles; // the chosen location's
    Location m_location;             // the chosen one, as last read
    LocationProfileRights m_rights;  // what the user may do at the chosen location
    QStringList m_programCurrencies; // when continuing an enrollment
    QString m_guideProgram;          // the enrollment the banner guides to, if any
    QString m_guidePartnerId;
};

} // namespace incentives::gui
