#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

namespace pb {

// How a scalar is quoted in YAML source.
enum class ScalarStyle { Plain, SingleQuoted, DoubleQuoted };

// A YAML value given as text (on the command line, in a form field) as a QVariant: null is an
// invalid QVariant, integers are qint64, then bool, double, QString, QVariantList and
// QVariantMap. Scalars resolve by the YAML 1.2 core schema. On a syntax error returns an invalid
// QVariant and sets *error.
QVariant parseYamlValue(const QString &text, QString *error = nullptr);

// True when `text` can be written as a plain scalar and reads back as the same string, in block
// and in flow context.
bool isPlainSafe(const QString &text);

// YAML source for a scalar value (null, bool, integer, double or string), in `preferred` style
// where that style can carry the value, else the nearest one that can.
QByteArray formatScalar(const QVariant &value, ScalarStyle preferred = ScalarStyle::Plain);

// YAML source for any value on one line: scalars as formatScalar, lists as [a, b], maps as {k: v}.
QByteArray formatFlow(const QVariant &value, ScalarStyle preferred = ScalarStyle::Plain);

} // namespace pb
