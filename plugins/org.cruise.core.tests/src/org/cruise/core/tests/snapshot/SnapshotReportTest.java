package org.cruise.core.tests.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cruise.core.ptrace.Tracer;
import org.cruise.core.snapshot.CapturedState;
import org.cruise.core.snapshot.SnapshotJson;
import org.cruise.core.snapshot.SnapshotReader;
import org.cruise.core.snapshot.SnapshotText;
import org.cruise.core.snapshot.SnapshotWriter;
import org.cruise.core.snapshot.Snapshots;
import org.cruise.core.snapshot.StoredSnapshot;
import org.cruise.core.tests.snapshot.SnapshotTarget.Build;
import org.cruise.model.CruiseFactory;
import org.cruise.model.FdKind;
import org.cruise.model.FileDescriptor;
import org.cruise.model.Frame;
import org.cruise.model.SignalAction;
import org.cruise.model.Snapshot;
import org.cruise.model.SocketInfo;
import org.cruise.model.ThreadState;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * The text and JSON forms of a real snapshot ({@code cruise snapshots}, {@code cruise show}). The
 * capture's model is completed with what the real capture records and this minimal one does not
 * (a call chain, a listening socket, a signal handler), so that every section is printed.
 */
class SnapshotReportTest {

    @TempDir
    static Path shared;

    private static StoredSnapshot snapshot;
    private static int worker;

    @BeforeAll
    static void writeSnapshot() throws Exception {
        Path program = SnapshotTarget.compile(shared, Build.O0_NO_PIE);
        try (Tracer tracer = new Tracer(); SnapshotTarget target = SnapshotTarget.start(tracer, program, 0)) {
            worker = target.workerTid();
            CapturedState state = target.capture(worker);
            complete(state.model(), worker);
            SnapshotWriter.open(shared.resolve("store")).write(state, null);
        }
        snapshot = SnapshotReader.open(Snapshots.list(shared.resolve("store")).get(0).directory());
    }

    private static void complete(Snapshot model, int worker) {
        CruiseFactory f = CruiseFactory.eINSTANCE;
        ThreadState thread = model.getThreads().stream().filter(t -> t.getTid() == worker).findFirst().orElseThrow();
        Frame frame = f.createFrame();
        frame.setIndex(0);
        frame.setPc(0x401136);
        frame.setFunction("worker_wait");
        frame.setOffset(0x16);
        frame.setModule("/tmp/target");
        frame.setCfa(0x7ffd0000);
        frame.setReturnAddressSlot(0x7ffcfff8);
        frame.setSourceFile("snapshot_target.c");
        frame.setLine(35);
        thread.getFrames().add(frame);

        FileDescriptor fd = f.createFileDescriptor();
        fd.setFd(3);
        fd.setKind(FdKind.TCP_SOCKET);
        fd.setPath("socket:[4242]");
        fd.setFlags(0x802);
        SocketInfo socket = f.createSocketInfo();
        socket.setFamily("inet");
        socket.setType("stream");
        socket.setLocalAddress("127.0.0.1");
        socket.setLocalPort(8080);
        socket.setState("LISTEN");
        socket.setBacklog(128);
        fd.setSocket(socket);
        model.getFileDescriptors().add(fd);

        SignalAction action = f.createSignalAction();
        action.setSignal(2);
        action.setName("SIGINT");
        action.setHandler(0x401200);
        action.setHandlerSymbol("on_interrupt");
        action.setFlags(0x14000000L);
        action.setRestorer(0x7f0000001000L);
        model.getSignalActions().add(action);
    }

