// libFuzzer target, a property of the lossless writer: load any file, change one field, save,
// reload. If the writer accepts the edit, the field reads back as set, every other key reads back
// as it was (and its own lines are the same bytes), and the body is the same bytes but for the
// title line, which changes only with the name or the confidence. The fuzzer chooses the field and
// the value as well as the file.

#include "format/pattern.h"
#include "format/patternwriter.h"
#include "format/yamlsupport_p.h"

#include <fuzzer/FuzzedDataProvider.h>

#include <cstdlib>

using namespace pb;

namespace {

QVariant valueFrom(FuzzedDataProvider &data, int depth = 0)
{
    switch (data.ConsumeIntegralInRange(0, depth < 2 ? 6 : 4)) {
    case 0:
        return QVariant(qint64(data.ConsumeIntegralInRange<qint64>(-5, 200)));
    case 1:
        return QVariant(data.ConsumeBool());
    case 2:
        return QVariant(); // null
    case 3:
    case 4:
        return QString::fromStdString(data.ConsumeRandomLengthString(40));
    case 5: {
        QVariantList list;
        const int n = data.ConsumeIntegralInRange(0, 5);
        for (int i = 0; i < n; ++i)
            list.append(valueFrom(data, depth + 1));
        return list;
    }
    default: {
        QVariantMap map;
        const int n = data.ConsumeIntegralInRange(0, 3);
        for (int i = 0; i < n; ++i)
            map.insert(QString::fromStdString(data.ConsumeRandomLengthString(8)), valueFrom(data, depth + 1));
        return map;
    }
    }
}

YAML::Node frontMatterOf(const Pattern &p)
{
    const Span fm = p.layout.frontMatter;
    return YAML::Load(std::string(p.bytes.constData() + fm.start, size_t(fm.length())));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    FuzzedDataProvider data(bytes, size);
    static const char *const keys[] = {"id", "name", "confidence", "scale", "context_patterns", "completion_patterns",
                                       "ai_dimension", "tags", "references", "status", "owner"};
    const QString key = QString::fromLatin1(keys[data.ConsumeIntegralInRange<size_t>(0, std::size(keys) - 1)]);
    const bool remove = data.ConsumeIntegralInRange(0, 7) == 0;
    const QVariant value = valueFrom(data);
    const std::string rest = data.ConsumeRemainingBytesAsString();
    const QByteArray file(rest.data(), qsizetype(rest.size()));

    const Pattern before = parsePattern(QStringLiteral("001-x.md"), QStringLiteral("001-x.md"), file);
    const EditResult r = applyEdits(before, {remove ? FieldEdit::unset(key) : FieldEdit::set(key, value)});
    if (!r.ok)
        return 0; // refusing is always allowed; what is accepted must be exact
    const Pattern after = parsePattern(QStringLiteral("001-x.md"), QStringLiteral("001-x.md"), r.bytes);
    if (reassemble(after) != r.bytes)
        std::abort(); // the saved file does not read back whole

    try {
        const YAML::Node old = frontMatterOf(before);
        const YAML::Node now = frontMatterOf(after);
        // The edited key holds what was asked (checked by the writer itself, too).
        if (remove != !now[key.toStdString()].IsDefined())
            std::abort();
        // Every other key: the same value, and the same bytes on its own lines.
        for (const FrontMatterEntry &e : before.entries) {
            if (e.key == key)
                continue;
            if (!yaml::same(old[e.key.toStdString()], now[e.key.toStdString()]))
                std::abort();
            const FrontMatterEntry *kept = after.entry(e.key);
            if (!kept || after.bytes.mid(kept->lines.start, kept->lines.length()) != before.bytes.mid(e.lines.start, e.lines.length()))
                std::abort();
        }
    } catch (const YAML::Exception &) {
        std::abort(); // the writer accepted a front matter that does not read back
    }

    // The body: the same bytes, but the title when the name or the confidence changed.
    const QByteArray oldBody = before.bytes.mid(before.layout.bodyStart);
    const QByteArray newBody = after.bytes.mid(after.layout.bodyStart);
    const bool titleMayChange = key == QLatin1String("name") || key == QLatin1String("confidence");
    if (!titleMayChange || !before.body.hasTitle || before.body.titleText.start < 0) {
        if (oldBody != newBody)
            std::abort();
    } else {
        const int start = before.body.titleText.start - before.layout.bodyStart;
        const int end = before.body.titleText.end - before.layout.bodyStart;
        if (!newBody.startsWith(oldBody.left(start)) || !newBody.endsWith(oldBody.mid(end)))
            std::abort();
    }
    return 0;
}
