// The reading pane against hostile pattern text: it reads no file outside the language folder,
// fetches nothing from the network, and opens the browser only when the reader clicks.

#include "readingpane.h"
#include "render/renderer.h"
#include "testsupport.h"
#include "webtestsupport.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QImage>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace pb;
using namespace pb::ui;

namespace {

// Receives what QDesktopServices would hand to the system browser.
class BrowserStandIn : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public Q_SLOTS:
    void open(const QUrl &url) { opened.append(url); }
};

void writeImage(const QString &path)
{
    QImage image(8, 6, QImage::Format_RGB32);
    image.fill(Qt::darkGreen);
    QVERIFY(image.save(path, "PNG"));
}

} // namespace

class TestReadingPane : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ReadingPane> m_pane;

    // Shows `body` as the one pattern of a language in `folder`, and waits until it is painted.
    void show(const QString &folder, const QByteArray &body)
    {
        m_pane = std::make_unique<ReadingPane>();
        m_pane->resize(900, 700);
        m_pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_pane.get())); // the X server maps it: a state, no signal to wait on
        m_pane->setFolder(folder);
        QTRY_VERIFY_WITH_TIMEOUT(m_pane->isShellReady(), 20000);
        const QByteArray bytes = "---\nid: 1\nname: \"Hostile\"\nconfidence: 0\n---\n\n# Hostile\n\n" + body;
        const Pattern p =
            parsePattern(QStringLiteral("001-hostile.md"), folder + QStringLiteral("/001-hostile.md"), bytes);
        QSignalSpy painted(m_pane.get(), &ReadingPane::contentPainted);
        m_pane->showRendered(renderPattern(p, RenderContext()), false, 7);
        QVERIFY(painted.wait(20000));
    }

    int imageWidth(const QString &alt)
    {
        const QString script = QStringLiteral("(function(){const i=document.querySelector('img[alt=\"%1\"]');"
                                              "return i ? (i.complete ? i.naturalWidth : -1) : -2;})()")
                                   .arg(alt);
        int width = -1;
        // An image still loading says -1: wait for it to settle either way.
        if (!QTest::qWaitFor([&] { return (width = test::evaluate(m_pane.get(), script).toInt()) != -1; }, 10000)) // a condition, polled
            qWarning("image %s never settled", qPrintable(alt));
        return width;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { m_pane.reset(); }

    void imagesLoadFromTheLanguageFolderOnly()
    {
        QTemporaryDir root;
        const QString language = root.filePath(QStringLiteral("language"));
        const QString outside = root.filePath(QStringLiteral("outside"));
        QDir().mkpath(language);
        QDir().mkpath(outside);
        writeImage(language + QStringLiteral("/inside.png"));
        writeImage(outside + QStringLiteral("/secret.png"));
        QVERIFY(::symlink(qPrintable(outside + QStringLiteral("/secret.png")),
                          qPrintable(language + QStringLiteral("/link.png"))) == 0);
        show(language, "![inside](inside.png)\n\n![up](../outside/secret.png)\n\n![absolute](" + outside.toUtf8() +
                           "/secret.png)\n\n![file-url](file://" + outside.toUtf8() +
                           "/secret.png)\n\n![symlink](link.png)\n\n"
                           "![passwd](../../../../../../../../etc/passwd)\n");
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(imageWidth(QStringLiteral("inside")), 8);
        QCOMPARE(imageWidth(QStringLiteral("up")), 0);
        QCOMPARE(imageWidth(QStringLiteral("absolute")), 0);
        QCOMPARE(imageWidth(QStringLiteral("file-url")), 0);
        QCOMPARE(imageWidth(QStringLiteral("symlink")), 0);
        QCOMPARE(imageWidth(QStringLiteral("passwd")), 0);
    }

    void nothingIsFetchedFromTheNetwork()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        int connections = 0;
        connect(&server, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *s = server.nextPendingConnection()) {
                ++connections;
                s->close();
            }
        });
        const QByteArray host = "127.0.0.1:" + QByteArray::number(server.serverPort());
        QTemporaryDir language;
        show(language.path(), "![plain](http://" + host + "/a.png)\n\n![relative](//" + host +
                                  "/b.png)\n\n<img src=\"http://" + host +
                                  "/c.png\">\n\n<link rel=stylesheet href=\"http://" + host +
                                  "/d.css\">\n\n[a link](http://" + host + "/e)\n");
        if (QTest::currentTestFailed())
            return;
        // The remote images became links for the reader to follow, or not.
        QCOMPARE(test::evaluate(m_pane.get(), QStringLiteral("document.querySelectorAll('img').length")).toInt(), 0);
        QVERIFY(test::evaluate(m_pane.get(), QStringLiteral("document.body.innerText"))
                    .toString()
                    .contains(QLatin1String("remote image")));
        // The page has nothing that fetches, and has finished loading: any request it could make
        // has been made by now, and none reached the network.
        QCOMPARE(test::evaluate(m_pane.get(), QStringLiteral("document.querySelectorAll('img, link[href], script[src], "
                                                             "iframe, object, embed, video, audio, source').length"))
                     .toInt(),
                 0);
        QTRY_COMPARE_WITH_TIMEOUT(test::evaluate(m_pane.get(), QStringLiteral("document.readyState")).toString(),
                                  QStringLiteral("complete"), 10000);
        QCOMPARE(connections, 0);
    }

    void theBrowserOpensOnlyOnTheReadersClick()
    {
        BrowserStandIn browser;
        QDesktopServices::setUrlHandler(QStringLiteral("https"), &browser, "open");
        QTemporaryDir language;
        show(language.path(), "[the web](https://example.org/page)\n");
        if (QTest::currentTestFailed())
            return;
        // A script's click (which a pattern's script would make, if any could run) opens nothing.
        QSignalSpy refused(m_pane.get(), &ReadingPane::externalLinkRefused);
        test::evaluate(m_pane.get(), QStringLiteral("document.querySelector('a[href^=\"https\"]').click()"));
        QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, 10000); // the pane heard of the link, and did not follow it
        QCOMPARE(browser.opened.size(), 0);
        // The reader's click does.
        const QVariantList rect =
            test::evaluate(m_pane.get(), QStringLiteral("(function(){const r=document.querySelector("
                                                        "'a[href^=\"https\"]').getBoundingClientRect();"
                                                        "return [r.left + r.width / 2, r.top + r.height / 2];})()"))
                .toList();
        QCOMPARE(rect.size(), 2);
        QWidget *input = m_pane->focusProxy();
        QVERIFY(input);
        QTest::mouseClick(input, Qt::LeftButton, {}, QPoint(int(rect.at(0).toDouble()), int(rect.at(1).toDouble())));
        QTRY_COMPARE_WITH_TIMEOUT(browser.opened.size(), 1, 5000);
        QCOMPARE(browser.opened.first(), QUrl(QStringLiteral("https://example.org/page")));
        QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    }
};

QTEST_MAIN(TestReadingPane)
#include "tst_readingpane.moc"
