#pragma once

#include <QObject>
#include <QPointer>
#include <QRect>
#include <QSet>
#include <QWidget>

class QLabel;

namespace incentives::gui {

// The layer over the window: dims everything but the outlined rectangle. Transparent for the
// mouse.
class SpotlightOverlay : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpotlightOverlay)

public:
    explicit SpotlightOverlay(QWidget* parent = nullptr);
    void setHole(const QRect& rect);
    QRect hole() const { return m_hole; }
    // A rectangle left undimmed without an outline (the scenario's own panel).
    void setClear(const QRect& rect);
    QRect clearRect() const { return m_clear; }
    // The dimming colour for palette: as dark as it may be while the window's text, seen through
    // it, keeps a contrast of at least 7:1 (so a high-contrast palette stays high-contrast).
    static QColor dimColor(const QPalette& palette);
    // The outline's colour: the palette's highlight, made to stand out against the window.
    static QColor outlineColor(const QPalette& palette);

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QRect m_hole;
    QRect m_clear;
};

// The callout of the spotlight: the step's text in a bubble. Screen readers meet it as an alert
// named after the step, announced again whenever the step changes.
class SpotlightCallout : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpotlightCallout)

public:
    explicit SpotlightCallout(QWidget* parent = nullptr);
    void setTexts(const QString& text, const QString& hint);
    QString text() const;
    QString hint() const;
    // The size the bubble takes at most width pixels wide.
    QSize sizeFor(int width) const;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QLabel* m_text;
    QLabel* m_hint;
};

// Points at the control a guided scenario's next step is done with: the window that holds it is
// dimmed but for an outline around the control, and a callout beside it says what to do. The
// control is found by its objectName in the visible windows, the active dialog first; it is
// followed as it moves, and when it is on a page or tab not shown, the spotlight points at the
// navigation entry or tab that leads there. Clicks go through the spotlight to the window.
class Spotlight : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Spotlight)

public:
    // home: the window the callout shows on when the control is nowhere to be seen.
    explicit Spotlight(QWidget* home, QObject* parent = nullptr);
    ~Spotlight() override;

    // Shows the spotlight on the control named target (none: the callout alone) with text.
    void point(const QString& target, const QString& text);
    void clear(); // hides it
    bool isActive() const { return m_active; }
    // A widget never dimmed while it is in the same window (the panel that runs the scenario).
    void setUndimmed(QWidget* widget);

    QString targetName() const { return m_targetName; }
    QString text() const { return m_text; }
    // What is outlined: the control itself, or the tab bar or navigation that leads to it; null
    // when nothing is.
    QWidget* outlined() const { return m_outlined; }
    QWidget* host() const;                              // the window the spotlight covers
    QRect outlineRect() const { return m_outlineRect; } // in host coordinates; empty: none
    SpotlightOverlay* overlay() const { return m_overlay; }
    SpotlightCallout* callout() const;

    // Finds the control again and places the outline and the callout.
    void relocate();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Found
    {
        QWidget* widget = nullptr;   // the control
        QWidget* outlined = nullptr; // what the outline goes around
        QRect rect;                  // in the window's coordinates
        QString hint;                // how to get there when it is not shown
    };
    Found find() const;
    void scheduleRelocate();
    void watch(QWidget* widget);
    void unwatch();
    void announce();

    QPointer<QWidget> m_home;
    QPointer<QWidget> m_undimmed;
    QPointer<SpotlightOverlay> m_overlay;
    QPointer<QWidget> m_outlined;
    QSet<const QObject*> m_watched; // compared only, never dereferenced
    QRect m_outlineRect;
    QString m_targetName;
    QString m_text;
    QString m_announced;
    bool m_active = false;
    bool m_pending = false;
};

} // namespace incentives::gui
