// incentives-cli: the documents attached to a location's tax profiles.
#include "cli/Cli.h"
#include "cli/CliArgs.h"
#include "cli/CliOutput.h"
#include "core/TimeText.h"
#include "services/TaxDocumentService.h"

namespace incentives::cli {

int Cli::cmdTaxDocuments(Args& a, const QString& sub)
{
    const bool listing = sub == QLatin1String("documents");
    const bool attaching = sub == QLatin1String("attach");
    if (listing && (a.count() != 1 || !a.has(QStringLiteral("location"))))
        return usage(QStringLiteral("tax-profile documents --location ID [--id N]"));
    if (attaching && (a.count() != 2 || !a.has(QStringLiteral("location"))))
        return usage(QStringLiteral("tax-profile attach FILE --location ID [--id N]"));
    if (!listing && !attaching &&
        (a.count() != 3 || a.has(QStringLiteral("location")) || a.has(QStringLiteral("id"))))
        return usage(QStringLiteral("tax-profile document-save DOCID OUTFILE"));
    bool numeric = true;
    const Id documentId = listing || attaching ? 0 : a.at(1).toLongLong(&numeric);
    if (!numeric || (!listing && !attaching && documentId <= 0))
        return usage(QStringLiteral("DOCID is the number 'tax-profile documents' lists."));
    // One of the location's tax profiles; without --id its first.
    Id taxProfileId = 0;
    if (a.has(QStringLiteral("id"))) {
        taxProfileId = a.value(QStringLiteral("id")).trimmed().toLongLong(&numeric);
        if (!numeric || taxProfileId <= 0)
            return usage(QStringLiteral("--id needs a tax profile's ID (see tax-profile list)."));
    }
    Actor who;
    if (int rc = openAs(who); rc != Ok)
        return rc;
    TaxDocumentService service(*m_ctx);
    const QString location = a.value(QStringLiteral("location"));
    if (listing) {
        auto view = service.documents(who, location, taxProfileId);
        if (!view)
            return fail(view.error());
        Table t({{QStringLiteral("id"), QStringLiteral("ID")},
                 {QStringLiteral("name"), QStringLiteral("File")},
                 {QStringLiteral("type"), QStringLiteral("Type")},
                 {QStringLiteral("size"), QStringLiteral("Bytes")},
                 {QStringLiteral("added_by"), QStringLiteral("Added by")},
                 {QStringLiteral("added_at"), QStringLiteral("Added")},
                 {QStringLiteral("sha256"), QStringLiteral("SHA-256")}});
        for (const TaxDocument& d : view->documents)
            t.add(QJsonObject{{QStringLiteral("id"), d.id},
                              {QStringLiteral("name"), d.fileName},
                              {QStringLiteral("type"), d.mediaType},
                              {QStringLiteral("size"), d.size},
                              {QStringLiteral("added_by"), d.addedBy},
                              {QStringLiteral("added_at"), timetext::formatIso(d.addedAt)},
                              {QStringLiteral("sha256"), d.sha256}});
        t.print(m_out, json());
        return Ok;
    }
    if (attaching) {
        auto added = service.attachFile(who, location, a.at(1), taxProfileId);
        if (!added)
            return fail(added.error());
        done(QStringLiteral("Attached %1 to tax profile %2 of %3 as document %4 (SHA-256 %5).")
                 .arg(added->fileName)
                 .arg(added->taxProfileId)
                 .arg(location)
                 .arg(added->id)
                 .arg(added->sha256));
        return Ok;
    }
    if (auto s = service.saveCopy(who, documentId, a.at(2)); !s)
        return fail(s.error());
    done(QStringLiteral("Saved a copy of document %1 to %2.").arg(documentId).arg(a.at(2)));
    return Ok;
}

} // namespace incentives::cli
