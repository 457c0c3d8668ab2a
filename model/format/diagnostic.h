#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include "format/rules.h"

namespace pb {

struct Diagnostic
{
    Diagnostic() = default;
    Diagnostic(Code code, const QString &message, const QString &file, int line = 0, int column = 0, int subject = 0,
               const QString &key = {})
        : code(code)
        , message(message)
        , file(file)
        , line(line)
        , column(column)
        , subject(subject)
        , key(key)
    {
    }

    Code code = Code::FileUnreadable;
    QString message;
    QString file; // path as the language was opened with
    int line = 0; // 1-based; 0 when the whole file is meant
    int column = 0; // 1-based, counted in Unicode code points
    // What a quick fix needs to know (model/language/quickfixes.h): the other pattern's id, for
    // diagnostics about links and references, and the front-matter key, for those about a list.
    int subject = 0;
    QString key;

    Severity severity() const { return codeInfo(code).severity; }
    QString codeName() const;
    bool isError() const { return severity() == Severity::Error; }

    // Compiler style: "FILE:LINE:COL: error: MESSAGE [code]".
    QString toString() const;
    // "FILE:LINE:COL", or "FILE" for the whole file.
    QString location() const;
    QJsonObject toJson() const;

    friend bool operator==(const Diagnostic &, const Diagnostic &) = default;
};

using Diagnostics = QList<Diagnostic>;

QString severityName(Severity severity);
// Order by file, line, column, then errors before warnings.
void sortDiagnostics(Diagnostics &diagnostics);
int countErrors(const Diagnostics &diagnostics);

} // namespace pb

Q_DECLARE_METATYPE(pb::Diagnostic)
