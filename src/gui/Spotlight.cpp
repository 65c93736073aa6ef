#include "gui/Spotlight.h"

#include "gui/FormSupport.h"
#include "gui/StatusStyle.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPainterPath>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace incentives::gui {
namespace {

constexpr int kOutlineMargin = 4; // between the control and its outline
constexpr int kOutlineWidth = 3;
constexpr int kGap = 12;          // between the outline and the callout
constexpr int kWindowMargin = 12; // the callout stays this far inside the window
constexpr double kMaximumDim = 0.45;
constexpr double kDimmedContrast = 7.0; // WCAG AAA for text

// The callout is an alert to assistive technology: it says what to do next, unasked.
QAccessibleInterface* calloutAccessible(const QString& key, QObject* object)
{
    if (key == QLatin1String("incentives::gui::SpotlightCallout") && object && object->isWidgetType())
        return new QAccessibleWidget(static_cast<QWidget*>(object), QAccessible::AlertMessage);
    return nullptr;
}

QColor dimmed(const QColor& color, double alpha)
{
    const double keep = 1.0 - alpha;
    return QColor::fromRgbF(float(color.redF() * keep), float(color.greenF() * keep),
                            float(color.blueF() * keep));
}

QString withoutMnemonic(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    return text;
}

} // namespace

// --- SpotlightOverlay ---------------------------------------------------------------------------

SpotlightOverlay::SpotlightOverlay(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("spotlightOverlay"));
    setAccessibleName(tr("Spotlight"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
}

void SpotlightOverlay::setHole(const QRect& rect)
{
    if (rect == m_hole)
        return;
    m_hole = rect;
    update();
}

void SpotlightOverlay::setClear(const QRect& rect)
{
    if (rect == m_clear)
        return;
    m_clear = rect;
    update();
}

QColor SpotlightOverlay::dimColor(const QPalette& palette)
{
    const QList<std::pair<QColor, QColor>> pairs{
        {palette.color(QPalette::WindowText), palette.color(QPalette::Window)},
        {palette.color(QPalette::Text), palette.color(QPalette::Base)},
        {palette.color(QPalette::ButtonText), palette.color(QPalette::Button)}};
    double alpha = kMaximumDim;
    for (; alpha > 0.0; alpha -= 0.05) {
        bool readable = true;
        for (const auto& [text, background] : pairs) {
            const double before = contrastRatio(text, background);
            const double after = contrastRatio(dimmed(text, alpha), dimmed(background, alpha));
            if (after < std::min(before, kDimmedContrast))
                readable = false;
        }
        if (readable)
            break;
    }
    QColor dim(Qt::black);
    dim.setAlphaF(float(std::max(alpha, 0.0)));
    return dim;
}

QColor SpotlightOverlay::outlineColor(const QPalette& palette)
{
    // Non-text contrast (WCAG 1.4.11): 3:1 against what surrounds it, dimmed or not.
    const QColor window = palette.color(QPalette::Window);
    return readableOn(palette.color(QPalette::Highlight),
                      {window, palette.color(QPalette::Base), dimmed(window, dimColor(palette).alphaF())},
                      3.0);
}

void SpotlightOverlay::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath dim;
    dim.addRect(rect());
    if (m_hole.isValid()) {
        QPainterPath hole;
        hole.addRoundedRect(m_hole, 4, 4);
        dim = dim.subtracted(hole);
    }
    if (m_clear.isValid()) {
        QPainterPath clear;
        clear.addRect(m_clear);
        dim = dim.subtracted(clear);
    }
    painter.fillPath(dim, dimColor(palette()));
    if (!m_hole.isValid())
        return;
    painter.setPen(QPen(outlineColor(palette()), kOutlineWidth));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(QRectF(m_hole).adjusted(-1, -1, 1, 1), 4, 4);
}

// --- SpotlightCallout ---------------------------------------------------------------------------

