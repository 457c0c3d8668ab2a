#pragma once

class QObject;

namespace pb::ui {

// Where there is no graphics card (a virtual machine, a remote desktop, Xvfb), OpenGL is emulated
// on the CPU (llvmpipe), and the reading pane's Qt Quick compositing through it costs more than a
// frame per update. Qt Quick's own software renderer is then much faster: measured here, the
// keystroke-to-preview median drops from about 27 ms to about 14 ms.
//
// Emulated OpenGL costs at start too: Qt WebEngine makes Qt create a shared OpenGL context before
// the first window, which loads Mesa and LLVM into the process, about 40 ms and 40 MB that
// nothing then uses. So the verdict is remembered, and the next start on such a machine goes
// without OpenGL at all; a child process looks again later, in case graphics hardware has come.

// Before the QApplication: starts without OpenGL (and with Qt Quick's software renderer) when the
// last look found only emulation, on X11, unless the environment chose for itself. Returns true
// when it did.
bool startWithoutOpenGlIfEmulated();

// After the QApplication, when OpenGL is on, before the first window: looks at the renderer, picks
// the software renderer for Qt Quick if it is emulated, and remembers the verdict. An explicit
// QT_QUICK_BACKEND is left as it is. Returns true when the software renderer was chosen.
bool chooseGraphicsBackend();

// When started without OpenGL: after `delayMs`, asks a child process (this program with
// --probe-graphics) what the renderer is now, and remembers its verdict for the next start.
void recheckGraphicsLater(QObject *context, int delayMs);

// What --probe-graphics runs: prints "emulated" or "hardware" (or "none"), returns 0.
int probeGraphics(int &argc, char **argv);

} // namespace pb::ui
