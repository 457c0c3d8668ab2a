#include "language/patternfilter.h"
#include "language/language.h"
#include "format/pattern.h"

#include <cstring>

namespace pb {

QByteArray searchKey(const Pattern &p)
{
    return (QString::number(p.fields.id) + QLatin1Char(' ') + p.fields.name + QLatin1Char(' ') + p.fileName
            + QLatin1Char(' ') + p.fields.tags.join(QLatin1Char(' ')) + QLatin1Char(' ')
            + QString::fromUtf8(p.bodyBytes()))
        .toCaseFolded()
        .toUtf8();
}

bool PatternFilter::matches(const Pattern &p) const
{
    return matches(p, needsText() && !p.broken ? searchKey(p) : QByteArray());
}

PatternFilter::Prepared PatternFilter::prepare() const
{
    Prepared out;
    for (const QString &word : text.trimmed().toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        Prepared::Word w;
        // "#flow" is a tag: the patterns tagged flow (or flow-anything, while it is typed).
        if (word.startsWith(QLatin1Char('#')) && word.size() > 1) {
            w.tag = word.mid(1);
        } else {
            // A number is an id: "4" means pattern 4, not every text with a 4 in it.
            bool isNumber = false;
            w.id = word.toInt(&isNumber);
            if (!isNumber)
                w.id = -1;
            w.needle = word.toUtf8();
        }
        out.words.append(w);
    }
    return out;
}

bool PatternFilter::matches(const Pattern &p, const QByteArray &haystack) const
{
    return matches(p, haystack, prepare());
}

bool PatternFilter::matches(const Pattern &p, const QByteArray &haystack, const Prepared &prepared) const
{
    if (p.broken)
        return true;
    if (!tags.isEmpty()) {
        bool any = false;
        for (const QString &tag : p.fields.tags)
            any = any || tags.contains(tag);
        if (!any)
            return false;
    }
    if (!confidences.isEmpty() && !confidences.contains(p.fields.confidence))
        return false;
    if (!scales.isEmpty() && !scales.contains(p.fields.scale))
        return false;
    for (const Prepared::Word &w : prepared.words) {
        if (!w.tag.isEmpty()) {
            if (std::none_of(p.fields.tags.cbegin(), p.fields.tags.cend(),
                             [&](const QString &t) { return t.toCaseFolded().startsWith(w.tag); }))
                return false;
        } else if (w.id >= 0) {
            if (w.id != p.fields.id)
                return false;
        } else if (!::memmem(haystack.constData(), size_t(haystack.size()), w.needle.constData(), size_t(w.needle.size()))) {
            // glibc's memmem (two-way, vectorised) scans a body several times faster than
            // QByteArray::indexOf: the scan is most of a keystroke's cost.
            return false;
        }
    }
    return true;
}

} // namespace pb

namespace pb {

QList<int> quickOpenMatches(const Language &language, const QString &query, int limit)
{
    const QString q = query.trimmed().toCaseFolded();
    const QStringList words = q.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QList<QPair<int, int>> scored; // (score, index): lower is better
    for (int i = 0; i < language.patternCount(); ++i) {
        const Pattern &p = language.pattern(i);
        const QString name = (p.fields.name.isEmpty() ? p.fileName : p.fields.name).toCaseFolded();
        const QString id = QString::number(p.fields.id);
        const QString tags = p.fields.tags.join(QLatin1Char(' ')).toCaseFolded();
        if (words.isEmpty()) {
            scored.append({p.fields.id > 0 ? p.fields.id : 1 << 30, i});
            continue;
        }
        int score = 0;
        bool all = true;
        for (const QString &w : words) {
            if (w == id)
                score += 0;
            else if (name.startsWith(w))
                score += 10;
            else if (name.contains(QLatin1Char(' ') + w))
                score += 20;
            else if (name.contains(w))
                score += 30;
            else if (tags.contains(w))
                score += 40;
            else if (p.fileName.contains(w, Qt::CaseInsensitive))
                score += 50;
            else {
                all = false;
                break;
            }
        }
        if (all)
            scored.append({score * 100000 + std::min(std::max(p.fields.id, 0), 99999), i});
    }
    std::sort(scored.begin(), scored.end());
    QList<int> out;
    for (int k = 0; k < scored.size() && k < limit; ++k)
        out.append(scored.at(k).second);
    return out;
}

} // namespace pb
