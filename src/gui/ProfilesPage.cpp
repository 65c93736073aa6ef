#include "gui/ProfilesPage.h"

#include "core/EnrollmentRules.h"
#include "core/TimeText.h"
#include "gui/BankProfileDialog.h"
#include "gui/BankProfilesModel.h"
#include "gui/FormSupport.h"
#include "gui/LocationPicker.h"
#include "gui/MessageBoxes.h"
#include "gui/StatusStyle.h"
#include "gui/TaxDocumentsPanel.h"
#include "gui/TaxProfileDialog.h"
#include "services/AssignmentService.h"
#include "services/Session.h"
#include "ui_ProfilesPage.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>

namespace incentives::gui {

ProfilesPage::ProfilesPage(Session& session, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ProfilesPage>()), m_session(session),
      m_bankModel(new BankProfilesModel(session, this)), m_documents(new TaxDocumentsPanel(session, this))
{
    m_ui->setupUi(this);
    // The tax profile's documents, right under the location's profiles.
    m_ui->layout->insertWidget(m_ui->layout->indexOf(m_ui->locationBox) + 1, m_documents);
    m_ui->bankTable->setModel(m_bankModel);
    // Column widths from the first rows: measuring every row of a page of 200 costs more than it shows.
    m_ui->bankTable->horizontalHeader()->setResizeContentsPrecision(40);
    m_ui->bankTable->verticalHeader()->hide();
    m_ui->bankTable->horizontalHeader()->setStretchLastSection(true);
    // Column widths from the first rows: measuring every row of a long page costs more than it shows.
    m_ui->bankTable->horizontalHeader()->setResizeContentsPrecision(40);
    m_ui->editTaxButton->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    // The banner stands out in the palette's tool-tip colours, a pair meant to be read together.
    m_ui->bannerLabel->setAutoFillBackground(true);
    followPalette(m_ui->bannerLabel, [](QPalette& p) {
        p.setColor(QPalette::Window, p.color(QPalette::ToolTipBase));
        p.setColor(QPalette::WindowText,
                   readableOn(p.color(QPalette::ToolTipText), {p.color(QPalette::ToolTipBase)}));
    });
    m_ui->bannerLabel->setMargin(8);
    connect(m_ui->addBankButton, &QPushButton::clicked, this, &ProfilesPage::addBankProfile);
    connect(m_ui->editBankButton, &QPushButton::clicked, this, &ProfilesPage::editBankProfile);
    connect(m_ui->bankTable, &QTableView::activated, this, &ProfilesPage::editBankProfile);
    connect(m_ui->makeDefaultButton, &QPushButton::clicked, this, &ProfilesPage::makeDefault);
    connect(m_ui->editTaxButton, &QPushButton::clicked, this, &ProfilesPage::editTaxProfile);
    // Several tax profiles per location: which one Edit opens, and another added beside them.
    m_taxChoice = new QComboBox(this);
    m_taxChoice->setObjectName(QStringLiteral("taxProfileChoice"));
    m_taxChoice->setAccessibleName(tr("Tax profile to edit"));
    m_addTaxButton = new QPushButton(tr("Add a&nother tax profile…"), this);
    m_addTaxButton->setObjectName(QStringLiteral("addTaxButton"));
    m_addTaxButton->setAccessibleName(tr("Add another tax profile"));
    m_addTaxButton->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    auto* taxRow = new QWidget(this);
    taxRow->setObjectName(QStringLiteral("taxProfileRow"));
    auto* taxRowLayout = new QHBoxLayout(taxRow);
    taxRowLayout->setContentsMargins(0, 0, 0, 0);
    // One row: which profile, Edit, Add another.
    const QFormLayout::TakeRowResult editRow = m_ui->locationLayout->takeRow(m_ui->editTaxButton);
    delete editRow.labelItem;
    delete editRow.fieldItem;
    taxRowLayout->addWidget(m_taxChoice, 1);
    taxRowLayout->addWidget(m_ui->editTaxButton);
    taxRowLayout->addWidget(m_addTaxButton);
    taxRowLayout->addStretch(0);
    m_ui->locationLayout->addRow(QString(), taxRow);
    setTabOrder(m_ui->locationPicker, m_taxChoice);
    setTabOrder(m_taxChoice, m_ui->editTaxButton);
    // The documents section follows the tax profile chosen.
    connect(m_taxChoice, &QComboBox::currentIndexChanged, this, [this] {
        m_documents->setLocation(m_location.partnerId, m_taxChoice->currentData().toLongLong());
    });
    setTabOrder(m_ui->editTaxButton, m_addTaxButton);
    connect(m_addTaxButton, &QPushButton::clicked, this, &ProfilesPage::addTaxProfile);
    m_ui->bankMoreLabel->hide();
    connect(m_ui->bankSearchEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_bankModel->setSearch(text);
        showBankMore();
    });
    m_ui->locationPicker->setSession(session);
    m_ui->locationPicker->setPlaceholderText(tr("Type a PartnerID or a name"));
    connect(m_ui->locationPicker, &LocationPicker::locationChosen, this, [this] {
        readLocation();
        updateLocation();
    });
    connect(m_ui->bankTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ProfilesPage::updateButtons);
    connect(m_bankModel, &QAbstractItemModel::modelReset, this, &ProfilesPage::updateButtons);
}

