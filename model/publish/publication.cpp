#include "publish/publication.h"
#include "language/language.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

namespace pb {

QString starsText(int confidence) { return QString(std::clamp(confidence, 0, 2), QChar(0x2605)); }

QString confidenceMeaning(int confidence)
{
    static const char *meaning[] = {"a hypothesis", "likely true", "an invariant"};
    return QStringLiteral("Confidence %1: %2").arg(confidence).arg(QLatin1String(meaning[std::clamp(confidence, 0, 2)]));
}

namespace {
// Latin letters that do not decompose into a letter and an accent, spelled as their languages
// spell them in ASCII ("Straße" -> "strasse", not "stra-e").
const char *asciiFor(QChar c)
{
    switch (c.unicode()) {
    case 0x00DF: return "ss"; // ß
    case 0x00E6: return "ae"; // æ
    case 0x0153: return "oe"; // œ
    case 0x00F8: return "o"; // ø
    case 0x0111: return "d"; // đ
    case 0x0142: return "l"; // ł
    case 0x00FE: return "th"; // þ
    case 0x00F0: return "d"; // ð
    case 0x0131: return "i"; // ı
    default: return nullptr;
    }
}
} // namespace

QString Publication::slug(const QString &text)
{
    // Accents go (NFD, then only ASCII kept); everything else that is not a letter or digit
    // becomes one '-'.
    const QString decomposed = text.normalized(QString::NormalizationForm_D).toLower();
    QString out;
    for (const QChar c : decomposed) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            || c == QLatin1Char('_'))
            out += c;
        else if (c.category() == QChar::Mark_NonSpacing)
            continue;
        else if (const char *latin = asciiFor(c))
            out += QLatin1String(latin);
        else if (!out.endsWith(QLatin1Char('-')))
            out += QLatin1Char('-');
    }
    while (out.startsWith(QLatin1Char('-')))
        out.remove(0, 1);
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out.left(80);
}

