#include "graphstyle.h"

namespace pb::ui {

QColor GraphStyle::fillFor(int scale) const
{
    if (scaleFills.isEmpty())
        return background;
    if (scale <= 0)
        return scaleFills.last();
    return scaleFills.at(std::min<qsizetype>(scale - 1, scaleFills.size() - 1));
}

GraphStyle GraphStyle::desk(const QFont &base)
{
    GraphStyle s;
    s.background = QColor(0xfb, 0xf8, 0xf1);
    s.nodeText = QColor(0x26, 0x22, 0x1c);
    s.nodeBorder = QColor(0x8a, 0x7a, 0x60);
    s.currentBorder = QColor(0x8a, 0x3b, 0x12);
    s.stars = QColor(0x8a, 0x3b, 0x12);
    s.edge = QColor(0x6f, 0x67, 0x5b);
    s.unmirroredEdge = QColor(0xb3, 0x26, 0x1e);
    s.relatedEdge = QColor(0xa5, 0x9d, 0x8f);
    // Warm at the top of the language, cooler towards its smallest patterns.
    s.scaleFills = {QColor(0xf3, 0xd9, 0xb1), QColor(0xf5, 0xe3, 0xc4), QColor(0xee, 0xe8, 0xd2),
                    QColor(0xe2, 0xea, 0xd8), QColor(0xd9, 0xe7, 0xe4), QColor(0xdc, 0xe3, 0xf0),
                    QColor(0xe6, 0xe1, 0xf0)};
    s.nameFont = base;
    s.nameFont.setPointSizeF(base.pointSizeF() > 0 ? base.pointSizeF() : 10);
    s.idFont = s.nameFont;
    s.idFont.setBold(true);
    s.idFont.setPointSizeF(s.nameFont.pointSizeF() * 0.85);
    return s;
}

GraphStyle GraphStyle::presentation(const QFont &base)
{
    GraphStyle s = desk(base);
    s.background = Qt::black;
    s.nodeText = Qt::white;
    s.nodeBorder = QColor(0xd0, 0xd0, 0xd0);
    s.currentBorder = QColor(0xff, 0xcc, 0x66);
    s.stars = QColor(0xff, 0xcc, 0x66);
    s.edge = QColor(0xe0, 0xe0, 0xe0);
    s.unmirroredEdge = QColor(0xff, 0x6e, 0x6e);
    s.relatedEdge = QColor(0x9a, 0x9a, 0x9a);
    s.scaleFills = {QColor(0x3a, 0x24, 0x10), QColor(0x33, 0x2a, 0x14), QColor(0x2a, 0x2c, 0x18),
                    QColor(0x1a, 0x2e, 0x1c), QColor(0x12, 0x2b, 0x2e), QColor(0x14, 0x20, 0x38),
                    QColor(0x22, 0x18, 0x36)};
    s.nameFont.setPointSizeF(s.nameFont.pointSizeF() * 1.6);
    s.idFont.setPointSizeF(s.idFont.pointSizeF() * 1.6);
    s.maxNodeWidth = 240;
    s.padding = 12;
    return s;
}

} // namespace pb::ui
