#pragma once

namespace pb::ui {

// Where there is no graphics card (a virtual machine, a remote desktop, Xvfb), OpenGL is emulated
// on the CPU (llvmpipe), and the reading pane's Qt Quick compositing through it costs more than a
// frame per update. Qt Quick's own software renderer is then much faster: measured here, the
// keystroke-to-preview median drops from about 27 ms to about 14 ms. Call after the QApplication
// exists and before the first window; an explicit QT_QUICK_BACKEND is left as it is.
// Returns true when the software renderer was chosen.
bool chooseGraphicsBackend();

} // namespace pb::ui
