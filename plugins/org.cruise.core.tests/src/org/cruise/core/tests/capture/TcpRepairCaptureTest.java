package org.cruise.core.tests.capture;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.cruise.core.CruiseException;
import org.cruise.core.ExitCode;
import org.cruise.core.capture.FdCapture;
import org.cruise.core.capture.TcpRepairCapture;
import org.cruise.core.ptrace.Tracer;
import org.cruise.core.sys.LibC;
import org.cruise.model.FileDescriptor;
import org.cruise.model.TcpRepairState;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;

/**
 * TCP repair state of a connection with bytes queued in both directions: the program filled
 * its send queue (the test's peer reads nothing) and left 1000 bytes from the peer unread.
 * After the capture the connection must carry every byte both ways, none lost or repeated.
 */
class TcpRepairCaptureTest {
    private static final int RECV_QUEUED = 1000;
    private static final int CAP_NET_ADMIN = 12;

    @TempDir
    static Path binDir;
    static Path binary;

    @TempDir
    Path dir;

    @BeforeAll
    static void compile() throws Exception {
        binary = CaptureTarget.compile(binDir);
    }

    /** Waits until the kernel holds n unread bytes for the target's connection (rx_queue). */
    private static void awaitReceiveQueue(CaptureTarget t, int n) throws Exception {
        String local = String.format(":%04X ", t.factInt("tcp.port"));
        long deadline = System.currentTimeMillis() + 10_000;
        String last = "";
        while (System.currentTimeMillis() < deadline) {
            for (String line : Files.readAllLines(Path.of("/proc/" + t.pid + "/net/tcp"))) {
                String[] f = line.trim().split("\\s+");
                if (f.length > 4 && (f[1] + " ").endsWith(local) && f[3].equals("01")) {
                    last = line;
                    if (Integer.parseInt(f[4].split(":")[1], 16) == n) {
                        return;
                    }
                }
            }
            Thread.sleep(10);
        }
        fail("receive queue never reached " + n + " bytes: " + last);
    }

    private static byte[] fromTarget(long from, int count) {
        byte[] b = new byte[count];
        for (int i = 0; i < count; i++) {
            b[i] = Peer.fromTarget(from + i);
        }
        return b;
    }

    private static byte[] toTarget(long from, int count) {
        byte[] b = new byte[count];
        for (int i = 0; i < count; i++) {
            b[i] = Peer.toTarget(from + i);
        }
        return b;
    }

    /** The peer reads everything and sends more; the program checks what it gets and answers. */
    private static void assertConnectionCarriesOn(CaptureTarget t, Peer peer) throws Exception {
        long sent = t.factLong("tcp.sent");
        peer.expect(0, sent);
        peer.send(RECV_QUEUED, 500);
        t.command("tcp-check " + (RECV_QUEUED + 500));
        t.awaitFact("tcp.sent.total");
        assertEquals("ok " + (RECV_QUEUED + 500), t.fact("tcp.recv"), "the program got every byte, in order");
        assertEquals("1", t.fact("tcp.reuseaddr"), "SO_REUSEADDR survives the repair round trip");
        peer.expect(sent, 100);
        assertEquals(0, t.exit());
    }

