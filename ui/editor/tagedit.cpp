#include "tagedit.h"
#include "fieldwidgets_p.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPainterPath>
#include <QStringListModel>
#include <QStyleOptionFrame>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <functional>
#include <numbers>
#include <utility>

namespace pb::ui {

using namespace detail;

namespace {

// The × on a chip, drawn rather than taken from a font so that it is crisp and centred.
class ChipRemoveButton : public QAbstractButton
{
public:
    explicit ChipRemoveButton(QWidget *parent)
        : QAbstractButton(parent)
    {
        setText(QStringLiteral("\u00d7"));
        setFocusPolicy(Qt::TabFocus);
        setCursor(Qt::PointingHandCursor);
        setAttribute(Qt::WA_Hover);
    }
    QSize sizeHint() const override { return QSize(1, 1) * (fontMetrics().height() - 1); }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        const QRectF r = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
        if (isDown() || underMouse() || hasFocus()) {
            QColor fill = accentColor();
            fill.setAlphaF(isDown() ? 0.35f : 0.18f);
            p.setPen(hasFocus() ? QPen(palette().color(QPalette::Highlight), 1.0) : Qt::NoPen);
            p.setBrush(fill);
            p.drawEllipse(r);
        }
        const QColor ink = isEnabled() ? mix(palette().color(QPalette::WindowText), accentColor(), 0.5f)
                                       : palette().color(QPalette::Disabled, QPalette::WindowText);
        p.setPen(QPen(ink, 1.4, Qt::SolidLine, Qt::RoundCap));
        const qreal d = r.width() * 0.2;
        const QPointF c = r.center();
        p.drawLine(c + QPointF(-d, -d), c + QPointF(d, d));
        p.drawLine(c + QPointF(-d, d), c + QPointF(d, -d));
    }
    void keyPressEvent(QKeyEvent *event) override
    {
        // On a focused ×, the keys that delete text delete the tag.
        const int key = event->key();
        if (!hasCommandModifier(event) && (key == Qt::Key_Delete || key == Qt::Key_Backspace))
            click();
        else
            QAbstractButton::keyPressEvent(event);
    }
};

// A tag as a rounded token: its text, then its remove button.
class TagChip : public QWidget
{
public:
    TagChip(const QString &tag, QWidget *parent)
        : QWidget(parent)
        , m_remove(new ChipRemoveButton(this))
    {
        setAccessibleName(tag);
        auto *label = new QLabel(this);
        label->setTextFormat(Qt::PlainText);
        label->setText(tag);
        m_remove->setAccessibleName(TagEdit::tr("Remove tag %1").arg(tag));
        m_remove->setToolTip(TagEdit::tr("Remove tag %1 (Delete)").arg(tag));
        auto *layout = new QHBoxLayout(this);
        layout->setContentsMargins(8, 1, 3, 1);
        layout->setSpacing(3);
        layout->addWidget(label);
        layout->addWidget(m_remove);
    }
    QAbstractButton *removeButton() const { return m_remove; }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        const QColor base = palette().color(QPalette::Base);
        const QRectF r = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
        p.setPen(QPen(mix(base, accentColor(), 0.4f), 1.0));
        p.setBrush(mix(base, accentColor(), 0.1f));
        p.drawRoundedRect(r, r.height() / 2, r.height() / 2);
    }

private:
    QAbstractButton *m_remove;
};


} // namespace


TagEdit::TagEdit(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Tags"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    auto *entry = new EntryLineEdit(this);
    entry->setFrame(false); // TagEdit's own frame goes round the chips as well
    entry->setPlaceholderText(tr("Add tag"));
    entry->setAccessibleName(tr("Add tag"));
    entry->setToolTip(tr("Type a tag, then Enter, comma or Tab to add it; Backspace removes the last tag"));
    entry->setMinimumWidth(entry->fontMetrics().horizontalAdvance(entry->placeholderText()) + 16);
    entry->keyHandler = [this](QKeyEvent *event) { return handleKey(event); };
    // Leaving a half-typed tag by mouse or Tab keeps it, as the chips suggest it would be; focus
    // lost to another window or to a popup does not.
    entry->focusOutHandler = [this](Qt::FocusReason reason) {
        if (reason == Qt::MouseFocusReason || reason == Qt::TabFocusReason
            || reason == Qt::BacktabFocusReason)
            commitTyped();
    };
    m_lineEdit = entry;
    setFocusProxy(m_lineEdit);

    m_completionModel = new QStringListModel(this);
    m_completer = makeCompleter(m_lineEdit, m_completionModel, Qt::MatchStartsWith);
    // Queued: QLineEdit puts the chosen text in itself on the same signal, and must be done first.
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, [this](const QString &text) {
        m_lineEdit->clear();
        addTags({text});
    }, Qt::QueuedConnection);
    connect(m_lineEdit, &QLineEdit::textEdited, this, &TagEdit::textEdited);

    const int frame = style()->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, this);
    m_flow = new FlowLayout(this, 4, 3);
    m_flow->setContentsMargins(frame + 3, frame + 1, frame + 3, frame + 1);
    m_flow->setExpandLastItem(true);
    m_flow->addWidget(m_lineEdit);
}

QString TagEdit::normalizedTag(const QString &text)
{
    QString tag = text;
    tag.replace(QLatin1Char(','), QLatin1Char(' '));
    tag = tag.simplified().toLower();
    tag.replace(QLatin1Char(' '), QLatin1Char('-'));
    return tag;
}

