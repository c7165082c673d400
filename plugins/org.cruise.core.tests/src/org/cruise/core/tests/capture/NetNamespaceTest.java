package org.cruise.core.tests.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.cruise.core.capture.FdCapture;
import org.cruise.core.ptrace.Tracer;
import org.cruise.model.FdKind;
import org.cruise.model.FileDescriptor;
import org.cruise.model.SocketInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A target in a network namespace of its own (as in a container): its sockets are looked up in
 * its namespace's tables, and its listeners' backlogs asked from that namespace's sock_diag.
 */
class NetNamespaceTest {
    @TempDir
    Path dir;

    @Test
    void socketsAreSeenInTheTargetsNamespace() throws Exception {
        try (Tracer tracer = new Tracer()) {
            Path binary = CaptureTarget.compile(Files.createDirectories(dir.resolve("bin")));
            try (CaptureTarget t = CaptureTarget.start(tracer, binary, Files.createDirectories(dir.resolve("run")), 0,
                    true)) {
                assertNotEquals(Files.readSymbolicLink(Path.of("/proc/self/ns/net")),
                        Files.readSymbolicLink(Path.of("/proc/" + t.pid + "/ns/net")));
                int port = t.factInt("tcp.listen.port");
                t.stop();
                List<FileDescriptor> fds = FdCapture.capture(t.pid);
                t.detach();
                int n = t.factInt("tcp.listen.fd");
                FileDescriptor d = fds.stream().filter(x -> x.getFd() == n).findFirst().orElseThrow();
                SocketInfo s = d.getSocket();
                assertEquals(FdKind.TCP_SOCKET, d.getKind());
                assertEquals("LISTEN", s.getState());
                assertEquals("127.0.0.1", s.getLocalAddress());
                assertEquals(port, s.getLocalPort());
                assertEquals(7, s.getBacklog());
                // The listener does not exist in our namespace.
                String hexInode = " " + s.getInode() + " ";
                assertFalse(Files.readString(Path.of("/proc/self/net/tcp")).contains(hexInode));
                t.command("ping");
                t.awaitFact("pong");
                assertEquals(0, t.exit());
            }
        }
    }
}
