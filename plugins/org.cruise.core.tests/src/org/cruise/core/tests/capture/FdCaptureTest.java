package org.cruise.core.tests.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.cruise.core.CruiseException;
import org.cruise.core.ExitCode;
import org.cruise.core.capture.FdCapture;
import org.cruise.core.ptrace.Tracer;
import org.cruise.model.EpollWatch;
import org.cruise.model.FdKind;
import org.cruise.model.FileDescriptor;
import org.cruise.model.SocketInfo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of descriptor capture_target.c opens, captured from the stopped program and
 * compared with what the program says it did.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FdCaptureTest {
    private static final int O_WRONLY = 01, O_RDWR = 02, O_APPEND = 02000, O_NONBLOCK = 04000,
            O_CLOEXEC = 02000000;
    private static final int EPOLLERR = 0x8, EPOLLHUP = 0x10;

    private Path dir;
    private Tracer tracer;
    private Peer peer;
    private CaptureTarget target;
    private List<FileDescriptor> fds;

    @BeforeAll
    void captureOnce(@TempDir Path tempDir) throws Exception {
        dir = tempDir;
        tracer = new Tracer();
        peer = new Peer();
        Path binary = CaptureTarget.compile(Files.createDirectories(dir.resolve("bin")));
        target = CaptureTarget.start(tracer, binary, Files.createDirectories(dir.resolve("run")), peer.port(), false);
        peer.accept();
        target.stop();
        fds = FdCapture.capture(target.pid);
        target.detach();
    }

    @AfterAll
    void end() throws Exception {
        if (target != null) {
            target.close();
        }
        if (peer != null) {
            peer.close();
        }
        tracer.close();
    }

    private FileDescriptor fd(String fact) throws Exception {
        int n = target.factInt(fact);
        return fds.stream().filter(d -> d.getFd() == n).findFirst()
                .orElseThrow(() -> new AssertionError("fd " + n + " (" + fact + ") not captured: " + fds));
    }

    @Test
    void listsEveryDescriptorInOrder() throws Exception {
        List<Integer> captured = fds.stream().map(FileDescriptor::getFd).toList();
        List<Integer> sorted = captured.stream().sorted().toList();
        assertEquals(sorted, captured);
        assertTrue(captured.containsAll(List.of(0, 1, 2)), "stdin/stdout/stderr: " + captured);
        // The program opened exactly these beyond what it inherited.
        for (String f : List.of("file.fd", "dir.fd", "pipe.r", "pipe.w", "fifo.fd", "eventfd.fd", "epoll.fd",
                "timerfd.fd", "signalfd.fd", "inotify.fd", "devnull.fd", "ptmx.fd", "pts.fd", "memfd.fd",
                "tcp.listen.fd", "tcp6.listen.fd", "udp.fd", "unbound.fd", "unix.listen.fd", "unix.client.fd", "unix.accepted.fd", "unix.pair0",
                "unix.pair1", "tcp.fd")) {
            assertNotNull(fd(f));
        }
    }

    @Test
    void regularFileWithPositionAndAppendFlag() throws Exception {
        FileDescriptor d = fd("file.fd");
        assertEquals(FdKind.REGULAR, d.getKind());
        assertEquals(target.fact("file.path"), d.getPath());
        assertEquals(1234, d.getOffset());
        assertEquals(O_RDWR | O_APPEND, d.getFlags() & (O_RDWR | O_WRONLY | O_APPEND));
        assertFalse(d.isCloseOnExec());
        assertEquals(0, d.getFlags() & O_CLOEXEC);
        assertNull(d.getSocket());
        assertTrue(d.getEpollWatches().isEmpty());
    }

    @Test
    void directoryOpenedCloseOnExec() throws Exception {
        FileDescriptor d = fd("dir.fd");
        assertEquals(FdKind.DIRECTORY, d.getKind());
        assertEquals(target.dir.toString(), d.getPath());
        assertTrue(d.isCloseOnExec());
        assertEquals(O_CLOEXEC, d.getFlags() & O_CLOEXEC);
    }

    @Test
    void pipeEndsShareTheirInode() throws Exception {
        FileDescriptor r = fd("pipe.r");
        FileDescriptor w = fd("pipe.w");
        assertEquals(FdKind.PIPE, r.getKind());
        assertEquals(FdKind.PIPE, w.getKind());
        assertTrue(r.getPath().matches("pipe:\\[\\d+\\]"), r.getPath());
        assertEquals(r.getPath(), w.getPath());
        assertEquals(0, r.getFlags() & (O_RDWR | O_WRONLY));
        assertEquals(O_WRONLY, w.getFlags() & (O_RDWR | O_WRONLY));
    }

    @Test
    void namedPipeIsAFifo() throws Exception {
        FileDescriptor d = fd("fifo.fd");
        assertEquals(FdKind.FIFO, d.getKind());
        assertEquals(target.fifo.toString(), d.getPath());
    }

    @Test
    void eventfdKeepsItsCounter() throws Exception {
        FileDescriptor d = fd("eventfd.fd");
        assertEquals(FdKind.EVENTFD, d.getKind());
        assertEquals("anon_inode:[eventfd]", d.getPath());
        assertEquals(O_NONBLOCK, d.getFlags() & O_NONBLOCK);
        String count = d.getDetails().lines().filter(l -> l.startsWith("eventfd-count:")).findFirst().orElseThrow();
        assertEquals(7, Long.parseLong(count.substring("eventfd-count:".length()).trim(), 16), d.getDetails());
    }

    @Test
    void epollWatchListWithEventsAndData() throws Exception {
        FileDescriptor d = fd("epoll.fd");
        assertEquals(FdKind.EPOLL, d.getKind());
        assertTrue(d.isCloseOnExec());
        List<EpollWatch> w = d.getEpollWatches();
        assertEquals(2, w.size(), w::toString);
        EpollWatch pipe = w.stream().filter(x -> x.getTargetFd() == fdNumber("pipe.r")).findFirst().orElseThrow();
        EpollWatch efd = w.stream().filter(x -> x.getTargetFd() == fdNumber("eventfd.fd")).findFirst().orElseThrow();
        // The kernel always adds EPOLLERR and EPOLLHUP to what was asked for.
        assertEquals(target.factLong("epoll.pipe.events"), Integer.toUnsignedLong(pipe.getEvents() & ~(EPOLLERR | EPOLLHUP)));
        assertEquals(0x1122334455667788L, pipe.getData());
        assertEquals(target.factLong("epoll.eventfd.events"), Integer.toUnsignedLong(efd.getEvents() & ~(EPOLLERR | EPOLLHUP)));
        assertEquals(42, efd.getData());
        assertNull(d.getDetails(), "tfd lines become watches, not details");
    }

    private int fdNumber(String fact) {
        try {
            return target.factInt(fact);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void timerfdSettingsInDetails() throws Exception {
        FileDescriptor d = fd("timerfd.fd");
        assertEquals(FdKind.TIMERFD, d.getKind());
        assertTrue(d.isCloseOnExec());
        assertTrue(d.getDetails().lines().anyMatch(l -> l.equals("clockid: 1")), d.getDetails()); // CLOCK_MONOTONIC
        assertTrue(d.getDetails().lines().anyMatch(l -> l.equals("it_interval: (5, 0)")), d.getDetails());
        assertTrue(d.getDetails().lines().anyMatch(l -> l.startsWith("it_value: (")), d.getDetails());
    }

    @Test
    void signalfdMaskInDetails() throws Exception {
        FileDescriptor d = fd("signalfd.fd");
        assertEquals(FdKind.SIGNALFD, d.getKind());
        assertEquals("sigmask:\t0000000000000800", d.getDetails()); // SIGUSR2 = 12: bit 11
    }

    @Test
    void inotifyWatchesInDetails() throws Exception {
        FileDescriptor d = fd("inotify.fd");
        assertEquals(FdKind.INOTIFY, d.getKind());
        long ino = (Long) Files.getAttribute(target.dir, "unix:ino");
        assertTrue(d.getDetails().startsWith("inotify wd:1 ino:" + Long.toHexString(ino) + " "), d.getDetails());
    }

    @Test
    void devicesAndTerminals() throws Exception {
        assertEquals(FdKind.DEVICE, fd("devnull.fd").getKind());
        assertEquals("/dev/null", fd("devnull.fd").getPath());
        assertEquals(FdKind.TTY, fd("ptmx.fd").getKind());
        assertEquals(FdKind.TTY, fd("pts.fd").getKind());
        assertTrue(fd("pts.fd").getPath().startsWith("/dev/pts/"), fd("pts.fd").getPath());
    }

    @Test
    void memfd() throws Exception {
        FileDescriptor d = fd("memfd.fd");
        assertEquals(FdKind.MEMFD, d.getKind());
        assertEquals("/memfd:cruise-test (deleted)", d.getPath());
    }

    @Test
    void tcpListenerWithBacklog() throws Exception {
        FileDescriptor d = fd("tcp.listen.fd");
        assertEquals(FdKind.TCP_SOCKET, d.getKind());
        SocketInfo s = d.getSocket();
        assertEquals("inet", s.getFamily());
        assertEquals("stream", s.getType());
        assertEquals("LISTEN", s.getState());
        assertEquals("127.0.0.1", s.getLocalAddress());
        assertEquals(target.factInt("tcp.listen.port"), s.getLocalPort());
        assertEquals(7, s.getBacklog());
        assertTrue(d.getPath().equals("socket:[" + s.getInode() + "]"), d.getPath());
        assertNull(s.getTcpRepair());
    }

    @Test
    void tcp6ListenerWithBacklog() throws Exception {
        SocketInfo s = fd("tcp6.listen.fd").getSocket();
        assertEquals(FdKind.TCP_SOCKET, fd("tcp6.listen.fd").getKind());
        assertEquals("inet6", s.getFamily());
        assertEquals("::1", s.getLocalAddress());
        assertEquals(target.factInt("tcp6.listen.port"), s.getLocalPort());
        assertEquals("LISTEN", s.getState());
        assertEquals(5, s.getBacklog());
    }

    @Test
    void udpSocket() throws Exception {
        FileDescriptor d = fd("udp.fd");
        assertEquals(FdKind.UDP_SOCKET, d.getKind());
        SocketInfo s = d.getSocket();
        assertEquals("inet", s.getFamily());
        assertEquals("dgram", s.getType());
        assertEquals("127.0.0.1", s.getLocalAddress());
        assertEquals(target.factInt("udp.port"), s.getLocalPort());
        assertEquals("CLOSE", s.getState()); // not connected
        assertEquals(0, s.getBacklog());
    }

    /** In no /proc/net table: the socket itself is asked (through a pidfd_getfd duplicate). */
    @Test
    void unboundTcpSocket() throws Exception {
        FileDescriptor d = fd("unbound.fd");
        assertEquals(FdKind.TCP_SOCKET, d.getKind());
        assertEquals("inet", d.getSocket().getFamily());
        assertEquals("stream", d.getSocket().getType());
        assertEquals("CLOSE", d.getSocket().getState());
    }

    @Test
    void unixListenerWithPathAndBacklog() throws Exception {
        FileDescriptor d = fd("unix.listen.fd");
        assertEquals(FdKind.UNIX_SOCKET, d.getKind());
        SocketInfo s = d.getSocket();
        assertEquals("unix", s.getFamily());
        assertEquals("stream", s.getType());
        assertEquals("LISTEN", s.getState());
        assertEquals(target.fact("unix.listen.path"), s.getLocalAddress());
        assertEquals(3, s.getBacklog());
    }

    @Test
    void unixClientNamesItsPeer() throws Exception {
        FileDescriptor d = fd("unix.client.fd");
        assertEquals(FdKind.UNIX_SOCKET, d.getKind());
        assertEquals("CONNECTED", d.getSocket().getState());
        assertNull(d.getSocket().getLocalAddress());
        assertEquals(target.fact("unix.listen.path"), d.getSocket().getRemoteAddress());
        FileDescriptor accepted = fd("unix.accepted.fd");
        assertEquals("CONNECTED", accepted.getSocket().getState());
        assertEquals(target.fact("unix.listen.path"), accepted.getSocket().getLocalAddress());
        assertNull(accepted.getSocket().getRemoteAddress(), "the client has no name");
    }

    @Test
    void unixSocketPair() throws Exception {
        for (String f : List.of("unix.pair0", "unix.pair1")) {
            FileDescriptor d = fd(f);
            assertEquals(FdKind.UNIX_SOCKET, d.getKind());
            assertEquals("dgram", d.getSocket().getType());
            assertEquals("CONNECTED", d.getSocket().getState());
            assertNull(d.getSocket().getLocalAddress());
            assertNull(d.getSocket().getRemoteAddress());
        }
        assertNotEquals(fd("unix.pair0").getSocket().getInode(), fd("unix.pair1").getSocket().getInode());
    }

    @Test
    void establishedTcpConnection() throws Exception {
        FileDescriptor d = fd("tcp.fd");
        assertEquals(FdKind.TCP_SOCKET, d.getKind());
        SocketInfo s = d.getSocket();
        assertEquals("ESTABLISHED", s.getState());
        assertEquals("127.0.0.1", s.getLocalAddress());
        assertEquals(target.factInt("tcp.port"), s.getLocalPort());
        assertEquals("127.0.0.1", s.getRemoteAddress());
        assertEquals(peer.port(), s.getRemotePort());
        assertEquals(0, s.getBacklog());
        assertNull(s.getTcpRepair(), "repair state only with TcpRepairCapture");
    }

    /** The capture took duplicates of some sockets (pidfd_getfd) and closed them again. */
    @Test
    void targetRunsOnAfterTheCapture() throws Exception {
        target.command("ping");
        target.awaitFact("pong");
        assertEquals(target.fact("ready"), "1");
        assertNull(target.facts().get("fifo.read.error"));
    }

    @Test
    void aProcessThatIsGoneIsATargetProblem() throws Exception {
        try (CaptureTarget t = CaptureTarget.start(tracer, target.binary,
                Files.createDirectories(dir.resolve("gone")), 0, false)) {
            int pid = t.pid;
            t.exit();
            CruiseException e = assertThrows(CruiseException.class, () -> FdCapture.capture(pid));
            assertEquals(ExitCode.TARGET, e.exitCode());
            assertTrue(e.getMessage().contains("pid " + pid), e.getMessage());
        }
    }
}
