package org.cruise.core.capture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.cruise.model.FdKind;

/**
 * What kind of file a descriptor refers to, from the target of its /proc/PID/fd link and the
 * mode of the file it leads to. Sockets are only recognised as sockets here; which kind of
 * socket is the {@link SocketTable}'s business.
 */
final class FdKinds {
    private static final int S_IFMT = 0170000, S_IFSOCK = 0140000, S_IFREG = 0100000, S_IFBLK = 060000,
            S_IFDIR = 040000, S_IFCHR = 020000, S_IFIFO = 010000;

    /** A range of character device numbers that /proc/tty/drivers lists as a tty driver. */
    private record TtyRange(int major, int firstMinor, int lastMinor) {
    }

    private final List<TtyRange> ttys;

    private FdKinds(List<TtyRange> ttys) {
        this.ttys = ttys;
    }

    /**
     * Reads the tty drivers of this system. Without /proc/tty/drivers (it is world-readable on
     * every kernel we know) the classic majors serve: 4 (virtual consoles, serial), 5 (/dev/tty,
     * console, ptmx), 136-143 (pty slaves).
     */
    static FdKinds load() {
        List<TtyRange> ranges = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(Path.of("/proc/tty/drivers"))) {
                // "name  /dev/node  major  minor[-minor]  type"; the name may not contain spaces
                String[] f = line.trim().split("\\s+");
                if (f.length < 4) {
                    continue;
                }
                String[] minors = f[3].split("-");
                ranges.add(new TtyRange(Integer.parseInt(f[2]), Integer.parseInt(minors[0]),
                        Integer.parseInt(minors[minors.length - 1])));
            }
        } catch (IOException | NumberFormatException e) {
            ranges.clear();
            ranges.add(new TtyRange(4, 0, 255));
            ranges.add(new TtyRange(5, 0, 2));
            for (int major = 136; major <= 143; major++) {
                ranges.add(new TtyRange(major, 0, 1 << 20));
            }
        }
        return new FdKinds(List.copyOf(ranges));
    }

    /** True for "socket:[INODE]" links; the caller resolves the socket's kind. */
    static boolean isSocket(String link) {
        return link.startsWith("socket:[");
    }

    /** The inode in "socket:[123]" or "pipe:[123]". */
    static long bracketInode(String link) {
        return Long.parseLong(link.substring(link.indexOf('[') + 1, link.lastIndexOf(']')));
    }

    /**
     * @param mode the st_mode of the file the link leads to (stat follows /proc/PID/fd links
     *             even to deleted files), or -1 if it could not be read
     * @param rdev st_rdev for device files
     */
    FdKind kind(String link, int mode, long rdev) {
        if (link.startsWith("pipe:[")) {
            return FdKind.PIPE;
        }
        if (link.startsWith("anon_inode:")) {
            return switch (link) {
            case "anon_inode:[eventfd]" -> FdKind.EVENTFD;
            case "anon_inode:[eventpoll]" -> FdKind.EPOLL;
            case "anon_inode:[timerfd]" -> FdKind.TIMERFD;
            case "anon_inode:[signalfd]" -> FdKind.SIGNALFD;
            case "anon_inode:inotify" -> FdKind.INOTIFY;
            default -> FdKind.OTHER; // pidfd, userfaultfd, io_uring, perf_event, bpf-*, fanotify, ...
            };
        }
        if (link.startsWith("/memfd:")) {
            return FdKind.MEMFD;
        }
        if (!link.startsWith("/") || mode == -1) {
            return FdKind.OTHER; // namespace files ("net:[...]"), and anything the kernel adds later
        }
        return switch (mode & S_IFMT) {
        case S_IFREG -> FdKind.REGULAR;
        case S_IFDIR -> FdKind.DIRECTORY;
        case S_IFIFO -> FdKind.FIFO;
        case S_IFCHR -> isTty(rdev) ? FdKind.TTY : FdKind.DEVICE;
        case S_IFBLK -> FdKind.DEVICE;
        case S_IFSOCK -> FdKind.OTHER_SOCKET;
        default -> FdKind.OTHER;
        };
    }

    private boolean isTty(long rdev) {
        // glibc's gnu_dev_major/minor: the 64-bit dev_t keeps the low 20 bits of minor and 12 of
        // major in its low word.
        int major = (int) (((rdev >>> 8) & 0xfff) | ((rdev >>> 32) & ~0xfffL));
        int minor = (int) ((rdev & 0xff) | ((rdev >>> 12) & ~0xffL));
        for (TtyRange r : ttys) {
            if (r.major() == major && minor >= r.firstMinor() && minor <= r.lastMinor()) {
                return true;
            }
        }
        return false;
    }
}
