package org.cruise.core.ptrace;

import java.io.Closeable;

import org.cruise.core.sys.LibC;
import org.cruise.core.sys.NativeException;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;

/**
 * Reads and writes another process's memory. Reads use process_vm_readv (no ptrace stop needed,
 * any thread); writes go through /proc/PID/mem, which, unlike process_vm_writev, also writes
 * read-only pages such as code (breakpoints) and RELRO data.
 */
public final class ProcessMemory implements Closeable {
    /** Per-thread native scratch: the trigger path reads and writes a few bytes at every trap. */
    private static final int SMALL_SIZE = 64;
    private static final ThreadLocal<Memory> IOV = ThreadLocal.withInitial(() -> new Memory(32));
    private static final ThreadLocal<Memory> SMALL = ThreadLocal.withInitial(() -> new Memory(SMALL_SIZE));

    private final int pid;
    private int memFd = -1;

    public ProcessMemory(int pid) {
        this.pid = pid;
    }

    public int pid() {
        return pid;
    }

    /** Reads len bytes at address into dst (offset 0); returns the number of bytes read. */
    public long read(long address, Pointer dst, long len) throws NativeException {
        Memory iov = IOV.get();
        iov.setPointer(0, dst);
        iov.setLong(8, len);
        iov.setLong(16, address);
        iov.setLong(24, len);
        long n = LibC.process_vm_readv(pid, iov, 1, iov.share(16), 1, 0);
        if (n == -1) {
            throw new NativeException("process_vm_readv(" + pid + ", 0x" + Long.toHexString(address) + ", " + len + ")",
                    Native.getLastError());
        }
        return n;
    }

    public byte[] read(long address, int len) throws NativeException {
        if (len <= SMALL_SIZE) {
            Memory m = SMALL.get();
            checkFull(read(address, m, len), len, address);
            return m.getByteArray(0, len);
        }
        try (Memory m = new Memory(Math.max(1, len))) {
            checkFull(read(address, m, len), len, address);
            return m.getByteArray(0, len);
        }
    }

    private static void checkFull(long n, int len, long address) throws NativeException {
        if (n != len) {
            throw new NativeException("short read of " + len + " bytes at 0x" + Long.toHexString(address), LibC.EFAULT);
        }
    }

    public long readLong(long address) throws NativeException {
        Memory m = SMALL.get();
        checkFull(read(address, m, 8), 8, address);
        return m.getLong(0);
    }

    /** Reads through /proc/PID/mem, which also reaches pages the program cannot read (PROT_NONE). */
    public byte[] readForced(long address, int len) throws NativeException {
        try (Memory m = new Memory(Math.max(1, len))) {
            long n = LibC.pread(fd(), m, len, address);
            if (n != len) {
                throw new NativeException("read /proc/" + pid + "/mem at 0x" + Long.toHexString(address),
                        n == -1 ? Native.getLastError() : LibC.EFAULT);
            }
            return m.getByteArray(0, len);
        }
    }

    public void write(long address, byte[] data) throws NativeException {
        if (data.length <= SMALL_SIZE) {
            writeFrom(SMALL.get(), address, data);
            return;
        }
        try (Memory m = new Memory(data.length)) {
            writeFrom(m, address, data);
        }
    }

    private void writeFrom(Memory m, long address, byte[] data) throws NativeException {
        m.write(0, data, 0, data.length);
        long n = LibC.pwrite(fd(), m, data.length, address);
        if (n != data.length) {
            throw new NativeException("write /proc/" + pid + "/mem at 0x" + Long.toHexString(address),
                    n == -1 ? Native.getLastError() : LibC.EFAULT);
        }
    }

    public void writeLong(long address, long value) throws NativeException {
        byte[] b = new byte[8];
        for (int i = 0; i < 8; i++) {
            b[i] = (byte) (value >>> (8 * i));
        }
        write(address, b);
    }

    /** iovecs per process_vm_writev call (the kernel's UIO_MAXIOV). */
    private static final int MAX_IOV = 1024;

    /**
     * Writes many 8-byte words at once with process_vm_writev (a live update re-points thousands of
     * pointers while the process is stopped: one system call per thousand instead of one each).
     * Words on pages the process may not write (read-only after relocation) fail there with EFAULT;
     * from the failing word, the run of words at consecutive addresses is written through
     * /proc/PID/mem in one write, then process_vm_writev goes on after it. Given in address order,
     * a GOT's worth of words thus costs two system calls.
     */
    public void writeLongs(long[] addresses, long[] values, int count) throws NativeException {
        try (Memory local = new Memory(8L * MAX_IOV); Memory localIov = new Memory(16); Memory remoteIov = new Memory(16L * MAX_IOV)) {
            int at = 0;
            while (at < count) {
                int n = Math.min(MAX_IOV, count - at);
                for (int i = 0; i < n; i++) {
                    local.setLong(8L * i, values[at + i]);
                    remoteIov.setLong(16L * i, addresses[at + i]);
                    remoteIov.setLong(16L * i + 8, 8);
                }
                localIov.setPointer(0, local);
                localIov.setLong(8, 8L * n);
                long written = LibC.process_vm_writev(pid, localIov, 1, remoteIov, n, 0);
                at += written < 0 ? 0 : (int) (written / 8);
                if (at < count && written < 8L * n) {
                    at = writeRun(addresses, values, at, count);
                }
            }
        }
    }

    /** The words from index at on whose addresses follow each other, in one write; returns the index after them. */
    private int writeRun(long[] addresses, long[] values, int at, int count) throws NativeException {
        int end = at + 1;
        while (end < count && addresses[end] == addresses[end - 1] + 8 && end - at < 512) {
            end++;
        }
        byte[] b = new byte[8 * (end - at)];
        for (int i = at; i < end; i++) {
            long v = values[i];
            for (int k = 0; k < 8; k++) {
                b[8 * (i - at) + k] = (byte) (v >>> (8 * k));
            }
        }
        write(addresses[at], b);
        return end;
    }

    private int fd() throws NativeException {
        if (memFd < 0) {
            int fd = LibC.open("/proc/" + pid + "/mem", LibC.O_RDWR | LibC.O_CLOEXEC, 0);
            if (fd < 0) {
                throw new NativeException("open /proc/" + pid + "/mem", Native.getLastError());
            }
            memFd = fd;
        }
        return memFd;
    }

    @Override
    public void close() {
        if (memFd >= 0) {
            LibC.close(memFd);
            memFd = -1;
        }
    }
}
