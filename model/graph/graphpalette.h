#pragma once

#include <QString>
#include <QStringList>

namespace pb {

// The graph's colours, as "#rrggbb": one set for the author's desk, one for an audience (a
// projector, a printed poster). The app's scene and every export take their colours from here,
// so that what is exported looks like what is shown.
struct GraphPalette
{
    QString background;
    QString nodeText;
    QString nodeBorder;
    QString currentBorder;
    QString stars;
    QString edge;
    QString unmirroredEdge; // a link only one side lists: the desk marks it, an audience need not see it
    QString relatedEdge;
    QString bandFill;
    QString bandText;
    QStringList scaleFills; // by scale 1.., the last repeats; also for patterns with no scale
    bool marksUnmirrored = true;

    QString fillFor(int scale) const
    {
        if (scaleFills.isEmpty())
            return background;
        if (scale <= 0)
            return scaleFills.last();
        return scaleFills.at(std::min<qsizetype>(scale - 1, scaleFills.size() - 1));
    }

    static GraphPalette desk()
    {
        GraphPalette p;
        p.background = QStringLiteral("#fbf8f1");
        p.nodeText = QStringLiteral("#26221c");
        p.nodeBorder = QStringLiteral("#8a7a60");
        p.currentBorder = QStringLiteral("#8a3b12");
        p.stars = QStringLiteral("#8a3b12");
        p.edge = QStringLiteral("#6f675b");
        p.unmirroredEdge = QStringLiteral("#b3261e");
        p.relatedEdge = QStringLiteral("#a59d8f");
        p.bandFill = QStringLiteral("#f3eee2");
        p.bandText = QStringLiteral("#6b5a3e");
        // Warm at the top of the language, cooler towards its smallest patterns.
        p.scaleFills = {QStringLiteral("#f3d9b1"), QStringLiteral("#f5e3c4"), QStringLiteral("#eee8d2"),
                        QStringLiteral("#e2ead8"), QStringLiteral("#d9e7e4"), QStringLiteral("#dce3f0"),
                        QStringLiteral("#e6e1f0")};
        return p;
    }

    // High contrast on black, for a projector in a lit room; no authoring warnings.
    static GraphPalette audience()
    {
        GraphPalette p;
        p.background = QStringLiteral("#000000");
        p.nodeText = QStringLiteral("#ffffff");
        p.nodeBorder = QStringLiteral("#bdbdbd");
        p.currentBorder = QStringLiteral("#ffcc33");
        p.stars = QStringLiteral("#ffcc33");
        p.edge = QStringLiteral("#e6e6e6");
        p.unmirroredEdge = p.edge;
        p.relatedEdge = QStringLiteral("#8fb8ff");
        p.bandFill = QStringLiteral("#111111");
        p.bandText = QStringLiteral("#d8d8d8");
        p.scaleFills = {QStringLiteral("#4a2a0c"), QStringLiteral("#3d3210"), QStringLiteral("#283414"),
                        QStringLiteral("#12361f"), QStringLiteral("#0d3338"), QStringLiteral("#132a4a"),
                        QStringLiteral("#2a1d48")};
        p.marksUnmirrored = false;
        return p;
    }

    // Black on white for paper: light fills, no authoring warnings.
    static GraphPalette print()
    {
        GraphPalette p = desk();
        p.background = QStringLiteral("#ffffff");
        p.bandFill = QStringLiteral("#f6f3ec");
        p.unmirroredEdge = p.edge;
        p.marksUnmirrored = false;
        return p;
    }
};

} // namespace pb
