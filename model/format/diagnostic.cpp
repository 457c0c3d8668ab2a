#include "format/diagnostic.h"
#include "format/rules.h"

#include <algorithm>

namespace pb {

QString severityName(Severity severity)
{
    return severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
}

QString Diagnostic::codeName() const { return QString::fromLatin1(codeInfo(code).name); }

QString Diagnostic::location() const
{
    QString where = file;
    if (line > 0) {
        where += QLatin1Char(':') + QString::number(line);
        if (column > 0)
            where += QLatin1Char(':') + QString::number(column);
    }
    return where;
}

QString Diagnostic::toString() const
{
    return QStringLiteral("%1: %2: %3 [%4]").arg(location(), severityName(severity()), message, codeName());
}

QJsonObject Diagnostic::toJson() const
{
    return QJsonObject{{QStringLiteral("file"), file},
                       {QStringLiteral("line"), line},
                       {QStringLiteral("column"), column},
                       {QStringLiteral("severity"), severityName(severity())},
                       {QStringLiteral("code"), codeName()},
                       {QStringLiteral("message"), message}};
}

void sortDiagnostics(Diagnostics &diagnostics)
{
    std::stable_sort(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic &a, const Diagnostic &b) {
                         if (a.file != b.file)
                             return a.file < b.file;
                         if (a.line != b.line)
                             return a.line < b.line;
                         if (a.column != b.column)
                             return a.column < b.column;
                         return a.severity() < b.severity();
                     });
}

int countErrors(const Diagnostics &diagnostics)
{
    return int(std::count_if(diagnostics.begin(), diagnostics.end(),
                             [](const Diagnostic &d) { return d.isError(); }));
}

} // namespace pb
