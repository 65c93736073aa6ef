#include "gui/StatusStyle.h"

#include <QPainter>
#include <QPixmap>

namespace incentives::gui {

QColor statusColor(EnrollmentStatus status, const QPalette& palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    switch (status) {
    case EnrollmentStatus::Enrolled:
        return dark ? QColor(0x6c, 0xcb, 0x5f) : QColor(0x10, 0x7c, 0x10);
    case EnrollmentStatus::Validating:
        return dark ? QColor(0x60, 0xcd, 0xff) : QColor(0x00, 0x5f, 0xb8);
    case EnrollmentStatus::Enrolling:
        return dark ? QColor(0xfc, 0xe1, 0x00) : QColor(0x9d, 0x5d, 0x00);
    case EnrollmentStatus::Invited:
        return dark ? QColor(0xd6, 0xa3, 0xff) : QColor(0x88, 0x17, 0x98);
    case EnrollmentStatus::Ineligible:
        return dark ? QColor(0xff, 0x99, 0xa4) : QColor(0xc4, 0x2b, 0x1c);
    case EnrollmentStatus::Inactive:
    case EnrollmentStatus::Discontinued:
        return palette.color(QPalette::PlaceholderText);
    }
    return palette.color(QPalette::Text);
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
