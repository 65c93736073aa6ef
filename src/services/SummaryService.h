#pragma once

#include "services/EnrollmentService.h"

namespace incentives {

// Everything about one location that a printed enrollment summary shows. Account numbers and tax
// IDs are always masked here, whoever asks: a printout travels further than a screen.
struct LocationSummary
{
    Organization organization;
    Location location;
    std::optional<User> incentivesAdmin;
    QList<WorkspaceRow> enrollments;        // in program order
    std::optional<BankProfile> defaultBank; // masked
    QList<BankProfile> otherBanks;          // masked; used by enrollments but not the default
    std::optional<TaxProfile> tax;          // EIN, foreign tax ID and VAT ID masked
    QDateTime generatedAt;                  // app clock
    QString generatedBy;                    // the viewer's name and email
};

// The per-location enrollment summary, built as HTML that Qt's rich text (QTextDocument) lays out
// for printing and PDF; rendering it needs Qt Gui, which the services do not link.
class SummaryService
{
public:
    explicit SummaryService(AppContext& ctx) : m_ctx(ctx) {}

    // Refused unless the actor may see the location's workspace and profiles.
    Result<LocationSummary> locationSummary(const Actor& actor, const QString& partnerId);
    Result<QString> locationSummaryHtml(const Actor& actor, const QString& partnerId);

    static QString html(const LocationSummary& summary);

private:
    AppContext& m_ctx;
};

// A tax profile with its EIN and foreign tax ID cut to the last four characters.
TaxProfile maskedTax(const TaxProfile& profile);

} // namespace incentives
