package org.cruise.core.tests.update;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * A client of kvstore and kvstore_mt on one TCP connection: a command is a line, its reply one
 * line (see the programs' header comments for the protocol).
 */
public final class KvClient implements AutoCloseable {

    private final Socket socket;
    private final BufferedReader in;
    private final OutputStream out;

    public KvClient(int port) throws IOException {
        socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", port), (int) Server.TIMEOUT.toMillis());
        socket.setSoTimeout((int) Server.TIMEOUT.toMillis());
        socket.setTcpNoDelay(true);
        in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        out = socket.getOutputStream();
    }

    /** Sends one command line and returns the reply line. */
    public String command(String line) throws IOException {
        send(line);
        return reply();
    }

    /** Sends one command line without waiting for its reply. */
    public void send(String line) throws IOException {
        out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** Reads the next reply line; fails if the server closed the connection. */
    public String reply() throws IOException {
        String line = in.readLine();
        if (line == null) {
            throw new IOException("the server closed the connection");
        }
        return line;
    }

    /** True if a reply (or EOF) arrives within timeoutMillis. */
    public boolean replyReady(int timeoutMillis) throws IOException {
        if (in.ready()) {
            return true;
        }
        int saved = socket.getSoTimeout();
        socket.setSoTimeout(timeoutMillis);
        try {
            in.mark(1);
            in.read();
            in.reset();
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        } finally {
            socket.setSoTimeout(saved);
        }
    }

    /** True if the server closed its end: EOF within timeoutMillis. */
    public boolean closedByServer(int timeoutMillis) throws IOException {
        int saved = socket.getSoTimeout();
        socket.setSoTimeout(timeoutMillis);
        try {
            return in.readLine() == null;
        } catch (SocketTimeoutException e) {
            return false;
        } finally {
            socket.setSoTimeout(saved);
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
