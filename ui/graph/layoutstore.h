#pragma once

#include <QHash>
#include <QPointF>
#include <QString>

namespace pb::ui {

// Node positions a facilitator dragged, kept beside the language in .patternbook/layout.json so
// that a projected map stays put from one workshop to the next. Keyed by pattern id, in units of
// the name type's height (so they hold at the desk and on the projector alike), for the shape of
// screen they were placed on: a layout for another shape places its nodes afresh.
class LayoutStore
{
public:
    struct Positions
    {
        qreal aspect = 0; // width / height of the view they were placed in
        QHash<int, QPointF> byId; // centres, in ems
    };

    static QString pathFor(const QString &folder);
    static Positions load(const QString &folder);
    // Writes through QSaveFile; false (with *error) when the folder is not writable.
    static bool save(const QString &folder, const Positions &positions, QString *error = nullptr);
    static bool forget(const QString &folder, QString *error = nullptr);
};

} // namespace pb::ui
