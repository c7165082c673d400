package org.cruise.core.capture;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cruise.core.CruiseException;
import org.cruise.core.proc.FdInfo;
import org.cruise.core.sys.NativeException;
import org.cruise.model.CruiseFactory;
import org.cruise.model.EpollWatch;
import org.cruise.model.FdKind;
import org.cruise.model.FileDescriptor;
import org.cruise.model.SocketInfo;

/**
 * The open file descriptors of a process, in ascending order, from /proc/PID/fd (what each
 * refers to) and /proc/PID/fdinfo (position, open flags, close-on-exec, per-kind lines).
 * <ul>
 * <li>flags: as fdinfo prints them, so O_CLOEXEC (02000000) is included when set, and the
 * kernel's own O_LARGEFILE (0100000, forced on 64-bit) appears for regular files.</li>
 * <li>details: the fdinfo lines beyond pos/flags/mnt_id/ino, verbatim, one per line
 * (eventfd-count, timerfd clockid/it_value/it_interval, signalfd sigmask, inotify watches,
 * tty-index, scm_fds, ...); null when there are none. Epoll "tfd:" lines become
 * {@link FileDescriptor#getEpollWatches()} instead. A watch names the descriptor number it was
 * added with; if the program has since closed or renumbered that descriptor, the number is
 * stale (the kernel keeps watching the open file).</li>
 * <li>sockets: matched by inode in the target's network namespace ({@link SocketTable});
 * listeners get their backlog and connected unix sockets their peer's name from
 * {@link SockDiag}; sockets no table lists are asked directly ({@link SocketProbe}). backlog is
 * -1 where the kernel's socket diagnostics do not cover the family, 0 for non-listeners. A
 * target in another network namespace needs CAP_SYS_ADMIN there (setns) for the diagnostics;
 * without it the capture fails and says so.</li>
 * </ul>
 * Cost, measured here: reading /proc/PID/net/tcp and tcp6 walks the namespace's whole connection
 * hash (about 15 ms on this host whatever the number of sockets); everything else is about 0.1 ms
 * per descriptor. The first call in a JVM also pays EMF and JNA initialisation (about 0.3 s):
 * warm up before the target is stopped where the stopped time matters.
 * No ptrace call is made here (any thread may run this), but the target should be stopped for a
 * consistent picture.
 */
public final class FdCapture {
    private static final Pattern EPOLL_WATCH = Pattern
            .compile("^tfd:\\s*(\\d+)\\s+events:\\s*([0-9a-fA-F]+)\\s+data:\\s*([0-9a-fA-F]+).*");

    private final int pid;
    private final FdKinds kinds = FdKinds.load();
    /** Read when the first socket shows up: most descriptors are not sockets. */
    private SocketTable sockets;
    private SockDiag.Result diag;
    private PidFd pidfd;

    private FdCapture(int pid) {
        this.pid = pid;
    }

    public static List<FileDescriptor> capture(int pid) throws CruiseException {
        FdCapture c = new FdCapture(pid);
        try {
            List<FileDescriptor> out = new ArrayList<>();
            for (int fd : c.list()) {
                FileDescriptor d = c.describe(fd);
                if (d != null) {
                    out.add(d);
                }
            }
            return out;
        } finally {
            if (c.pidfd != null) {
                c.pidfd.close();
            }
        }
    }

