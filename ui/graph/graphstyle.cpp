#include "graphstyle.h"

namespace pb::ui {

namespace {
GraphStyle make(const QFont &base, int namePixels, const GraphPalette &palette)
{
    GraphStyle s;
    s.palette = palette;
    s.nameFont = base;
    s.nameFont.setPixelSize(namePixels);
    s.idFont = s.nameFont;
    s.idFont.setBold(true);
    s.idFont.setPixelSize(std::max(8, namePixels * 17 / 20));
    s.bandFont = s.nameFont;
    s.bandFont.setPixelSize(std::max(8, namePixels * 9 / 10));
    s.padding = namePixels * 0.45;
    return s;
}
} // namespace

LayoutOptions GraphStyle::layoutOptions(qreal aspect) const
{
    const qreal em = namePixelSize();
    LayoutOptions o;
    o.aspect = aspect;
    o.bandLabelWidth = em * (audience ? 8 : 7); // the room's labels are the names' size: a little more room
    o.nodeGap = em * 1.0;
    o.rowGap = em * 0.65;
    o.bandGap = em * 0.45;
    o.margin = em * 0.8;
    o.fontSize = em;
    return o;
}

GraphStyle GraphStyle::desk(const QFont &base) { return make(base, 13, GraphPalette::desk()); }

GraphStyle GraphStyle::presentation(const QFont &base)
{
    GraphStyle s = make(base, 26, GraphPalette::audience());
    s.audience = true;
    s.dimmedOpacity = 0.25;
    return s;
}

} // namespace pb::ui