    @Test
    void capturesBothQueuesAndTheConnectionCarriesOn() throws Exception {
        try (Tracer tracer = new Tracer(); Peer peer = new Peer();
                CaptureTarget t = CaptureTarget.start(tracer, binary, dir, peer.port(), false)) {
            peer.accept();
            peer.send(0, RECV_QUEUED);
            awaitReceiveQueue(t, RECV_QUEUED);
            long sent = t.factLong("tcp.sent");

            t.stop();
            List<FileDescriptor> fds = FdCapture.capture(t.pid);
            List<TcpRepairCapture.Queues> queues = TcpRepairCapture.capture(t.pid, fds);
            t.detach();

            assertEquals(1, queues.size(), "one established connection");
            TcpRepairCapture.Queues q = queues.get(0);
            int fd = t.factInt("tcp.fd");
            assertEquals(fd, q.fd());
            TcpRepairState st = q.state();
            FileDescriptor d = fds.stream().filter(x -> x.getFd() == fd).findFirst().orElseThrow();
            assertSame(st, d.getSocket().getTcpRepair());
            fds.stream().filter(x -> x.getFd() != fd && x.getSocket() != null)
                    .forEach(x -> assertEquals(null, x.getSocket().getTcpRepair(), "only ESTABLISHED: fd " + x.getFd()));

            // Receive queue: the peer's 1000 bytes, unread by the program.
            assertEquals(RECV_QUEUED, st.getRecvQueueBytes());
            assertArrayEquals(toTarget(0, RECV_QUEUED), q.recvQueue());
            // Send queue: the last bytes the program wrote, most not even sent (the peer's window is full).
            int queued = q.sendQueue().length;
            assertEquals(queued, st.getSendQueueBytes());
            assertTrue(queued > 0 && queued < sent, "send queue " + queued + " of " + sent);
            assertArrayEquals(fromTarget(sent - queued, queued), q.sendQueue(), "the tail of the stream");
            assertTrue(st.getUnsentBytes() > 0 && st.getUnsentBytes() <= queued, "unsent " + st.getUnsentBytes());
            assertEquals("tcp-" + fd + "-send.bin", st.getSendQueueFile());
            assertEquals("tcp-" + fd + "-recv.bin", st.getRecvQueueFile());

            // Options as Linux negotiates them on loopback by default.
            assertTrue(st.isSackOk());
            assertTrue(st.isTimestampsOk());
            assertTrue(st.getSndWscale() >= 0 && st.getSndWscale() <= 14, "snd_wscale " + st.getSndWscale());
            assertTrue(st.getRcvWscale() >= 0 && st.getRcvWscale() <= 14, "rcv_wscale " + st.getRcvWscale());
            assertTrue(st.getMss() > 0 && st.getMss() <= 65495, "mss " + st.getMss());
            assertTrue(st.getTimestamp() != 0);
            // Window: what we last advertised starts at rcv_wup, at or before rcv_nxt.
            long sinceWup = (st.getRecvSeq() - st.getRcvWup()) & 0xffffffffL;
            assertTrue(sinceWup <= RECV_QUEUED, "rcv_wup " + st.getRcvWup() + " vs rcv_nxt " + st.getRecvSeq());
            assertTrue(st.getRcvWnd() > 0);
            assertTrue(st.getMaxWindow() > 0);
            // The peer's window is full: nothing more may be sent.
            long sndUna = (st.getSendSeq() - queued) & 0xffffffffL;
            long sndNxt = (st.getSendSeq() - st.getUnsentBytes()) & 0xffffffffL;
            assertTrue(((sndNxt - sndUna) & 0xffffffffL) <= st.getSndWnd() + 65536L, "in flight beyond the window");
            assertTrue(st.getSendSeq() >= 0 && st.getSendSeq() <= 0xffffffffL);

            assertConnectionCarriesOn(t, peer);
        }
    }

    /**
     * Without CAP_NET_ADMIN, TCP_REPAIR is refused: the capture says what is missing, and the
     * connection is untouched. The capability is dropped from the effective set of one fresh
     * thread only (capabilities are per thread).
     */
    @Test
    void withoutCapNetAdminItIsRefusedAndNothingChanges() throws Exception {
        try (Tracer tracer = new Tracer(); Peer peer = new Peer();
                CaptureTarget t = CaptureTarget.start(tracer, binary, dir, peer.port(), false)) {
            peer.accept();
            peer.send(0, RECV_QUEUED);
            awaitReceiveQueue(t, RECV_QUEUED);
            t.stop();
            List<FileDescriptor> fds = FdCapture.capture(t.pid);
            AtomicReference<Throwable> thrown = new AtomicReference<>();
            Thread worker = new Thread(() -> {
                try {
                    dropEffectiveCapability(CAP_NET_ADMIN);
                    TcpRepairCapture.capture(t.pid, fds);
                } catch (Throwable e) {
                    thrown.set(e);
                }
            });
            worker.start();
            worker.join();
            t.detach();

            CruiseException e = assertThrows(CruiseException.class, () -> {
                throw thrown.get();
            });
            assertEquals(ExitCode.TARGET, e.exitCode());
            assertTrue(e.getMessage().contains("CAP_NET_ADMIN"), e.getMessage());
            assertTrue(e.getMessage().contains("fd " + t.factInt("tcp.fd") + " of pid " + t.pid), e.getMessage());
            assertTrue(fds.stream().allMatch(x -> x.getSocket() == null || x.getSocket().getTcpRepair() == null));

            assertConnectionCarriesOn(t, peer);
        }
    }

    /** capget/capset on the calling thread: clears cap from its effective set. */
    private static void dropEffectiveCapability(int cap) {
        final long sysCapget = 125, sysCapset = 126;
        try (Memory header = new Memory(8); Memory data = new Memory(24)) {
            header.setInt(0, 0x20080522); // _LINUX_CAPABILITY_VERSION_3
            header.setInt(4, 0); // this thread
            if (LibC.syscall(sysCapget, Pointer.nativeValue(header), Pointer.nativeValue(data), 0, 0, 0, 0) != 0) {
                fail("capget: errno " + Native.getLastError());
            }
            data.setInt(0, data.getInt(0) & ~(1 << cap)); // data[0].effective
            if (LibC.syscall(sysCapset, Pointer.nativeValue(header), Pointer.nativeValue(data), 0, 0, 0, 0) != 0) {
                fail("capset: errno " + Native.getLastError());
            }
        }
    }
}
