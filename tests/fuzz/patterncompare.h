#pragma once

// The whole of a parsed Pattern compared field by field, for the differential test of the fast
// front-matter reader (tests/model/tst_fastfrontmatter.cpp) and its fuzz target
// (fuzz_frontmatter.cpp): both must say exactly what differs, not only that something does.
// Header-only, on QtCore alone, because the fuzzers link nothing but the model.

#include "format/pattern.h"

#include <QString>
#include <QStringList>

namespace pb::test {

namespace detail {

inline QString show(int v) { return QString::number(v); }
inline QString show(bool v) { return v ? QStringLiteral("true") : QStringLiteral("false"); }
inline QString show(const QString &v) { return QLatin1Char('"') + v + QLatin1Char('"'); }
inline QString show(const QByteArray &v) { return show(QString::fromUtf8(v)); }
inline QString show(const Span &v) { return QStringLiteral("[%1, %2)").arg(v.start).arg(v.end); }
inline QString show(const TextPosition &v) { return QStringLiteral("%1:%2").arg(v.line).arg(v.column); }
inline QString show(ValueStyle v) { return QString::number(int(v)); }
inline QString show(ReferencePart v) { return QString::number(int(v)); }
inline QString show(const std::optional<bool> &v) { return v ? show(*v) : QStringLiteral("unset"); }
inline QString show(const Diagnostic &d) { return d.toString(); }
inline QString show(const QStringList &v) { return QLatin1Char('[') + v.join(QStringLiteral(", ")) + QLatin1Char(']'); }
template <typename T>
QString show(const QList<T> &list)
{
    QStringList parts;
    for (const T &v : list)
        parts.append(show(v));
    return show(parts);
}
template <typename T, size_t N>
QString show(const std::array<T, N> &array)
{
    QStringList parts;
    for (const T &v : array)
        parts.append(show(v));
    return show(parts);
}

// Collects the first difference only: later ones are often its consequences.
class Differ
{
public:
    template <typename T>
    void check(const QString &what, const T &a, const T &b)
    {
        if (m_first.isEmpty() && !(a == b))
            m_first = QStringLiteral("%1: %2 vs %3").arg(what, show(a), show(b));
    }
    template <typename T, typename Each>
    void checkList(const QString &what, const QList<T> &a, const QList<T> &b, Each each)
    {
        check(what + QStringLiteral(".size"), int(a.size()), int(b.size()));
        for (int i = 0; m_first.isEmpty() && i < a.size() && i < b.size(); ++i)
            each(QStringLiteral("%1[%2]").arg(what).arg(i), a.at(i), b.at(i));
    }
    QString first() const { return m_first; }

private:
    QString m_first;
};

} // namespace detail

// The first field in which `a` and `b` differ, as "what: a's vs b's"; empty when they are equal.
inline QString firstDifference(const Pattern &a, const Pattern &b)
{
    detail::Differ d;
    d.check(QStringLiteral("fileName"), a.fileName, b.fileName);
    d.check(QStringLiteral("path"), a.path, b.path);
    d.check(QStringLiteral("bytes"), a.bytes, b.bytes);
    const FileLayout &la = a.layout, &lb = b.layout;
    d.check(QStringLiteral("layout.hasBom"), la.hasBom, lb.hasBom);
    d.check(QStringLiteral("layout.hasFrontMatter"), la.hasFrontMatter, lb.hasFrontMatter);
    d.check(QStringLiteral("layout.terminated"), la.terminated, lb.terminated);
    d.check(QStringLiteral("layout.openingLine"), la.openingLine, lb.openingLine);
    d.check(QStringLiteral("layout.frontMatter"), la.frontMatter, lb.frontMatter);
    d.check(QStringLiteral("layout.closingLine"), la.closingLine, lb.closingLine);
    d.check(QStringLiteral("layout.bodyStart"), la.bodyStart, lb.bodyStart);
    d.check(QStringLiteral("layout.bodyStartLine"), la.bodyStartLine, lb.bodyStartLine);
    d.check(QStringLiteral("layout.lineEnding"), la.lineEnding, lb.lineEnding);
    // Diagnostics before entries and fields: a differing message says most about what went wrong.
    d.checkList(QStringLiteral("diagnostics"), a.diagnostics, b.diagnostics,
                [&](const QString &what, const Diagnostic &x, const Diagnostic &y) {
                    d.check(what, x, y);
                    d.check(what + QStringLiteral(".subject"), x.subject, y.subject);
                    d.check(what + QStringLiteral(".key"), x.key, y.key);
                });
    d.checkList(QStringLiteral("entries"), a.entries, b.entries,
                [&](const QString &what, const FrontMatterEntry &x, const FrontMatterEntry &y) {
                    d.check(what + QStringLiteral(".key"), x.key, y.key);
                    d.check(what + QStringLiteral(".lines"), x.lines, y.lines);
                    d.check(what + QStringLiteral(".keyText"), x.keyText, y.keyText);
                    d.check(what + QStringLiteral(".colonEnd"), x.colonEnd, y.colonEnd);
                    d.check(what + QStringLiteral(".value"), x.value, y.value);
                    d.check(what + QStringLiteral(".style"), x.style, y.style);
                    d.check(what + QStringLiteral(".items"), x.items, y.items);
                    d.check(what + QStringLiteral(".itemIndent"), x.itemIndent, y.itemIndent);
                    d.check(what + QStringLiteral(".itemStyle"), x.itemStyle, y.itemStyle);
                });
    d.check(QStringLiteral("editable"), a.editable, b.editable);
    d.check(QStringLiteral("notEditable"), a.notEditable, b.notEditable);
    const PatternFields &fa = a.fields, &fb = b.fields;
    d.check(QStringLiteral("fields.id"), fa.id, fb.id);
    d.check(QStringLiteral("fields.name"), fa.name, fb.name);
    d.check(QStringLiteral("fields.confidence"), fa.confidence, fb.confidence);
    d.check(QStringLiteral("fields.scale"), fa.scale, fb.scale);
    d.check(QStringLiteral("fields.contextPatterns"), fa.contextPatterns, fb.contextPatterns);
    d.check(QStringLiteral("fields.completionPatterns"), fa.completionPatterns, fb.completionPatterns);
    d.check(QStringLiteral("fields.aiDimension"), fa.aiDimension, fb.aiDimension);
    d.check(QStringLiteral("fields.tags"), fa.tags, fb.tags);
    d.check(QStringLiteral("fields.references"), fa.references, fb.references);
    const PatternBody &ba = a.body, &bb = b.body;
    d.check(QStringLiteral("body.hasTitle"), ba.hasTitle, bb.hasTitle);
    d.check(QStringLiteral("body.title"), ba.title, bb.title);
    d.check(QStringLiteral("body.titleStars"), ba.titleStars, bb.titleStars);
    d.check(QStringLiteral("body.titleText"), ba.titleText, bb.titleText);
    d.check(QStringLiteral("body.titlePosition"), ba.titlePosition.line, bb.titlePosition.line);
    d.check(QStringLiteral("body.titlePosition.column"), ba.titlePosition.column, bb.titlePosition.column);
    d.check(QStringLiteral("body.partLines"), ba.partLines, bb.partLines);
    d.checkList(QStringLiteral("body.references"), ba.references, bb.references,
                [&](const QString &what, const PatternReference &x, const PatternReference &y) {
                    d.check(what + QStringLiteral(".id"), x.id, y.id);
                    d.check(what + QStringLiteral(".name"), x.name, y.name);
                    d.check(what + QStringLiteral(".part"), x.part, y.part);
                    d.check(what + QStringLiteral(".span"), x.span, y.span);
                    d.check(what + QStringLiteral(".nameSpan"), x.nameSpan, y.nameSpan);
                    d.check(what + QStringLiteral(".position.line"), x.position.line, y.position.line);
                    d.check(what + QStringLiteral(".position.column"), x.position.column, y.position.column);
                });
    d.check(QStringLiteral("broken"), a.broken, b.broken);
    return d.first();
}

} // namespace pb::test
