#pragma once

#include "graph/graphlayout.h"
#include "graphstyle.h"

#include <QGraphicsItem>

namespace pb::ui {

// One scale of the language: a band behind its patterns, labelled with SCALES.md's name and how
// many patterns it holds. Zoomed out past reading the names, the band's label grows to stay
// legible: the overview of a large language is its bands.
class BandItem : public QGraphicsItem
{
public:
    BandItem(const GraphLayout::Band &band, const GraphStyle *style);

    const GraphLayout::Band &band() const { return m_band; }
    QRectF boundingRect() const override { return m_band.rect; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    // The label's text as drawn when zoomed out: "2 · Organisational Structure — 12 patterns".
    QString overviewText() const;

private:
    GraphLayout::Band m_band;
    const GraphStyle *m_style;
};

} // namespace pb::ui
