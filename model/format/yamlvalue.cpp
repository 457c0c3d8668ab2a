#include "format/yamlsupport_p.h"
#include "format/yamlvalue.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>
#include <cmath>
#include <limits>
#include <set>
#include <vector>

namespace pb {

namespace {
// The context of these messages for Qt Linguist.
class YamlTr
{
    Q_DECLARE_TR_FUNCTIONS(pb::FrontMatter)
};
} // namespace

namespace yaml {

namespace {
bool isDigits(std::string_view s, int base)
{
    if (s.empty())
        return false;
    for (char c : s) {
        const bool ok = base == 8    ? (c >= '0' && c <= '7')
                        : base == 16 ? std::isxdigit(static_cast<unsigned char>(c)) != 0
                                     : (c >= '0' && c <= '9');
        if (!ok)
            return false;
    }
    return true;
}

bool parseInteger(std::string_view s, int base, bool negative, Resolved &out)
{
    unsigned long long value = 0;
    const unsigned long long limit =
        negative ? 1ULL + std::numeric_limits<qint64>::max() : std::numeric_limits<qint64>::max();
    for (char c : s) {
        const int digit = c <= '9' ? c - '0' : (std::tolower(static_cast<unsigned char>(c)) - 'a' + 10);
        if (value > (limit - digit) / base) {
            out.overflow = true;
            return true;
        }
        value = value * base + digit;
    }
    out.integer = negative ? qint64(0 - value) : qint64(value);
    return true;
}

bool isFloat(std::string_view s)
{
    // [-+]? ( \. [0-9]+ | [0-9]+ ( \. [0-9]* )? ) ( [eE] [-+]? [0-9]+ )?
    size_t i = 0;
    if (i < s.size() && (s[i] == '-' || s[i] == '+'))
        ++i;
    size_t digits = 0;
    while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i])))
        ++i, ++digits;
    if (i < s.size() && s[i] == '.') {
        ++i;
        size_t fraction = 0;
        while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i])))
            ++i, ++fraction;
        if (digits == 0 && fraction == 0)
            return false;
    } else if (digits == 0) {
        return false;
    }
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < s.size() && (s[i] == '-' || s[i] == '+'))
            ++i;
        size_t exp = 0;
        while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i])))
            ++i, ++exp;
        if (exp == 0)
            return false;
    }
    return i == s.size();
}
} // namespace

Resolved resolvePlain(const std::string &text)
{
    Resolved r;
    const std::string_view s(text);
    if (s.empty() || s == "~" || s == "null" || s == "Null" || s == "NULL")
        return r;
    if (s == "true" || s == "True" || s == "TRUE" || s == "false" || s == "False" || s == "FALSE") {
        r.kind = Kind::Bool;
        r.boolean = s[0] == 't' || s[0] == 'T';
        return r;
    }
    if (s.size() > 2 && s[0] == '0' && (s[1] == 'o' || s[1] == 'x')) {
        const int base = s[1] == 'o' ? 8 : 16;
        if (isDigits(s.substr(2), base)) {
            r.kind = Kind::Int;
            parseInteger(s.substr(2), base, false, r);
            return r;
        }
    }
    {
        const bool sign = s[0] == '-' || s[0] == '+';
        if (isDigits(s.substr(sign ? 1 : 0), 10)) {
            r.kind = Kind::Int;
            parseInteger(s.substr(sign ? 1 : 0), 10, s[0] == '-', r);
            return r;
        }
    }
    if (isFloat(s)) {
        r.kind = Kind::Float;
        r.real = std::strtod(text.c_str(), nullptr);
        return r;
    }
    const std::string_view bare = (s[0] == '-' || s[0] == '+') ? s.substr(1) : s;
    if (bare == ".inf" || bare == ".Inf" || bare == ".INF") {
        r.kind = Kind::Float;
        r.real = s[0] == '-' ? -INFINITY : INFINITY;
        return r;
    }
    if (s == ".nan" || s == ".NaN" || s == ".NAN") {
        r.kind = Kind::Float;
        r.real = NAN;
        return r;
    }
    r.kind = Kind::String;
    return r;
}

bool isPlain(const YAML::Node &scalar) { return scalar.Tag() == "?"; }

