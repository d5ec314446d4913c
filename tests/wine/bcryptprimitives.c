/* A stand-in for bcryptprimitives.dll, for running the Windows build under Debian 12's Wine 8,
 * which lacks that DLL: Rust's standard library imports ProcessPrng from it, so every Rust .exe
 * fails to start there. Windows 10 and later, and Wine 9 and later, have the real one. Used by
 * .ci/wine only; never shipped. Built with:
 *   x86_64-w64-mingw32-gcc -shared -O2 -o bcryptprimitives.dll bcryptprimitives.c \
 *       bcryptprimitives.def -ladvapi32
 */
#include <windows.h>

/* RtlGenRandom, exported by advapi32 as SystemFunction036. */
BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
