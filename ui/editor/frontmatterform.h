#pragma once

#include "document/patterndocument.h"

#include "format/diagnostic.h"

#include <QHash>
#include <QMap>
#include <QPointer>
#include <QScrollArea>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;


namespace pb::ui {

class PatternListEdit;
class StarsEdit;
class StringListEdit;
class TagEdit;

// The front matter as a form: a field per known key with the widget and range that fit it, the
// unknown keys shown as written (and kept). Every change goes through the lossless writer as a
// command on the document's undo stack; a value that would not validate is marked at its field,
// with the message, as it is typed.
class FrontMatterForm : public QScrollArea
{
    Q_OBJECT

public:
    explicit FrontMatterForm(PatternDocument *document, QWidget *parent = nullptr);

    // What the language offers: patterns to link to, tags to complete, scale names.
    void setLanguage(const QList<QPair<int, QString>> &patterns, const QStringList &tags, const QMap<int, QString> &scales);
    // Diagnostics of this file from validating the whole language (duplicate ids and the like).
    void setLanguageDiagnostics(const Diagnostics &diagnostics);

    QWidget *field(const QString &key) const { return m_fields.value(key); }
    QString errorText(const QString &key) const;

private:
    void documentChanged(const DocumentChange &change);
    void refreshValues();
    void refreshErrors();
    void apply(const QString &key, const QVariant &value);
    void addRow(const QString &key, const QString &label, QWidget *widget, const QString &help);
    QString keyForLine(int line) const;

    QPointer<PatternDocument> m_document;
    QWidget *m_page;
    QLabel *m_banner;
    QSpinBox *m_id;
    QLineEdit *m_name;
    StarsEdit *m_confidence;
    QComboBox *m_scale;
    QCheckBox *m_ai;
    TagEdit *m_tags;
    PatternListEdit *m_context;
    PatternListEdit *m_completion;
    StringListEdit *m_references;
    QPlainTextEdit *m_unknown;
    QLabel *m_unknownLabel;
    QHash<QString, QWidget *> m_fields;
    QHash<QString, QLabel *> m_errors;
    Diagnostics m_languageDiagnostics;
    QMap<int, QString> m_scaleNames;
    bool m_applying = false;
};

} // namespace pb::ui
