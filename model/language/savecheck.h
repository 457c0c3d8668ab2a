#pragma once

#include "format/diagnostic.h"
#include "format/patternwriter.h"

namespace pb {

class Language;

// The save path's check: parses `bytes` as the file `fileName` of `language` and checks that one
// pattern against the others, as the validator would with it in place, without validating the
// whole language again. Refuses (ok == false) when the file would have any error: its own (it
// cannot be read as a pattern) or one it shares with others (an id or a name).
EditResult checkInLanguage(const Language &language, const QString &fileName, const QByteArray &bytes);

// applyEdits, then checkInLanguage.
EditResult editInLanguage(const Language &language, const QString &fileName, const QList<FieldEdit> &edits);

} // namespace pb
