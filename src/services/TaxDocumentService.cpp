#include "services/TaxDocumentService.h"

#include "services/Workflow.h"
#include "store/Files.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace incentives {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TaxDocumentService)
};

QString sizeText(qint64 bytes)
{
    return QStringLiteral("%1 bytes").arg(bytes);
}

} // namespace

Result<TaxDocumentsView> TaxDocumentService::documents(const Actor& actor, const QString& partnerId,
                                                       Id taxProfileId)
{
    return m_ctx.viewAudited<TaxDocumentsView>(
        actor, QStringLiteral("tax-document.list %1").arg(partnerId.trimmed().left(20)),
        [&](const Grants& g) -> Result<TaxDocumentsView> {
            auto location = m_ctx.directory().locationByPartnerId(partnerId);
            if (!location)
                return location.error();
            if (auto s = authorize(g, Action::ViewTaxDocuments, location->id); !s)
                return s.error();
            TaxDocumentsView v;
            v.maySave = Status();
            auto tax = workflow::chosenTaxProfile(m_ctx, location->id, taxProfileId);
            if (!tax)
                return tax.error();
            v.hasProfile = tax->has_value();
            v.taxProfileId = v.hasProfile ? (*tax)->id : 0;
            v.mayAttach = authorize(g, Action::AttachTaxDocument, location->id);
            if (v.mayAttach && !v.hasProfile)
                v.mayAttach = makeError(ErrorKind::WrongState,
                                        Tr::tr("Save the tax profile first; documents are attached to it."));
            if (v.hasProfile) {
                auto list = m_ctx.profiles().taxDocuments((*tax)->id);
                if (!list)
                    return list.error();
                v.documents = *list;
            }
            return v;
        });
}

Result<TaxDocument> TaxDocumentService::attach(const Actor& actor, const QString& partnerId,
                                               const QString& fileName, const QByteArray& content,
                                               Id taxProfileId)
{
    return m_ctx.change<TaxDocument>(
        actor, QStringLiteral("tax-document.add"), [&](const Grants& g) -> Result<TaxDocument> {
            auto location = m_ctx.directory().locationByPartnerId(partnerId);
            if (!location)
                return location.error();
            if (auto s = authorize(g, Action::AttachTaxDocument, location->id); !s)
                return s.error();
            auto tax = workflow::chosenTaxProfile(m_ctx, location->id, taxProfileId);
            if (!tax)
                return tax.error();
            if (!tax->has_value())
                return makeError(ErrorKind::WrongState,
                                 Tr::tr("Location %1 has no tax profile yet; save it first, then attach "
                                        "documents to it.")
                                     .arg(location->partnerId));
            if (auto s = documents::check(fileName, content); !s)
                return s.error();
            TaxDocument d;
            d.taxProfileId = (*tax)->id;
            d.locationId = location->id;
            d.fileName = documents::storedName(fileName);
            d.mediaType = documents::mediaTypeOf(content);
            d.size = content.size();
            d.sha256 = documents::sha256Hex(content);
            d.addedBy =
                actor.name.isEmpty() ? actor.email : QStringLiteral("%1 <%2>").arg(actor.name, actor.email);
            d.addedAt = m_ctx.clock().now();
            d.content = content;
            auto duplicate = m_ctx.profiles().hasTaxDocument(d.taxProfileId, d.sha256);
            if (!duplicate)
                return duplicate.error();
            if (*duplicate)
                return makeError(ErrorKind::Conflict,
                                 Tr::tr("This file is attached to the tax profile of %1 already (the same "
                                        "content, SHA-256 %2).")
                                     .arg(location->partnerId, d.sha256.left(12)),
                                 QStringLiteral("file"));
            auto id = m_ctx.profiles().insertTaxDocument(d, actor.userId);
            if (!id)
                return id.error();
            d.id = *id;
            if (auto s = m_ctx.audit(actor, QStringLiteral("tax-document.added"), location->partnerId, {},
                                     QStringLiteral("%1 (%2, %3, sha256 %4)")
                                         .arg(d.fileName, d.mediaType, sizeText(d.size), d.sha256));
                !s)
                return s.error();
            d.content.clear();
            return d;
        });
}

Result<TaxDocument> TaxDocumentService::attachFile(const Actor& actor, const QString& partnerId,
                                                   const QString& path, Id taxProfileId)
{
    const auto kind = files::kindOf(path);
    if (kind == files::Kind::Missing)
        return makeError(ErrorKind::NotFound, Tr::tr("There is no file %1.").arg(path),
                         QStringLiteral("file"));
    if (kind != files::Kind::Regular)
        return makeError(ErrorKind::Invalid, Tr::tr("%1 is not a regular file.").arg(path),
                         QStringLiteral("file"));
    const QFileInfo info(path);
    if (info.size() > documents::kMaxBytes)
        return makeError(ErrorKind::Invalid, Tr::tr("The file %1 is larger than 10 MB.").arg(info.fileName()),
                         QStringLiteral("file"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::Invalid, Tr::tr("Cannot read %1: %2").arg(path, file.errorString()),
                         QStringLiteral("file"));
    // One byte more than allowed tells a file that grew since it was measured.
    const QByteArray content = file.read(documents::kMaxBytes + 1);
    return attach(actor, partnerId, info.fileName(), content, taxProfileId);
}

Result<TaxDocument> TaxDocumentService::document(const Actor& actor, Id documentId)
{
    return m_ctx.viewAudited<TaxDocument>(
        actor, QStringLiteral("tax-document.read %1").arg(documentId),
        [&](const Grants& g) -> Result<TaxDocument> {
            auto d = m_ctx.profiles().taxDocument(documentId);
            if (!d)
                return d.error();
            if (auto s = authorize(g, Action::ViewTaxDocuments, d->locationId); !s)
                return s.error();
            return d;
        });
}

Status TaxDocumentService::saveCopy(const Actor& actor, Id documentId, const QString& path)
{
    if (auto s = files::checkTarget(path, m_ctx.db().path()); !s)
        return s;
    auto d = document(actor, documentId);
    if (!d)
        return d.error();
    return files::writeFile(path, d->content);
}

} // namespace incentives
