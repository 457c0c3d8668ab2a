#pragma once

#include <QObject>

class QUndoStack;
class QWidget;

namespace pb::ui {

// Makes the line edits and spin boxes under a widget undo on one QUndoStack, the document's,
// instead of their own histories: Ctrl+Z and Ctrl+Shift+Z, and Undo and Redo in their context
// menus. Without it, a field's own undo would put back its text behind the document's back.
class SharedUndo : public QObject
{
    Q_OBJECT

public:
    // For every line edit under `root` now (spin boxes hold one too).
    static void install(QWidget *root, QUndoStack *stack);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    SharedUndo(QUndoStack *stack, QObject *parent);
    QUndoStack *m_stack;
};

} // namespace pb::ui