void TagEdit::setTags(const QStringList &tags)
{
    if (tags == m_tags)
        return;
    m_tags = tags;
    rebuildChips();
    refreshCompletions();
}

void TagEdit::setCompletions(const QStringList &tags)
{
    m_completions = tags;
    m_completions.removeDuplicates();
    m_completions.sort(Qt::CaseInsensitive);
    refreshCompletions();
}

QSize TagEdit::sizeHint() const
{
    // As wide as a roomy line edit; as tall as the chips need at that width.
    const int width = std::max(fontMetrics().averageCharWidth() * 36, minimumSizeHint().width());
    return QSize(width, heightForWidth(width));
}

QSize TagEdit::minimumSizeHint() const { return m_flow->minimumSize(); }

void TagEdit::paintEvent(QPaintEvent *)
{
    // A line edit's frame round chips and field alike, so that the whole reads as one input.
    QPainter p(this);
    QStyleOptionFrame option;
    option.initFrom(this); // with the focus of the line edit, this widget's focus proxy
    option.lineWidth = style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, this);
    option.state |= QStyle::State_Sunken;
    style()->drawPrimitive(QStyle::PE_PanelLineEdit, &option, &p, this);
}

void TagEdit::mousePressEvent(QMouseEvent *)
{
    m_lineEdit->setFocus(Qt::MouseFocusReason); // a click beside the chips means "type here"
}

bool TagEdit::handleKey(QKeyEvent *event)
{
    const int key = event->key();
    if (hasCommandModifier(event) || (key == Qt::Key_Tab && (event->modifiers() & Qt::ShiftModifier)))
        return false;
    if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Tab) {
        const QString text = takeCompletion(m_lineEdit, m_completer);
        // Nothing typed: Enter goes on to the dialog, Tab to the next field.
        if (text.trimmed().isEmpty())
            return false;
        m_lineEdit->clear();
        addTags({text});
        return true;
    }
    if (key == Qt::Key_Backspace && m_lineEdit->text().isEmpty() && !m_tags.isEmpty()) {
        removeTag(int(m_tags.size()) - 1);
        return true;
    }
    return false;
}

bool TagEdit::addTags(const QStringList &texts)
{
    const qsizetype before = m_tags.size();
    for (const QString &text : texts) {
        if (const QString tag = normalizedTag(text); !tag.isEmpty() && !m_tags.contains(tag))
            m_tags.append(tag);
    }
    if (m_tags.size() == before)
        return false;
    rebuildChips();
    refreshCompletions();
    Q_EMIT tagsEdited(m_tags);
    return true;
}

void TagEdit::commitTyped()
{
    const QString text = m_lineEdit->text();
    m_lineEdit->clear();
    addTags({text});
}

void TagEdit::textEdited(const QString &text)
{
    // A comma ends a tag, typed or pasted: "a, b, c" adds three, as one edit.
    if (!text.contains(QLatin1Char(',')))
        return;
    QStringList parts = text.split(QLatin1Char(','));
    QString rest = parts.takeLast();
    while (!rest.isEmpty() && rest.front().isSpace())
        rest.remove(0, 1);
    m_lineEdit->setText(rest);
    m_completer->popup()->hide();
    addTags(parts);
}

void TagEdit::removeTag(int index)
{
    if (index < 0 || index >= m_tags.size())
        return;
    const QWidget *focused = QApplication::focusWidget();
    const bool chipHadFocus =
        focused && index < m_chips.size() && m_chips.at(index)->isAncestorOf(focused);
    m_tags.removeAt(index);
    rebuildChips();
    refreshCompletions();
    // Keyboard users stay where they were: on the next chip, or in the field after the last.
    if (chipHadFocus && index < m_chips.size())
        static_cast<TagChip *>(m_chips.at(index))->removeButton()->setFocus(Qt::TabFocusReason);
    else if (chipHadFocus)
        m_lineEdit->setFocus(Qt::TabFocusReason);
    Q_EMIT tagsEdited(m_tags);
}

void TagEdit::rebuildChips()
{
    for (QWidget *chip : std::as_const(m_chips)) {
        m_flow->removeWidget(chip);
        chip->hide();
        chip->deleteLater(); // later: this may be running in the chip's own clicked()
    }
    m_chips.clear();
    QWidget *previous = m_lineEdit;
    for (int i = 0; i < m_tags.size(); ++i) {
        auto *chip = new TagChip(m_tags.at(i), this);
        connect(chip->removeButton(), &QAbstractButton::clicked, this, [this, i] { removeTag(i); });
        m_flow->insertWidget(i, chip);
        chip->show();
        m_chips.append(chip);
        // Tab goes through the chips' remove buttons in order, then to the field.
        setTabOrder(previous, chip->removeButton());
        previous = chip->removeButton();
    }
    if (previous != m_lineEdit)
        setTabOrder(previous, m_lineEdit);
    updateGeometry();
}

void TagEdit::refreshCompletions()
{
    QStringList offered;
    std::copy_if(m_completions.cbegin(), m_completions.cend(), std::back_inserter(offered),
                 [this](const QString &tag) { return !m_tags.contains(tag); });
    m_completionModel->setStringList(offered);
}

} // namespace pb::ui
