package org.cruise.core.elf;

import com.sun.jna.LastErrorException;
import com.sun.jna.Native;
import com.sun.jna.Platform;

/**
 * The few libc calls needed to hand libelf a file descriptor. Java cannot give out the fd of its own
 * streams, so the file is opened natively and closed when the {@link ElfFile} is closed.
 */
final class LibC {

    static final int O_RDONLY = 0;
    static final int O_CLOEXEC = 0x80000;

    static {
        Native.register(LibC.class, Platform.C_LIBRARY_NAME);
    }

    private LibC() {
    }

    /**
     * open(2) is variadic; calling it with two fixed arguments is sound on x86-64 Linux because the
     * mode argument is only read with O_CREAT/O_TMPFILE, which we never pass.
     */
    static native int open(String path, int flags) throws LastErrorException;

    static native int close(int fd) throws LastErrorException;

    static native String strerror(int errno);
}
