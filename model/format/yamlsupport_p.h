#pragma once

// Private to the model: yaml-cpp does not appear in any public header.

#include <QVariant>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/yaml.h>

namespace pb::yaml {

enum class Kind { Null, Bool, Int, Float, String };

struct Resolved
{
    Kind kind = Kind::Null;
    qint64 integer = 0;
    bool boolean = false;
    double real = 0;
    bool overflow = false; // an integer too large for 64 bits
};

// yaml-cpp hands back scalars as text and its as<bool>() follows YAML 1.1 ("yes", "on"). The
// format is YAML 1.2, so plain scalars are resolved here by the 1.2 core schema; quoted and block
// scalars are always strings.
Resolved resolve(const YAML::Node &scalar);
Resolved resolvePlain(const std::string &text);
bool isPlain(const YAML::Node &scalar);

QVariant toVariant(const YAML::Node &node);
// Structural equality after resolution: `7` and `"7"` differ, `'a'` and `"a"` do not.
bool same(const YAML::Node &a, const YAML::Node &b);

// Aliases let a few bytes stand for an exponential number of values ("billion laughs"). yaml-cpp
// shares the aliased nodes, so loading is cheap, but anything that walks the values (comparing,
// converting) expands them. Nothing walks a value past this many.
inline constexpr qint64 MaxExpandedValues = 10000;

// How many values `node` stands for with its aliases expanded, counted up to `limit` + 1: more
// than `limit` means too many, and the count stops there.
qint64 expandedSize(const YAML::Node &node, qint64 limit = MaxExpandedValues);

// Empty when every key of a front matter mapping may be walked; else, for the user, which key
// expands too far.
QString expansionProblem(const YAML::Node &root);

// "error at ..." details of a yaml-cpp exception, without its own "yaml-cpp: " prefix.
QString message(const YAML::Exception &e);

} // namespace pb::yaml
