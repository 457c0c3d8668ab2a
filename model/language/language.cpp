#include "language/language.h"
#include "format/savefile.h"
#include "format/markdown_p.h"
#include "language/parallel_p.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <algorithm>

namespace pb {

namespace {
// The context of these messages for Qt Linguist.
class LanguageTr
{
    Q_DECLARE_TR_FUNCTIONS(pb::Language)
};
} // namespace

FileKind classifyFile(const QString &fileName)
{
    if (fileName.compare(QLatin1String("SCALES.md"), Qt::CaseInsensitive) == 0)
        return FileKind::Scales;
    if (fileName.startsWith(QLatin1Char('_')))
        return FileKind::Template;
    if (fileName.compare(QLatin1String("README.md"), Qt::CaseInsensitive) == 0
        || fileName.compare(QLatin1String("index.md"), Qt::CaseInsensitive) == 0)
        return FileKind::Introduction;
    return FileKind::Pattern;
}

namespace {

struct ReadResult
{
    QByteArray bytes;
    QString error;
};

QString tooLarge()
{
    return LanguageTr::tr("it is larger than %1 MiB, too large for a pattern").arg(MaxPatternFileSize / (1024 * 1024));
}

ReadResult readFile(const QString &path)
{
    const QFileInfo info(path);
    // Only regular files: reading a FIFO or a device would block or never end.
    if (info.isSymLink() && !info.exists())
        return {{}, LanguageTr::tr("it is a symbolic link to %1, which does not exist or links in a loop")
                        .arg(info.symLinkTarget())};
    if (!info.isFile())
        return {{}, info.isDir() ? LanguageTr::tr("it is a folder") : LanguageTr::tr("it is not a regular file (a pipe or a device)")};
    if (info.size() > MaxPatternFileSize)
        return {{}, tooLarge()};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {{}, file.errorString()};
    ReadResult result;
    result.bytes = readAtMost(file, MaxPatternFileSize);
    if (result.bytes.size() > MaxPatternFileSize)
        return {{}, tooLarge()};
    if (file.error() != QFileDevice::NoError)
        result.error = file.errorString();
    return result;
}

Pattern unreadable(const QString &name, const QString &path, const QString &error)
{
    Pattern p = parsePattern(name, path, QByteArray());
    p.diagnostics = {Diagnostic{Code::FileUnreadable, LanguageTr::tr("cannot read the file: %1").arg(error), path, 1, 1}};
    p.broken = true;
    return p;
}

// Splits one row of a Markdown table into its cells, honouring "\|".
QStringList tableCells(const QString &line)
{
    QStringList cells;
    QString cell;
    const QString row = line.trimmed();
    for (int i = 0; i < row.size(); ++i) {
        const QChar c = row.at(i);
        if (c == QLatin1Char('\\') && i + 1 < row.size() && row.at(i + 1) == QLatin1Char('|')) {
            cell += QLatin1Char('|');
            ++i;
        } else if (c == QLatin1Char('|')) {
            cells.append(cell.trimmed());
            cell.clear();
        } else {
            cell += c;
        }
    }
    cells.append(cell.trimmed());
    if (row.startsWith(QLatin1Char('|')))
        cells.removeFirst();
    if (row.endsWith(QLatin1Char('|')) && !cells.isEmpty())
        cells.removeLast();
    return cells;
}

QString stripInlineMarks(QString text)
{
    static const QString marks = QStringLiteral("*_`");
    while (!text.isEmpty() && marks.contains(text.front()) && text.back() == text.front()) {
        text = text.mid(1, text.size() - 2).trimmed();
    }
    return text;
}

} // namespace

QMap<int, Scale> parseScales(const QByteArray &bytes)
{
    // cmark (CommonMark without GitHub's extensions) has no tables, so the rows of SCALES.md's
    // table are read here: one row a line, cells between '|'.
    QMap<int, Scale> scales;
    const QStringList lines = QString::fromUtf8(bytes).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (!line.trimmed().startsWith(QLatin1Char('|')))
            continue;
        const QStringList cells = tableCells(line);
        if (cells.size() < 2)
            continue;
        bool ok = false;
        const int level = stripInlineMarks(cells.at(0)).toInt(&ok);
        if (!ok || level < 1 || level > 10)
            continue;
        scales.insert(level, Scale{level, stripInlineMarks(cells.at(1)),
                                   cells.size() > 2 ? cells.at(2) : QString()});
    }
    return scales;
}

