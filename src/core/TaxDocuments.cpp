#include "core/TaxDocuments.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace incentives::documents {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TaxDocuments)
};

} // namespace

QString mediaTypeOf(const QByteArray& content)
{
    if (content.startsWith(QByteArrayLiteral("%PDF-")))
        return QStringLiteral("application/pdf");
    if (content.startsWith(QByteArrayLiteral("\x89PNG\r\n\x1a\n")))
        return QStringLiteral("image/png");
    if (content.size() >= 4 && content.startsWith(QByteArrayLiteral("\xff\xd8\xff")))
        return QStringLiteral("image/jpeg");
    return {};
}

QString sha256Hex(const QByteArray& content)
{
    return QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

QString storedName(const QString& path)
{
    QString name = path;
    const qsizetype slash = qMax(name.lastIndexOf(QLatin1Char('/')), name.lastIndexOf(QLatin1Char('\\')));
    if (slash >= 0)
        name = name.mid(slash + 1);
    QString clean;
    for (const QChar c : std::as_const(name))
        if (c.category() != QChar::Other_Control && c.category() != QChar::Other_Format)
            clean.append(c);
    clean = clean.simplified();
    if (clean == QLatin1String(".") || clean == QLatin1String(".."))
        return {};
    return clean.left(200);
}

Status check(const QString& fileName, const QByteArray& content)
{
    if (storedName(fileName).isEmpty())
        return makeError(ErrorKind::Invalid, Tr::tr("The document needs a file name."),
                         QStringLiteral("file"));
    if (content.isEmpty())
        return makeError(ErrorKind::Invalid, Tr::tr("The file %1 is empty.").arg(storedName(fileName)),
                         QStringLiteral("file"));
    if (content.size() > kMaxBytes)
        return makeError(ErrorKind::Invalid,
                         Tr::tr("The file %1 is larger than 10 MB.").arg(storedName(fileName)),
                         QStringLiteral("file"));
    if (mediaTypeOf(content).isEmpty())
        return makeError(ErrorKind::Invalid,
                         Tr::tr("The file %1 is not a PDF, PNG or JPEG file (judged by its content, not "
                                "its name).")
                             .arg(storedName(fileName)),
                         QStringLiteral("file"));
    return {};
}

} // namespace incentives::documents
