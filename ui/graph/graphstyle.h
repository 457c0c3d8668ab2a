#pragma once

#include <QColor>
#include <QFont>

namespace pb::ui {

// Colours and type of the graph: one style for the desk, one for the projector.
struct GraphStyle
{
    QColor background;
    QColor nodeText;
    QColor nodeBorder;
    QColor currentBorder;
    QColor stars;
    QColor edge;
    QColor unmirroredEdge;
    QColor relatedEdge;
    QList<QColor> scaleFills; // by scale 1.., the last repeats
    QFont nameFont;
    QFont idFont;
    qreal maxNodeWidth = 150;
    qreal padding = 8;
    qreal dimmedOpacity = 0.18;

    QColor fillFor(int scale) const;

    static GraphStyle desk(const QFont &base);
    static GraphStyle presentation(const QFont &base);
};

} // namespace pb::ui
