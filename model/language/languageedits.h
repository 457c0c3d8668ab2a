#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace pb {

class Language;

// A change to one file of a language, computed before anything is written, so that the user
// sees which files change first.
struct FileEdit
{
    QString fileName;
    QByteArray before;
    QByteArray after;
    int changes = 0; // references or list entries rewritten
    QString summary; // for the user: what changes in this file
};

// The next id no pattern has: one past the largest.
int nextFreeId(const Language &language);
// "Value Stream Alignment" -> "value-stream-alignment".
QString slugFor(const QString &name);
// "007-value-stream-alignment.md": the id zero-padded to three digits.
QString fileNameFor(int id, const QString &name);

// A new pattern's text: the language's _TEMPLATE.md with this id, name and scale (and its title),
// or, without a usable template, the Alexandrian skeleton.
QByteArray newPatternText(const Language &language, int id, const QString &name, int scale = 0);

// Every `**Old Name (id)**` reference to pattern `id`, in every file, renamed to `newName`.
QList<FileEdit> renameReferences(const Language &language, int id, const QString &newName);

// Pattern `oldId` renumbered to `newId`: its own id, every link list and every reference.
QList<FileEdit> renumber(const Language &language, int oldId, int newId);

// The fix for an unmirrored link: `fromFile` lists `toId` under one list, so pattern `toId`
// gets `fromFile`'s id in the other. Empty when there is nothing to fix.
QList<FileEdit> mirrorLink(const Language &language, const QString &fromFile, int toId);

// The patterns that refer to `id` (in a link list or the body), by file name, with how often.
QList<QPair<QString, int>> referencesTo(const Language &language, int id);

} // namespace pb
