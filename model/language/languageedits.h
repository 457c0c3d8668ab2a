#pragma once

#include "format/textindex.h"

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

// A reference in a file of the language: where its name lies, and the sentence around it.
struct ReferenceSite
{
    QString fileName;
    Span nameSpan;
    TextPosition position;
    QString text; // the name as the reference writes it
    QString excerpt; // the words around it, to show the author
};

// A pattern renamed: the references that wrote its old name exactly are renamed (`edits`); those
// that wrote it otherwise ("delivering in **Thin Slices (17)**", an older name) are prose the
// author chose, and are only listed (`others`), for the author to rename one by one or all at once.
struct RenameChanges
{
    QList<FileEdit> edits; // the exact ones renamed
    QList<ReferenceSite> exact;
    QList<ReferenceSite> others;
};
RenameChanges renameReferences(const Language &language, int id, const QString &oldName, const QString &newName);

// The references at these sites renamed to `newName`, one edit per file.
QList<FileEdit> renameReferencesAt(const Language &language, const QList<ReferenceSite> &sites, const QString &newName);

// Pattern `oldId` renumbered to `newId`: its own id, every link list and every reference.
QList<FileEdit> renumber(const Language &language, int oldId, int newId);

// The fix for an unmirrored link: `fromFile` lists `toId` under one list, so pattern `toId`
// gets `fromFile`'s id in the other. Empty when there is nothing to fix, or when the writer refuses
// to edit that pattern's front matter (then *refused says why).
QList<FileEdit> mirrorLink(const Language &language, const QString &fromFile, int toId, QString *refused = nullptr);

// The patterns that refer to `id` (in a link list or the body), by file name, with how often.
QList<QPair<QString, int>> referencesTo(const Language &language, int id);

} // namespace pb
