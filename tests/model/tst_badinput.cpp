// The bad-input catalogue: every kind of bad input the app has met, each with the message the
// user sees, word for word. A file that is not a pattern, a folder entry that is not a file, an
// edit that cannot be made safely, a save that cannot be made: each says what is wrong and where,
// and loses nothing. (Faults of the environment are in tst_faults; hostile pages in
// tst_readingpane; hostile files in the running app in tst_browse.)

#include "language/language.h"
#include "format/pattern.h"
#include "format/patternwriter.h"
#include "format/savefile.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace pb;

namespace {

// A front matter of the given lines, then a minimal body.
QByteArray file(const QByteArray &frontMatter, const QByteArray &body = "\n# Alpha\n")
{
    return "---\n" + frontMatter + "---\n" + body;
}
const QByteArray good = "id: 1\nname: \"Alpha\"\nconfidence: 0\n";

QByteArray binary()
{
    QByteArray bytes;
    for (int i = 0; i < 4096; ++i)
        bytes += char(i % 256);
    return bytes;
}

// Nine levels of anchors, each aliasing the one before nine times: 9^9 values in 300 bytes.
QByteArray aliasBomb(const QByteArray &key)
{
    QByteArray bomb = key + ":\n  - &a0 [x, x, x, x, x, x, x, x, x]\n";
    for (int level = 1; level <= 9; ++level) {
        bomb += "  - &a" + QByteArray::number(level) + " [";
        for (int i = 0; i < 9; ++i)
            bomb += (i ? ", *a" : "*a") + QByteArray::number(level - 1);
        bomb += "]\n";
    }
    return bomb;
}

// The message as shown: the first error's line, with a temporary folder's path (if given) as "DIR".
QString shown(const Diagnostics &diagnostics, const QString &folder = QString())
{
    const auto error =
        std::find_if(diagnostics.cbegin(), diagnostics.cend(), [](const Diagnostic &d) { return d.isError(); });
    QString text = error == diagnostics.cend() ? QStringLiteral("(no error)") : error->toString();
    return folder.isEmpty() ? text : text.replace(folder, QStringLiteral("DIR"));
}

} // namespace

class TestBadInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Files that are not patterns: each loads broken (never hidden, never a crash), kept byte for
    // byte, with an error naming file, line and column.
    void brokenFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("shown");

        QTest::newRow("not-utf8") << file("id: 1\nname: \"Caf\xe9\"\nconfidence: 0\n")
                                  << QStringLiteral("lang/001-alpha.md:3:11: error: byte 0xe9 is not valid "
                                                    "UTF-8; save the file as UTF-8 [not-utf8]");
        QTest::newRow("nul-byte") << QByteArray("---\nid: 1\0\n---\n", 15)
                                  << QStringLiteral("lang/001-alpha.md:2:6: error: a NUL byte: "
                                                    "this is not a text file [file-unreadable]");
        QTest::newRow("no-front-matter") << QByteArray("# Alpha\n\nText.\n")
                                         << QStringLiteral(
                                                "lang/001-alpha.md:1:1: error: no front matter: the file must start "
                                                "with a line '---' [no-front-matter]");
        QTest::newRow("no-front-matter-after-bom")
            << QByteArray("\xEF\xBB\xBF# Alpha\n")
            << QStringLiteral("lang/001-alpha.md:1:1: error: no front matter: the file must start "
                              "with a line '---' [no-front-matter]");
        QTest::newRow("empty-file") << QByteArray()
                                    << QStringLiteral(
                                           "lang/001-alpha.md:1:1: error: no front matter: the file must start "
                                           "with a line '---' [no-front-matter]");
        QTest::newRow("unterminated-front-matter")
            << QByteArray("---\nid: 1\nname: x\n\n# Alpha\n")
            << QStringLiteral("lang/001-alpha.md:1:1: error: the front matter opened here is never "
                              "closed by a line '---' [unterminated-front-matter]");
        QTest::newRow("yaml-unclosed-flow-list-points-at-bracket")
            << file("id: 1\ncontext_patterns: [1, 3\nname: x\nconfidence: 0\n")
            << QStringLiteral("lang/001-alpha.md:3:19: error: YAML: end of sequence flow not "
                              "found: a '[' list is never closed with ']' [yaml-syntax]");
        QTest::newRow("yaml-tab-indentation")
            << file("\tid: 1\nname: x\n")
            << QStringLiteral("lang/001-alpha.md:2:1: error: YAML: a tab indents this line, but "
                              "YAML indents with spaces only (illegal map value) [yaml-syntax]");
        QTest::newRow("yaml-colon-in-plain-value")
            << file("id: 1\nname: A: B\nconfidence: 0\n")
            << QStringLiteral("lang/001-alpha.md:3:8: error: YAML: illegal map value: a ': ' inside a value "
                              "(quote the value) or a line indented under the one before [yaml-syntax]");
        QTest::newRow("yaml-unclosed-quote")
            << file("id: 1\nconfidence: 0\nname: \"Alpha\n")
            << QStringLiteral("lang/001-alpha.md:4:7: error: YAML: the quoted text of 'name' is "
                              "never closed with \" [yaml-syntax]");
        QTest::newRow("front-matter-a-list")
            << file("- 1\n- 2\n")
            << QStringLiteral("lang/001-alpha.md:2:1: error: the front matter must be keys and "
                              "values (key: value) [front-matter-not-mapping]");
        QTest::newRow("front-matter-a-scalar")
            << file("just text\n")
            << QStringLiteral("lang/001-alpha.md:2:1: error: the front matter must be keys and "
                              "values (key: value) [front-matter-not-mapping]");
        QTest::newRow("duplicate-key") << file(good + "name: \"Beta\"\n")
                                       << QStringLiteral(
                                              "lang/001-alpha.md:5:1: error: 'name' appears twice in the front "
                                              "matter [duplicate-key]");
        QTest::newRow("missing-id") << file("name: \"Alpha\"\nconfidence: 0\n")
                                    << QStringLiteral(
                                           "lang/001-alpha.md:1:1: error: required key 'id' is missing [missing-key]");
        QTest::newRow("missing-name")
            << file("id: 1\nconfidence: 0\n")
            << QStringLiteral("lang/001-alpha.md:1:1: error: required key 'name' is missing [missing-key]");
        QTest::newRow("missing-confidence")
            << file("id: 1\nname: \"Alpha\"\n")
            << QStringLiteral("lang/001-alpha.md:1:1: error: required key 'confidence' is missing "
                              "[missing-key]");
        QTest::newRow("empty-front-matter")
            << file("") << QStringLiteral("lang/001-alpha.md:1:1: error: required key 'id' is missing [missing-key]");
        QTest::newRow("null-id") << file("id:\nname: \"Alpha\"\nconfidence: 0\n")
                                 << QStringLiteral("lang/001-alpha.md:2:1: error: 'id' has no value [empty-value]");
        QTest::newRow("empty-name") << file("id: 1\nname: \"\"\nconfidence: 0\n")
                                    << QStringLiteral("lang/001-alpha.md:3:7: error: 'name' is empty [empty-value]");
        QTest::newRow("id-text") << file("id: seven\nname: x\nconfidence: 0\n")
                                 << QStringLiteral("lang/001-alpha.md:2:5: error: 'id' must be a whole number "
                                                   "from 1 to 2,147,483,647, not text (\"seven\") [wrong-type]");
        QTest::newRow("id-quoted") << file("id: \"7\"\nname: x\nconfidence: 0\n")
                                   << QStringLiteral(
                                          "lang/001-alpha.md:2:5: error: 'id' must be a whole number from 1 to 2,147,483,647, "
                                          "not a quoted string (write it without quotes: id: 7) [wrong-type]");
        QTest::newRow("id-decimal") << file("id: 7.5\nname: x\nconfidence: 0\n")
                                    << QStringLiteral(
                                           "lang/001-alpha.md:2:5: error: 'id' must be a whole number from 1 to 2,147,483,647, "
                                           "not a decimal number (\"7.5\") [wrong-type]");
        QTest::newRow("id-float-overflow")
            << file("id: 1e400\nname: x\nconfidence: 0\n")
            << QStringLiteral("lang/001-alpha.md:2:5: error: 'id' must be a whole number from 1 to 2,147,483,647, "
                              "not a decimal number (\"1e400\") [wrong-type]");
        QTest::newRow("deep-nesting") << file("id: 1\nname: x\nconfidence: 0\nx: " + QByteArray(3000, '[') +
                                              QByteArray(3000, ']') + "\n")
                                      << QStringLiteral(
                                             "lang/001-alpha.md:5:4: error: YAML: the front matter nests too "
                                             "deeply to read [yaml-syntax]");
        QTest::newRow("cr-only-line-endings")
            << QByteArray("---\rid: 1\rname: x\r---\r")
            << QStringLiteral("lang/001-alpha.md:1:1: error: the lines end in CR alone (classic "
                              "Mac); save the file with LF or CRLF line endings [no-front-matter]");
        QTest::newRow("id-zero") << file("id: 0\nname: x\nconfidence: 0\n")
                                 << QStringLiteral("lang/001-alpha.md:2:5: error: 'id' must be a "
                                                   "whole number from 1 to 2,147,483,647, not 0 [out-of-range]");
        QTest::newRow("id-huge") << file("id: 99999999999999999999\nname: x\nconfidence: 0\n")
                                 << QStringLiteral("lang/001-alpha.md:2:5: error: 'id' must be a whole number "
                                                   "from 1 to 2,147,483,647, not 99999999999999999999 [out-of-range]");
        QTest::newRow("name-a-list")
            << file("id: 1\nname: [a]\nconfidence: 0\n")
            << QStringLiteral("lang/001-alpha.md:3:7: error: 'name' must be text, not a list [wrong-type]");
        QTest::newRow("confidence-three")
            << file("id: 1\nname: x\nconfidence: 3\n")
            << QStringLiteral("lang/001-alpha.md:4:13: error: 'confidence' must be 0, 1 or 2, not "
                              "3 [out-of-range]");
        QTest::newRow("confidence-stars")
            << file("id: 1\nname: x\nconfidence: \"**\"\n")
            << QStringLiteral("lang/001-alpha.md:4:13: error: 'confidence' must be 0, 1 or 2, not "
                              "a quoted string (\"**\") [wrong-type]");
        QTest::newRow("scale-eleven") << file(good + "scale: 11\n")
                                      << QStringLiteral(
                                             "lang/001-alpha.md:5:8: error: 'scale' must be a whole number from 1 "
                                             "to 10, not 11 [out-of-range]");
        QTest::newRow("context-not-a-list")
            << file(good + "context_patterns: 3\n")
            << QStringLiteral("lang/001-alpha.md:5:19: error: 'context_patterns' must be a list of "
                              "pattern ids such as [3, 12], not a number [wrong-type]");
        QTest::newRow("context-item-text")
            << file(good + "context_patterns: [1, x]\n")
            << QStringLiteral("lang/001-alpha.md:5:23: error: 'context_patterns' must be a list of "
                              "pattern ids (whole numbers from 1), not text (\"x\") [wrong-type]");
        QTest::newRow("completion-item-negative")
            << file(good + "completion_patterns:\n  - -4\n")
            << QStringLiteral("lang/001-alpha.md:6:5: error: 'completion_patterns' must be a list "
                              "of pattern ids (whole numbers from 1), not -4 [out-of-range]");
        QTest::newRow("ai-dimension-yes")
            << file(good + "ai_dimension: yes\n")
            << QStringLiteral("lang/001-alpha.md:5:15: error: 'ai_dimension' must be true or "
                              "false, not \"yes\" [wrong-type]");
        QTest::newRow("tags-nested") << file(good + "tags: [[a]]\n")
                                     << QStringLiteral(
                                            "lang/001-alpha.md:5:8: error: each item of 'tags' must be text, not "
                                            "a list [wrong-type]");
        QTest::newRow("references-a-map")
            << file(good + "references: {a: b}\n")
            << QStringLiteral("lang/001-alpha.md:5:13: error: 'references' must be a list such as "
                              "[a, b], not a mapping [wrong-type]");
        QTest::newRow("crlf-error-line") << QByteArray("---\r\nid: x\r\nname: a\r\nconfidence: 0\r\n---\r\n")
                                         << QStringLiteral(
                                                "lang/001-alpha.md:2:5: error: 'id' must be a whole number from 1 to 2,147,483,647, "
                                                "not text (\"x\") [wrong-type]");
        QTest::newRow("yaml-unclosed-quote-mid-front-matter")
            << file("id: 1\nname: \"Alpha\nconfidence: 0\nscale: 2\ntags: [a, b]\nreferences:\n  - "
                    "\"X\"\n")
            << QStringLiteral("lang/001-alpha.md:3:7: error: YAML: the quoted text that starts "
                              "here is not closed on its line (yaml-cpp read on and failed below: "
                              "end of map not found) [yaml-syntax]");
        QTest::newRow("utf16") << QByteArray("\xFF\xFE-\0-\0-\0\n\0", 10)
                               << QStringLiteral("lang/001-alpha.md:1:1: error: the file is UTF-16 "
                                                 "text; save it as UTF-8 [not-utf8]");
        QTest::newRow("bom-only") << QByteArray("\xEF\xBB\xBF")
                                  << QStringLiteral("lang/001-alpha.md:1:1: error: no front matter: the file "
                                                    "must start with a line '---' [no-front-matter]");
        QTest::newRow("cr-only-with-bom")
            << QByteArray("\xEF\xBB\xBF---\rid: 1\r---\r")
            << QStringLiteral("lang/001-alpha.md:1:1: error: the lines end in CR alone (classic "
                              "Mac); save the file with LF or CRLF line endings [no-front-matter]");
        QTest::newRow("binary") << binary()
                                << QStringLiteral("lang/001-alpha.md:2:118: error: byte 0x80 is not valid "
                                                  "UTF-8; save the file as UTF-8 [not-utf8]");
        QTest::newRow("key-not-text") << file(good + "[a, b]: c\n")
                                      << QStringLiteral(
                                             "lang/001-alpha.md:5:1: error: a key must be plain text [wrong-type]");
        QTest::newRow("deep-nesting-mapping")
            << file(good + "x: " + QByteArray(2000, '{') + QByteArray(2000, '}') + "\n")
            << QStringLiteral("lang/001-alpha.md:5:4: error: YAML: end of map flow not found: a "
                              "'{' mapping is never closed with '}' [yaml-syntax]");
        QTest::newRow("undefined-alias")
            << file(good + "x: *nothing\n")
            << QStringLiteral("lang/001-alpha.md:5:4: error: YAML: the referenced anchor is not defined: a "
                              "value starting with '*' is an alias in YAML; quote it [yaml-syntax]");
    }

    void brokenFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, shown);
        const Pattern p = parsePattern(QStringLiteral("001-alpha.md"), QStringLiteral("lang/001-alpha.md"), bytes);
        QVERIFY(p.broken);
        QCOMPARE(::shown(p.diagnostics), shown);
        QCOMPARE(p.bytes, bytes); // kept as read
    }

    // Entries of a language folder that are not readable files.
    void folderEntries_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("shown");
        QTest::newRow("fifo") << "fifo"
                              << QStringLiteral("DIR/001-entry.md:1:1: error: cannot read the file: it is not "
                                                "a regular file (a pipe or a device) [file-unreadable]");
        QTest::newRow("symlink-loop")
            << "loop"
            << QStringLiteral("DIR/001-entry.md:1:1: error: cannot read the file: it is a symbolic link to "
                              "DIR/001-entry.md, which does not exist or links in a loop [file-unreadable]");
        QTest::newRow("dangling-symlink")
            << "dangling"
            << QStringLiteral("DIR/001-entry.md:1:1: error: cannot read the file: it is a symbolic "
                              "link to DIR/no-such-file.md, which does not exist or links in a "
                              "loop [file-unreadable]");
        QTest::newRow("folder-named-md") << "folder" << QStringLiteral("(not listed)");
        QTest::newRow("larger-than-16-mib")
            << "huge"
            << QStringLiteral("DIR/001-entry.md:1:1: error: cannot read the file: it is larger "
                              "than 16 MiB, too large for a pattern [file-unreadable]");
        if (::geteuid() != 0)
            QTest::newRow("no-permission")
                << "unreadable"
                << QStringLiteral("lang/001-alpha.md:3:11: error: byte 0xe9 is not valid UTF-8; "
                                  "save the file as UTF-8 [not-utf8]");
    }

    void folderEntries()
    {
        QFETCH(QString, kind);
        QFETCH(QString, shown);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("001-entry.md"));
        const QByteArray name = QFile::encodeName(path);
        if (kind == QLatin1String("fifo")) {
            QVERIFY(::mkfifo(name.constData(), 0644) == 0);
        } else if (kind == QLatin1String("loop")) {
            QVERIFY(::symlink("001-entry.md", name.constData()) == 0);
        } else if (kind == QLatin1String("dangling")) {
            QVERIFY(::symlink("no-such-file.md", name.constData()) == 0);
        } else if (kind == QLatin1String("folder")) {
            QVERIFY(QDir().mkpath(path));
        } else if (kind == QLatin1String("unreadable")) {
            test::writeFile(path, file(good));
            QFile::setPermissions(path, QFile::WriteOwner);
        } else if (kind == QLatin1String("huge")) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.resize(MaxPatternFileSize + 1)); // sparse: nothing really written
        }
        const Language language = Language::load(dir.path());
        const int i = language.indexOfFile(QStringLiteral("001-entry.md"));
        if (kind == QLatin1String("folder")) {
            QCOMPARE(i, -1); // a folder is no pattern, and no error either
            QCOMPARE(shown, QStringLiteral("(not listed)"));
            return;
        }
        QVERIFY(i >= 0);
        QVERIFY(language.pattern(i).broken);
        QCOMPARE(::shown(language.pattern(i).diagnostics, dir.path()), shown);
    }

    // Edits through the form or `set` that cannot be made safely: refused with the reason, and
    // the text stays as it was.
    void editsRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("refusal");
        QTest::newRow("alias-bomb")
            << file(good + aliasBomb("notes")) << "confidence" << QVariant(2)
            << QStringLiteral("lang/001-alpha.md: 'notes' uses YAML aliases that stand for more than 10,000 "
                              "values; such a front matter is edited as text, not through the form");
        // yaml-cpp makes a node that holds itself when a name is anchored again on a list holding
        // it; walking it once recursed until the value budget ran out, overflowing ASan's stack.
        QTest::newRow("alias-holding-itself")
            << file(good + "notes:\n- &a [x, x, x]\n- &b [*a, x, x]\n- &b [*b, *b, *b]\n") << "confidence"
            << QVariant(2)
            << QStringLiteral("lang/001-alpha.md: 'notes' holds itself through a YAML alias; such a front matter is "
                              "edited as text, not through the form");
        QTest::newRow("nested-past-the-walk-depth")
            << file(good + "notes: " + QByteArray(70, '[') + QByteArray(70, ']') + "\n") << "confidence" << QVariant(2)
            << QStringLiteral("lang/001-alpha.md: 'notes' nests deeper than 64 levels; such a front matter is "
                              "edited as text, not through the form");
        QTest::newRow("anchor-before-a-list")
            << file(good + "tags: &t [a, b]\n") << "confidence" << QVariant(1)
            << QStringLiteral("lang/001-alpha.md's front matter cannot be edited in place: 'tags' "
                              "has an anchor or a tag before its value, on line 5");
        QTest::newRow("anchor-on-an-item")
            << file(good + "tags: [&t a, *t]\n") << "confidence" << QVariant(1)
            << QStringLiteral("lang/001-alpha.md's front matter cannot be edited in place: the items of "
                              "'tags' (line 5) are written in a form whose place in the file cannot be found "
                              "exactly, such as an item with an anchor or a tag");
        QTest::newRow("flow-mapping-front-matter")
            << file("{id: 1, name: Alpha, confidence: 0}\n") << "confidence" << QVariant(1)
            << QStringLiteral("lang/001-alpha.md's front matter cannot be edited in place: the "
                              "front matter is written as one flow mapping ({key: value, ...})");
        QTest::newRow("broken-yaml") << file(good + "tags: [a\n") << "confidence" << QVariant(1)
                                     << QStringLiteral(
                                            "the front matter cannot be edited until this is fixed: "
                                            "lang/001-alpha.md:5:7: error: YAML: end of sequence flow not found: "
                                            "a '[' list is never closed with ']' [yaml-syntax]");
        QTest::newRow("not-utf8")
            << file("id: 1\nname: \"Caf\xe9\"\nconfidence: 0\n") << "confidence" << QVariant(1)
            << QStringLiteral(
                   "lang/001-alpha.md:3:11: error: byte 0xe9 is not valid UTF-8; save the file as UTF-8 [not-utf8]");
        QTest::newRow("no-front-matter") << QByteArray("# Alpha\n") << "confidence" << QVariant(1)
                                         << QStringLiteral("lang/001-alpha.md has no complete front matter to edit");
        QTest::newRow("key-with-line-break")
            << file(good) << "a\nb" << QVariant(1) << QStringLiteral("'a\nb' is not a key that can be set");
        QTest::newRow("duplicate-key")
            << file(good + "id: 2\n") << "confidence" << QVariant(1)
            << QStringLiteral("the front matter cannot be edited until this is fixed: lang/001-alpha.md:5:1: "
                              "error: 'id' appears twice in the front matter [duplicate-key]");
    }

    void editsRefused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, key);
        QFETCH(QVariant, value);
        QFETCH(QString, refusal);
        const Pattern p = parsePattern(QStringLiteral("001-alpha.md"), QStringLiteral("lang/001-alpha.md"), bytes);
        const EditResult r = applyEdits(p, {FieldEdit::set(key, value)});
        QVERIFY(!r.ok);
        QCOMPARE(r.error, refusal);
        QVERIFY(r.bytes.isEmpty());
    }

    // Values written out in full are no alias bomb, however many: the file's size bounds them.
    void manyPlainValuesAreEditable()
    {
        QByteArray references = "references:\n";
        for (int i = 0; i < 100000; ++i)
            references += "  - \"Book " + QByteArray::number(i) + "\"\n";
        const Pattern p =
            parsePattern(QStringLiteral("001-alpha.md"), QStringLiteral("lang/001-alpha.md"), file(good + references));
        QCOMPARE(p.fields.references.size(), 100000);
        const EditResult r = applyEdits(p, {FieldEdit::set(QStringLiteral("confidence"), 2)});
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.bytes.contains("confidence: 2\n"));
    }

    // Saves that cannot be made: refused or failed with the cause, the old file whole.
    void savesFailing_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("error");
        QTest::newRow("read-only-file") << "read-only" << QStringLiteral("DIR/001-alpha.md is read-only");
        QTest::newRow("folder-gone") << "folder-gone" << QStringLiteral("the folder DIR/gone no longer exists");
        QTest::newRow("file-gone") << "file-gone" << QStringLiteral("DIR/001-alpha.md no longer exists");
        QTest::newRow("a-folder-not-a-file") << "folder" << QStringLiteral("DIR/folder.md is not a regular file");
        QTest::newRow("disk-full") << "full" << QStringLiteral("cannot write DIR/001-alpha.md: File too large");
        QTest::newRow("new-file-exists") << "exists" << QStringLiteral("DIR/001-alpha.md already exists");
    }

    void savesFailing()
    {
        QFETCH(QString, kind);
        QFETCH(QString, error);
        QTemporaryDir dir;
        QString path = dir.filePath(QStringLiteral("001-alpha.md"));
        const QByteArray old = file(good);
        test::writeFile(path, old);
        SaveMode mode = SaveMode::Replace;
        if (kind == QLatin1String("read-only")) {
            QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup);
        } else if (kind == QLatin1String("folder-gone")) {
            path = dir.filePath(QStringLiteral("gone/001-alpha.md"));
            mode = SaveMode::CreateOrReplace;
        } else if (kind == QLatin1String("file-gone")) {
            QFile::remove(path);
        } else if (kind == QLatin1String("folder")) {
            path = dir.filePath(QStringLiteral("folder.md"));
            QDir().mkpath(path);
        } else if (kind == QLatin1String("exists")) {
            mode = SaveMode::Create;
        }
        SaveResult r;
        {
            std::optional<test::FileSizeLimit> full;
            if (kind == QLatin1String("full"))
                full.emplace(16);
            r = saveFileAtomically(path, file(good + "tags: [one, two, three]\n"), mode);
        }
        QVERIFY(!r.ok);
        QCOMPARE(QString(r.error).replace(dir.path(), QStringLiteral("DIR")), error);
        if (QFileInfo(path).isFile())
            QCOMPARE(test::readFile(path), old);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral(".md.")), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
