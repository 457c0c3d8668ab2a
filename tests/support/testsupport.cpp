#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

namespace pb::test {

QString sourceDir() { return QStringLiteral(PATTERNBOOK_SOURCE_DIR); }
QString sampleLanguageDir() { return sourceDir() + QStringLiteral("/resources/sample-language"); }
QString testDataDir() { return sourceDir() + QStringLiteral("/tests/data"); }
QString referencePattern() { return QStringLiteral(PATTERNBOOK_REFERENCE_PATTERN); }

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

QList<QPair<QString, Variant>> allVariants()
{
    return {{QStringLiteral("as-written"), Variant::AsWritten},
            {QStringLiteral("crlf"), Variant::Crlf},
            {QStringLiteral("bom"), Variant::Bom},
            {QStringLiteral("no-final-newline"), Variant::NoFinalNewline},
            {QStringLiteral("crlf+bom+no-final-newline"), Variant::CrlfBomNoFinalNewline}};
}

QByteArray variant(const QByteArray &bytes, Variant v)
{
    QByteArray out = bytes;
    if (v == Variant::Crlf || v == Variant::CrlfBomNoFinalNewline) {
        out.replace("\r\n", "\n");
        out.replace("\n", "\r\n");
    }
    if (v == Variant::Bom || v == Variant::CrlfBomNoFinalNewline)
        out.prepend("\xEF\xBB\xBF");
    if (v == Variant::NoFinalNewline || v == Variant::CrlfBomNoFinalNewline) {
        while (out.endsWith('\n') || out.endsWith('\r'))
            out.chop(1);
    }
    return out;
}

Language languageOf(const QList<QPair<QString, QByteArray>> &files)
{
    return Language::fromFiles(QStringLiteral("lang"), files);
}

QStringList codesAt(const Diagnostics &diagnostics)
{
    QStringList out;
    for (const Diagnostic &d : diagnostics)
        out.append(QStringLiteral("%1@%2:%3").arg(d.codeName()).arg(d.line).arg(d.column));
    return out;
}

QStringList codes(const Diagnostics &diagnostics)
{
    QStringList out;
    for (const Diagnostic &d : diagnostics)
        out.append(d.codeName());
    return out;
}

QStringList changedLines(const QByteArray &before, const QByteArray &after)
{
    const QList<QByteArray> a = before.split('\n');
    const QList<QByteArray> b = after.split('\n');
    const int n = int(a.size()), m = int(b.size());
    QList<QList<int>> lcs(n + 1, QList<int>(m + 1, 0));
    for (int i = n - 1; i >= 0; --i)
        for (int j = m - 1; j >= 0; --j)
            lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    QStringList out;
    int i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[i] == b[j]) {
            ++i, ++j;
            continue;
        }
        // A run of differences: pair removed lines with inserted ones as replacements.
        QList<int> removed, inserted;
        while ((i < n || j < m) && !(i < n && j < m && a[i] == b[j])) {
            if (j >= m || (i < n && lcs[i + 1][j] >= lcs[i][j + 1]))
                removed.append(++i);
            else
                inserted.append(++j);
        }
        for (int r : removed)
            out.append(QString::number(r));
        for (int k = int(removed.size()); k < inserted.size(); ++k)
            out.append(QStringLiteral("+%1").arg(inserted.at(k)));
    }
    return out;
}

FileSizeLimit::FileSizeLimit(qint64 bytes)
{
    rlimit limit{};
    getrlimit(RLIMIT_FSIZE, &limit);
    m_previous = qint64(limit.rlim_cur);
    m_previousHandler = reinterpret_cast<void *>(std::signal(SIGXFSZ, SIG_IGN));
    limit.rlim_cur = rlim_t(bytes);
    if (setrlimit(RLIMIT_FSIZE, &limit) != 0)
        qFatal("cannot lower RLIMIT_FSIZE");
}

FileSizeLimit::~FileSizeLimit()
{
    rlimit limit{};
    getrlimit(RLIMIT_FSIZE, &limit);
    limit.rlim_cur = rlim_t(m_previous);
    setrlimit(RLIMIT_FSIZE, &limit);
    std::signal(SIGXFSZ, reinterpret_cast<void (*)(int)>(m_previousHandler));
}

void FileSizeLimit::applyInChild(qint64 bytes)
{
    std::signal(SIGXFSZ, SIG_IGN);
    rlimit limit{};
    getrlimit(RLIMIT_FSIZE, &limit);
    limit.rlim_cur = rlim_t(bytes);
    setrlimit(RLIMIT_FSIZE, &limit);
}

} // namespace pb::test
