#include "report/Handout.h"

#include "report/HtmlPrinter.h"
#include "store/Files.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

namespace incentives::report {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Handout)
};

constexpr int kResolution = 300; // dots per inch of the page's coordinates
constexpr int kPicturesPerPage = 2;
constexpr qreal kShrinkAtMost = 0.7; // a picture keeps at least this much of its height
const QColor kAccent(0x1d, 0x4e, 0x89);
const QColor kMuted(0x5f, 0x63, 0x68);
const QColor kRule(0xc8, 0xcc, 0xd2);

QFont font(qreal points, bool bold = false, bool italic = false)
{
    QFont f = QGuiApplication::font();
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setItalic(italic);
    return f;
}

// Lays out the handout page by page. Coordinates are device pixels inside the page's margins.
class Pages
{
public:
    Pages(QPagedPaintDevice& device, QPainter& painter, const Handout& handout)
        : m_device(device), m_painter(painter), m_handout(handout),
          m_mm(painter.device()->logicalDpiY() / 25.4), m_width(painter.device()->width())
    {
        const QFontMetricsF footer(font(8), painter.device());
        m_bottom = painter.device()->height() - footer.height() - 4 * m_mm;
        // Two steps with a picture and a few lines of text each fit one page.
        m_pictureHeight = (m_bottom - 2 * 34 * m_mm) / kPicturesPerPage;
    }

    qreal mm() const { return m_mm; }
    qreal width() const { return m_width; }
    qreal y() const { return m_y; }
    int pages() const { return m_page; }

    // The height text takes at the full width.
    qreal heightOf(const QString& text, const QFont& f) const
    {
        if (text.isEmpty())
            return 0;
        m_painter.setFont(f);
        return m_painter.boundingRect(QRectF(0, 0, m_width, 1e6), Qt::TextWordWrap, text).height();
    }

    void text(const QString& text, const QFont& f, const QColor& color, qreal after)
    {
        if (text.isEmpty())
            return;
        m_painter.setFont(f);
        m_painter.setPen(color);
        QRectF used;
        m_painter.drawText(QRectF(0, m_y, m_width, 1e6), Qt::TextWordWrap, text, &used);
        m_y += used.height() + after;
    }

    void space(qreal height) { m_y += height; }
    qreal room() const { return m_bottom - m_y; } // left on this page
    bool mayAddPicture() const { return m_pictures < kPicturesPerPage; }

    void rule(qreal after)
    {
        m_painter.setPen(QPen(kRule, 0.4 * m_mm));
        m_painter.drawLine(QPointF(0, m_y), QPointF(m_width, m_y));
        m_y += after;
    }

    // The size a picture is drawn at: the full width, or less to keep to its share of the page.
    QSizeF pictureSize(const QImage& picture) const
    {
        if (picture.isNull())
            return {};
        return QSizeF(picture.size()).scaled(QSizeF(m_width, m_pictureHeight), Qt::KeepAspectRatio);
    }

    void picture(const QImage& picture, const QSizeF& size, qreal after)
    {
        const QRectF target(QPointF((m_width - size.width()) / 2, m_y), size);
        m_painter.drawImage(target, picture);
        m_painter.setPen(QPen(kRule, 0.3 * m_mm));
        m_painter.setBrush(Qt::NoBrush);
        m_painter.drawRect(target);
        m_y += size.height() + after;
        ++m_pictures;
    }

    // Starts a new page unless height (and a picture, when it has one) still fits on this one.
    void keep(qreal height, bool withPicture)
    {
        const bool full = withPicture && !mayAddPicture();
        if ((m_y + height <= m_bottom || m_y == 0) && !full)
            return;
        footer();
        m_device.newPage();
        ++m_page;
        m_y = 0;
        m_pictures = 0;
    }

    void footer()
    {
        const QFont f = font(8);
        m_painter.setFont(f);
        m_painter.setPen(kMuted);
        const qreal top = m_painter.device()->height() - QFontMetricsF(f, m_painter.device()).height();
        const QRectF line(0, top, m_width, m_painter.device()->height() - top);
        m_painter.drawText(
            line, Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetricsF(f, m_painter.device()).elidedText(m_handout.title, Qt::ElideRight, m_width * 0.7));
        m_painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter, Tr::tr("Page %1").arg(m_page));
        m_painter.setPen(QPen(kRule, 0.3 * m_mm));
        m_painter.drawLine(QPointF(0, top - 1.5 * m_mm), QPointF(m_width, top - 1.5 * m_mm));
    }