Publication::Publication(const Language &language, const Selection &selection, const ExportOptions &options)
    : m_language(language)
    , m_graph(LinkGraph::build(language))
    , m_backlinks(allBacklinks(language, m_graph))
    , m_options(options)
    , m_title(language.title())
    , m_subtitle(selection.title)
    , m_indices(selection.indices)
    , m_ordered(selection.ordered)
{
    QSet<QString> usedPages;
    for (int index : std::as_const(m_indices)) {
        m_included.insert(index);
        const Pattern &p = language.pattern(index);
        QString base = slug(QFileInfo(p.fileName).completeBaseName());
        if (base.isEmpty())
            base = p.fields.id > 0 ? QStringLiteral("pattern-%1").arg(p.fields.id) : QStringLiteral("pattern");
        QString name = base;
        for (int n = 2; usedPages.contains(name); ++n)
            name = QStringLiteral("%1-%2").arg(base).arg(n);
        usedPages.insert(name);
        m_pageNames.insert(index, name);
        m_indexByFile.insert(p.fileName, index);
        if (p.broken) {
            m_broken.append(index);
            continue;
        }
        m_byScale[p.fields.scale > 0 ? p.fields.scale : 0].append(index);
        for (const QString &tag : p.fields.tags) {
            QList<int> &tagged = m_byTag[tag];
            if (!tagged.contains(index))
                tagged.append(index);
        }
    }
    m_tags = m_byTag.keys();
    std::sort(m_tags.begin(), m_tags.end(), [](const QString &a, const QString &b) {
        const int c = a.compare(b, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a < b;
    });
    QSet<QString> usedTags;
    for (int i = 0; i < m_tags.size(); ++i) {
        QString base = slug(m_tags.at(i));
        if (base.isEmpty())
            base = QStringLiteral("tag-%1").arg(i + 1);
        QString name = base;
        for (int n = 2; usedTags.contains(name); ++n)
            name = QStringLiteral("%1-%2").arg(base).arg(n);
        usedTags.insert(name);
        m_tagSlugs.insert(m_tags.at(i), name);
    }
    for (const LanguageDocument &doc : language.documents()) {
        if (doc.kind == FileKind::Introduction || doc.kind == FileKind::Scales)
            m_introductionFiles.insert(doc.fileName);
    }
}

QList<int> Publication::scales() const
{
    QList<int> out = m_byScale.keys();
    // Larger scales (smaller numbers) first; no scale at the end.
    std::sort(out.begin(), out.end(), [](int a, int b) { return (a == 0 ? INT_MAX : a) < (b == 0 ? INT_MAX : b); });
    return out;
}

QString Publication::displayName(int index) const
{
    const Pattern &p = m_language.pattern(index);
    return p.broken || p.fields.name.trimmed().isEmpty() ? p.fileName : p.fields.name;
}

QString Publication::label(int index) const
{
    const Pattern &p = m_language.pattern(index);
    if (p.broken || p.fields.id <= 0)
        return displayName(index);
    return QStringLiteral("%1 %2").arg(p.fields.id).arg(displayName(index));
}

QList<Publication::Part> Publication::parts() const
{
    QList<Part> out;
    if (m_ordered) {
        out.append({QStringLiteral("selection"),
                    m_subtitle.isEmpty() ? QStringLiteral("Selected patterns") : m_subtitle, QString(), m_indices});
        return out;
    }
    for (int scale : scales())
        out.append({QStringLiteral("scale-%1").arg(scale), scaleHeading(scale),
                    scale > 0 ? m_language.scales().value(scale).description : QString(), patternsOfScale(scale)});
    if (!m_broken.isEmpty())
        out.append({QStringLiteral("scale-broken"), QStringLiteral("Files that cannot be read"), QString(), m_broken});
    return out;
}

QString Publication::scaleHeading(int scale) const
{
    if (scale <= 0)
        return QStringLiteral("No scale");
    const QString name = m_language.scaleName(scale);
    return name.isEmpty() ? QStringLiteral("Scale %1").arg(scale) : QStringLiteral("%1 \u00b7 %2").arg(scale).arg(name);
}

RenderContext Publication::renderContext(const QString &prefix, const QString &suffix) const
{
    RenderContext context = makeRenderContext(m_language);
    context.linkOnlyListed = true;
    for (int index : m_indices) {
        const Pattern &p = m_language.pattern(index);
        if (p.fields.id > 0 && !context.hrefById.contains(p.fields.id) && m_language.indexOfId(p.fields.id) == index)
            context.hrefById.insert(p.fields.id, prefix + m_pageNames.value(index) + suffix);
    }
    return context;
}

QByteArray Publication::introduction() const
{
    for (const LanguageDocument &doc : m_language.documents()) {
        if (doc.kind == FileKind::Introduction)
            return doc.bytes;
    }
    return {};
}

QString Publication::resolveLocalUrl(const QString &url, const LinkTargets &targets) const
{
    const QUrl parsed(url);
    if (parsed.scheme() == QLatin1String("file") || parsed.scheme() == QLatin1String("data") || !parsed.isValid())
        return {}; // a file: URL names a place on the author's machine; data: is dropped by cmark anyway
    const QString path = parsed.path(QUrl::FullyDecoded);
    if (path.isEmpty() || QDir::isAbsolutePath(path))
        return {};
    // Only files inside the language folder: "../" out of it is not the export's to publish.
    const QString relative = QDir::cleanPath(path);
    if (relative.startsWith(QLatin1String("..")) || relative == QLatin1String("."))
        return {};
    // A pattern's page, with the fragment where the export keeps them (the renderer gives
    // headings ids); an EPUB checker fails a fragment that names no id, and a booklet's page is
    // itself a fragment.
    if (const auto it = m_indexByFile.constFind(relative); it != m_indexByFile.cend()) {
        const QString page = targets.pagePrefix + m_pageNames.value(*it) + targets.pageSuffix;
        const QString fragment = parsed.fragment(QUrl::FullyDecoded);
        if (!targets.fragments || fragment.isEmpty())
            return page;
        QMutexLocker lock(&m_filesMutex);
        auto anchors = m_anchors.find(*it);
        if (anchors == m_anchors.end())
            anchors = m_anchors.insert(*it, headingAnchors(m_language.pattern(*it)));
        return anchors->contains(fragment) ? page + QLatin1Char('#') + parsed.fragment(QUrl::FullyEncoded) : page;
    }
    if (m_introductionFiles.contains(relative))
        return targets.indexHref;
    if (!targets.files || relative.endsWith(QLatin1String(".md"), Qt::CaseInsensitive))
        return {}; // a pattern left out, or a Markdown file that is not part of the language
    if (!targets.fileSuffixes.isEmpty() && !targets.fileSuffixes.contains(QFileInfo(relative).suffix().toLower()))
        return {};
    const QString source = QDir(m_language.directory()).filePath(relative);
    const QFileInfo info(source);
    if (!info.isFile() || info.size() > 64 * 1024 * 1024)
        return {};
    // A symbolic link may point out of the folder: the file itself must be inside it.
    const QString folder = QFileInfo(m_language.directory()).canonicalFilePath();
    if (!info.canonicalFilePath().startsWith(folder + QLatin1Char('/')))
        return {};
    // The copy's name: each part made safe for a URL, the folders kept.
    QStringList parts = relative.split(QLatin1Char('/'));
    for (QString &part : parts) {
        const QFileInfo partInfo(part);
        const QString suffix = partInfo.suffix().isEmpty() ? QString() : QLatin1Char('.') + slug(partInfo.suffix());
        QString base = slug(partInfo.completeBaseName());
        if (base.isEmpty())
            base = QStringLiteral("file");
        part = base + suffix;
    }
    QString safe = parts.join(QLatin1Char('/'));
    if (safe != relative) {
        // Made safe, two names can become one ("Team Photo.png" and "team_photo.png"): a name that
        // had to change carries a hash of the original, the same in every export.
        const QString hash = QString::fromLatin1(
            QCryptographicHash::hash(relative.toUtf8(), QCryptographicHash::Sha1).toHex().left(8));
        const QFileInfo last(parts.constLast());
        parts.last() = last.completeBaseName() + QLatin1Char('-') + hash
                       + (last.suffix().isEmpty() ? QString() : QLatin1Char('.') + last.suffix());
        safe = parts.join(QLatin1Char('/'));
    }
    QMutexLocker lock(&m_filesMutex);
    m_files.insert(safe, {info.absoluteFilePath(), safe});
    return targets.filePrefix + safe;
}

QList<Publication::LocalFile> Publication::localFiles() const
{
    QMutexLocker lock(&m_filesMutex);
    return m_files.values();
}

QByteArray publishResource(const QString &name)
{
    QFile file(QStringLiteral(":/patternbook/publish/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString patternCount(qsizetype n)
{
    return n == 1 ? QStringLiteral("1 pattern") : QStringLiteral("%1 patterns").arg(n);
}

} // namespace pb