SpotlightCallout::SpotlightCallout(QWidget* parent)
    : QWidget(parent), m_text(new QLabel(this)), m_hint(new QLabel(this))
{
    static const bool installed = [] {
        QAccessible::installFactory(calloutAccessible);
        return true;
    }();
    Q_UNUSED(installed)
    setObjectName(QStringLiteral("spotlightCallout"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    m_text->setObjectName(QStringLiteral("spotlightText"));
    m_hint->setObjectName(QStringLiteral("spotlightHint"));
    for (QLabel* label : {m_text, m_hint}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setAttribute(Qt::WA_TransparentForMouseEvents);
    }
    QFont bold = m_text->font();
    bold.setBold(true);
    m_text->setFont(bold);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(4);
    layout->addWidget(m_text);
    layout->addWidget(m_hint);
    m_hint->hide();
    // A tooltip's colours, the text made readable on them whatever the theme.
    followPalette(this, [](QPalette& p) {
        const QColor base = p.color(QPalette::ToolTipBase);
        p.setColor(QPalette::Window, base);
        p.setColor(QPalette::WindowText, readableOn(p.color(QPalette::ToolTipText), {base}));
    });
}

void SpotlightCallout::setTexts(const QString& text, const QString& hint)
{
    m_text->setText(text);
    m_text->setAccessibleName(text);
    m_hint->setText(hint);
    m_hint->setAccessibleName(hint);
    m_hint->setVisible(!hint.isEmpty());
}

QString SpotlightCallout::text() const
{
    return m_text->text();
}

QString SpotlightCallout::hint() const
{
    return m_hint->text();
}

QSize SpotlightCallout::sizeFor(int width) const
{
    const QMargins m = layout()->contentsMargins();
    int natural = m_text->fontMetrics().horizontalAdvance(m_text->text());
    if (!m_hint->text().isEmpty())
        natural = std::max(natural, m_hint->fontMetrics().horizontalAdvance(m_hint->text()));
    const int w = std::min(width, natural + m.left() + m.right() + 2);
    return {w, layout()->totalHeightForWidth(w)};
}

void SpotlightCallout::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor border =
        readableOn(palette().color(QPalette::Highlight), {palette().color(QPalette::Window)}, 3.0);
    painter.setPen(QPen(border, 2));
    painter.setBrush(palette().color(QPalette::Window));
    painter.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 6, 6);
}

// --- Spotlight ----------------------------------------------------------------------------------

Spotlight::Spotlight(QWidget* home, QObject* parent) : QObject(parent), m_home(home) {}

Spotlight::~Spotlight()
{
    if (qApp)
        qApp->removeEventFilter(this);
    delete m_overlay.data();
}

QWidget* Spotlight::host() const
{
    return m_overlay ? m_overlay->parentWidget() : nullptr;
}

SpotlightCallout* Spotlight::callout() const
{
    return m_overlay ? m_overlay->findChild<SpotlightCallout*>() : nullptr;
}

void Spotlight::point(const QString& target, const QString& text)
{
    m_targetName = target;
    m_text = text;
    if (!m_active) {
        m_active = true;
        qApp->installEventFilter(this);
    }
    relocate();
}

void Spotlight::setUndimmed(QWidget* widget)
{
    m_undimmed = widget;
    if (m_active)
        scheduleRelocate();
}

void Spotlight::clear()
{
    if (!m_active)
        return;
    m_active = false;
    m_announced.clear();
    qApp->removeEventFilter(this);
    unwatch();
    m_outlined = nullptr;
    m_outlineRect = QRect();
    if (m_overlay)
        m_overlay->hide();
}

