#include "freedmemory.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace pb::ui {

void giveBackFreedMemory()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

} // namespace pb::ui
