#pragma once

#include "core/Result.h"

#include <QDate>
#include <QImage>
#include <QList>
#include <QLocale>
#include <QString>

class QPagedPaintDevice;

// A guided scenario's leave-behind: a title block, then each step with its text and a picture of the
// window when it was done, flowing over as many pages as it needs. Qt Gui only, like the rest of
// the reports.
namespace incentives::report {

struct HandoutStep
{
    QString chapter; // the chapter's title; empty: none
    QString text;    // what the audience reads, never the presenter's notes
    bool done = false;
    QImage picture; // the window when the step was done; null: none was taken
};

struct Handout
{
    QString title;
    QString description;
    QString organization;
    QDate date;
    QLocale locale; // of the scenario's texts: dates are written in it
    QList<HandoutStep> steps;
};

// Paints the handout on device, starting on its current page; returns the number of pages. At
// most two pictures share a page.
int paintHandout(const Handout& handout, QPagedPaintDevice& device);

// Writes the handout as a PDF at path through a temporary file beside it and an atomic rename: the
// file appears complete or not at all.
Status writeHandout(const Handout& handout, const QString& path);

} // namespace incentives::report