Spotlight::Found Spotlight::find() const
{
    Found found;
    if (m_targetName.isEmpty())
        return found;
    // The active dialog first: a control of the same name under it cannot be reached.
    QList<QWidget*> windows;
    if (QWidget* modal = QApplication::activeModalWidget())
        windows.append(modal);
    if (QWidget* active = QApplication::activeWindow(); active && !windows.contains(active))
        windows.append(active);
    for (QWidget* w : QApplication::topLevelWidgets())
        if (!windows.contains(w))
            windows.append(w);
    for (QWidget* w : std::as_const(windows)) {
        if (!w->isVisible() || w->windowType() == Qt::Popup || w->windowType() == Qt::ToolTip)
            continue;
        QList<QWidget*> candidates = w->findChildren<QWidget*>(m_targetName);
        if (w->objectName() == m_targetName)
            candidates.prepend(w);
        for (QWidget* c : std::as_const(candidates)) {
            if (c->window() != w)
                continue; // a dialog's, which is a window of its own
            if (c->isVisible()) {
                found = Found{c, c, QRect(c->mapTo(w, QPoint(0, 0)), c->size()), QString()};
                return found;
            }
            if (found.widget)
                continue;
            // Not shown: on a page or tab that is not the current one? Point at what leads there.
            found.widget = c;
            QWidget* page = nullptr;
            QStackedWidget* stack = nullptr;
            for (QWidget* a = c; a && a != w; a = a->parentWidget())
                if (auto* s = qobject_cast<QStackedWidget*>(a->parentWidget());
                    s && s->currentWidget() != a) {
                    page = a;
                    stack = s;
                }
            if (!stack || !stack->isVisible())
                continue;
            const int index = stack->indexOf(page);
            if (auto* tabs = qobject_cast<QTabWidget*>(stack->parentWidget())) {
                const QRect tab = tabs->tabBar()->tabRect(index);
                found.outlined = tabs->tabBar();
                found.rect = QRect(tabs->tabBar()->mapTo(w, tab.topLeft()), tab.size());
                found.hint = tr("First open the “%1” tab.").arg(withoutMnemonic(tabs->tabText(index)));
                continue;
            }
            for (QListWidget* nav : w->findChildren<QListWidget*>(QStringLiteral("navigation"))) {
                if (nav->window() != w || !nav->isVisible() || index >= nav->count() ||
                    nav->isRowHidden(index))
                    continue;
                QListWidgetItem* item = nav->item(index);
                const QRect r = nav->visualItemRect(item);
                if (!r.isValid())
                    continue;
                found.outlined = nav;
                found.rect = QRect(nav->viewport()->mapTo(w, r.topLeft()), r.size());
                found.hint = tr("First open “%1”.").arg(withoutMnemonic(item->text()));
                break;
            }
            if (!found.outlined && !page->accessibleName().isEmpty())
                found.hint = tr("First open “%1”.").arg(page->accessibleName());
        }
    }
    return found;
}