Resolved resolve(const YAML::Node &node)
{
    if (!node.IsDefined() || node.IsNull())
        return {};
    if (!node.IsScalar())
        return {Kind::String};
    const std::string &tag = node.Tag();
    if (tag == "?")
        return resolvePlain(node.Scalar());
    if (tag == "tag:yaml.org,2002:int" || tag == "tag:yaml.org,2002:bool"
        || tag == "tag:yaml.org,2002:float" || tag == "tag:yaml.org,2002:null") {
        Resolved r = resolvePlain(node.Scalar());
        return r;
    }
    Resolved r;
    r.kind = Kind::String;
    return r;
}

QVariant toVariant(const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Undefined:
    case YAML::NodeType::Null:
        return {};
    case YAML::NodeType::Scalar: {
        const Resolved r = resolve(node);
        switch (r.kind) {
        case Kind::Null:
            return {};
        case Kind::Bool:
            return r.boolean;
        case Kind::Int:
            if (r.overflow)
                return QString::fromStdString(node.Scalar());
            return r.integer;
        case Kind::Float:
            return r.real;
        case Kind::String:
            return QString::fromStdString(node.Scalar());
        }
        return {};
    }
    case YAML::NodeType::Sequence: {
        QVariantList list;
        for (const auto &item : node)
            list.append(toVariant(item));
        return list;
    }
    case YAML::NodeType::Map: {
        QVariantMap map;
        for (const auto &item : node)
            map.insert(QString::fromStdString(item.first.Scalar()), toVariant(item.second));
        return map;
    }
    }
    return {};
}

bool same(const YAML::Node &a, const YAML::Node &b)
{
    const bool aNull = !a.IsDefined() || a.IsNull();
    const bool bNull = !b.IsDefined() || b.IsNull();
    if (aNull || bNull)
        return aNull == bNull || (aNull && b.IsScalar() && resolve(b).kind == Kind::Null)
               || (bNull && a.IsScalar() && resolve(a).kind == Kind::Null);
    if (a.Type() != b.Type())
        return false;
    if (a.IsScalar()) {
        const Resolved ra = resolve(a);
        const Resolved rb = resolve(b);
        if (ra.kind != rb.kind)
            return false;
        switch (ra.kind) {
        case Kind::Null:
            return true;
        case Kind::Bool:
            return ra.boolean == rb.boolean;
        case Kind::Int:
            return ra.overflow ? a.Scalar() == b.Scalar() : ra.integer == rb.integer;
        case Kind::Float:
            return ra.real == rb.real || (std::isnan(ra.real) && std::isnan(rb.real));
        case Kind::String:
            return a.Scalar() == b.Scalar();
        }
        return false;
    }
    if (a.size() != b.size())
        return false;
    if (a.IsSequence()) {
        for (size_t i = 0; i < a.size(); ++i) {
            if (!same(a[i], b[i]))
                return false;
        }
        return true;
    }
    for (auto ia = a.begin(); ia != a.end(); ++ia) {
        bool found = false;
        for (auto ib = b.begin(); ib != b.end(); ++ib) {
            if (same(ia->first, ib->first)) {
                if (!same(ia->second, ib->second))
                    return false;
                found = true;
                break;
            }
        }
        if (!found)
            return false;
    }
    return true;
}

namespace {

// A node's identity across aliases: yaml-cpp gives an aliased node the anchor's node, and with it
// the anchor's mark. Position and type together, since a block mapping starts where its first
// key does. A node without a mark (one yaml-cpp made up) is never taken for a repeat.
using NodeKey = std::pair<int, int>;

struct Walker
{
    qint64 repeatLimit;
    Walk result;
    std::set<NodeKey> seen;
    std::vector<YAML::Node> path; // the nodes above the current one, for cycles

    bool stopped() const { return result.cyclic || result.tooDeep || result.tooLarge(repeatLimit); }

