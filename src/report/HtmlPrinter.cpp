#include "report/HtmlPrinter.h"

#include "store/Files.h"

#include <QCoreApplication>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPdfWriter>
#include <QTextDocument>

namespace incentives::report {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HtmlPrinter)
};
} // namespace

QPageLayout defaultPageLayout()
{
    // QTextDocument::print adds 2 cm of its own around the text (and the page numbers below it).
    const QLocale::Territory territory = QLocale().territory();
    const bool letter = territory == QLocale::UnitedStates || territory == QLocale::Canada;
    return QPageLayout(QPageSize(letter ? QPageSize::Letter : QPageSize::A4), QPageLayout::Portrait,
                       QMarginsF(5, 5, 5, 5), QPageLayout::Millimeter);
}

std::unique_ptr<QTextDocument> document(const QString& html)
{
    auto doc = std::make_unique<QTextDocument>();
    QFont font = QGuiApplication::font();
    font.setPointSizeF(10);
    doc->setDefaultFont(font);
    doc->setDefaultStyleSheet(QStringLiteral("h1 { font-size: 16pt; } h2 { font-size: 13pt; } "
                                             "h3 { font-size: 11pt; } th { font-weight: bold; }"));
    doc->setHtml(html);
    return doc;
}

void print(const QString& html, QPagedPaintDevice& device)
{
    document(html)->print(&device);
}

Status writePdf(const QString& html, const QString& path)
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return makeError(ErrorKind::Usage, Tr::tr("Writing a PDF needs the graphical part of Qt."));
    // Through a temporary file and an atomic rename: a full disk leaves no partial PDF.
    return files::writeFile(path, [&html](QIODevice& file) -> Status {
        const auto doc = document(html);
        QPdfWriter writer(&file);
        writer.setPageLayout(defaultPageLayout());
        writer.setTitle(doc->metaInformation(QTextDocument::DocumentTitle));
        writer.setCreator(QCoreApplication::applicationName());
        doc->print(&writer);
        return {};
    });
}

} // namespace incentives::report
