#pragma once

#include "format/diagnostic.h"
#include "format/pattern.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariant>

namespace pb {

// One change to the front matter: set `key` to `value` (a QVariant as parseYamlValue gives), or
// remove the key.
struct FieldEdit
{
    QString key;
    QVariant value;
    bool remove = false;

    static FieldEdit set(const QString &key, const QVariant &value) { return {key, value, false}; }
    static FieldEdit unset(const QString &key) { return {key, {}, true}; }
};

struct EditResult
{
    bool ok = false;
    QByteArray bytes; // the whole new file
    QString error; // why the edit could not be made
    Diagnostics diagnostics; // the errors that refused it, when refused by validation
};

// Edits a pattern's bytes in place. Only the edited fields' text changes: comments, unknown keys,
// key order, quoting and list style of every other line stay as they were, and so does the body,
// except for the title line when `name` or `confidence` changes. Items kept in an edited list keep
// their own text. Every result is parsed again and compared with what was asked for before it is
// handed back; an edit that would change anything else is refused.
EditResult applyEdits(const Pattern &pattern, const QList<FieldEdit> &edits);

// The title rewritten from the name and the confidence: only the title's text changes. Refused
// when the pattern has no title whose place in the file is known exactly.
EditResult retitle(const Pattern &pattern);

// The title text for the body: the name with Markdown's own characters escaped, then the
// confidence asterisks.
QByteArray markdownTitle(const QString &name, int confidence);

// The bytes a load and save with no change gives back: the file reassembled from its parsed
// parts. Equal to pattern.bytes when the parse accounted for every byte.
QByteArray reassemble(const Pattern &pattern);

// Checks that each front-matter entry's span holds exactly its own key and value, so that an edit
// of one entry cannot touch another. Empty when all is well, else what is wrong.
QString checkEntrySpans(const Pattern &pattern);

} // namespace pb
