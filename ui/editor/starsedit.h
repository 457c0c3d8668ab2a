#pragma once

#include <QWidget>

namespace pb::ui {

// Confidence 0-2 as two stars. A click on a star sets that many; a click on the highest filled
// star takes one away, so that 0 can be reached with the mouse.
class StarsEdit : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(int value READ value WRITE setValue USER true)

public:
    explicit StarsEdit(QWidget *parent = nullptr);

    int value() const { return m_value; }
    void setValue(int value);

    // "Hypothesis", "Likely true" or "Invariant".
    static QString meaning(int value);
    // Where star 1 or 2 is drawn.
    QRect starRect(int star) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void valueEdited(int value);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    int starAt(const QPoint &pos) const;
    int starSize() const;
    void edit(int value);
    void updateTexts();

    int m_value = 0;
    int m_hover = 0; // the star under the mouse, 0 for none
};

} // namespace pb::ui
