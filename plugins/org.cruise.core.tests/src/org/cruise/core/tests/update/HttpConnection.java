package org.cruise.core.tests.update;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An HTTP/1.1 client on ONE kept-alive TCP connection: each request goes out on the same socket
 * and its full response (status line, headers, Content-Length body) is read before the next, so
 * a test sees exactly what the server did on that connection across an update. Request targets
 * are sent as given (no normalisation: "/../../etc/passwd" reaches the server as is).
 */
public final class HttpConnection implements AutoCloseable {

    /** One response: status, headers by lower-case name, body. */
    public record Response(int status, String statusLine, Map<String, String> headers, byte[] body) {

        public String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public String header(String name) {
            return headers.get(name.toLowerCase());
        }

        /** The server's request counter (X-Request-Count) after this request. */
        public long requestCount() {
            String v = header("X-Request-Count");
            if (v == null) {
                throw new AssertionError("no X-Request-Count header in " + statusLine + " " + headers);
            }
            return Long.parseLong(v);
        }

        @Override
        public String toString() {
            return statusLine + " " + headers + " (" + body.length + " bytes)";
        }
    }

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private int requests;

    public HttpConnection(int port) throws IOException {
        socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", port), (int) Server.TIMEOUT.toMillis());
        socket.setSoTimeout((int) Server.TIMEOUT.toMillis());
        socket.setTcpNoDelay(true);
        in = new BufferedInputStream(socket.getInputStream());
        out = socket.getOutputStream();
    }

    /** This end's port: the same for every request of this connection. */
    public int localPort() {
        return socket.getLocalPort();
    }

    /** Requests sent on this connection so far. */
    public int requests() {
        return requests;
    }

    /** GET target with keep-alive; reads the whole response. */
    public Response get(String target) throws IOException {
        send("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        return readResponse();
    }

    /** Sends raw request bytes as they are. */
    public void send(String request) throws IOException {
        out.write(request.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        requests++;
    }

    /** Reads one full response; fails if the server closed the connection instead. */
    public Response readResponse() throws IOException {
        String statusLine = readLine();
        if (statusLine == null) {
            throw new EOFException("the server closed the connection (after " + (requests - 1) + " answered requests)");
        }
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP status line: " + statusLine);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line = readLine(); line != null && !line.isEmpty(); line = readLine()) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw new IOException("malformed header line: " + line);
            }
            headers.put(line.substring(0, colon).strip().toLowerCase(), line.substring(colon + 1).strip());
        }
        String length = headers.get("content-length");
        if (length == null) {
            throw new IOException("response without Content-Length: " + statusLine + " " + headers);
        }
        byte[] body = in.readNBytes(Integer.parseInt(length));
        if (body.length != Integer.parseInt(length)) {
            throw new EOFException("body cut short: " + body.length + " of " + length + " bytes");
        }
        return new Response(Integer.parseInt(parts[1]), statusLine, headers, body);
    }

    /** True if the server closed its end: EOF within timeoutMillis (no data may be pending). */
    public boolean closedByServer(int timeoutMillis) throws IOException {
        int saved = socket.getSoTimeout();
        socket.setSoTimeout(timeoutMillis);
        try {
            int b = in.read();
            if (b >= 0) {
                throw new IOException("unexpected data from the server: " + b);
            }
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        } finally {
            socket.setSoTimeout(saved);
        }
    }

    private String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b >= 0; b = in.read()) {
            if (b == '\n') {
                String s = line.toString(StandardCharsets.ISO_8859_1);
                return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
            }
            line.write(b);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
