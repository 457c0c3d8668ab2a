#pragma once

#include <QHash>
#include <QPointF>
#include <QString>

namespace pb::ui {

// Node positions a facilitator dragged, kept beside the language in .patternbook/layout.json so
// that a projected map stays put from one workshop to the next. Keyed by pattern id.
class LayoutStore
{
public:
    static QString pathFor(const QString &folder);
    static QHash<int, QPointF> load(const QString &folder);
    // Writes through QSaveFile; false (with *error) when the folder is not writable.
    static bool save(const QString &folder, const QHash<int, QPointF> &positions, QString *error = nullptr);
    static bool forget(const QString &folder, QString *error = nullptr);
};

} // namespace pb::ui
