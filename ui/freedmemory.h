#pragma once

namespace pb::ui {

// Hands the heap's free pages back to the system. Reading a language and laying out its graph
// allocate a great deal for a moment, on several threads, and malloc keeps what they free for
// later (about 10 MB at 1,000 patterns); a desktop app that then sits open all day should not.
// Without glibc this does nothing.
void giveBackFreedMemory();

} // namespace pb::ui
