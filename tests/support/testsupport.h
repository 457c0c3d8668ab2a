#pragma once

#include "language/language.h"
#include "format/pattern.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <functional>

namespace pb::test {

// Folders of the repository the tests read.
QString sourceDir();
QString sampleLanguageDir();
QString testDataDir();
// The format's reference pattern beside the repository, or empty when it isn't there.
QString referencePattern();

QByteArray readFile(const QString &path);
void writeFile(const QString &path, const QByteArray &bytes);

// The same file with other line endings, a byte order mark, or no final newline.
enum class Variant { AsWritten, Crlf, Bom, NoFinalNewline, CrlfBomNoFinalNewline };
QList<QPair<QString, Variant>> allVariants();
QByteArray variant(const QByteArray &bytes, Variant v);

// A language of files held in memory: (file name, text).
Language languageOf(const QList<QPair<QString, QByteArray>> &files);
// The Markdown files of a folder, read into memory, by name; `mini` is the test data's language
// of four patterns.
QList<QPair<QString, QByteArray>> filesOf(const QString &folder);
QList<QPair<QString, QByteArray>> miniFiles();

// A made-up language of `patterns` patterns over `scales` scales, the same for the same arguments:
// SCALES.md and patterns whose context and completion lists mirror each other, each linked to one
// to `linksEach` larger patterns of the scale or two above, in the Alexandrian form, about
// `bodyBytes` long. For tests and benchmarks at sizes no hand-written language has.
QList<QPair<QString, QByteArray>> generatedLanguage(int patterns, int scales, int bodyBytes = 600, int linksEach = 3);
// The same, written to a folder.
void writeLanguage(const QString &folder, const QList<QPair<QString, QByteArray>> &files);

// Waiting, on conditions and never on time. (Sleeps pass when nothing happens;
// these return when what was waited for has happened, or say it did not.)
//
// Delivers every event posted so far, and those they post in turn (deferred signals, zero timers,
// queued connections): once this returns, what a widget would do in answer to what the test did
// has been done. For asserting that something did *not* happen.
void settle();
// Polls `condition` with events delivered, until it holds or `timeoutMs` passes; whether it held.
bool until(const std::function<bool()> &condition, int timeoutMs = 10000);

// Codes of the diagnostics, as "code@line:column", for compact comparisons.
QStringList codesAt(const Diagnostics &diagnostics);
QStringList codes(const Diagnostics &diagnostics);

// The lines that differ between two texts, by a longest-common-subsequence alignment: the 1-based
// lines of `before` replaced or removed, and "+N" for lines of `after` inserted.
QStringList changedLines(const QByteArray &before, const QByteArray &after);

// While alive, files this process writes may not grow past `bytes`: write() then fails with
// EFBIG, as it fails with ENOSPC on a full disk, without root and without mounting anything.
// SIGXFSZ, which would kill the process, is ignored meanwhile.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(qint64 bytes);
    ~FileSizeLimit();
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;

    // For a child process (QProcess::setChildProcessModifier): the same limit, set in the child.
    static void applyInChild(qint64 bytes);

private:
    qint64 m_previous = -1;
    void *m_previousHandler = nullptr;
};

} // namespace pb::test
