#pragma once

#include "render/patternsummary.h"

#include <QTextDocument>
#include <QWidget>

namespace pb::ui {

// The current pattern large, for an audience: name and stars, the problem, "Therefore:", the
// solution. The type is as large as the card allows, so that it reads from the back of a room.
class PatternCard : public QWidget
{
    Q_OBJECT

public:
    explicit PatternCard(QWidget *parent = nullptr);

    void setSummary(const PatternSummary &summary);
    const PatternSummary &summary() const { return m_summary; }
    // The body type's height in pixels, as last fitted.
    qreal bodyPixels() const { return m_bodyPixels; }
    // The card's text as laid out, for tests.
    const QTextDocument *document() const { return &m_document; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QString html(qreal bodyPixels) const;
    void fit();

    PatternSummary m_summary;
    QTextDocument m_document;
    qreal m_bodyPixels = 0;
    int m_margin = 0;
};

} // namespace pb::ui