    private TreeSet<Integer> list() throws CruiseException {
        TreeSet<Integer> fds = new TreeSet<>();
        Path dir = Procfs.path(pid, "fd");
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            for (Path p : s) {
                fds.add(Integer.parseInt(p.getFileName().toString()));
            }
        } catch (IOException e) {
            throw Procfs.failure(pid, "list " + dir, e);
        }
        return fds;
    }

    /** The descriptor's model, or null if it was closed since the listing. */
    private FileDescriptor describe(int fd) throws CruiseException {
        Path fdPath = Procfs.path(pid, "fd/" + fd);
        String link;
        FdInfo info;
        try {
            link = Files.readSymbolicLink(fdPath).toString();
            info = FdInfo.read(pid, fd);
        } catch (NoSuchFileException e) {
            if (!Files.isDirectory(Procfs.path(pid, "fd"))) {
                throw Procfs.failure(pid, "read " + fdPath, e);
            }
            return null; // closed meanwhile, e.g. by a process sharing the descriptor table
        } catch (IOException e) {
            throw Procfs.failure(pid, "read " + fdPath, e);
        }
        FileDescriptor d = CruiseFactory.eINSTANCE.createFileDescriptor();
        d.setFd(fd);
        d.setPath(link);
        d.setFlags(info.flags());
        d.setOffset(info.pos());
        d.setCloseOnExec(info.closeOnExec());
        if (FdKinds.isSocket(link)) {
            socket(d, FdKinds.bracketInode(link));
        } else {
            d.setKind(kindOfFile(fdPath, link));
        }
        List<String> details = new ArrayList<>();
        for (String line : info.extra()) {
            Matcher m = EPOLL_WATCH.matcher(line);
            if (d.getKind() == FdKind.EPOLL && m.matches()) {
                EpollWatch w = CruiseFactory.eINSTANCE.createEpollWatch();
                w.setTargetFd(Integer.parseInt(m.group(1)));
                w.setEvents((int) Long.parseLong(m.group(2), 16));
                w.setData(Long.parseUnsignedLong(m.group(3), 16));
                d.getEpollWatches().add(w);
            } else {
                details.add(line);
            }
        }
        d.setDetails(details.isEmpty() ? null : String.join("\n", details));
        return d;
    }

    /** Kind from the link text and the st_mode/st_rdev of the file it leads to. */
    private FdKind kindOfFile(Path fdPath, String link) {
        int mode = -1;
        long rdev = 0;
        try {
            // stat follows the /proc/PID/fd magic link to the open file, deleted or not.
            Map<String, Object> a = Files.readAttributes(fdPath, "unix:mode,rdev");
            mode = (Integer) a.get("mode");
            rdev = (Long) a.get("rdev");
        } catch (IOException e) {
            // Unreadable (e.g. a FUSE file refusing us): the kind is decided by the link alone.
        }
        return kinds.kind(link, mode, rdev);
    }

    /** Fills d's kind and socket. */
    private void socket(FileDescriptor d, long inode) throws CruiseException {
        if (sockets == null) {
            sockets = SocketTable.read(pid);
            diag = SockDiag.query(pid);
        }
        SocketInfo s = CruiseFactory.eINSTANCE.createSocketInfo();
        s.setInode(inode);
        d.setSocket(s);
        SocketTable.Entry e = sockets.find(inode);
        if (e != null) {
            d.setKind(e.kind());
            s.setFamily(e.family());
            s.setType(e.type());
            s.setLocalAddress(e.localAddress());
            s.setLocalPort(e.localPort());
            s.setRemoteAddress(e.remoteAddress());
            s.setRemotePort(e.remotePort());
            s.setState(e.state());
            if (e.kind() == FdKind.UNIX_SOCKET) {
                Long peer = diag.unixPeers().get(inode);
                SocketTable.Entry p = peer == null ? null : sockets.find(peer);
                s.setRemoteAddress(p == null ? null : p.localAddress());
            }
            if ("LISTEN".equals(e.state())) {
                s.setBacklog(diag.backlogs().getOrDefault(inode, -1));
            }
            return;
        }
        try {
            if (pidfd == null) {
                pidfd = PidFd.open(pid);
            }
            SocketProbe.Identity id = SocketProbe.probe(pidfd, d.getFd());
            d.setKind(id.kind());
            s.setFamily(id.family());
            s.setType(id.type());
            s.setState(id.state());
        } catch (NativeException ex) {
            throw Procfs.failure(pid, ex);
        }
    }
}
