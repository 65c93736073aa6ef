#pragma once

#include "core/Result.h"

#include <QString>

// What free text (names, addresses, reasons, criteria, ...) may hold. Control characters would let
// stored text rewrite a terminal or a log, and text-direction overrides would make it read
// differently from what it is; both are refused where text enters, and escaped wherever text
// is shown on a terminal.
namespace incentives::textrules {

// Characters that change the direction text is shown in (embeddings, overrides, isolates and the
// directional marks): the one list every check of free text uses.
bool isDirectionControl(char32_t c);

// The first character text may not hold, or a null QChar when there is none. Line breaks and tabs
// are allowed only in multi-line text.
QChar forbiddenCharacter(const QString& text, bool multiLine = false);

// Refuses text holding a forbidden character, with a message naming the field (by its label)
// and the error's field set to field.
Status checkFreeText(const QString& text, const QString& field, bool multiLine = false);

// The text with every control or direction character (line breaks and tabs kept when keepLines)
// written as \uXXXX, safe to print on a terminal.
QString visible(const QString& text, bool keepLines = true);

} // namespace incentives::textrules
