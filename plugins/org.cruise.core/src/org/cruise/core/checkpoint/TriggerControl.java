package org.cruise.core.checkpoint;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import org.cruise.core.CruiseException;
import org.cruise.core.ExitCode;

/**
 * The control socket of a running checkpointer: {@code STORE/control.sock}, mode 0600, through
 * which {@code cruise triggers} changes the watched functions while the checkpointer runs.
 * <p>
 * Protocol, one request per connection, UTF-8 lines: a request line {@code add F...},
 * {@code remove F...} or {@code list}; the reply is {@code ok} or {@code error MESSAGE} followed
 * by zero or more result lines (the watched functions, one per line), then the connection closes.
 */
public final class TriggerControl {
    public static final String SOCKET_NAME = "control.sock";

    /** What the checkpointer does with a request; runs its changes at once. */
    public interface Handler {
        /** Returns the watched functions after the change. */
        List<String> handle(String verb, List<String> functions) throws CruiseException;
    }

    private TriggerControl() {
    }

    public static Path socketOf(Path store) {
        return store.resolve(SOCKET_NAME);
    }

    /** A bound server; accepts on a daemon thread until closed. */
    public static final class Server implements AutoCloseable {
        private final ServerSocketChannel channel;
        private final Path path;
        private final Thread acceptor;

        private Server(ServerSocketChannel channel, Path path, Handler handler) {
            this.channel = channel;
            this.path = path;
            this.acceptor = new Thread(() -> acceptLoop(handler), "cruise-control");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        private void acceptLoop(Handler handler) {
            while (channel.isOpen()) {
                try (SocketChannel c = channel.accept()) {
                    serve(c, handler);
                } catch (IOException e) {
                    // closed, or one client went away mid-request: keep serving the others
                }
            }
        }

        private static void serve(SocketChannel c, Handler handler) throws IOException {
            BufferedReader in = new BufferedReader(new InputStreamReader(Channels.newInputStream(c), StandardCharsets.UTF_8));
            OutputStream out = Channels.newOutputStream(c);
            String line = in.readLine();
            StringBuilder reply = new StringBuilder();
            if (line == null) {
                return;
            }
            List<String> words = new ArrayList<>(List.of(line.trim().split("\\s+")));
            String verb = words.isEmpty() ? "" : words.remove(0);
            try {
                List<String> result = handler.handle(verb, words);
                reply.append("ok\n");
                result.forEach(f -> reply.append(f).append('\n'));
            } catch (CruiseException e) {
                reply.append("error ").append(e.getMessage().replace('\n', ' ')).append('\n');
            } catch (RuntimeException e) {
                reply.append("error internal: ").append(e).append('\n');
            }
            out.write(reply.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
        }

        @Override
        public void close() {
            try {
                channel.close();
            } catch (IOException e) {
                // nothing left to release
            }
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                // a stale socket is detected and replaced by the next checkpointer
            }
        }
    }

    /**
     * Binds STORE/control.sock. Refuses when another checkpointer answers there; a stale socket
     * left by a killed checkpointer is replaced.
     */
    public static Server serve(Path store, Handler handler) throws CruiseException {
        Path path = socketOf(store);
        if (Files.exists(path)) {
            if (answers(path)) {
                throw new CruiseException(ExitCode.REFUSED, "another cruise checkpointer is using store " + store
                        + " (its control socket " + path + " answers); use another --store");
            }
            try {
                Files.delete(path);
            } catch (IOException e) {
                throw new CruiseException(ExitCode.USAGE, "cannot remove stale control socket " + path + ": " + e.getMessage());
            }
        }
        try {
            ServerSocketChannel ch = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            ch.bind(UnixDomainSocketAddress.of(path));
            // The store directory is 0700, so nobody else can reach the socket before this chmod.
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
            return new Server(ch, path, handler);
        } catch (IOException e) {
            throw new CruiseException(ExitCode.USAGE, "cannot create control socket " + path + ": " + e.getMessage(), e);
        }
    }

    private static boolean answers(Path path) {
        try (SocketChannel c = SocketChannel.open(UnixDomainSocketAddress.of(path))) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Sends one request to the checkpointer of store; returns the result lines. */
    public static List<String> request(Path store, String verb, List<String> functions) throws CruiseException {
        Path path = socketOf(store);
        if (!Files.exists(path)) {
            throw new CruiseException(ExitCode.USAGE, "no cruise checkpointer is running on store " + store
                    + " (no " + SOCKET_NAME + " there)");
        }
        try (SocketChannel c = SocketChannel.open(UnixDomainSocketAddress.of(path))) {
            String line = verb + (functions.isEmpty() ? "" : " " + String.join(" ", functions)) + "\n";
            OutputStream out = Channels.newOutputStream(c);
            out.write(line.getBytes(StandardCharsets.UTF_8));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(Channels.newInputStream(c), StandardCharsets.UTF_8));
            String status = in.readLine();
            if (status == null) {
                throw new CruiseException(ExitCode.INTERNAL, "the checkpointer on " + store + " closed the connection without answering");
            }
            if (status.startsWith("error ")) {
                throw new CruiseException(ExitCode.USAGE, status.substring("error ".length()));
            }
            List<String> result = new ArrayList<>();
            for (String l; (l = in.readLine()) != null;) {
                result.add(l);
            }
            return result;
        } catch (IOException e) {
            throw new CruiseException(ExitCode.USAGE, "no cruise checkpointer answers on " + path + ": " + e.getMessage(), e);
        }
    }
}
