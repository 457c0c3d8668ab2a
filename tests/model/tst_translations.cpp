// The German translation is whole: every string of the code is in it, translated, with its
// placeholders, accelerators and plural forms; and the system's locale chooses it.

#include "format/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    bool unfinished = false;
    QStringList translations; // one, or the plural forms
};

QList<Message> readTs(const QString &path, QString *error)
{
    QList<Message> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return out;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const QStringView name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            m = Message{context, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"), false, {}};
        } else if (name == QLatin1String("source")) {
            m.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            m.unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            if (!m.numerus) {
                m.translations = {xml.readElementText()};
                out.append(m);
            }
        } else if (name == QLatin1String("numerusform")) {
            m.translations.append(xml.readElementText());
            if (m.translations.size() == 2)
                out.append(m);
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return out;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression placeholder(QStringLiteral("%L?(\\d+|n)"));
    QStringList out;
    for (const QRegularExpressionMatch &m : placeholder.globalMatch(text))
        out << m.captured(1);
    out.sort();
    out.removeDuplicates();
    return out;
}

int accelerators(QString text)
{
    return int(text.remove(QLatin1String("&&")).count(QLatin1Char('&')));
}

QString germanTs() { return QStringLiteral(PATTERNBOOK_SOURCE_DIR "/resources/translations/patternbook_de.ts"); }

QString lupdate()
{
    const QString beside = QDir(QLibraryInfo::path(QLibraryInfo::BinariesPath)).filePath(QStringLiteral("lupdate"));
    if (QFile::exists(beside))
        return beside;
    for (const QString &dir : {QStringLiteral("/usr/lib/qt6/bin"), QStringLiteral("/usr/lib/qt6/libexec")}) {
        if (QFile::exists(dir + QStringLiteral("/lupdate")))
            return dir + QStringLiteral("/lupdate");
    }
    return QStandardPaths::findExecutable(QStringLiteral("lupdate"));
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Each message of de.ts is translated, keeps every placeholder and its one accelerator, and
    // fills both of German's plural forms.
    void germanIsWhole()
    {
        QString error;
        const QList<Message> messages = readTs(germanTs(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(messages.size() > 500, qPrintable(QString::number(messages.size())));
        QStringList problems;
        for (const Message &m : messages) {
            const QString where = m.context + QLatin1String(": ") + m.source.left(60);
            if (m.unfinished)
                problems << where + QLatin1String(" (unfinished)");
            if (m.translations.size() != (m.numerus ? 2 : 1))
                problems << where + QLatin1String(" (plural forms)");
            for (const QString &t : m.translations) {
                if (t.trimmed().isEmpty())
                    problems << where + QLatin1String(" (empty)");
                else if (placeholders(t) != placeholders(m.source))
                    problems << where + QLatin1String(" (placeholders: ") + placeholders(t).join(QLatin1Char(' ')) + QLatin1Char(')');
                else if (accelerators(t) != accelerators(m.source))
                    problems << where + QLatin1String(" (accelerator)");
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // de.ts holds every string the code marks for translation: lupdate over the code, into a copy,
    // adds nothing unfinished. (Run 'cmake --build build --target update_translations' and
    // translate what it adds.)
    void germanHasEveryStringOfTheCode()
    {
        const QString tool = lupdate();
        if (tool.isEmpty())
            QSKIP("needs lupdate (qt6-l10n-tools, which packaging/dev.sh installs)");
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("patternbook_de.ts"));
        QVERIFY(QFile::copy(germanTs(), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QProcess process;
        process.setWorkingDirectory(QStringLiteral(PATTERNBOOK_SOURCE_DIR));
        process.start(tool, {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                             QStringLiteral("-extensions"), QStringLiteral("cpp,h"), QStringLiteral("model"),
                             QStringLiteral("ui"), QStringLiteral("app"), QStringLiteral("-ts"), copy});
        QVERIFY(process.waitForFinished(120000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        QString error;
        QStringList missing;
        for (const Message &m : readTs(copy, &error)) {
            if (m.unfinished || m.translations.join(QString()).trimmed().isEmpty())
                missing << m.context + QLatin1String(": ") + m.source;
        }
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(missing.isEmpty(), qPrintable(QLatin1String("not in de.ts:\n") + missing.join(QLatin1Char('\n'))));
    }

    // A German system gets German; the English build keeps the source text and its plurals.
    void theLocaleChoosesTheLanguage()
    {
        QCOMPARE(pb::installTranslations(QLocale(QLocale::German, QLocale::Germany)), QStringLiteral("de"));
        QCOMPARE(QCoreApplication::translate("QObject", "&File"), QStringLiteral("&Datei"));
        const QString two = QCoreApplication::translate("pb::ui::ExportRun", "Exported %n pattern(s) to %1.", nullptr, 2);
        QVERIFY2(two.contains(QLatin1String("2 Muster")), qPrintable(two));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
