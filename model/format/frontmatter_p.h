#pragma once

#include "format/fastfrontmatter_p.h"
#include "format/pattern.h"

#include <yaml-cpp/yaml.h>

namespace pb::frontmatter {

// Adds a diagnostic about `pattern` at a byte offset of its file.
void report(Pattern &pattern, Code code, int offset, const QString &message);

// Reads the entries' spans: where each top-level key and its value lie in the file. Sets
// pattern.editable to false when the front matter is written in a way the writer can't edit in
// place (a flow mapping at the top, keys it cannot find).
void readEntries(Pattern &pattern, const YAML::Node &root);
// The same from the fast reader's nodes: one template reads both, so both give the same entries.
void readEntries(Pattern &pattern, const FastNode &root);

// Reads FORMAT.md's typed fields, reporting wrong types, ranges and missing keys.
void readFields(Pattern &pattern, const YAML::Node &root);
void readFields(Pattern &pattern, const FastNode &root);

// Byte offset in the file of a node of the front matter.
int offsetOf(const Pattern &pattern, const YAML::Mark &mark);

// Span scanning shared with the writer.
int scanQuoted(const QByteArray &text, int start, int limit);
int scanFlow(const QByteArray &text, int start, int limit);

} // namespace pb::frontmatter