    @Test
    void jsonHasEveryDocumentedKeyInItsOrder() throws Exception {
        Map<String, Object> json = json();
        assertEquals(List.of("jsonFormat", "id", "directory", "formatVersion", "created", "verified", "trigger",
                "process", "threads", "regions", "fileDescriptors", "signalActions", "files"), List.copyOf(json.keySet()));
        assertEquals(1L, json.get("jsonFormat"));
        assertEquals(snapshot.name(), json.get("id"));
        assertEquals(true, json.get("verified"));
        assertTrue(((String) json.get("created")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"));

        Map<?, ?> trigger = (Map<?, ?>) json.get("trigger");
        assertEquals("stop_here", trigger.get("function"));
        assertEquals((long) worker, trigger.get("threadId"));
        assertEquals("0x" + Long.toHexString(snapshot.manifest().getTrigger().getPc()), trigger.get("pc"));

        Map<?, ?> process = (Map<?, ?>) json.get("process");
        assertEquals((long) snapshot.manifest().getProcess().getPid(), process.get("pid"));
        assertNull(process.get("exeBuildId"));
        List<?> auxv = (List<?>) process.get("auxv");
        assertTrue(auxv.stream().anyMatch(a -> "AT_ENTRY".equals(((Map<?, ?>) a).get("name"))));

        List<?> threads = (List<?>) json.get("threads");
        assertEquals(2, threads.size());
        for (Object o : threads) {
            Map<?, ?> t = (Map<?, ?>) o;
            assertEquals(t.get("tid").equals((long) worker), t.get("trigger"));
            Map<?, ?> registers = (Map<?, ?>) t.get("registers");
            assertEquals(25, registers.size());
            assertTrue(((String) registers.get("rip")).matches("0x[0-9a-f]+"));
        }
        Map<?, ?> frame = (Map<?, ?>) ((List<?>) threads.stream().map(t -> (Map<?, ?>) t)
                .filter(t -> t.get("tid").equals((long) worker)).findFirst().orElseThrow().get("frames")).get(0);
        assertEquals(Map.of("index", 0L, "pc", "0x401136", "function", "worker_wait", "offset", 22L, "module",
                "/tmp/target", "cfa", "0x7ffd0000", "returnAddressSlot", "0x7ffcfff8", "sourceFile", "snapshot_target.c",
                "line", 35L), frame);

        List<?> regions = (List<?>) json.get("regions");
        assertEquals(snapshot.manifest().getRegions().size(), regions.size());
        assertTrue(regions.stream().anyMatch(r -> "[heap]".equals(((Map<?, ?>) r).get("path"))
                && Boolean.TRUE.equals(((Map<?, ?>) r).get("saved")) && "HEAP".equals(((Map<?, ?>) r).get("kind"))));

        Map<?, ?> fd = (Map<?, ?>) ((List<?>) json.get("fileDescriptors")).get(0);
        assertEquals("TCP_SOCKET", fd.get("kind"));
        assertEquals("0x802", fd.get("flags"));
        Map<?, ?> socket = (Map<?, ?>) fd.get("socket");
        assertEquals("LISTEN", socket.get("state"));
        assertEquals(128L, socket.get("backlog"));
        assertTrue(socket.containsKey("tcpRepair"));
        assertNull(socket.get("tcpRepair"));

        Map<?, ?> signal = (Map<?, ?>) ((List<?>) json.get("signalActions")).get(0);
        assertEquals("0x401200", signal.get("handler"));
        assertEquals("on_interrupt", signal.get("handlerSymbol"));

        List<?> files = (List<?>) json.get("files");
        assertEquals(List.of("core", "exe"), files.stream().map(x -> ((Map<?, ?>) x).get("name")).toList());
        assertEquals(Files.size(snapshot.core()), ((Map<?, ?>) files.get(0)).get("size"));
        assertEquals(Arrays.asList("name", "size", "sha256", "checksum"), List.copyOf(((Map<?, ?>) files.get(0)).keySet()));
        assertTrue(((String) ((Map<?, ?>) files.get(0)).get("checksum")).matches("crc32c-1m:[0-9a-f]{8}"));
        assertNull(((Map<?, ?>) files.get(0)).get("sha256")); // format version 1 only
    }

    @Test
    void textReportShowsEverySection() {
        StringWriter text = new StringWriter();
        SnapshotText.show(snapshot, new PrintWriter(text), ZoneId.of("UTC"));
        String out = text.toString();
        assertTrue(out.startsWith("Snapshot " + snapshot.name() + "\n"), out);
        assertTrue(out.contains("  trigger    stop_here returned 0x"), out);
        assertTrue(out.contains(" in thread " + worker + ", pc 0x"), out);
        assertTrue(out.contains("\nThreads (2)\n"), out);
        assertTrue(out.contains("  " + worker + " "), out);
        assertTrue(out.contains("[trigger]"), out);
        assertTrue(out.contains("#0  0x0000000000401136  worker_wait+0x16  (/tmp/target)  snapshot_target.c:35"), out);
        assertTrue(out.contains("(no call chain recorded)"), out);
        assertTrue(out.matches("(?s).*\\n  [0-9a-f]{16}  [0-9a-f]{16}  rw-p   HEAP +yes .*\\[heap\\]\\n.*"), out);
        assertTrue(out.contains("\nFile descriptors (1)\n"), out);
        assertTrue(out.contains("\nSockets (1)\n"), out);
        assertTrue(out.contains("127.0.0.1:8080"), out);
        assertTrue(out.contains("backlog 128"), out);
        assertTrue(out.contains("SIGINT (2)  0x401200 (on_interrupt)"), out);
        assertTrue(out.contains("verified: sizes and checksums"), out);
    }

    @Test
    void listingIsATableWithOneLinePerSnapshot() throws Exception {
        Path store = snapshot.directory().getParent();
        StringWriter text = new StringWriter();
        SnapshotText.list(Snapshots.list(store), List.of(".tmp-x"), new PrintWriter(text), ZoneId.of("UTC"));
        List<String> lines = text.toString().lines().toList();
        assertTrue(lines.get(0).matches(" +SNAPSHOT +TIME +TRIGGER +PID +THREADS +SIZE +STATUS"), lines.get(0));
        assertTrue(lines.get(1).matches("  " + snapshot.name() + " +\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} +stop_here +"
                + snapshot.manifest().getProcess().getPid() + " +2 +[0-9.]+ MiB +ok"), lines.get(1));
        assertEquals("1 incomplete snapshot(s) being written or left by a crash: .tmp-x", lines.get(3));
        assertFalse(text.toString().contains("DAMAGED"));
    }

    private static Map<String, Object> json() throws IOException {
        StringWriter out = new StringWriter();
        SnapshotJson.write(snapshot, out);
        try (JsonParser p = new JsonFactory().createParser(out.toString())) {
            p.nextToken();
            @SuppressWarnings("unchecked")
            Map<String, Object> map = (Map<String, Object>) value(p);
            assertNull(p.nextToken(), "one JSON object only");
            return map;
        }
    }

    /** A JSON value as Map (key order kept), List, String, Long, Boolean or null. */
    private static Object value(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        switch (t) {
        case START_OBJECT: {
            Map<String, Object> map = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                map.put(name, value(p));
            }
            return map;
        }
        case START_ARRAY: {
            List<Object> list = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                list.add(value(p));
            }
            return list;
        }
        case VALUE_STRING:
            return p.getText();
        case VALUE_NUMBER_INT:
            return p.getLongValue();
        case VALUE_TRUE:
            return true;
        case VALUE_FALSE:
            return false;
        case VALUE_NULL:
            return null;
        default:
            throw new AssertionError("unexpected JSON token " + t);
        }
    }
}
