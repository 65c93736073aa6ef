#pragma once

#include "core/Result.h"

#include <QPageLayout>

#include <memory>

class QPagedPaintDevice;
class QTextDocument;

// Lays out report HTML (from the services) on pages: for a printer, a print preview, or a PDF.
// Needs a QGuiApplication (fonts); incentives-cli starts one on the offscreen platform for --pdf.
namespace incentives::report {

// The paper the user's locale expects: Letter in the US and Canada, A4 elsewhere.
QPageLayout defaultPageLayout();
// A document ready to print, with the report's fonts; its title comes from the HTML's <title>.
std::unique_ptr<QTextDocument> document(const QString& html);
// Prints the HTML on a printer or PDF writer, page numbers at the foot of each page.
void print(const QString& html, QPagedPaintDevice& device);
// Writes the HTML as a PDF file; the file appears only when it is complete.
Status writePdf(const QString& html, const QString& path);

} // namespace incentives::report
