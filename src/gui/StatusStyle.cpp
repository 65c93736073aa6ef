#include "gui/StatusStyle.h"

#include <QPainter>
#include <QPixmap>

#include <algorithm>
#include <cmath>

namespace incentives::gui {
namespace {

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QList<QColor> textBackgrounds(const QPalette& palette)
{
    return {palette.color(QPalette::Window), palette.color(QPalette::Base),
            palette.color(QPalette::AlternateBase)};
}

double worstContrast(const QColor& color, const QList<QColor>& backgrounds)
{
    double worst = 21;
    for (const QColor& b : backgrounds)
        worst = std::min(worst, contrastRatio(color, b));
    return worst;
}

// A translucent colour as it shows over background.
QColor over(const QColor& color, const QColor& background)
{
    if (color.alpha() == 255)
        return color;
    const double a = color.alphaF();
    return QColor::fromRgbF(float(color.redF() * a + background.redF() * (1 - a)),
                            float(color.greenF() * a + background.greenF() * (1 - a)),
                            float(color.blueF() * a + background.blueF() * (1 - a)));
}

} // namespace

double relativeLuminance(const QColor& color)
{
    const auto channel = [](double c) {
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

double contrastRatio(const QColor& a, const QColor& b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor readableOn(const QColor& color, const QList<QColor>& backgrounds, double minimum)
{
    if (backgrounds.isEmpty())
        return color;
    const QColor start = over(color, backgrounds.constFirst());
    if (worstContrast(start, backgrounds) >= minimum)
        return start;
    // Move the lightness away from the backgrounds (lighter on dark ones, darker on light ones),
    // keeping the hue; the other way round only if that gets nowhere.
    double sum = 0;
    for (const QColor& b : backgrounds)
        sum += relativeLuminance(b);
    const bool lighten = sum / double(backgrounds.size()) < 0.18;
    QColor best = start;
    for (const bool up : {lighten, !lighten}) {
        float h = 0, s = 0, l = 0, a = 0;
        start.getHslF(&h, &s, &l, &a);
        for (int step = 1; step <= 50; ++step) {
            const float lightness = std::clamp(l + (up ? 1.0F : -1.0F) * float(step) * 0.02F, 0.0F, 1.0F);
            const QColor candidate = QColor::fromHslF(h, s, lightness);
            if (worstContrast(candidate, backgrounds) > worstContrast(best, backgrounds))
                best = candidate;
            if (worstContrast(candidate, backgrounds) >= minimum)
                return candidate;
        }
    }
    return best;
}

QColor statusColor(EnrollmentStatus status, const QPalette& palette)
{
    const bool dark = isDark(palette);
    QColor hue;
    switch (status) {
    case EnrollmentStatus::Enrolled:
        hue = dark ? QColor(0x6c, 0xcb, 0x5f) : QColor(0x10, 0x7c, 0x10);
        break;
    case EnrollmentStatus::Validating:
        hue = dark ? QColor(0x60, 0xcd, 0xff) : QColor(0x00, 0x5f, 0xb8);
        break;
    case EnrollmentStatus::Enrolling:
        hue = dark ? QColor(0xfc, 0xe1, 0x00) : QColor(0x9d, 0x5d, 0x00);
        break;
    case EnrollmentStatus::Invited:
        hue = dark ? QColor(0xd6, 0xa3, 0xff) : QColor(0x88, 0x17, 0x98);
        break;
    case EnrollmentStatus::Ineligible:
        hue = dark ? QColor(0xff, 0x99, 0xa4) : QColor(0xc4, 0x2b, 0x1c);
        break;
    case EnrollmentStatus::Inactive:
    case EnrollmentStatus::Discontinued:
        // Muted: the text colour halfway to the background.
        hue = over(QColor(palette.color(QPalette::WindowText).red(),
                          palette.color(QPalette::WindowText).green(),
                          palette.color(QPalette::WindowText).blue(), 150),
                   palette.color(QPalette::Window));
        break;
    }
    if (!hue.isValid())
        hue = palette.color(QPalette::WindowText);
    return readableOn(hue, textBackgrounds(palette));
}

QColor errorColor(const QPalette& palette)
{
    return statusColor(EnrollmentStatus::Ineligible, palette);
}

QColor linkColor(const QPalette& palette)
{
    return readableOn(palette.color(QPalette::Link),
                      {palette.color(QPalette::Base), palette.color(QPalette::AlternateBase)});
}

QString badgeStyleSheet(const QPalette& palette)
{
    const QColor text = palette.color(QPalette::HighlightedText);
    const QColor background = readableOn(palette.color(QPalette::Highlight), {text});
    return QStringLiteral("QLabel { color: %1; background: %2; padding: 1px 6px; border-radius: 3px; }")
        .arg(text.name(), background.name());
}

QIcon statusIcon(EnrollmentStatus status, const QPalette& palette)
{
    QIcon icon;
    for (int size : {16, 24, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        const QColor color = statusColor(status, palette);
        const qreal m = size * 0.2;
        const QRectF r(m, m, size - 2 * m, size - 2 * m);
        // Distinct shapes as well as colours: filled for done, ring for waiting, hollow otherwise.
        switch (status) {
        case EnrollmentStatus::Enrolled:
            p.setBrush(color);
            p.setPen(Qt::NoPen);
            p.drawEllipse(r);
            break;
        case EnrollmentStatus::Validating:
        case EnrollmentStatus::Enrolling:
            p.setPen(QPen(color, size / 8.0));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(r);
            p.setBrush(color);
            p.drawPie(r, 90 * 16, -180 * 16);
            break;
        case EnrollmentStatus::Invited:
            p.setPen(QPen(color, size / 8.0));
            p.drawRect(r);
            break;
        default:
            p.setPen(QPen(color, size / 8.0));
            p.drawEllipse(r);
            p.drawLine(r.topLeft() + QPointF(r.width() * 0.15, r.height() * 0.15),
                       r.bottomRight() - QPointF(r.width() * 0.15, r.height() * 0.15));
            break;
        }
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace incentives::gui
