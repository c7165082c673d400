package org.cruise.core.snapshot;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;

import org.cruise.core.snapshot.Snapshots.Entry;
import org.cruise.model.FileDescriptor;
import org.cruise.model.Frame;
import org.cruise.model.MemoryRegion;
import org.cruise.model.ProcessInfo;
import org.cruise.model.SignalAction;
import org.cruise.model.Snapshot;
import org.cruise.model.SnapshotFile;
import org.cruise.model.SocketInfo;
import org.cruise.model.ThreadState;
import org.cruise.model.TriggerEvent;

/**
 * The human-readable forms of snapshots: the listing table of {@code cruise snapshots} and the
 * report of {@code cruise show}. Times are shown in the given zone (the user's). Not an interface
 * for scripts: they use {@link SnapshotJson}.
 */
public final class SnapshotText {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");
    private static final DateTimeFormatter LOCAL_ZONE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS xxx");

    private SnapshotText() {
    }

    /**
     * The snapshots of a store as a table, one line each, oldest first; a damaged snapshot's status
     * names its problems. Temporary directories are mentioned below the table.
     */
    public static void list(List<Entry> entries, List<String> temporaryDirectories, PrintWriter out, ZoneId zone) {
        Table table = new Table("SNAPSHOT", "TIME", "TRIGGER", "PID", "THREADS", "SIZE", "STATUS");
        table.rightAligned(3, 4, 5);
        for (Entry e : entries) {
            Snapshot m = e.manifest();
            String status = e.problems().isEmpty() ? "ok"
                    : "DAMAGED: " + e.problems().stream().map(Object::toString).collect(Collectors.joining("; "));
            if (m == null) {
                table.add(e.name(), "-", "-", "-", "-", Sizes.format(e.size()), status);
                continue;
            }
            TriggerEvent t = m.getTrigger();
            table.add(e.name(), m.getCreated() == null ? "-" : LOCAL.format(m.getCreated().toInstant().atZone(zone)),
                    t == null ? "(on demand)" : t.getFunction(), Integer.toString(m.getProcess().getPid()),
                    Integer.toString(m.getThreads().size()), Sizes.format(e.size()), status);
        }
        if (entries.isEmpty()) {
            out.println("no snapshots");
        } else {
            table.print(out);
        }
        if (!temporaryDirectories.isEmpty()) {
            out.println();
            out.println(temporaryDirectories.size() + " incomplete snapshot(s) being written or left by a crash: "
                    + String.join(", ", temporaryDirectories));
        }
    }

    /** The report of one snapshot: process, trigger, threads with call chains, regions, fds, sockets, signals. */
    public static void show(StoredSnapshot snapshot, PrintWriter out, ZoneId zone) {
        Snapshot m = snapshot.manifest();
        ProcessInfo p = m.getProcess();
        out.println("Snapshot " + m.getId());
        field(out, "directory", snapshot.directory().toString());
        field(out, "taken", time(m.getCreated(), zone));
        TriggerEvent t = m.getTrigger();
        if (t != null) {
            field(out, "trigger", t.getFunction() + " returned " + hex(t.getReturnValue()) + " in thread "
                    + t.getThreadId() + ", pc " + hex(t.getPc()) + " (" + t.getBackend() + ", #" + t.getSequence() + ")");
        } else {
            field(out, "trigger", "none (taken on demand)");
        }
        field(out, "process", "pid " + p.getPid() + ", parent " + p.getPpid() + ", " + orDash(p.getExePath()));
        if (p.getExeBuildId() != null) {
            field(out, "build-id", p.getExeBuildId());
        }
        field(out, "command", p.getCmdline().isEmpty() ? "-" : String.join(" ", p.getCmdline()));
        field(out, "cwd", orDash(p.getCwd()));
        List<String> files = new ArrayList<>();
        long total = 0;
        for (SnapshotFile f : m.getFiles()) {
            files.add(f.getName() + " " + Sizes.format(f.getSize()));
            total += f.getSize();
        }
        field(out, "files", String.join(", ", files) + " (" + Sizes.format(total) + ", "
                + (snapshot.verified() ? "verified: sizes and checksums" : "sizes checked, checksums not") + ")");

        threads(m, out);
        regions(m, out);
        fileDescriptors(m, out);
        sockets(m, out);
        signalActions(m, out);
    }

