#pragma once

#include <QDialog>

namespace pb {
class PatternDocument;
}

namespace pb::ui {

// The author's text beside what is on disk now, line by line, with Keep Mine and Take Theirs.
class CompareDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CompareDialog(PatternDocument *document, QWidget *parent = nullptr);
};

} // namespace pb::ui