Pattern Language::readPattern(const QString &fileName) const
{
    const QString path = pathFor(fileName);
    const ReadResult read = readFile(QDir(m_directory).filePath(fileName));
    return read.error.isEmpty() ? parsePattern(fileName, path, read.bytes) : unreadable(fileName, path, read.error);
}

QStringList Language::markdownFilesIn(const QString &directory)
{
    // Everything named *.md but folders: unreadable files, pipes and broken links among them, so
    // that they are listed with their error, never hidden.
    // Hidden ones are not: editors keep their locks and backups so (".#001-x.md").
    // QDirIterator and a plain sort rather than QDir::entryList(..., QDir::Name): the same names in
    // the same order, in half the time at 10,000 files.
    QStringList names;
    QDirIterator it(directory, {QStringLiteral("*.md")}, QDir::Files | QDir::System);
    while (it.hasNext()) {
        it.next();
        names.append(it.fileName());
    }
    std::sort(names.begin(), names.end());
    return names;
}

Language Language::load(const QString &directory)
{
    Language language;
    language.m_directory = QDir::cleanPath(directory);
    const QDir dir(directory);
    if (!dir.exists()) {
        language.m_loadDiagnostics.append(
            {Code::FileUnreadable, LanguageTr::tr("no such folder"), directory, 0, 0});
        return language;
    }
    const QStringList names = markdownFilesIn(directory);
    if (names.isEmpty() && !QFileInfo(directory).isReadable())
        language.m_loadDiagnostics.append(
            {Code::FileUnreadable, LanguageTr::tr("the folder cannot be read"), directory, 0, 0});

    QList<Pattern> parsed(names.size());
    QList<QByteArray> raw(names.size());
    QList<FileKind> kinds(names.size());
    parallelFor(int(names.size()), [&](int i) {
        const QString &name = names.at(i);
        const QString path = language.pathFor(name);
        kinds[i] = classifyFile(name);
        const ReadResult read = readFile(dir.filePath(name));
        if (kinds[i] != FileKind::Pattern) {
            raw[i] = read.bytes;
            return;
        }
        parsed[i] = read.error.isEmpty() ? parsePattern(name, path, read.bytes) : unreadable(name, path, read.error);
    });
    for (int i = 0; i < names.size(); ++i) {
        if (kinds.at(i) == FileKind::Pattern)
            language.m_patterns.append(parsed.at(i));
        else
            language.addDocument(names.at(i), kinds.at(i), raw.at(i));
    }
    language.rebuildIndex();
    return language;
}

Language Language::fromFiles(const QString &directory, const QList<QPair<QString, QByteArray>> &files)
{
    Language language;
    language.m_directory = QDir::cleanPath(directory);
    QList<QPair<QString, QByteArray>> sorted = files;
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<Pattern> parsed(sorted.size());
    parallelFor(int(sorted.size()), [&](int i) {
        const auto &[name, bytes] = sorted.at(i);
        if (classifyFile(name) == FileKind::Pattern)
            parsed[i] = parsePattern(name, language.pathFor(name), bytes);
    });
    for (int i = 0; i < sorted.size(); ++i) {
        const FileKind kind = classifyFile(sorted.at(i).first);
        if (kind == FileKind::Pattern)
            language.m_patterns.append(parsed.at(i));
        else
            language.addDocument(sorted.at(i).first, kind, sorted.at(i).second);
    }
    language.rebuildIndex();
    return language;
}

void Language::addDocument(const QString &fileName, FileKind kind, const QByteArray &bytes)
{
    m_documents.append({fileName, kind, bytes});
    if (kind == FileKind::Scales) {
        m_hasScalesFile = true;
        m_scales = parseScales(bytes);
    }
}