    void visit(const YAML::Node &node)
    {
        if (stopped())
            return;
        ++result.values;
        const YAML::Mark mark = node.Mark();
        if (mark.pos >= 0 && !seen.insert({mark.pos, int(node.Type())}).second)
            ++result.repeated;
        if (!node.IsSequence() && !node.IsMap())
            return;
        for (const YAML::Node &above : path) {
            if (above.is(node)) {
                result.cyclic = true;
                return;
            }
        }
        if (int(path.size()) >= MaxWalkDepth) {
            result.tooDeep = true;
            return;
        }
        path.push_back(node);
        if (node.IsSequence()) {
            for (const auto &item : node) {
                visit(item);
                if (stopped())
                    break;
            }
        } else {
            for (const auto &item : node) {
                visit(item.first);
                visit(item.second);
                if (stopped())
                    break;
            }
        }
        path.pop_back();
    }
};

QString walkProblem(const Walk &w, const QString &key)
{
    const QString number = QLocale(QLocale::English).toString(MaxExpandedValues);
    if (w.cyclic)
        return key.isEmpty() ? YamlTr::tr("the front matter holds itself through a YAML alias")
                             : YamlTr::tr("'%1' holds itself through a YAML alias; such a front matter is edited as "
                                          "text, not through the form")
                                   .arg(key);
    if (w.tooDeep)
        return key.isEmpty() ? YamlTr::tr("the front matter nests deeper than %1 levels").arg(MaxWalkDepth)
                             : YamlTr::tr("'%1' nests deeper than %2 levels; such a front matter is edited as text, "
                                          "not through the form")
                                   .arg(key)
                                   .arg(MaxWalkDepth);
    if (w.tooLarge())
        return key.isEmpty() ? YamlTr::tr("the front matter uses YAML aliases that stand for more than %1 values").arg(number)
                             : YamlTr::tr("'%1' uses YAML aliases that stand for more than %2 values; such a front "
                                          "matter is edited as text, not through the form")
                                   .arg(key, number);
    return {};
}

} // namespace

Walk walk(const YAML::Node &node, qint64 repeatLimit)
{
    Walker walker{repeatLimit, {}, {}, {}};
    walker.visit(node);
    return walker.result;
}

QString explicitTag(const YAML::Node &node, int depth)
{
    if (!node.IsDefined() || depth > MaxWalkDepth)
        return {};
    const std::string &tag = node.Tag();
    if (!tag.empty() && tag != "?" && tag != "!")
        return QString::fromStdString(tag);
    if (node.IsSequence() || node.IsMap()) {
        for (const auto &item : node) {
            const YAML::Node child = node.IsMap() ? item.second : YAML::Node(item);
            if (const QString inner = explicitTag(child, depth + 1); !inner.isEmpty())
                return inner;
        }
    }
    return {};
}

QString expansionProblem(const YAML::Node &root)
{
    if (!root.IsMap())
        return walkProblem(walk(root), QString());
    // One budget for the whole front matter, and the identities of what was seen shared by its
    // keys: an anchor under one key and its aliases under another are repeats too.
    Walker walker{MaxExpandedValues, {}, {}, {}};
    walker.path.push_back(root);
    for (const auto &item : root) {
        walker.visit(item.first);
        walker.visit(item.second);
        if (walker.stopped())
            return walkProblem(walker.result,
                               QString::fromStdString(item.first.IsScalar() ? item.first.Scalar() : std::string()));
    }
    return {};
}

QString message(const YAML::Exception &e)
{
    QString msg = QString::fromStdString(e.msg);
    if (!msg.isEmpty())
        msg[0] = msg[0].toLower();
    return msg;
}

} // namespace yaml

QVariant parseYamlValue(const QString &text, QString *error)
{
    try {
        // One value: a second document after "---" would be dropped without a word.
        const std::vector<YAML::Node> documents = YAML::LoadAll(text.toStdString());
        if (documents.size() > 1) {
            if (error)
                *error = YamlTr::tr("it holds %1 YAML documents, not one value").arg(documents.size());
            return {};
        }
        const YAML::Node node = documents.empty() ? YAML::Node() : documents.front();
        if (const QString tag = yaml::explicitTag(node); !tag.isEmpty()) {
            if (error)
                *error = YamlTr::tr("the YAML tag %1 would not be kept; quote the value").arg(tag);
            return {};
        }
        if (const yaml::Walk w = yaml::walk(node); !w.ok()) {
            if (error)
                *error = w.cyclic    ? YamlTr::tr("it holds itself through an alias")
                         : w.tooDeep ? YamlTr::tr("it nests deeper than %1 levels").arg(yaml::MaxWalkDepth)
                                     : YamlTr::tr("its aliases stand for more than %1 values")
                                           .arg(QLocale(QLocale::English).toString(yaml::MaxExpandedValues));
            return {};
        }
        return yaml::toVariant(node);
    } catch (const YAML::Exception &e) {
        if (error)
            *error = yaml::message(e);
        return {};
    }
}