ProfilesPage::~ProfilesPage() = default;

void ProfilesPage::reloadLocations()
{
    // The location shown stays if the user may still see it, else the first one they may.
    if (m_ui->locationPicker->partnerId().isEmpty() ||
        !m_ui->locationPicker->setPartnerId(m_ui->locationPicker->partnerId())) {
        DirectorySearch first;
        first.limit = 1;
        auto page = m_session.directory().findLocations(m_session.actor(), first);
        m_ui->locationPicker->setPartnerId(
            page && !page->locations.isEmpty() ? page->locations.constFirst().location.partnerId : QString());
    }
    m_ui->bannerLabel->hide();
    m_guideProgram.clear();
    m_guidePartnerId.clear();
    m_programCurrencies.clear();
    reload();
}

void ProfilesPage::reload()
{
    const QString selected = m_bankModel->at(m_ui->bankTable->currentIndex().row())
                                 ? m_bankModel->at(m_ui->bankTable->currentIndex().row())->profile.name
                                 : QString();
    readLocation();
    m_bankModel->reload();
    showBankMore();
    m_ui->bankTable->resizeColumnsToContents();
    if (!selected.isEmpty())
        selectBankProfile(selected);
    updateLocation();
}

void ProfilesPage::showBankMore()
{
    m_ui->bankMoreLabel->setVisible(m_bankModel->more());
    m_ui->bankMoreLabel->setText(
        tr("The first %1 bank profiles are listed; search for a name to find the others.")
            .arg(BankProfilesModel::kShown));
}

Location ProfilesPage::currentLocation() const
{
    return m_location;
}

void ProfilesPage::readLocation()
{
    m_location = Location();
    const QString partnerId = m_ui->locationPicker->partnerId();
    if (partnerId.isEmpty())
        return;
    if (auto v = m_session.directory().location(m_session.actor(), partnerId))
        m_location = v->location;
}

void ProfilesPage::selectLocation(const QString& partnerId)
{
    if (m_ui->locationPicker->setPartnerId(partnerId))
        readLocation();
    updateLocation();
}

void ProfilesPage::selectBankProfile(const QString& name)
{
    const int row = m_bankModel->rowOf(name);
    if (row >= 0)
        m_ui->bankTable->setCurrentIndex(m_bankModel->index(row, 0));
}

