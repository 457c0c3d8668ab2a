#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace pb {
class Language;
}

namespace pb::ui {

// Asks for a new pattern's name (and scale, and id: the next free one by default) and shows the
// file it will be written to.
class NewPatternDialog : public QDialog
{
    Q_OBJECT

public:
    NewPatternDialog(const Language &language, QWidget *parent = nullptr);

    QString name() const;
    int id() const;
    int scale() const;

private:
    void update();

    const Language &m_language;
    QLineEdit *m_name;
    QSpinBox *m_id;
    QComboBox *m_scale;
    QLabel *m_file;
    QPushButton *m_create = nullptr;
};

} // namespace pb::ui
