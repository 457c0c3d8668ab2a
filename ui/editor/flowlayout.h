#pragma once

#include <QLayout>
#include <QList>

namespace pb::ui {

// Lays its items out left to right and wraps them onto further lines, like words in a paragraph;
// items of different heights are centred on their line.
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr, int hSpacing = 4, int vSpacing = 4);
    ~FlowLayout() override;

    // Lets the last item take the rest of its line (down to its minimum width), so that TagEdit's
    // line edit makes all the space after the chips a place to click and type.
    void setExpandLastItem(bool expand);
    void insertWidget(int index, QWidget *widget);

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    int doLayout(const QRect &rect, bool testOnly) const;

    QList<QLayoutItem *> m_items;
    int m_hSpace;
    int m_vSpace;
    bool m_expandLast = false;
};

} // namespace pb::ui
