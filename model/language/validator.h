#pragma once

#include "diagnostic.h"

namespace pb {

class Language;
class LinkGraph;

// Every diagnostic of a language: each file's own (from parsing) and those across files
// (duplicates, references, links, health), sorted by file, line and column.
Diagnostics validate(const Language &language);
Diagnostics validate(const Language &language, const LinkGraph &graph);

// Only the diagnostics across files.
Diagnostics validateAcrossFiles(const Language &language, const LinkGraph &graph);

} // namespace pb
