#pragma once

#include <QByteArray>
#include <QString>

namespace pb {

// A file's bytes as a text editor sees them, and back. An editor (QPlainTextEdit) has no byte
// order mark and only '\n' line breaks; the file may have a BOM and CRLF or lone CR line endings.
// The document keeps the bytes; editors see this view, and their edits map back to exact byte
// splices, so the lines an edit does not touch keep their own endings.
namespace editortext {

// The editor's view of `bytes`: UTF-8 decoded, BOM dropped, "\r\n" and "\r" as "\n".
QString fromBytes(const QByteArray &bytes);

// Byte offset in `bytes` of editor position `position` (in UTF-16 units of fromBytes(bytes)).
int byteOffset(const QByteArray &bytes, int position);

// Editor position of byte offset `offset` (an offset inside a CRLF pair maps to its '\n').
int position(const QByteArray &bytes, int offset);

// Text typed in the editor as bytes for a file whose lines end in `lineEnding`.
QByteArray toBytes(const QString &text, const QByteArray &lineEnding);

} // namespace editortext

// The smallest splice turning `before` into `after`: common prefix and suffix left alone.
struct Splice
{
    int offset = 0;
    int removed = 0; // bytes of `before` replaced
    QByteArray inserted;
    bool isEmpty() const { return removed == 0 && inserted.isEmpty(); }
};
Splice spliceBetween(const QByteArray &before, const QByteArray &after);
QByteArray applySplice(const QByteArray &bytes, const Splice &splice);

} // namespace pb
