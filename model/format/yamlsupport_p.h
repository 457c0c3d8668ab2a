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

// Aliases let a few bytes stand for an exponential number of values ("billion laughs"), and a
// name anchored again on a list that holds it (`- &b [*b]`) makes yaml-cpp build a node that holds
// itself. yaml-cpp shares the aliased nodes, so loading is cheap, but anything that walks the
// values (comparing, converting) expands them, or never ends. Nothing walks a front matter before
// walkProblem() has passed it: no cycle, no deeper than MaxWalkDepth, and no more than
// MaxExpandedValues values that aliases repeat. Values written out in the text are not counted
// against that budget: the file's size bounds them already.
inline constexpr qint64 MaxExpandedValues = 10000;
inline constexpr int MaxWalkDepth = 64;

struct Walk
{
    qint64 values = 0; // every value visited, aliases expanded (stops once a limit is passed)
    qint64 repeated = 0; // of those, the ones an alias repeats
    bool cyclic = false; // a node holds itself
    bool tooDeep = false; // nested deeper than MaxWalkDepth
    bool tooLarge(qint64 limit = MaxExpandedValues) const { return repeated > limit; }
    bool ok(qint64 limit = MaxExpandedValues) const { return !cyclic && !tooDeep && !tooLarge(limit); }
};

// Walks `node` with its aliases expanded, stopping at the first cycle, at MaxWalkDepth, or once
// aliases have repeated more than `repeatLimit` values. The walk's own depth is bounded, so a
// hostile file cannot overflow the stack (ASan's frames are large).
Walk walk(const YAML::Node &node, qint64 repeatLimit = MaxExpandedValues);

// The first explicit tag ("!!binary", "!custom") in a value, or empty: a tag the app does not keep.
QString explicitTag(const YAML::Node &node, int depth = 0);

// Empty when every key of a front matter mapping may be walked; else, for the user, which key
// cannot be and why.
QString expansionProblem(const YAML::Node &root);

// "error at ..." details of a yaml-cpp exception, without its own "yaml-cpp: " prefix.
QString message(const YAML::Exception &e);

} // namespace pb::yaml
