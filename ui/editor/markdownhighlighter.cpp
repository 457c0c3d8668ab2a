#include "markdownhighlighter.h"

#include <QTextDocument>

namespace pb::ui {

namespace {
// Byte column of UTF-8 `line` -> UTF-16 index in the same line as a QString.
int toUtf16(const QString &line, int byteColumn)
{
    int bytes = 0;
    for (int i = 0; i < line.size(); ++i) {
        if (bytes >= byteColumn)
            return i;
        const char16_t c = line.at(i).unicode();
        if (QChar::isHighSurrogate(c)) {
            bytes += 4;
            ++i;
        } else {
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
        }
    }
    return int(line.size());
}
} // namespace

MarkdownHighlighter::MarkdownHighlighter(QTextDocument *document, bool withFrontMatter)
    : QSyntaxHighlighter(document)
    , m_frontMatter(withFrontMatter)
{
    connect(document, &QTextDocument::contentsChange, this, [this](int, int removed, int added) {
        if (removed != added || added > 0)
            reparse();
    });
    reparse();
}

void MarkdownHighlighter::setNames(const QHash<int, QString> &names)
{
    if (names == m_names)
        return;
    m_names = names;
    // Only lines with references can change colour.
    for (auto it = m_references.cbegin(); it != m_references.cend(); ++it)
        rehighlightBlock(document()->findBlockByNumber(it.key()));
}

MarkdownHighlighter::ReferenceState MarkdownHighlighter::stateOf(int id, const QString &name) const
{
    const auto it = m_names.constFind(id);
    if (it == m_names.cend())
        return ReferenceState::Broken;
    return *it == name ? ReferenceState::Good : ReferenceState::Stale;
}

QString MarkdownHighlighter::describe(int id, const QString &name) const
{
    switch (stateOf(id, name)) {
    case ReferenceState::Good:
        return tr("Pattern %1: %2").arg(id).arg(name);
    case ReferenceState::Broken:
        return tr("Broken reference: no pattern has id %1").arg(id);
    case ReferenceState::Stale:
        return tr("Stale reference: pattern %1 is now named \u201c%2\u201d").arg(id).arg(m_names.value(id));
    }
    return {};
}

const MarkdownHighlighter::Reference *MarkdownHighlighter::referenceAt(int block, int position) const
{
    const auto it = m_references.constFind(block);
    if (it == m_references.cend())
        return nullptr;
    for (const Reference &r : *it) {
        if (position >= r.start && position < r.end)
            return &r;
    }
    return nullptr;
}

void MarkdownHighlighter::reparse()
{
    if (m_reparsing)
        return;
    const QString text = document()->toRawText().replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    QStringList lines = text.split(QLatin1Char('\n'));

    // In the raw view, the front matter (between the first two '---' lines) is YAML.
    int bodyFirstLine = 0;
    m_frontMatterEnd = -1;
    if (m_frontMatter && !lines.isEmpty() && lines.first().trimmed() == QLatin1String("---")) {
        for (int i = 1; i < lines.size(); ++i) {
            if (lines.at(i).trimmed() == QLatin1String("---")) {
                m_frontMatterEnd = i;
                bodyFirstLine = i + 1;
                break;
            }
        }
    }
    QStringList bodyLines = lines.mid(bodyFirstLine);
    const QList<MarkdownSpan> spans = markdownSpans(bodyLines.join(QLatin1Char('\n')).toUtf8());

    QHash<int, QList<Span>> byBlock;
    QHash<int, QList<Reference>> references;
    for (const MarkdownSpan &s : spans) {
        const int block = bodyFirstLine + s.line - 1;
        if (block < 0 || block >= lines.size())
            continue;
        const QString &line = lines.at(block);
        const int start = toUtf16(line, s.start);
        const int end = s.end < 0 ? -1 : toUtf16(line, s.end);
        byBlock[block].append({start, end, s.kind});
        if (s.kind == MarkdownSpan::Reference)
            references[block].append({start, end < 0 ? int(line.size()) : end, s.referenceId, s.referenceName});
    }
    const QHash<int, QList<Span>> old = std::exchange(m_spans, byBlock);
    const QHash<int, QList<Reference>> oldReferences = std::exchange(m_references, references);
    // Repaint only lines whose spans (or references) changed.
    QSet<int> changed;
    for (auto it = byBlock.cbegin(); it != byBlock.cend(); ++it) {
        if (old.value(it.key()) != *it)
            changed.insert(it.key());
    }
    for (auto it = old.cbegin(); it != old.cend(); ++it) {
        if (!byBlock.contains(it.key()))
            changed.insert(it.key());
    }
    for (auto it = references.cbegin(); it != references.cend(); ++it) {
        const auto &o = oldReferences.value(it.key());
        if (o.size() != it->size())
            changed.insert(it.key());
        else
            for (int i = 0; i < o.size(); ++i)
                if (o.at(i).id != it->at(i).id || o.at(i).name != it->at(i).name)
                    changed.insert(it.key());
    }
    if (m_frontMatter) {
        for (int i = 0; i <= std::max(m_frontMatterEnd, 0); ++i)
            changed.insert(i);
    }
    m_reparsing = true;
    for (int block : std::as_const(changed)) {
        const QTextBlock b = document()->findBlockByNumber(block);
        if (b.isValid())
            rehighlightBlock(b);
    }
    m_reparsing = false;
}

QTextCharFormat MarkdownHighlighter::formatFor(MarkdownSpan::Kind kind) const
{
    QTextCharFormat f;
    switch (kind) {
    case MarkdownSpan::Heading:
        f.setFontWeight(QFont::Bold);
        f.setForeground(QColor(0x8a, 0x3b, 0x12));
        break;
    case MarkdownSpan::Emphasis:
        f.setFontItalic(true);
        break;
    case MarkdownSpan::Strong:
        f.setFontWeight(QFont::Bold);
        break;
    case MarkdownSpan::Link:
        f.setForeground(QColor(0x1f, 0x4e, 0x79));
        f.setFontUnderline(true);
        break;
    case MarkdownSpan::Code:
    case MarkdownSpan::CodeBlock:
        f.setForeground(QColor(0x4a, 0x5a, 0x2a));
        f.setBackground(QColor(0xf1, 0xeb, 0xdf));
        break;
    case MarkdownSpan::Rule:
        f.setForeground(QColor(0xa5, 0x9d, 0x8f));
        f.setFontWeight(QFont::Bold);
        break;
    case MarkdownSpan::Quote:
        f.setForeground(QColor(0x6f, 0x67, 0x5b));
        break;
    case MarkdownSpan::HtmlBlock:
        f.setForeground(QColor(0x80, 0x80, 0x80));
        break;
    case MarkdownSpan::Reference:
        f.setFontWeight(QFont::Bold);
        break;
    }
    return f;
}

void MarkdownHighlighter::highlightBlock(const QString &text)
{
    const int block = currentBlock().blockNumber();
    if (m_frontMatter && m_frontMatterEnd >= 0 && block <= m_frontMatterEnd) {
        // YAML: delimiter lines, keys and comments.
        QTextCharFormat delimiter;
        delimiter.setForeground(QColor(0xa5, 0x9d, 0x8f));
        if (block == 0 || block == m_frontMatterEnd) {
            setFormat(0, int(text.size()), delimiter);
            return;
        }
        const int colon = int(text.indexOf(QLatin1Char(':')));
        if (colon > 0 && !text.front().isSpace() && text.front() != QLatin1Char('#')) {
            QTextCharFormat key;
            key.setForeground(QColor(0x1f, 0x4e, 0x79));
            key.setFontWeight(QFont::Bold);
            setFormat(0, colon, key);
        }
        const int hash = int(text.indexOf(QLatin1String(" #")));
        const int comment = text.trimmed().startsWith(QLatin1Char('#')) ? int(text.indexOf(QLatin1Char('#'))) : hash;
        if (comment >= 0) {
            QTextCharFormat f;
            f.setForeground(QColor(0x80, 0x80, 0x80));
            f.setFontItalic(true);
            setFormat(comment, int(text.size()) - comment, f);
        }
        return;
    }
    // Very long lines (a hostile file's megabyte of text) are left plain: laying out colour runs
    // over them would cost more than they are worth.
    if (text.size() > 20000)
        return;
    // Formats add up (bold inside italic stays italic): cut the line where any span starts or
    // ends, and give each piece the sum of the spans over it.
    QList<Span> spans = m_spans.value(block);
    for (const Reference &r : m_references.value(block))
        spans.append({r.start, r.end, MarkdownSpan::Reference});
    std::sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) {
        return std::tie(a.start, a.end, a.kind) < std::tie(b.start, b.end, b.kind);
    });
    spans.erase(std::unique(spans.begin(), spans.end()), spans.end());
    QList<int> cuts{0, int(text.size())};
    for (const Span &sp : spans) {
        cuts << std::clamp(sp.start, 0, int(text.size())) << (sp.end < 0 ? int(text.size()) : std::clamp(sp.end, 0, int(text.size())));
    }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    const QHash<int, Reference> referenceAtStart = [&] {
        QHash<int, Reference> out;
        for (const Reference &r : m_references.value(block))
            out.insert(r.start, r);
        return out;
    }();
    for (int i = 0; i + 1 < cuts.size(); ++i) {
        const int a = cuts.at(i), b = cuts.at(i + 1);
        QTextCharFormat f;
        for (const Span &sp : std::as_const(spans)) {
            const int end = sp.end < 0 ? int(text.size()) : sp.end;
            if (sp.start > a || end < b)
                continue;
            if (sp.kind != MarkdownSpan::Reference) {
                f.merge(formatFor(sp.kind));
                continue;
            }
            const Reference r = referenceAtStart.value(sp.start);
            f.merge(referenceFormat(stateOf(r.id, r.name)));
        }
        if (f.propertyCount() > 0)
            setFormat(a, b - a, f);
    }
}

QTextCharFormat MarkdownHighlighter::referenceFormat(ReferenceState state) const
{
    QTextCharFormat f;
    f.setFontWeight(QFont::Bold);
    switch (state) {
    case ReferenceState::Good:
        f.setForeground(QColor(0x1f, 0x4e, 0x79));
        break;
    case ReferenceState::Broken:
        f.setForeground(QColor(0xb3, 0x26, 0x1e));
        f.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        f.setUnderlineColor(QColor(0xb3, 0x26, 0x1e));
        break;
    case ReferenceState::Stale:
        f.setForeground(QColor(0x8a, 0x6d, 0x00));
        f.setUnderlineStyle(QTextCharFormat::DotLine);
        f.setUnderlineColor(QColor(0x8a, 0x6d, 0x00));
        break;
    }
    return f;
}

} // namespace pb::ui