QString Language::pathFor(const QString &fileName) const
{
    if (m_directory.isEmpty() || m_directory == QLatin1String("."))
        return fileName;
    return m_directory + QLatin1Char('/') + fileName;
}

QString Language::title() const
{
    for (const LanguageDocument &doc : m_documents) {
        if (doc.kind != FileKind::Introduction)
            continue;
        const md::Document parsed = md::parse(doc.bytes.constData(), doc.bytes.size(), CMARK_OPT_DEFAULT);
        for (cmark_node *b = cmark_node_first_child(parsed.get()); b; b = cmark_node_next(b)) {
            if (cmark_node_get_type(b) == CMARK_NODE_HEADING && cmark_node_get_heading_level(b) == 1)
                return QString::fromUtf8(md::textOf(b)).simplified();
        }
    }
    return QFileInfo(m_directory).fileName();
}

int Language::indexOfFile(const QString &fileName) const
{
    return m_byFile.value(fileName, -1);
}

const Pattern *Language::patternById(int id) const
{
    const int i = indexOfId(id);
    return i < 0 ? nullptr : &m_patterns.at(i);
}

QString Language::scaleName(int level) const
{
    const auto it = m_scales.constFind(level);
    return it == m_scales.cend() ? QString() : it->name;
}

QByteArray Language::templateBytes() const
{
    for (const LanguageDocument &doc : m_documents) {
        if (doc.fileName.compare(QLatin1String("_TEMPLATE.md"), Qt::CaseInsensitive) == 0)
            return doc.bytes;
    }
    return {};
}

void Language::setPattern(const Pattern &pattern)
{
    // The common case, a pattern's new text: no row moves, so the indices hold; only an id that
    // changed needs the id index again (the first pattern with an id wins, so rebuild it whole:
    // a pass over ints, not over the patterns' text).
    if (const int i = indexOfFile(pattern.fileName); i >= 0) {
        const int oldId = m_patterns.at(i).fields.id;
        m_patterns[i] = pattern;
        if (oldId != pattern.fields.id)
            rebuildIdIndex();
        return;
    }
    auto it = std::lower_bound(m_patterns.begin(), m_patterns.end(), pattern.fileName,
                               [](const Pattern &p, const QString &name) { return p.fileName < name; });
    m_patterns.insert(it, pattern);
    rebuildIndex();
}

void Language::setPatterns(const QList<Pattern> &patterns)
{
    bool moved = false;
    bool idsChanged = false;
    for (const Pattern &pattern : patterns) {
        if (const int i = indexOfFile(pattern.fileName); i >= 0) {
            idsChanged = idsChanged || m_patterns.at(i).fields.id != pattern.fields.id;
            m_patterns[i] = pattern;
        } else {
            m_patterns.append(pattern);
            moved = true;
        }
    }
    if (moved) {
        std::stable_sort(m_patterns.begin(), m_patterns.end(),
                         [](const Pattern &a, const Pattern &b) { return a.fileName < b.fileName; });
        rebuildIndex();
    } else if (idsChanged) {
        rebuildIdIndex();
    }
}

void Language::removePattern(const QString &fileName)
{
    const int i = indexOfFile(fileName);
    if (i >= 0) {
        m_patterns.removeAt(i);
        rebuildIndex();
    }
}

void Language::rebuildIndex()
{
    m_byFile.clear();
    m_byFile.reserve(m_patterns.size());
    for (int i = 0; i < m_patterns.size(); ++i)
        m_byFile.insert(m_patterns.at(i).fileName, i);
    rebuildIdIndex();
}

void Language::rebuildIdIndex()
{
    m_byId.clear();
    for (int i = 0; i < m_patterns.size(); ++i) {
        const Pattern &p = m_patterns.at(i);
        if (p.fields.id > 0 && !m_byId.contains(p.fields.id))
            m_byId.insert(p.fields.id, i);
    }
}

} // namespace pb