void Spotlight::relocate()
{
    m_pending = false;
    if (!m_active) {
        if (m_overlay)
            m_overlay->hide();
        return;
    }
    const Found found = find();
    QWidget* host = found.widget ? found.widget->window() : nullptr;
    if (!host)
        host = QApplication::activeModalWidget();
    if (!host && m_home)
        host = m_home->window();
    if (!host)
        return;
    if (!m_overlay) {
        m_overlay = new SpotlightOverlay(host);
        new SpotlightCallout(m_overlay);
    } else if (m_overlay->parentWidget() != host) {
        m_overlay->setParent(host);
    }
    m_outlined = found.outlined;
    m_outlineRect = found.outlined ? found.rect : QRect();
    m_overlay->setGeometry(host->rect());
    m_overlay->setHole(m_outlineRect.isValid() ? m_outlineRect.adjusted(-kOutlineMargin, -kOutlineMargin,
                                                                        kOutlineMargin, kOutlineMargin)
                                               : QRect());
    const bool undimmed = m_undimmed && m_undimmed->isVisible() && m_undimmed->window() == host;
    m_overlay->setClear(undimmed ? QRect(m_undimmed->mapTo(host, QPoint(0, 0)), m_undimmed->size())
                                 : QRect());

    SpotlightCallout* bubble = callout();
    bubble->setTexts(m_text, found.hint);
    const QRect area = host->rect().adjusted(kWindowMargin, kWindowMargin, -kWindowMargin, -kWindowMargin);
    const int widest = std::min(area.width(), bubble->fontMetrics().averageCharWidth() * 48);
    const QSize size = bubble->sizeFor(std::max(widest, 80));
    QRect place;
    if (m_outlineRect.isValid()) {
        const QRect around =
            m_outlineRect.adjusted(-kOutlineMargin - kOutlineWidth, -kOutlineMargin - kOutlineWidth,
                                   kOutlineMargin + kOutlineWidth, kOutlineMargin + kOutlineWidth);
        const auto clampY = [&](QRect r) {
            r.moveTop(std::clamp(r.top(), area.top(), std::max(area.top(), area.bottom() - r.height())));
            return r;
        };
        const auto clampX = [&](QRect r) {
            r.moveLeft(std::clamp(r.left(), area.left(), std::max(area.left(), area.right() - r.width())));
            return r;
        };
        const QList<QRect> candidates{
            clampY(QRect(QPoint(around.right() + kGap, around.top()), size)),
            clampY(QRect(QPoint(around.left() - kGap - size.width(), around.top()), size)),
            clampX(QRect(QPoint(around.left(), around.bottom() + kGap), size)),
            clampX(QRect(QPoint(around.left(), around.top() - kGap - size.height()), size))};
        for (const QRect& c : candidates)
            if (area.contains(c) && !c.intersects(around)) {
                place = c;
                break;
            }
        if (!place.isValid()) // no room beside it: inside, at its bottom
            place = clampX(
                clampY(QRect(QPoint(around.left() + kGap, around.bottom() - kGap - size.height()), size)));
    } else {
        place = QRect(QPoint(area.left() + (area.width() - size.width()) / 2, area.top() + area.height() / 6),
                      size);
    }
    bubble->setGeometry(place);
    bubble->show();
    m_overlay->raise();
    m_overlay->show();
    m_overlay->update();

    unwatch();
    for (QWidget* w : {found.widget, found.outlined, m_undimmed.data()})
        for (QWidget* a = w; a; a = a->isWindow() ? nullptr : a->parentWidget())
            watch(a);
    watch(host);
    announce();
}

void Spotlight::watch(QWidget* widget)
{
    if (widget)
        m_watched.insert(widget);
}

void Spotlight::unwatch()
{
    m_watched.clear();
}

void Spotlight::scheduleRelocate()
{
    if (m_pending)
        return;
    m_pending = true;
    QTimer::singleShot(0, this, &Spotlight::relocate);
}

void Spotlight::announce()
{
    SpotlightCallout* bubble = callout();
    const QString said = m_text + QLatin1Char('\n') + bubble->hint();
    if (said == m_announced)
        return;
    m_announced = said;
    bubble->setAccessibleName(m_text);
    bubble->setAccessibleDescription(bubble->hint().isEmpty() ? tr("The next step of the guided scenario")
                                                              : bubble->hint());
    // Qt 6.4 has no announcement event: the callout is an alert whose name changes, and it is shown
    // anew, which screen readers read out for alerts.
    QAccessibleEvent named(bubble, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&named);
    QAccessibleEvent described(bubble, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&described);
    bubble->hide();
    bubble->show();
    QAccessibleEvent alert(bubble, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

bool Spotlight::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::Move:
    case QEvent::Resize:
    case QEvent::Show:
    case QEvent::Hide:
    case QEvent::ParentChange:
        if (watched == m_overlay || !watched->isWidgetType())
            break;
        if (m_watched.contains(watched)) { // the control or what holds it moved
            scheduleRelocate();
        } else if (const auto* w = static_cast<const QWidget*>(watched);
                   w->isWindow() && (event->type() == QEvent::Show || event->type() == QEvent::Hide) &&
                   w->windowType() != Qt::Popup && w->windowType() != Qt::ToolTip) {
            scheduleRelocate(); // a dialog opened or closed
        }
        break;
    case QEvent::ChildAdded:
        // A new child of the window would cover the overlay.
        if (host() == watched && static_cast<QChildEvent*>(event)->child() != m_overlay)
            scheduleRelocate();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace incentives::gui
