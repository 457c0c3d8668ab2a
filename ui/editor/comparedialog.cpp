#include "comparedialog.h"
#include "changesdialog.h"

#include "patterndocument.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pb::ui {

CompareDialog::CompareDialog(PatternDocument *document, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("%1: yours and theirs").arg(document->fileName()));
    auto *label = new QLabel(tr("Lines marked - are yours, + are on disk now."), this);
    auto *text = new QPlainTextEdit(this);
    text->setReadOnly(true);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    text->setLineWrapMode(QPlainTextEdit::NoWrap);
    text->setPlainText(lineDifferences(document->bytes(), document->theirs()));
    text->setAccessibleName(tr("Differences"));
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *mine = buttons->addButton(tr("Keep Mine"), QDialogButtonBox::AcceptRole);
    QPushButton *theirs = buttons->addButton(tr("Take Theirs"), QDialogButtonBox::DestructiveRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::clicked, this, [this, document, mine, theirs](QAbstractButton *b) {
        if (b == mine)
            document->keepMine();
        else if (b == theirs)
            document->takeTheirs();
        accept();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(text, 1);
    layout->addWidget(buttons);
    resize(760, 520);
}

} // namespace pb::ui
