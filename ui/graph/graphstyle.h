#pragma once

#include "graph/graphlayout.h"
#include "graph/graphpalette.h"

#include <QColor>
#include <QFont>

namespace pb::ui {

// The graph's look: the colours of a palette (shared with the exports) and the type. One style
// for the desk, one for the projector. Every measure follows the name font, so that the layout,
// and how large it can be shown, is the same whatever the type.
struct GraphStyle
{
    GraphPalette palette;
    QFont nameFont;
    QFont idFont;
    QFont bandFont;
    qreal padding = 8;
    qreal dimmedOpacity = 0.18;
    bool audience = false; // styled for an audience: no authoring warnings

    static QColor color(const QString &hex) { return QColor(hex); }
    QColor fillFor(int scale) const { return color(palette.fillFor(scale)); }
    // The name font's height in scene units: what legibility is measured in.
    qreal namePixelSize() const { return nameFont.pixelSize(); }
    qreal nameEms = 9; // names wrap to this many ems (wider when few nodes share the view)
    // Names wrap to this width.
    qreal nameWidth() const { return namePixelSize() * nameEms; }
    LayoutOptions layoutOptions(qreal aspect) const;

    static GraphStyle desk(const QFont &base);
    static GraphStyle presentation(const QFont &base);
};

} // namespace pb::ui
