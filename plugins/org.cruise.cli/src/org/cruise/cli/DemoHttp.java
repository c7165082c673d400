package org.cruise.cli;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The demo's HTTP client: ONE kept-alive connection, each request's full response read before
 * the next, targets sent as given (no normalisation of "..").
 */
final class DemoHttp implements AutoCloseable {

    /** One response: status line, headers by lower-case name, body. */
    record Response(int status, String statusLine, Map<String, String> headers, byte[] body) {

        String header(String name) {
            return headers.get(name.toLowerCase());
        }

        /** X-Request-Count, or -1 if the server sent none. */
        long requestCount() {
            String v = header("x-request-count");
            try {
                return v == null ? -1 : Long.parseLong(v);
            } catch (NumberFormatException e) {
                return -1;
            }
        }

        /** "200 OK, 12 bytes, X-Request-Count: 1" */
        String summary() {
            return statusLine.substring(statusLine.indexOf(' ') + 1) + ", " + body.length + " bytes, X-Request-Count: "
                    + header("x-request-count");
        }
    }

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    DemoHttp(int port, int timeoutMillis) throws IOException {
        socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", port), timeoutMillis);
        socket.setSoTimeout(timeoutMillis);
        socket.setTcpNoDelay(true);
        in = new BufferedInputStream(socket.getInputStream());
        out = socket.getOutputStream();
    }

    /** This end's address, the same for every request of the connection. */
    String localAddress() {
        return "127.0.0.1:" + socket.getLocalPort();
    }

    Response get(String target) throws IOException {
        out.write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        String statusLine = readLine();
        if (statusLine == null) {
            throw new EOFException("the server closed the connection instead of answering GET " + target);
        }
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.") || !parts[1].matches("[0-9]{3}")) {
            throw new IOException("not an HTTP status line: " + statusLine);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line = readLine(); line != null && !line.isEmpty(); line = readLine()) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.put(line.substring(0, colon).strip().toLowerCase(), line.substring(colon + 1).strip());
            }
        }
        String length = headers.get("content-length");
        if (length == null || !length.matches("[0-9]{1,9}")) {
            throw new IOException("response without a usable Content-Length: " + statusLine + " " + headers);
        }
        byte[] body = in.readNBytes(Integer.parseInt(length));
        if (body.length != Integer.parseInt(length)) {
            throw new EOFException("the server closed the connection after " + body.length + " of " + length
                    + " body bytes");
        }
        return new Response(Integer.parseInt(parts[1]), statusLine, headers, body);
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
