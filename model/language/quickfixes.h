#pragma once

#include "format/diagnostic.h"
#include "language/languageedits.h"

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

// The fix for one diagnostic of `language`, if it still applies and is safe; empty otherwise. A
// fix that would add a link against the scale order (a larger pattern as a completion, a smaller
// one as a context), make a cycle of completion links, act on an id two patterns share, or
// rename a reference whose words are not close to the pattern's name, is declined: *declined
// then says why, for the author to decide.
std::optional<QuickFix> fixFor(const Language &language, const Diagnostic &diagnostic, QString *declined = nullptr);

// Whether a reference's words are close enough to a pattern's name to be that name written
// another way ("Thin Slices" for "Thin Slice Delivery"), rather than prose ending in an id: at
// least half the words of the shorter shared (case and plural aside) and no more than two words
// longer than the name, or few letters apart.
bool namesAlike(const QString &written, const QString &name);

// Many fixes at once: each applied in turn to the result of those before it (so two fixes of one
// file both land), then merged into one edit per file. Diagnostics whose fix no longer applies,
// or was refused, are counted as skipped.
struct FixPlan
{
    QList<FileEdit> edits; // one per file, before and after every fix
    int applied = 0;
    int skipped = 0;
    QStringList titles; // of the fixes applied, in order
    QStringList declined; // "FILE: why", fixes left for the author to decide
};
FixPlan planFixes(const Language &language, const Diagnostics &diagnostics);

// Every fix of these codes, to a fixed point: fixes are planned, applied and the language checked
// again until nothing is left to fix, so that a second run finds nothing. A fix adds the links
// its diagnostic asks for, and the next round mirrors them; where mirroring lists a link the
// prose does not name, the link lists win (they are what views, tours and exports follow) and
// the author is left a context- or completion-not-mentioned warning to write the prose for. No
// round may leave more warnings than there were: such a round is dropped with everything after.
FixPlan planFixesToFixedPoint(const Language &language, const QSet<Code> &codes);

} // namespace pb