    private static void threads(Snapshot m, PrintWriter out) {
        out.println();
        out.println("Threads (" + m.getThreads().size() + ")");
        int triggerTid = m.getTrigger() == null ? -1 : m.getTrigger().getThreadId();
        for (ThreadState t : m.getThreads()) {
            String rip = t.getRegisters() == null ? "" : "  rip " + hex(t.getRegisters().getRip()) + " rsp "
                    + hex(t.getRegisters().getRsp());
            out.println("  " + t.getTid() + " " + orDash(t.getName()) + (t.getTid() == triggerTid ? "  [trigger]" : "")
                    + rip);
            if (t.getFrames().isEmpty()) {
                out.println("    (no call chain recorded)");
            }
            for (Frame f : t.getFrames()) {
                StringBuilder b = new StringBuilder("    #").append(f.getIndex()).append("  ")
                        .append(String.format("0x%016x", f.getPc())).append("  ");
                b.append(f.getFunction() == null ? "??" : f.getFunction() + "+0x" + Long.toHexString(f.getOffset()));
                if (f.getModule() != null) {
                    b.append("  (").append(f.getModule()).append(')');
                }
                if (f.getSourceFile() != null) {
                    b.append("  ").append(f.getSourceFile()).append(f.getLine() > 0 ? ":" + f.getLine() : "");
                }
                out.println(b);
            }
        }
    }

    private static void regions(Snapshot m, PrintWriter out) {
        long savedBytes = 0;
        int saved = 0;
        for (MemoryRegion r : m.getRegions()) {
            if (r.isSaved()) {
                saved++;
                savedBytes += r.getEnd() - r.getStart();
            }
        }
        out.println();
        out.println("Memory regions (" + m.getRegions().size() + ", " + saved + " saved: " + Sizes.format(savedBytes) + ")");
        Table table = new Table("START", "END", "PERMS", "KIND", "SAVED", "SIZE", "PATH");
        table.rightAligned(5);
        for (MemoryRegion r : m.getRegions()) {
            table.add(String.format("%016x", r.getStart()), String.format("%016x", r.getEnd()), orDash(r.getPermissions()),
                    r.getKind() == null ? "-" : r.getKind().getName(), r.isSaved() ? "yes" : "no",
                    Sizes.format(r.getEnd() - r.getStart()), r.getPath() == null ? "" : r.getPath());
        }
        table.print(out);
    }

    private static void fileDescriptors(Snapshot m, PrintWriter out) {
        out.println();
        out.println("File descriptors (" + m.getFileDescriptors().size() + ")");
        if (m.getFileDescriptors().isEmpty()) {
            return;
        }
        Table table = new Table("FD", "KIND", "FLAGS", "OFFSET", "CLOEXEC", "PATH");
        table.rightAligned(0, 3);
        for (FileDescriptor fd : m.getFileDescriptors()) {
            String path = orDash(fd.getPath());
            if (!fd.getEpollWatches().isEmpty()) {
                path += " (watches " + fd.getEpollWatches().stream().map(w -> Integer.toString(w.getTargetFd()))
                        .collect(Collectors.joining(",")) + ")";
            }
            table.add(Integer.toString(fd.getFd()), fd.getKind() == null ? "-" : fd.getKind().getName(),
                    hex(Integer.toUnsignedLong(fd.getFlags())), Long.toString(fd.getOffset()),
                    fd.isCloseOnExec() ? "yes" : "no", path);
        }
        table.print(out);
    }

