package org.cruise.core.sys;

import com.sun.jna.Native;

/**
 * A libc call failed. Carries errno so that callers can tell "process gone" (ESRCH) from
 * "not permitted" (EPERM) and turn them into the right exit code.
 */
public final class NativeException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int errno;

    public NativeException(String call, int errno) {
        super(call + ": " + LibC.strerror(errno) + " (errno " + errno + ")");
        this.errno = errno;
    }

    public int errno() {
        return errno;
    }

    /** Throws with the current thread's errno if result is -1; returns result otherwise. */
    public static long check(long result, String call) throws NativeException {
        if (result == -1) {
            throw new NativeException(call, Native.getLastError());
        }
        return result;
    }
}
