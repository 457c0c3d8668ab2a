#pragma once

#include "format/diagnostic.h"
#include "format/pattern.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

namespace pb {

// What a Markdown file in a language folder is.
enum class FileKind {
    Pattern,
    Scales, // SCALES.md: names the scales
    Template, // a file starting with '_', such as _TEMPLATE.md
    Introduction, // README.md or index.md
};
FileKind classifyFile(const QString &fileName);

// A document about the language itself, kept byte for byte.
struct LanguageDocument
{
    QString fileName;
    FileKind kind = FileKind::Introduction;
    QByteArray bytes;
};

struct Scale
{
    int level = 0;
    QString name;
    QString description;
};

// A pattern language: a folder of patterns and its own documents, parsed. A value type: copy it
// to hand a snapshot to another thread.
class Language
{
public:
    // Reads and parses every Markdown file of `directory`, on all cores. Never throws; a folder
    // that can't be read gives an empty language with a diagnostic.
    static Language load(const QString &directory);
    // Parses files already in memory (file name, bytes), as load() would.
    static Language fromFiles(const QString &directory, const QList<QPair<QString, QByteArray>> &files);

    // The Markdown files of a folder that a language lists, readable or not.
    static QStringList markdownFilesIn(const QString &directory);

    QString directory() const { return m_directory; }
    QString title() const; // from README.md's first heading, else the folder name

    const QList<Pattern> &patterns() const { return m_patterns; }
    int patternCount() const { return int(m_patterns.size()); }
    const Pattern &pattern(int index) const { return m_patterns.at(index); }
    // Index of the pattern with this id (the first, if several share it), or -1.
    int indexOfId(int id) const { return m_byId.value(id, -1); }
    int indexOfFile(const QString &fileName) const;
    const Pattern *patternById(int id) const;

    const QList<LanguageDocument> &documents() const { return m_documents; }
    const QMap<int, Scale> &scales() const { return m_scales; }
    bool hasScales() const { return m_hasScalesFile; }
    QString scaleName(int level) const;
    // _TEMPLATE.md's bytes, or empty when the language has none.
    QByteArray templateBytes() const;

    // Problems with the folder itself (unreadable), not with its files.
    const Diagnostics &loadDiagnostics() const { return m_loadDiagnostics; }

    // Reads and parses one pattern file of this language's folder as load() would: a file that
    // can't be read comes back broken, saying why.
    Pattern readPattern(const QString &fileName) const;

    // Replace or add one pattern (by file name), keeping the order by file name. Replacing is
    // O(1) unless the id changed (then O(n) over ints); adding or removing renumbers the rows.
    void setPattern(const Pattern &pattern);
    // Many at once (a checkout, a watcher's burst, a fix over the language): one renumbering.
    void setPatterns(const QList<Pattern> &patterns);
    void removePattern(const QString &fileName);
    QString pathFor(const QString &fileName) const;

private:
    void rebuildIndex();
    void rebuildIdIndex();
    void addDocument(const QString &fileName, FileKind kind, const QByteArray &bytes);

    QString m_directory;
    QList<Pattern> m_patterns; // ordered by file name
    QHash<int, int> m_byId;
    QHash<QString, int> m_byFile;
    QList<LanguageDocument> m_documents;
    QMap<int, Scale> m_scales;
    bool m_hasScalesFile = false;
    Diagnostics m_loadDiagnostics;
};

// Reads SCALES.md's table (`| Scale | Name | Description |`).
QMap<int, Scale> parseScales(const QByteArray &bytes);

// Files larger than this are not read: no pattern is that long, and a hostile file must not
// exhaust memory.
inline constexpr qint64 MaxPatternFileSize = 16 * 1024 * 1024;

} // namespace pb
