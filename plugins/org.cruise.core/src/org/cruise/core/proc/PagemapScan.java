package org.cruise.core.proc;

import java.util.ArrayList;
import java.util.List;

import org.cruise.core.sys.LibC;
import org.cruise.core.sys.NativeException;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;

/**
 * The PAGEMAP_SCAN ioctl of /proc/PID/pagemap (Linux 6.7): which pages of a range were written
 * since they were write-protected through a userfaultfd with WP_ASYNC. Used to revisit only what
 * a running process changed since a first look. The installed uapi headers predate it: the
 * numbers below are the kernel's (include/uapi/linux/fs.h).
 */
public final class PagemapScan implements AutoCloseable {

    private static final long NR_IOCTL = 16;
    /** _IOWR('f', 16, struct pm_scan_arg), sizeof(struct pm_scan_arg) = 96. */
    private static final long PAGEMAP_SCAN = 0xC0606610L;
    private static final long PAGE_IS_WRITTEN = 1 << 1;
    private static final int ARG_SIZE = 96;
    private static final int REGION_SIZE = 24;
    private static final int REGIONS = 4096;

    private final int fd;
    private final Memory arg = new Memory(ARG_SIZE);
    private final Memory regions = new Memory((long) REGION_SIZE * REGIONS);

    private PagemapScan(int fd) {
        this.fd = fd;
    }

    public static PagemapScan open(int pid) throws NativeException {
        int fd = LibC.open("/proc/" + pid + "/pagemap", LibC.O_RDONLY | LibC.O_CLOEXEC, 0);
        if (fd < 0) {
            throw new NativeException("open(/proc/" + pid + "/pagemap)", Native.getLastError());
        }
        return new PagemapScan(fd);
    }

    /** The written runs of pages in [start, end), as {start, end} pairs in address order. */
    public List<long[]> written(long start, long end) throws NativeException {
        List<long[]> out = new ArrayList<>();
        long at = start;
        while (at < end) {
            arg.clear();
            arg.setLong(0, ARG_SIZE);
            arg.setLong(8, 0); // flags: only report
            arg.setLong(16, at);
            arg.setLong(24, end);
            arg.setLong(40, Pointer.nativeValue(regions));
            arg.setLong(48, REGIONS);
            arg.setLong(56, 0); // max_pages: no limit
            arg.setLong(64, 0); // category_inverted
            arg.setLong(72, PAGE_IS_WRITTEN); // category_mask: must be written
            arg.setLong(80, 0); // category_anyof_mask
            arg.setLong(88, PAGE_IS_WRITTEN); // return_mask
            long n = LibC.syscall(NR_IOCTL, fd, PAGEMAP_SCAN, Pointer.nativeValue(arg), 0, 0, 0);
            if (n < 0) {
                throw new NativeException("PAGEMAP_SCAN " + Long.toHexString(at) + "-" + Long.toHexString(end),
                        Native.getLastError());
            }
            for (int i = 0; i < n; i++) {
                out.add(new long[] { regions.getLong((long) i * REGION_SIZE), regions.getLong((long) i * REGION_SIZE + 8) });
            }
            long walkEnd = arg.getLong(32);
            if (walkEnd <= at || walkEnd >= end) {
                break;
            }
            at = walkEnd;
        }
        return out;
    }

    @Override
    public void close() {
        LibC.close(fd);
        arg.close();
        regions.close();
    }
}