void ProfilesPage::updateLocation()
{
    const Location location = currentLocation();
    const Status noLocation(makeError(ErrorKind::Usage, tr("Choose a location first.")));
    m_rights = {noLocation, noLocation, noLocation};
    if (!location.partnerId.isEmpty()) {
        if (auto rights = m_session.profiles().rightsAt(m_session.actor(), location.partnerId))
            m_rights = *rights;
        else
            m_rights = {rights.error(), rights.error(), rights.error()};
    }
    QString bank = tr("none");
    for (int r = 0; r < m_bankModel->rowCount(); ++r)
        if (m_bankModel->at(r)->defaultFor.contains(location.partnerId))
            bank = m_bankModel->at(r)->profile.name;
    m_ui->defaultBankLabel->setText(bank);
    QString tax = tr("none — %1 needed").arg(taxFormLabel(rules::requiredTaxForm(location.country)));
    const Id chosen = m_taxChoice->currentData().toLongLong();
    m_taxProfiles.clear();
    if (!location.partnerId.isEmpty())
        if (auto all = m_session.profiles().taxProfiles(m_session.actor(), location.partnerId))
            m_taxProfiles = *all;
    // One line per profile: its number, form, status and expiry; the first is what an enrollment
    // without a choice of its own uses.
    QStringList lines;
    m_taxChoice->blockSignals(true);
    m_taxChoice->clear();
    for (const TaxProfile& p : std::as_const(m_taxProfiles)) {
        QString line = tr("#%1 %2 · %3").arg(p.id).arg(taxFormLabel(p.form), profileStatusLabel(p.status));
        if (!p.statusReason.isEmpty())
            line += QStringLiteral(": ") + p.statusReason;
        const QDate expiry = rules::taxExpiry(p);
        if (expiry.isValid())
            line += tr(" · valid until %1").arg(timetext::formatDate(expiry));
        if (m_taxProfiles.size() > 1 && p.id == m_taxProfiles.first().id)
            line += tr(" · location default");
        lines.append(line);
        m_taxChoice->addItem(line, QVariant::fromValue<qint64>(p.id));
    }
    m_taxChoice->setCurrentIndex(qMax(0, m_taxChoice->findData(QVariant::fromValue<qint64>(chosen))));
    m_taxChoice->blockSignals(false);
    m_taxChoice->setVisible(m_taxProfiles.size() > 1);
    // One profile: its line. Several: how many, each line being an entry of the choice below.
    if (lines.size() == 1)
        tax = lines.first();
    else if (lines.size() > 1)
        tax = tr("%1 tax profiles on file; choose one below to edit it or to see its documents.")
                  .arg(lines.size());
    m_ui->taxLabel->setText(location.partnerId.isEmpty() ? QString() : tax);
    m_documents->setLocation(location.partnerId, m_taxChoice->currentData().toLongLong());
    updateButtons();
    updateBanner();
}

void ProfilesPage::updateBanner()
{
    if (m_guideProgram.isEmpty()) {
        m_ui->bannerLabel->hide();
        return;
    }
    // The services say what the enrollment still needs; once nothing, the guidance has done its job.
    auto view = m_session.enrollments().invitation(m_session.actor(), m_guideProgram, m_guidePartnerId);
    if (view && view->missing.isEmpty()) {
        m_guideProgram.clear();
        m_guidePartnerId.clear();
        m_ui->bannerLabel->hide();
        return;
    }
    const bool tax = view && view->missing.first().field == QLatin1String("tax");
    m_ui->bannerLabel->setText(
        tax ? tr("To continue enrolling %1 in %2, complete the tax profile of this location, "
                 "then select Enroll again in the workspace.")
                  .arg(m_guidePartnerId, m_guideProgram)
            : tr("To continue enrolling %1 in %2, add or choose a bank profile the program can "
                 "pay (%3) and make it the location's default, then select Enroll again.")
                  .arg(m_guidePartnerId, m_guideProgram, m_programCurrencies.join(QStringLiteral(", "))));
    m_ui->bannerLabel->show();
}

bool ProfilesPage::bannerShown() const
{
    return !m_ui->bannerLabel->isHidden();
}

void ProfilesPage::updateButtons()
{
    // Every button shows what the services decided for this user, location and profile.
    const Location location = currentLocation();
    const BankProfileView* selected = m_bankModel->at(m_ui->bankTable->currentIndex().row());
    const auto show = [](QAbstractButton* button, const Status& allowed) {
        button->setEnabled(allowed.ok());
        button->setToolTip(allowed ? QString() : allowed.error().message);
    };
    const Status noneSelected(makeError(ErrorKind::Usage, tr("Select a bank profile first.")));
    show(m_ui->addBankButton, m_rights.mayAddBank);
    show(m_ui->editBankButton, selected ? selected->mayEdit : noneSelected);
    show(m_ui->makeDefaultButton, !selected                 ? noneSelected
                                  : !m_rights.maySetDefault ? m_rights.maySetDefault
                                                            : selected->mayUse);
    m_ui->makeDefaultButton->setText(location.partnerId.isEmpty()
                                         ? tr("&Make default for the location")
                                         : tr("&Make default for %1").arg(location.partnerId));
    show(m_ui->editTaxButton, m_rights.mayEditTax);
    const Status noneYet(
        makeError(ErrorKind::Usage, tr("Add the location's first tax profile with Edit tax profile.")));
    show(m_addTaxButton, !m_rights.mayEditTax      ? m_rights.mayEditTax
                         : m_taxProfiles.isEmpty() ? noneYet
                                                   : Status());
}

