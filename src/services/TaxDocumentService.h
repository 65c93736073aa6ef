#pragma once

#include "core/TaxDocuments.h"
#include "services/AppContext.h"

namespace incentives {

// The documents attached to one location's tax profile, and what the viewer may do with them.
struct TaxDocumentsView
{
    bool hasProfile = false;      // documents attach to a tax profile on file
    Id taxProfileId = 0;          // the one listed: the one asked for, else the location's first
    QList<TaxDocument> documents; // without their content, oldest first
    Status mayAttach;             // the refusal says why not
    Status maySave;               // a copy of one document
};

// Additional documentation of a tax profile: PDF, PNG or JPEG files of at most 10 MB, judged by
// their content, kept in the database with their SHA-256. A document is never replaced or changed:
// a second file with the same name is kept as an entry of its own (the list tells them apart by
// the time they were added), and the same content twice on one profile is refused as a duplicate.
// Whoever may see the tax profile lists and reads its documents; its location's Incentives admin
// attaches them. A refusal for lack of a role is recorded in the audit log, reads included.
class TaxDocumentService
{
public:
    explicit TaxDocumentService(AppContext& ctx) : m_ctx(ctx) {}

    // A location files one or more tax profiles; taxProfileId names one of them (0: its first).
    Result<TaxDocumentsView> documents(const Actor& actor, const QString& partnerId, Id taxProfileId = 0);
    // One write transaction with its audit record.
    Result<TaxDocument> attach(const Actor& actor, const QString& partnerId, const QString& fileName,
                               const QByteArray& content, Id taxProfileId = 0);
    // Reads the file at path (refusing a folder, a device, an empty or too large file before
    // reading it whole) and attaches it under its file name.
    Result<TaxDocument> attachFile(const Actor& actor, const QString& partnerId, const QString& path,
                                   Id taxProfileId = 0);
    // One document with its content.
    Result<TaxDocument> document(const Actor& actor, Id documentId);
    // Writes a copy of one document to path: written beside it and renamed into place, never over
    // the database. Nothing is written when the copy is refused.
    Status saveCopy(const Actor& actor, Id documentId, const QString& path);

private:
    AppContext& m_ctx;
};

} // namespace incentives
