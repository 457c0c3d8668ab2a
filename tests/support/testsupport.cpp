#include "testsupport.h"
#include "format/textdiff.h"
#include "format/translations.h"

#include <QCoreApplication>

#include <QDir>
#include <QRandomGenerator>
#include <QFile>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

namespace pb::test {

namespace {
// Tests read the app in English, whatever the machine's language: with English's plural forms,
// as the app loads them ("1 file", "3 files").
void englishForTests() { installTranslations(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
Q_COREAPP_STARTUP_FUNCTION(englishForTests)
} // namespace

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
    QDir().mkpath(QFileInfo(path).absolutePath());
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

QList<QPair<QString, QByteArray>> filesOf(const QString &folder)
{
    QList<QPair<QString, QByteArray>> files;
    const QDir dir(folder);
    for (const QString &name : dir.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name))
        files.append({name, readFile(dir.filePath(name))});
    return files;
}

QList<QPair<QString, QByteArray>> miniFiles()
{
    return filesOf(testDataDir() + QStringLiteral("/languages/mini"));
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
    // The model's one diff (textdiff.h): removed lines paired with inserted ones as replacements.
    QStringList out;
    for (const ChangedLine &line : pb::changedLines(before, after))
        out.append(line.oldLine > 0 ? QString::number(line.oldLine) : QStringLiteral("+%1").arg(line.newLine));
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

QList<QPair<QString, QByteArray>> generatedLanguage(int patterns, int scales, int bodyBytes, int linksEach)
{
    static const QStringList words = {QStringLiteral("Value"),   QStringLiteral("Stream"),   QStringLiteral("Team"),
                                      QStringLiteral("Flow"),    QStringLiteral("Trust"),    QStringLiteral("Product"),
                                      QStringLiteral("Platform"), QStringLiteral("Boundary"), QStringLiteral("Signal"),
                                      QStringLiteral("Review"),  QStringLiteral("Release"),  QStringLiteral("Small"),
                                      QStringLiteral("Batch"),   QStringLiteral("Open"),     QStringLiteral("Learning"),
                                      QStringLiteral("Safety"),  QStringLiteral("Cadence"),  QStringLiteral("Domain"),
                                      QStringLiteral("Contract"), QStringLiteral("Outcome"), QStringLiteral("Pipeline"),
                                      QStringLiteral("Ownership"), QStringLiteral("Culture"), QStringLiteral("Decision")};
    QRandomGenerator random(7);
    QHash<int, QString> names;
    QHash<int, int> scaleOf;
    QHash<int, QList<int>> context, completion;
    for (int i = 1; i <= patterns; ++i) {
        QStringList parts;
        const int count = 2 + int(random.bounded(3));
        for (int w = 0; w < count; ++w)
            parts << words.at(int(random.bounded(qsizetype(words.size()))));
        names.insert(i, parts.join(QLatin1Char(' ')) + QStringLiteral(" %1").arg(i));
        scaleOf.insert(i, std::min(scales, 1 + (i - 1) * scales / patterns));
    }
    for (int i = 1; i <= patterns; ++i) {
        const int s = scaleOf.value(i);
        if (s == 1)
            continue;
        QList<int> larger;
        for (int j = 1; j < i; ++j) {
            if (scaleOf.value(j) < s && scaleOf.value(j) >= s - 2)
                larger << j;
        }
        const int links = std::min<int>(int(larger.size()), 1 + int(random.bounded(std::max(1, linksEach))));
        for (int l = 0; l < links; ++l) {
            const int j = larger.at(int(random.bounded(qsizetype(larger.size()))));
            if (!context[i].contains(j)) {
                context[i] << j;
                completion[j] << i;
            }
        }
    }
    auto ids = [](const QList<int> &list) {
        QStringList out;
        for (int id : list)
            out << QString::number(id);
        return out.join(QStringLiteral(", "));
    };
    auto refs = [&](const QList<int> &list) {
        QStringList out;
        for (int id : list)
            out << QStringLiteral("**%1 (%2)**").arg(names.value(id)).arg(id);
        return out.isEmpty() ? QStringLiteral("nothing larger") : out.join(QStringLiteral(", "));
    };
    QList<QPair<QString, QByteArray>> files;
    QByteArray scalesFile = "# Scales\n\n| Scale | Name | Description |\n| --- | --- | --- |\n";
    for (int s = 1; s <= scales; ++s)
        scalesFile += "| " + QByteArray::number(s) + " | Level " + QByteArray::number(s) + " | Patterns of level "
                      + QByteArray::number(s) + ". |\n";
    files.append({QStringLiteral("SCALES.md"), scalesFile});
    const QByteArray filler = "The discussion weighs the forces at play and what is known to resolve them. ";
    for (int i = 1; i <= patterns; ++i) {
        const int confidence = i % 3;
        QString text = QStringLiteral("---\nid: %1\nname: \"%2\"\nconfidence: %3\nscale: %4\ncontext_patterns: [%5]\n"
                                      "completion_patterns: [%6]\ntags: [group-%7]\n---\n\n# %2%8\n\n_In %9._\n\n---\n\n"
                                      "**The problem of %2.**\n\n---\n\n")
                           .arg(i)
                           .arg(names.value(i))
                           .arg(confidence)
                           .arg(scaleOf.value(i))
                           .arg(ids(context.value(i)), ids(completion.value(i)))
                           .arg(i % 7)
                           .arg(confidence ? QStringLiteral(" ") + QString(confidence, QLatin1Char('*')) : QString())
                           .arg(refs(context.value(i)));
        QByteArray bytes = text.toUtf8();
        while (bytes.size() < bodyBytes)
            bytes += filler;
        bytes += "\n\nTherefore:\n\n**Resolve it.**\n\n---\n\n_Completed by ";
        bytes += (completion.value(i).isEmpty() ? QStringLiteral("nothing smaller") : refs(completion.value(i))).toUtf8();
        bytes += "._\n\n## References\n\n- A book, 2020.\n";
        files.append({QStringLiteral("%1-pattern.md").arg(i, 5, 10, QLatin1Char('0')), bytes});
    }
    return files;
}

void writeLanguage(const QString &folder, const QList<QPair<QString, QByteArray>> &files)
{
    QDir().mkpath(folder);
    for (const auto &[name, bytes] : files)
        writeFile(folder + QLatin1Char('/') + name, bytes);
}

void settle()
{
    // A few rounds: an event handled may post another (a deferred sync posting a signal).
    for (int round = 0; round < 8; ++round) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents(QEventLoop::AllEvents);
    }
}

bool until(const std::function<bool()> &condition, int timeoutMs)
{
    return QTest::qWaitFor(condition, timeoutMs); // condition polling, as QTRY_VERIFY does
}

} // namespace pb::test
