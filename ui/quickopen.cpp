#include "quickopen.h"
#include "format/pattern.h"

#include "language/patternfilter.h"
#include "itemmodels/patternlistmodel.h"
#include "language/patternset.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace pb::ui {

QuickOpen::QuickOpen(PatternSet *set, QWidget *parent)
    : QDialog(parent, Qt::Popup)
    , m_set(set)
{
    setWindowTitle(tr("Go to Pattern"));
    m_field = new QLineEdit(this);
    m_field->setPlaceholderText(tr("Pattern name, id or tag"));
    m_field->setAccessibleName(tr("Go to pattern"));
    m_list = new QListWidget(this);
    m_list->setUniformItemSizes(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_field);
    layout->addWidget(m_list);
    resize(480, 360);

    m_field->installEventFilter(this);
    connect(m_field, &QLineEdit::textChanged, this, &QuickOpen::refill);
    connect(m_field, &QLineEdit::returnPressed, this, &QuickOpen::accept);
    connect(m_list, &QListWidget::itemActivated, this, &QuickOpen::accept);
}

void QuickOpen::popUp()
{
    m_field->clear();
    refill();
    if (QWidget *p = parentWidget()) {
        const QPoint top = p->mapToGlobal(QPoint((p->width() - width()) / 2, 60));
        move(top);
    }
    show();
    raise();
    activateWindow();
    m_field->setFocus();
}

void QuickOpen::refill()
{
    m_list->clear();
    if (!m_set)
        return;
    const Language &language = m_set->language();
    for (int i : quickOpenMatches(language, m_field->text())) {
        const Pattern &p = language.pattern(i);
        QString label = p.fields.id > 0 ? QStringLiteral("%1  %2").arg(p.fields.id).arg(visibleControls(p.fields.name)) : p.fileName;
        if (p.fields.confidence > 0)
            label += QStringLiteral("  ") + PatternListModel::stars(p.fields.confidence);
        auto *item = new QListWidgetItem(label, m_list);
        item->setData(Qt::UserRole, p.fileName);
        if (!p.fields.tags.isEmpty())
            item->setToolTip(p.fields.tags.join(QStringLiteral(", ")));
    }
    m_list->setCurrentRow(0);
}

bool QuickOpen::eventFilter(QObject *watched, QEvent *event)
{
    // Up and down move through the list while typing goes on in the field.
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up || key == Qt::Key_PageDown || key == Qt::Key_PageUp) {
            QCoreApplication::sendEvent(m_list, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void QuickOpen::accept()
{
    if (QListWidgetItem *item = m_list->currentItem(); item && m_set)
        m_set->setCurrent(item->data(Qt::UserRole).toString());
    QDialog::accept();
}

} // namespace pb::ui
