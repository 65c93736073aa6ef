#pragma once

#include "core/Result.h"
#include "core/Types.h"

#include <QByteArray>

// Additional documentation of a tax profile: the PDF, PNG or JPEG files that back a form (a
// certificate of residence, a signed scan). What a file may be is decided here, by its content.
namespace incentives {

struct TaxDocument
{
    Id id = 0;
    Id taxProfileId = 0;
    Id locationId = 0;
    QString fileName;  // as the user named it, without a folder
    QString mediaType; // application/pdf, image/png or image/jpeg, read from the content
    qint64 size = 0;   // bytes
    QString sha256;    // lower-case hex of the content
    QString addedBy;   // the name and email of the person who attached it
    QDateTime addedAt;
    QByteArray content; // empty in a listing; filled when one document is read
};

namespace documents {

constexpr qint64 kMaxBytes = 10 * 1024 * 1024;

// The media type the content's first bytes announce (PDF, PNG or JPEG), or empty when none of them:
// the file name's extension plays no part.
QString mediaTypeOf(const QByteArray& content);
QString sha256Hex(const QByteArray& content);
// The file name to store: the last component of path, trimmed, at most 200 characters, no control
// characters. Empty when nothing usable is left.
QString storedName(const QString& path);
// Whether a file may be attached: not empty, at most kMaxBytes, a PDF, PNG or JPEG by its content.
// The error (Invalid) says which rule it breaks.
Status check(const QString& fileName, const QByteArray& content);

} // namespace documents
} // namespace incentives
