package org.cruise.core.tests.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;

/**
 * The test's end of the target's TCP connection, on 127.0.0.1, and the byte patterns both ends
 * use (the same functions as out_byte and in_byte in capture_target.c): a lost, repeated or
 * reordered chunk shows as a mismatch at a known offset.
 */
final class Peer implements AutoCloseable {
    private static final int READ_TIMEOUT_MS = 20_000;

    private final ServerSocketChannel server;
    private SocketChannel channel;

    Peer() throws IOException {
        server = ServerSocketChannel.open();
        server.bind(new InetSocketAddress("127.0.0.1", 0));
    }

    int port() {
        return server.socket().getLocalPort();
    }

    /** Takes the target's connection (the kernel completed it already). */
    SocketChannel accept() throws IOException {
        channel = server.accept();
        // A connection broken by the capture must fail the test, not hang it.
        channel.socket().setSoTimeout(READ_TIMEOUT_MS);
        return channel;
    }

    /** Byte i of what the target sends. */
    static byte fromTarget(long i) {
        return (byte) (((i * 2654435761L) & 0xffffffffL) >>> 24);
    }

    /** Byte i of what the target expects to receive. */
    static byte toTarget(long i) {
        return (byte) ((((i + 0x5555) * 2246822519L) & 0xffffffffL) >>> 24);
    }

    /** Sends toTarget(from .. from+count). */
    void send(long from, int count) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(count);
        for (int i = 0; i < count; i++) {
            b.put(toTarget(from + i));
        }
        b.flip();
        while (b.hasRemaining()) {
            channel.write(b);
        }
    }

    /**
     * Receives count bytes and checks they are fromTarget(from ..). Reads through the socket's
     * stream, which honours the read timeout (a channel read would wait forever).
     */
    void expect(long from, long count) throws IOException {
        InputStream in = channel.socket().getInputStream();
        byte[] b = new byte[1 << 16];
        long got = 0;
        while (got < count) {
            int n;
            try {
                n = in.read(b, 0, (int) Math.min(b.length, count - got));
            } catch (SocketTimeoutException e) {
                throw new AssertionError("no data for " + READ_TIMEOUT_MS + " ms after " + got + " of " + count
                        + " bytes", e);
            }
            assertTrue(n > 0, "connection closed after " + got + " of " + count + " bytes");
            for (int i = 0; i < n; i++) {
                long at = from + got + i;
                if (b[i] != fromTarget(at)) {
                    assertEquals(fromTarget(at), b[i], "byte at stream offset " + at);
                }
            }
            got += n;
        }
    }

    @Override
    public void close() throws IOException {
        if (channel != null) {
            channel.close();
        }
        server.close();
    }
}
