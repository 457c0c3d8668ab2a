#pragma once

#include "format/diagnostic.h"

namespace pb {

class Language;
class LinkGraph;

// Every diagnostic of a language: each file's own (from parsing) and those across files
// (duplicates, references, links, health), sorted by file, line and column.
Diagnostics validate(const Language &language);
Diagnostics validate(const Language &language, const LinkGraph &graph);

// A language kept checked as it changes: model/language/languageanalysis.h.

} // namespace pb
