// A front matter read as FORMAT.md's typed fields: each key's presence, type and range, with a
// diagnostic at the value's place for what is wrong (frontmatterspans.cpp finds the places).

#include "format/frontmatternodes_p.h"
#include "format/textdiff.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <limits>

namespace pb::frontmatter {

namespace {
// The context of these messages for Qt Linguist.
class FrontMatterTr
{
    Q_DECLARE_TR_FUNCTIONS(pb::FrontMatter)
};
} // namespace

namespace {

// A value read from the front matter, with the offset to report problems at.
template <typename Node>
struct Field
{
    Node node;
    int offset = 0;
    bool present = false;
};

template <typename Node>
QString quoted(const Node &node)
{
    if (node.IsScalar())
        return QLatin1Char('"') + QString::fromStdString(node.Scalar()) + QLatin1Char('"');
    if (node.IsSequence())
        return FrontMatterTr::tr("a list");
    if (node.IsMap())
        return FrontMatterTr::tr("a mapping");
    return FrontMatterTr::tr("nothing");
}

template <typename Node>
QString kindOf(const Node &node)
{
    if (node.IsSequence())
        return FrontMatterTr::tr("a list");
    if (node.IsMap())
        return FrontMatterTr::tr("a mapping");
    if (node.IsNull())
        return QStringLiteral("null");
    switch (resolved(node).kind) {
    case yaml::Kind::Null:
        return QStringLiteral("null");
    case yaml::Kind::Bool:
        return FrontMatterTr::tr("a boolean");
    case yaml::Kind::Int:
        return FrontMatterTr::tr("a number");
    case yaml::Kind::Float:
        return FrontMatterTr::tr("a decimal number");
    case yaml::Kind::String:
        return isPlain(node) ? FrontMatterTr::tr("text") : FrontMatterTr::tr("a quoted string");
    }
    return QString();
}

// Reads an integer in [min, max]; reports and returns nullopt otherwise.
template <typename Node>
std::optional<int> readInt(Pattern &p, const Field<Node> &f, const QString &key, int min, int max,
                           const QString &what)
{
    const Node &n = f.node;
    const yaml::Resolved r = resolved(n);
    if (!n.IsScalar() || r.kind != yaml::Kind::Int) {
        QString msg = FrontMatterTr::tr("'%1' must be %2, not %3").arg(key, what, kindOf(n));
        if (n.IsScalar() && !isPlain(n)
            && yaml::resolvePlain(n.Scalar()).kind == yaml::Kind::Int)
            msg += FrontMatterTr::tr(" (write it without quotes: %1: %2)")
                       .arg(key, QString::fromStdString(n.Scalar()));
        else if (n.IsScalar())
            msg += QStringLiteral(" (%1)").arg(quoted(n));
        report(p, Code::WrongType, f.offset, msg);
        return std::nullopt;
    }
    if (r.overflow || r.integer < min || r.integer > max) {
        report(p, Code::OutOfRange, f.offset,
               FrontMatterTr::tr("'%1' must be %2, not %3")
                   .arg(key, what, QString::fromStdString(n.Scalar())));
        return std::nullopt;
    }
    return int(r.integer);
}

template <typename Node>
QList<int> readIdList(Pattern &p, const Field<Node> &f, const QString &key)
{
    QList<int> ids;
    if (!f.present || f.node.IsNull())
        return ids;
    if (!f.node.IsSequence()) {
        report(p, Code::WrongType, f.offset,
               FrontMatterTr::tr("'%1' must be a list of pattern ids such as [3, 12], not %2")
                   .arg(key, kindOf(f.node)));
        return ids;
    }
    for (const Node &item : f.node) {
        const Field<Node> itemField{item, at(p, item), true};
        if (auto id = readInt(p, itemField, key, 1, std::numeric_limits<int>::max(),
                              FrontMatterTr::tr("a list of pattern ids (whole numbers from 1)")))
            ids.append(*id);
    }
    return ids;
}

template <typename Node>
QStringList readStringList(Pattern &p, const Field<Node> &f, const QString &key)
{
    QStringList out;
    if (!f.present || f.node.IsNull())
        return out;
    if (!f.node.IsSequence()) {
        report(p, Code::WrongType, f.offset,
               FrontMatterTr::tr("'%1' must be a list such as [a, b], not %2").arg(key, kindOf(f.node)));
        return out;
    }
    for (const Node &item : f.node) {
        if (!item.IsScalar()) {
            report(p, Code::WrongType, at(p, item),
                   FrontMatterTr::tr("each item of '%1' must be text, not %2").arg(key, kindOf(item)));
            continue;
        }
        out.append(QString::fromStdString(item.Scalar()));
    }
    return out;
}

QString suggestionFor(const QString &key)
{
    static const QHash<QString, QString> aliases = {
        {QStringLiteral("context"), QStringLiteral("context_patterns")},
        {QStringLiteral("completion"), QStringLiteral("completion_patterns")},
        {QStringLiteral("completions"), QStringLiteral("completion_patterns")},
        {QStringLiteral("contexts"), QStringLiteral("context_patterns")},
        {QStringLiteral("tag"), QStringLiteral("tags")},
        {QStringLiteral("title"), QStringLiteral("name")},
    };
    const QString lower = key.toLower();
    if (aliases.contains(lower))
        return aliases.value(lower);
    for (const QString &known : knownKeys()) {
        if (lower == known || lower == QString(known).replace(QLatin1Char('_'), QLatin1Char('-')))
            return known;
        if (key.size() >= 4 && editDistance(lower, known) <= 2)
            return known;
    }
    return QString();
}

// Plain ASCII kebab-case, [a-z0-9]+(-[a-z0-9]+)*: what nearly every tag is, answered without the
// regular expression below, which costs more than reading the whole front matter.
bool isAsciiKebabCase(const QString &tag)
{
    bool wordStart = true;
    for (const QChar c : tag) {
        const char16_t u = c.unicode();
        if ((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9')) {
            wordStart = false;
        } else if (u == '-' && !wordStart) {
            wordStart = true;
        } else {
            return false;
        }
    }
    return !wordStart;
}

bool isKebabCase(const QString &tag)
{
    if (isAsciiKebabCase(tag))
        return true; // a subset of the expression's language: the rest is for it to decide
    static const QRegularExpression re(QStringLiteral("^[\\p{Ll}\\p{Lo}\\p{Nd}]+(-[\\p{Ll}\\p{Lo}\\p{Nd}]+)*$"));
    return re.match(tag).hasMatch();
}

// The keys met so far, to find duplicates: a front matter has a dozen, which a scan finds sooner
// than a hash; past a few dozen, a hash.
class KeySet
{
public:
    // False when `key` was there already.
    bool insert(const QString &key)
    {
        if (!m_many.isEmpty()) {
            const qsizetype before = m_many.size();
            m_many.insert(key);
            return m_many.size() != before;
        }
        if (std::find(m_few.cbegin(), m_few.cend(), key) != m_few.cend())
            return false;
        m_few.append(key);
        if (m_few.size() > 32)
            m_many = QSet<QString>(m_few.cbegin(), m_few.cend());
        return true;
    }

private:
    QVarLengthArray<QString, 33> m_few;
    QSet<QString> m_many;
};

template <typename Node>
void readFieldsOf(Pattern &p, const Node &root)
{
    using Field = frontmatter::Field<Node>;
    // Only known keys are looked up below: held by their index in knownKeys().
    const QStringList &known = knownKeys();
    QVarLengthArray<Field, 16> fields(known.size());
    auto field = [&](const QString &key) -> const Field & {
        Q_ASSERT(known.contains(key));
        return fields[known.indexOf(key)];
    };
    KeySet seen;
    for (const auto &[keyNode, valueNode] : pairsOf(root)) {
        const int keyOffset = at(p, keyNode);
        if (!keyNode.IsScalar()) {
            report(p, Code::WrongType, keyOffset, FrontMatterTr::tr("a key must be plain text"));
            continue;
        }
        const QString key = QString::fromStdString(keyNode.Scalar());
        if (!seen.insert(key)) {
            report(p, Code::DuplicateKey, keyOffset,
                   FrontMatterTr::tr("'%1' appears twice in the front matter").arg(key));
            continue;
        }
        const Node value = valueNode; // a copy, kept past the pairs
        const int valueOffset = value.IsNull() ? keyOffset : at(p, value);
        if (const int index = int(known.indexOf(key)); index >= 0) {
            fields[index] = Field{value, valueOffset, true};
        } else {
            const QString suggestion = suggestionFor(key);
            if (!suggestion.isEmpty())
                report(p, Code::UnknownKey, keyOffset,
                       FrontMatterTr::tr("unknown key '%1'; did you mean '%2'?").arg(key, suggestion));
        }
    }

    const int top = p.layout.openingLine.start;
    auto required = [&](const QString &key) -> const Field * {
        const Field &f = field(key);
        if (!f.present) {
            report(p, Code::MissingKey, top, FrontMatterTr::tr("required key '%1' is missing").arg(key));
            return nullptr;
        }
        if (f.node.IsNull()) {
            report(p, Code::EmptyValue, f.offset, FrontMatterTr::tr("'%1' has no value").arg(key));
            return nullptr;
        }
        return &f;
    };
    auto optional = [&](const QString &key) -> const Field * {
        const Field &f = field(key);
        return !f.present || f.node.IsNull() ? nullptr : &f;
    };

    PatternFields &out = p.fields;
    if (const Field *f = required(QStringLiteral("id"))) {
        if (auto id = readInt(p, *f, QStringLiteral("id"), 1, std::numeric_limits<int>::max(),
                              FrontMatterTr::tr("a whole number from 1 to 2,147,483,647")))
            out.id = *id;
    }
    if (const Field *f = required(QStringLiteral("name"))) {
        if (!f->node.IsScalar()) {
            report(p, Code::WrongType, f->offset,
                   FrontMatterTr::tr("'name' must be text, not %1").arg(kindOf(f->node)));
        } else {
            out.name = QString::fromStdString(f->node.Scalar()).simplified();
            if (out.name.isEmpty())
                report(p, Code::EmptyValue, f->offset, FrontMatterTr::tr("'name' is empty"));
        }
    }
    if (const Field *f = required(QStringLiteral("confidence"))) {
        if (auto c = readInt(p, *f, QStringLiteral("confidence"), 0, 2, FrontMatterTr::tr("0, 1 or 2")))
            out.confidence = *c;
    }
    if (const Field *f = optional(QStringLiteral("scale"))) {
        if (auto s = readInt(p, *f, QStringLiteral("scale"), 1, 10,
                             FrontMatterTr::tr("a whole number from 1 to 10")))
            out.scale = *s;
    }
    out.contextPatterns = readIdList(p, field(QStringLiteral("context_patterns")),
                                     QStringLiteral("context_patterns"));
    out.completionPatterns = readIdList(p, field(QStringLiteral("completion_patterns")),
                                        QStringLiteral("completion_patterns"));
    if (const Field *f = optional(QStringLiteral("ai_dimension"))) {
        const yaml::Resolved r = resolved(f->node);
        if (f->node.IsScalar() && r.kind == yaml::Kind::Bool) {
            out.aiDimension = r.boolean;
        } else {
            QString msg = FrontMatterTr::tr("'ai_dimension' must be true or false, not %1")
                              .arg(f->node.IsScalar() ? quoted(f->node) : kindOf(f->node));
            report(p, Code::WrongType, f->offset, msg);
        }
    }
    const Field &tags = field(QStringLiteral("tags"));
    out.tags = readStringList(p, tags, QStringLiteral("tags"));
    if (tags.present && tags.node.IsSequence()) {
        for (const Node &item : tags.node) {
            if (item.IsScalar() && !isKebabCase(QString::fromStdString(item.Scalar())))
                report(p, Code::TagNotKebabCase, at(p, item),
                       FrontMatterTr::tr("tag '%1' is not kebab-case (lowercase words joined by '-')")
                           .arg(QString::fromStdString(item.Scalar())));
        }
    }
    out.references = readStringList(p, field(QStringLiteral("references")),
                                    QStringLiteral("references"));
}

} // namespace

void readFields(Pattern &pattern, const YAML::Node &root) { readFieldsOf(pattern, root); }

void readFields(Pattern &pattern, const FastNode &root) { readFieldsOf(pattern, root); }

} // namespace pb::frontmatter