bool ProfilesPage::chooseTaxProfile(Id id)
{
    const int at = m_taxChoice->findData(QVariant::fromValue<qint64>(id));
    if (at < 0)
        return false;
    m_taxChoice->setCurrentIndex(at);
    return true;
}

void ProfilesPage::addTaxProfile()
{
    const Location location = currentLocation();
    if (location.id == 0 || m_taxProfiles.isEmpty())
        return;
    TaxProfileDialog dialog(m_session, location, m_taxProfiles.first(), this, true);
    dialog.setObjectName(QStringLiteral("taxProfileDialog"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    updateLocation();
    chooseTaxProfile(dialog.saved().id);
    Q_EMIT profilesChanged();
}

void ProfilesPage::focusPart(const QString& partnerId, const QString& part, const QString& program)
{
    selectLocation(partnerId);
    m_programCurrencies.clear();
    if (auto programs = m_session.directory().programs(m_session.actor()))
        for (const Program& p : *programs)
            if (p.name == program)
                m_programCurrencies = p.currencies;
    const bool tax = part == QLatin1String("tax");
    // The tax profile the enrollment's assignment uses is the one Edit opens.
    if (tax)
        if (auto row = AssignmentService(m_session.context()).row(m_session.actor(), program, partnerId);
            row && row->taxProfileId != 0)
            chooseTaxProfile(row->taxProfileId);
    m_guideProgram = program;
    m_guidePartnerId = partnerId;
    updateBanner();
    (tax ? static_cast<QWidget*>(m_ui->editTaxButton) : m_ui->addBankButton)->setFocus(Qt::OtherFocusReason);
}

void ProfilesPage::addBankProfile()
{
    BankProfileDialog dialog(m_session, std::nullopt, m_programCurrencies, this);
    dialog.setObjectName(QStringLiteral("bankProfileDialog"));
    dialog.setOwnerLocation(currentLocation().partnerId);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    selectBankProfile(dialog.saved().name);
    Q_EMIT profilesChanged();
}

void ProfilesPage::editBankProfile()
{
    const BankProfileView* selected = m_bankModel->at(m_ui->bankTable->currentIndex().row());
    if (!selected || !selected->fullDetails)
        return;
    BankProfileDialog dialog(m_session, selected->profile, {}, this);
    dialog.setObjectName(QStringLiteral("bankProfileDialog"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    selectBankProfile(dialog.saved().name);
    Q_EMIT profilesChanged();
}

void ProfilesPage::makeDefault()
{
    const BankProfileView* selected = m_bankModel->at(m_ui->bankTable->currentIndex().row());
    const Location location = currentLocation();
    if (!selected || location.id == 0)
        return;
    const QString name = selected->profile.name;
    auto done = m_session.profiles().setDefaultBank(m_session.actor(), name, location.partnerId);
    if (!done) {
        MessageBoxes::warning(this, tr("Default bank profile"), done.error().message);
        return;
    }
    reload();
    selectBankProfile(name);
    Q_EMIT profilesChanged();
}

void ProfilesPage::editTaxProfile()
{
    const Location location = currentLocation();
    if (location.id == 0)
        return;
    auto existing = m_session.profiles().taxProfile(m_session.actor(), location.partnerId);
    if (!existing) {
        MessageBoxes::warning(this, tr("Tax profile"), existing.error().message);
        return;
    }
    // The profile chosen in the list, where the location has several.
    std::optional<TaxProfile> profile = *existing;
    const Id chosen = m_taxChoice->currentData().toLongLong();
    for (const TaxProfile& p : std::as_const(m_taxProfiles))
        if (p.id == chosen)
            profile = p;
    TaxProfileDialog dialog(m_session, location, profile, this);
    dialog.setObjectName(QStringLiteral("taxProfileDialog"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    updateLocation();
    chooseTaxProfile(dialog.saved().id);
    Q_EMIT profilesChanged();
}

} // namespace incentives::gui