private:
    QPagedPaintDevice& m_device;
    QPainter& m_painter;
    const Handout& m_handout;
    qreal m_mm;
    qreal m_width;
    qreal m_bottom = 0;
    qreal m_pictureHeight = 0;
    qreal m_y = 0;
    int m_page = 1;
    int m_pictures = 0;
};

} // namespace

int paintHandout(const Handout& handout, QPagedPaintDevice& device)
{
    QPainter painter(&device);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    Pages pages(device, painter, handout);
    const qreal mm = pages.mm();

    // The title block.
    qsizetype done = 0;
    for (const HandoutStep& step : handout.steps)
        done += step.done ? 1 : 0;
    pages.text(handout.title, font(20, true), kAccent, 3 * mm);
    pages.text(handout.description, font(11), Qt::black, 4 * mm);
    QStringList facts;
    if (!handout.organization.isEmpty())
        facts.append(Tr::tr("Organization: %1").arg(handout.organization));
    facts.append(Tr::tr("Date: %1").arg(handout.locale.toString(handout.date, QLocale::LongFormat)));
    facts.append(Tr::tr("%1 of %2 steps done").arg(done).arg(handout.steps.size()));
    pages.text(facts.join(QStringLiteral("   ·   ")), font(9.5), kMuted, 3 * mm);
    pages.rule(6 * mm);

    // Each step: its chapter where one begins, its number, its text and its picture.
    const QFont chapterFont = font(13, true);
    const QFont headingFont = font(11, true);
    const QFont textFont = font(11);
    const QFont noteFont = font(9.5, false, true);
    QString chapter;
    for (qsizetype i = 0; i < handout.steps.size(); ++i) {
        const HandoutStep& step = handout.steps.at(i);
        const bool newChapter = !step.chapter.isEmpty() && step.chapter != chapter;
        chapter = step.chapter;
        const QString heading = Tr::tr("Step %1 of %2").arg(i + 1).arg(handout.steps.size());
        QString note;
        if (!step.done)
            note = Tr::tr("Not reached.");
        else if (step.picture.isNull())
            note = Tr::tr("Done; no picture was taken of it.");
        QSizeF picture = pages.pictureSize(step.picture);
        const qreal words = (newChapter ? pages.heightOf(step.chapter, chapterFont) + 3 * mm : 0) +
                            pages.heightOf(heading, headingFont) + 1.5 * mm +
                            pages.heightOf(step.text, textFont) + 2 * mm +
                            (note.isEmpty() ? 0 : pages.heightOf(note, noteFont) + 2 * mm) + 4 * mm;
        // A picture a little too tall for the rest of the page is made smaller rather than moved
        // to the next page with its step, which would leave a gap.
        const qreal room = pages.room() - words - 2 * mm;
        if (!picture.isEmpty() && pages.mayAddPicture() && room < picture.height() &&
            room >= kShrinkAtMost * picture.height())
            picture.scale(picture.width(), room, Qt::KeepAspectRatio);
        pages.keep(words + (picture.isEmpty() ? 0 : picture.height() + 2 * mm), !picture.isEmpty());
        if (newChapter)
            pages.text(step.chapter, chapterFont, kAccent, 3 * mm);
        pages.text(heading, headingFont, step.done ? Qt::black : kMuted, 1.5 * mm);
        pages.text(step.text, textFont, step.done ? Qt::black : kMuted, 2 * mm);
        pages.text(note, noteFont, kMuted, 2 * mm);
        if (!picture.isEmpty())
            pages.picture(step.picture, picture, 2 * mm);
        pages.space(4 * mm);
    }
    pages.footer();
    return pages.pages();
}

Status writeHandout(const Handout& handout, const QString& path)
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return makeError(ErrorKind::Usage, Tr::tr("Writing a PDF needs the graphical part of Qt."));
    return files::writeFile(path, [&handout](QIODevice& file) -> Status {
        QPdfWriter writer(&file);
        QPageLayout layout = defaultPageLayout();
        layout.setMargins(QMarginsF(18, 15, 18, 12));
        writer.setPageLayout(layout);
        writer.setResolution(kResolution);
        writer.setTitle(handout.title);
        writer.setCreator(QCoreApplication::applicationName());
        paintHandout(handout, writer);
        return {};
    });
}

} // namespace incentives::report
