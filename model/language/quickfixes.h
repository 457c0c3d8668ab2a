#pragma once

#include "diagnostic.h"
#include "languageedits.h"

#include <QList>
#include <QSet>

namespace pb {

class Language;

// A mechanical fix for a diagnostic: what it does, and the files it changes (computed, not yet
// written). The one source of fixes for the diagnostics panel, the form and `patternbook fix`.
struct QuickFix
{
    QString title; // for a menu: "Add 7 to context_patterns of 8 Stream-Aligned Teams"
    QList<FileEdit> edits;
};

// The codes that have a mechanical fix. Those `fix` applies unless told otherwise are the ones
// that change only link lists, tags or titles; a stale reference is offered but rewrites prose,
// so it is applied only when asked for.
const QSet<Code> &fixableCodes();
const QSet<Code> &defaultFixCodes();
bool hasFix(const Diagnostic &diagnostic);

// The fix for one diagnostic of `language`, if it still applies; empty otherwise.
std::optional<QuickFix> fixFor(const Language &language, const Diagnostic &diagnostic);

// Many fixes at once: each applied in turn to the result of those before it (so two fixes of one
// file both land), then merged into one edit per file. Diagnostics whose fix no longer applies,
// or was refused, are counted as skipped.
struct FixPlan
{
    QList<FileEdit> edits; // one per file, before and after every fix
    int applied = 0;
    int skipped = 0;
    QStringList titles; // of the fixes applied, in order
};
FixPlan planFixes(const Language &language, const Diagnostics &diagnostics);

} // namespace pb
