#pragma once

#include "core/Types.h"

// A program's guide, made from the program's own data: what it is, who is eligible, how it pays,
// how to enroll, when it renews, and the terms the invitation asks to accept. The workspace's
// Resources column opens it and `incentives-cli programs show NAME` prints it.
namespace incentives::guide {

struct Section
{
    QString heading;
    QStringList paragraphs;
    QStringList points; // a list after the paragraphs
};

struct Guide
{
    QString title;
    QList<Section> sections;
};

Guide forProgram(const Program& program);
QString toHtml(const Guide& guide);
QString toText(const Guide& guide);

} // namespace incentives::guide