    private static void sockets(Snapshot m, PrintWriter out) {
        List<FileDescriptor> sockets = m.getFileDescriptors().stream().filter(fd -> fd.getSocket() != null).toList();
        out.println();
        out.println("Sockets (" + sockets.size() + ")");
        if (sockets.isEmpty()) {
            return;
        }
        Table table = new Table("FD", "FAMILY", "TYPE", "STATE", "LOCAL", "REMOTE", "NOTES");
        table.rightAligned(0);
        for (FileDescriptor fd : sockets) {
            SocketInfo s = fd.getSocket();
            List<String> notes = new ArrayList<>();
            if ("LISTEN".equals(s.getState())) {
                notes.add("backlog " + s.getBacklog());
            }
            if (s.getTcpRepair() != null) {
                notes.add("TCP repair state: send queue " + s.getTcpRepair().getSendQueueBytes() + " B, receive queue "
                        + s.getTcpRepair().getRecvQueueBytes() + " B");
            }
            table.add(Integer.toString(fd.getFd()), orDash(s.getFamily()), orDash(s.getType()), orDash(s.getState()),
                    endpoint(s.getFamily(), s.getLocalAddress(), s.getLocalPort()),
                    endpoint(s.getFamily(), s.getRemoteAddress(), s.getRemotePort()), String.join(", ", notes));
        }
        table.print(out);
    }

    private static String endpoint(String family, String address, int port) {
        if (address == null || address.isEmpty()) {
            return "-";
        }
        if ("unix".equals(family)) {
            return address;
        }
        return (address.indexOf(':') >= 0 ? "[" + address + "]" : address) + ":" + port;
    }

    private static void signalActions(Snapshot m, PrintWriter out) {
        out.println();
        out.println("Signal actions (" + m.getSignalActions().size() + ")");
        if (m.getSignalActions().isEmpty()) {
            return;
        }
        Table table = new Table("SIGNAL", "HANDLER", "FLAGS", "MASK", "RESTORER");
        for (SignalAction a : m.getSignalActions()) {
            String handler = a.getHandler() == 0 ? "SIG_DFL" : a.getHandler() == 1 ? "SIG_IGN"
                    : hex(a.getHandler()) + (a.getHandlerSymbol() == null ? "" : " (" + a.getHandlerSymbol() + ")");
            table.add(a.getName() == null ? Integer.toString(a.getSignal()) : a.getName() + " (" + a.getSignal() + ")",
                    handler, hex(a.getFlags()), hex(a.getMask()), hex(a.getRestorer()));
        }
        table.print(out);
    }

    private static void field(PrintWriter out, String name, String value) {
        out.printf("  %-10s %s%n", name, value);
    }

    private static String time(Date date, ZoneId zone) {
        return date == null ? "-" : LOCAL_ZONE.format(date.toInstant().atZone(zone));
    }

    private static String hex(long value) {
        return "0x" + Long.toHexString(value);
    }

    private static String orDash(String s) {
        return s == null || s.isEmpty() ? "-" : s;
    }

    /** Columns padded to their widest cell; the last column is never padded. */
    private static final class Table {
        private final List<String[]> rows = new ArrayList<>();
        private final boolean[] right;

        Table(String... header) {
            rows.add(header);
            right = new boolean[header.length];
        }

        void rightAligned(int... columns) {
            for (int c : columns) {
                right[c] = true;
            }
        }

        void add(String... cells) {
            rows.add(cells);
        }

        void print(PrintWriter out) {
            int[] width = new int[right.length];
            for (String[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    width[i] = Math.max(width[i], row[i].length());
                }
            }
            for (String[] row : rows) {
                StringBuilder b = new StringBuilder("  ");
                for (int i = 0; i < row.length; i++) {
                    boolean last = i == row.length - 1;
                    String cell = row[i];
                    String pad = " ".repeat(width[i] - cell.length());
                    b.append(right[i] ? pad + cell : last ? cell : cell + pad);
                    if (!last) {
                        b.append("  ");
                    }
                }
                out.println(b.toString().stripTrailing());
            }
        }
    }
}
