#pragma once

#include "publish/exporter.h"
#include "language/language.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace pb::ui {

// File › Export › Site, PDF Booklet, Workshop Cards, EPUB: where to, which patterns (all, a tour,
// the ones the list shows, or ids), and the exporter's own options. Remembers them per exporter.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    // `shownIds`: the patterns the list shows now, when it is filtered (else empty).
    ExportDialog(const Exporter *exporter, const Language &language, const QList<int> &shownIds, int unsavedCount,
                 QWidget *parent = nullptr);

    QString output() const;
    ExportOptions options() const;

    void accept() override;

private:
    void browse();
    void updateState();
    QString settingsKey(const QString &name) const;

    const Exporter *m_exporter;
    QString m_languageFolder;
    QList<int> m_shownIds;
    QLineEdit *m_output;
    QButtonGroup *m_which;
    QRadioButton *m_all;
    QRadioButton *m_shown;
    QRadioButton *m_tour;
    QRadioButton *m_only;
    QComboBox *m_tours;
    QLineEdit *m_ids;
    QComboBox *m_paper = nullptr;
    QCheckBox *m_graphs = nullptr;
    QLineEdit *m_lang;
    QLabel *m_problem;
    QPushButton *m_exportButton = nullptr;
};

} // namespace pb::ui
