package org.cruise.core.proc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * /proc/PID/fdinfo/FD: the fields every descriptor has (pos, flags, mnt_id, ino) and the lines
 * its kind adds, kept as text in order (eventfd-count, timerfd settings, epoll "tfd:" lines,
 * signalfd sigmask, inotify watches, ...).
 *
 * @param pos    file position
 * @param flags  open flags as the kernel prints them (octal in the file), O_CLOEXEC (02000000)
 *               included when the descriptor is close-on-exec
 * @param mntId  mount id, -1 if absent
 * @param inode  inode number, -1 if absent (kernels before 5.5)
 * @param extra  every other line, verbatim
 */
public record FdInfo(long pos, int flags, int mntId, long inode, List<String> extra) {
    public static final int O_CLOEXEC = 02000000;

    public FdInfo {
        extra = List.copyOf(extra);
    }

    public boolean closeOnExec() {
        return (flags & O_CLOEXEC) != 0;
    }

    public static FdInfo read(int pid, int fd) throws IOException {
        return parse(Files.readAllLines(Path.of("/proc", Integer.toString(pid), "fdinfo", Integer.toString(fd))));
    }

    public static FdInfo parse(List<String> lines) {
        long pos = 0;
        int flags = 0;
        int mntId = -1;
        long inode = -1;
        List<String> extra = new ArrayList<>();
        for (String line : lines) {
            int colon = line.indexOf(':');
            String key = colon < 0 ? "" : line.substring(0, colon);
            String value = colon < 0 ? "" : line.substring(colon + 1).trim();
            switch (key) {
            case "pos" -> pos = Long.parseLong(value);
            case "flags" -> flags = Integer.parseInt(value, 8);
            case "mnt_id" -> mntId = Integer.parseInt(value);
            case "ino" -> inode = Long.parseUnsignedLong(value);
            default -> extra.add(line);
            }
        }
        return new FdInfo(pos, flags, mntId, inode, extra);
    }
}