bool isPlainSafe(const QString &text)
{
    if (text.isEmpty() || text.front().isSpace() || text.back().isSpace())
        return false;
    static const QString indicators = QStringLiteral("-?:,[]{}#&*!|>'\"%@`");
    if (indicators.contains(text.front()))
        return false;
    if (text.startsWith(QLatin1String("---")) || text.startsWith(QLatin1String("...")))
        return false;
    for (QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7F || c.unicode() == 0x85 || c.unicode() == 0xFEFF
            || c.unicode() == 0x2028 || c.unicode() == 0x2029)
            return false;
        if (c == QLatin1Char(',') || c == QLatin1Char('[') || c == QLatin1Char(']')
            || c == QLatin1Char('{') || c == QLatin1Char('}'))
            return false;
    }
    if (text.contains(QLatin1String(": ")) || text.endsWith(QLatin1Char(':'))
        || text.contains(QLatin1String(" #")))
        return false;
    if (yaml::resolvePlain(text.toStdString()).kind != yaml::Kind::String)
        return false;
    // Other YAML tools still read these the YAML 1.1 way, as booleans.
    static const QStringList yaml11 = {QStringLiteral("y"), QStringLiteral("n"),
                                       QStringLiteral("yes"), QStringLiteral("no"),
                                       QStringLiteral("on"), QStringLiteral("off")};
    if (yaml11.contains(text.toLower()))
        return false;
    return true;
}

namespace {
QByteArray doubleQuoted(const QString &text)
{
    QByteArray out;
    out.reserve(text.size() + 2);
    out += '"';
    for (QChar c : text) {
        switch (c.unicode()) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\r':
            out += "\\r";
            break;
        case 0x85:
            out += "\\N";
            break;
        case 0x2028:
            out += "\\L";
            break;
        case 0x2029:
            out += "\\P";
            break;
        case 0xFEFF:
            out += "\\uFEFF";
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7F)
                out += "\\x" + QByteArray::number(c.unicode(), 16).rightJustified(2, '0');
            else
                out += QString(c).toUtf8();
        }
    }
    out += '"';
    return out;
}

bool singleQuotable(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7F || c.unicode() == 0x85 || c.unicode() == 0xFEFF
            || c.unicode() == 0x2028 || c.unicode() == 0x2029)
            return false;
    }
    return true;
}
} // namespace

QByteArray formatScalar(const QVariant &value, ScalarStyle preferred)
{
    if (!value.isValid() || value.isNull())
        return QByteArrayLiteral("null");
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return QByteArray::number(value.toLongLong());
    case QMetaType::Double: {
        const double d = value.toDouble();
        if (std::isnan(d))
            return QByteArrayLiteral(".nan");
        if (std::isinf(d))
            return d > 0 ? QByteArrayLiteral(".inf") : QByteArrayLiteral("-.inf");
        QByteArray s = QByteArray::number(d, 'g', 17);
        if (!s.contains('.') && !s.contains('e') && !s.contains('n'))
            s += ".0";
        return s;
    }
    default:
        break;
    }
    const QString text = value.toString();
    switch (preferred) {
    case ScalarStyle::DoubleQuoted:
        return doubleQuoted(text);
    case ScalarStyle::SingleQuoted:
        if (singleQuotable(text)) {
            QString quoted = text;
            quoted.replace(QLatin1Char('\''), QLatin1String("''"));
            return "'" + quoted.toUtf8() + "'";
        }
        return doubleQuoted(text);
    case ScalarStyle::Plain:
        return isPlainSafe(text) ? text.toUtf8() : doubleQuoted(text);
    }
    return doubleQuoted(text);
}

QByteArray formatFlow(const QVariant &value, ScalarStyle preferred)
{
    if (value.typeId() == QMetaType::QVariantList || value.typeId() == QMetaType::QStringList) {
        QByteArray out = "[";
        const QVariantList list = value.toList();
        for (int i = 0; i < list.size(); ++i) {
            if (i)
                out += ", ";
            out += formatFlow(list.at(i), preferred);
        }
        return out + "]";
    }
    if (value.typeId() == QMetaType::QVariantMap) {
        QByteArray out = "{";
        const QVariantMap map = value.toMap();
        bool first = true;
        for (auto it = map.begin(); it != map.end(); ++it) {
            if (!first)
                out += ", ";
            first = false;
            out += formatScalar(it.key(), ScalarStyle::Plain) + ": " + formatFlow(it.value(), preferred);
        }
        return out + "}";
    }
    return formatScalar(value, preferred);
}

} // namespace pb
