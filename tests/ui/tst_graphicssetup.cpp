// The start-up's OpenGL decision (graphicssetup.h): without OpenGL only where the last look found
// it emulated, on X11, and never against what the environment chose.

#include "graphicssetup.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace pb::ui;

class TestGraphicsSetup : public QObject
{
    Q_OBJECT

private:
    const QByteArrayList m_variables{"QT_QUICK_BACKEND", "QSG_RHI_BACKEND", "QT_XCB_GL_INTEGRATION", "QT_OPENGL",
                                     "QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "DISPLAY"};
    QHash<QByteArray, QByteArray> m_saved;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        for (const QByteArray &v : m_variables) {
            if (qEnvironmentVariableIsSet(v.constData()))
                m_saved.insert(v, qgetenv(v.constData()));
        }
    }

    void cleanup()
    {
        for (const QByteArray &v : m_variables) {
            if (m_saved.contains(v))
                qputenv(v.constData(), m_saved.value(v));
            else
                qunsetenv(v.constData());
        }
        QSettings(QStringLiteral("Patternbook"), QStringLiteral("Patternbook")).remove(QStringLiteral("graphics"));
    }

    void decision_data()
    {
        QTest::addColumn<QString>("verdict"); // what the last look found; empty: never looked
        QTest::addColumn<QStringList>("environment"); // NAME=VALUE set before
        QTest::addColumn<bool>("withoutOpenGl");

        const QStringList x11{QStringLiteral("DISPLAY=:5")};
        QTest::newRow("emulated-on-x11") << "emulated" << x11 << true;
        QTest::newRow("emulated-on-xcb-by-name") << "emulated" << QStringList{QStringLiteral("QT_QPA_PLATFORM=xcb")} << true;
        QTest::newRow("hardware-keeps-opengl") << "hardware" << x11 << false;
        QTest::newRow("none-keeps-opengl") << "none" << x11 << false;
        QTest::newRow("never-looked-keeps-opengl") << "" << x11 << false;
        QTest::newRow("wayland-left-alone") << "emulated" << QStringList{QStringLiteral("WAYLAND_DISPLAY=wayland-0")} << false;
        QTest::newRow("offscreen-left-alone") << "emulated" << QStringList{QStringLiteral("QT_QPA_PLATFORM=offscreen"), QStringLiteral("DISPLAY=:5")} << false;
        QTest::newRow("quick-backend-chosen") << "emulated" << (x11 + QStringList{QStringLiteral("QT_QUICK_BACKEND=rhi")}) << false;
        QTest::newRow("gl-integration-chosen") << "emulated" << (x11 + QStringList{QStringLiteral("QT_XCB_GL_INTEGRATION=xcb_glx")}) << false;
        QTest::newRow("no-display-at-all") << "emulated" << QStringList{} << false;
    }
    void decision()
    {
        QFETCH(QString, verdict);
        QFETCH(QStringList, environment);
        QFETCH(bool, withoutOpenGl);

        for (const QByteArray &v : m_variables)
            qunsetenv(v.constData());
        for (const QString &assignment : environment)
            qputenv(assignment.section(QLatin1Char('='), 0, 0).toLatin1(), assignment.section(QLatin1Char('='), 1).toLatin1());
        QSettings settings(QStringLiteral("Patternbook"), QStringLiteral("Patternbook"));
        if (!verdict.isEmpty())
            settings.setValue(QStringLiteral("graphics/openGl"), verdict);
        settings.sync();
        const QByteArray integrationBefore = qgetenv("QT_XCB_GL_INTEGRATION");

        QCOMPARE(startWithoutOpenGlIfEmulated(), withoutOpenGl);
        if (withoutOpenGl) {
            QCOMPARE(qgetenv("QT_XCB_GL_INTEGRATION"), QByteArray("none"));
            QCOMPARE(qgetenv("QT_QUICK_BACKEND"), QByteArray("software"));
        } else {
            QCOMPARE(qgetenv("QT_XCB_GL_INTEGRATION"), integrationBefore);
        }
    }
};

QTEST_GUILESS_MAIN(TestGraphicsSetup)
#include "tst_graphicssetup.moc"
