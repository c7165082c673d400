package org.cruise.core.snapshot;

import java.io.IOException;
import java.io.Writer;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.cruise.model.AuxvEntry;
import org.cruise.model.EpollWatch;
import org.cruise.model.FileDescriptor;
import org.cruise.model.Frame;
import org.cruise.model.MemoryRegion;
import org.cruise.model.MmLayout;
import org.cruise.model.ProcessInfo;
import org.cruise.model.Registers;
import org.cruise.model.Rlimit;
import org.cruise.model.SignalAction;
import org.cruise.model.Snapshot;
import org.cruise.model.SnapshotFile;
import org.cruise.model.SocketInfo;
import org.cruise.model.TcpRepairState;
import org.cruise.model.ThreadState;
import org.cruise.model.TriggerEvent;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * The JSON form of a snapshot that {@code cruise show --json} prints: a stable interface for scripts,
 * documented field by field in docs/snapshot-format.md. Rules that keep it stable:
 * <ul>
 * <li>{@value #JSON_FORMAT} is {@code jsonFormat}; fields are only ever added, and a change that
 * would break a reader raises it.</li>
 * <li>Every documented key is always present, {@code null} when the snapshot does not know the
 * value; lists are empty rather than absent.</li>
 * <li>Addresses, register values and bit masks (64-bit unsigned) are strings "0x..." in lower-case
 * hex, because JSON numbers lose precision above 2^53 in most readers; sizes, counts, ids, offsets
 * and line numbers are numbers.</li>
 * <li>Times are ISO-8601 instants in UTC, e.g. "2026-11-26T13:15:02.123Z".</li>
 * </ul>
 */
public final class SnapshotJson {

    /** Version of this JSON layout (not of the snapshot format). */
    public static final int JSON_FORMAT = 1;

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private SnapshotJson() {
    }

    /** Writes the snapshot as one pretty-printed JSON object followed by a newline; does not close {@code out}. */
    public static void write(StoredSnapshot snapshot, Writer out) throws IOException {
        Snapshot m = snapshot.manifest();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeNumberField("jsonFormat", JSON_FORMAT);
            g.writeStringField("id", m.getId());
            g.writeStringField("directory", snapshot.directory().toString());
            g.writeNumberField("formatVersion", m.getFormatVersion());
            time(g, "created", m.getCreated());
            g.writeBooleanField("verified", snapshot.verified());
            trigger(g, m.getTrigger());
            process(g, m.getProcess());
            g.writeArrayFieldStart("threads");
            int triggerTid = m.getTrigger() == null ? -1 : m.getTrigger().getThreadId();
            for (ThreadState t : m.getThreads()) {
                thread(g, t, t.getTid() == triggerTid);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("regions");
            for (MemoryRegion r : m.getRegions()) {
                region(g, r);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("fileDescriptors");
            for (FileDescriptor fd : m.getFileDescriptors()) {
                fileDescriptor(g, fd);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("signalActions");
            for (SignalAction a : m.getSignalActions()) {
                signalAction(g, a);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("files");
            for (SnapshotFile f : m.getFiles()) {
                g.writeStartObject();
                g.writeStringField("name", f.getName());
                g.writeNumberField("size", f.getSize());
                g.writeStringField("sha256", f.getSha256());
                g.writeStringField("checksum", f.getChecksum());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void trigger(JsonGenerator g, TriggerEvent t) throws IOException {
        if (t == null) {
            g.writeNullField("trigger");
            return;
        }
        g.writeObjectFieldStart("trigger");
        g.writeStringField("function", t.getFunction());
        g.writeNumberField("threadId", t.getThreadId());
        hex(g, "pc", t.getPc());
        hex(g, "returnValue", t.getReturnValue());
        time(g, "time", t.getTime());
        g.writeStringField("backend", t.getBackend());
        g.writeNumberField("sequence", t.getSequence());
        g.writeEndObject();
    }

    private static void process(JsonGenerator g, ProcessInfo p) throws IOException {
        g.writeObjectFieldStart("process");
        g.writeNumberField("pid", p.getPid());
        g.writeNumberField("ppid", p.getPpid());
        g.writeStringField("exePath", p.getExePath());
        g.writeStringField("exeBuildId", p.getExeBuildId());
        g.writeStringField("cwd", p.getCwd());
        strings(g, "cmdline", p.getCmdline());
        hex(g, "personality", Integer.toUnsignedLong(p.getPersonality()));
        g.writeArrayFieldStart("rlimits");
        for (Rlimit r : p.getRlimits()) {
            g.writeStartObject();
            g.writeStringField("resource", r.getResource());
            g.writeNumberField("soft", r.getSoft());
            g.writeNumberField("hard", r.getHard());
            g.writeEndObject();
        }
        g.writeEndArray();
        mm(g, p.getMm());
        g.writeArrayFieldStart("auxv");
        for (AuxvEntry a : p.getAuxv()) {
            g.writeStartObject();
            g.writeNumberField("type", a.getType());
            g.writeStringField("name", ModelValues.auxvName(a.getType()));
            hex(g, "value", a.getValue());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void mm(JsonGenerator g, MmLayout mm) throws IOException {
        if (mm == null) {
            g.writeNullField("mm");
            return;
        }
        g.writeObjectFieldStart("mm");
        hex(g, "startCode", mm.getStartCode());
        hex(g, "endCode", mm.getEndCode());
        hex(g, "startData", mm.getStartData());
        hex(g, "endData", mm.getEndData());
        hex(g, "startBrk", mm.getStartBrk());
        hex(g, "brk", mm.getBrk());
        hex(g, "startStack", mm.getStartStack());
        hex(g, "argStart", mm.getArgStart());
        hex(g, "argEnd", mm.getArgEnd());
        hex(g, "envStart", mm.getEnvStart());
        hex(g, "envEnd", mm.getEnvEnd());
        g.writeEndObject();
    }

    private static void thread(JsonGenerator g, ThreadState t, boolean trigger) throws IOException {
        g.writeStartObject();
        g.writeNumberField("tid", t.getTid());
        g.writeStringField("name", t.getName());
        g.writeBooleanField("trigger", trigger);
        registers(g, t.getRegisters());
        hex(g, "fsBase", t.getFsBase());
        hex(g, "gsBase", t.getGsBase());
        hex(g, "sigmask", t.getSigmask());
        g.writeNumberField("xstateSize", t.getXstateSize());
        g.writeArrayFieldStart("frames");
        for (Frame f : t.getFrames()) {
            g.writeStartObject();
            g.writeNumberField("index", f.getIndex());
            hex(g, "pc", f.getPc());
            g.writeStringField("function", f.getFunction());
            g.writeNumberField("offset", f.getOffset());
            g.writeStringField("module", f.getModule());
            hex(g, "cfa", f.getCfa());
            hex(g, "returnAddressSlot", f.getReturnAddressSlot());
            g.writeStringField("sourceFile", f.getSourceFile());
            if (f.getLine() > 0) {
                g.writeNumberField("line", f.getLine());
            } else {
                g.writeNullField("line");
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** In user_regs_struct order; fs_base/gs_base are the thread's fsBase/gsBase. */
    private static void registers(JsonGenerator g, Registers r) throws IOException {
        if (r == null) {
            g.writeNullField("registers");
            return;
        }
        g.writeObjectFieldStart("registers");
        for (Map.Entry<String, Long> e : ModelValues.registers(r).entrySet()) {
            hex(g, e.getKey(), e.getValue());
        }
        g.writeEndObject();
    }

    private static void region(JsonGenerator g, MemoryRegion r) throws IOException {
        g.writeStartObject();
        hex(g, "start", r.getStart());
        hex(g, "end", r.getEnd());
        g.writeNumberField("size", r.getEnd() - r.getStart());
        g.writeStringField("permissions", r.getPermissions());
        g.writeStringField("kind", r.getKind() == null ? null : r.getKind().getName());
        g.writeBooleanField("saved", r.isSaved());
        g.writeStringField("path", r.getPath());
        g.writeNumberField("offset", r.getOffset());
        g.writeStringField("device", r.getDevice());
        g.writeNumberField("inode", r.getInode());
        g.writeStringField("buildId", r.getBuildId());
        strings(g, "flags", r.getFlags());
        g.writeEndObject();
    }

    private static void fileDescriptor(JsonGenerator g, FileDescriptor fd) throws IOException {
        g.writeStartObject();
        g.writeNumberField("fd", fd.getFd());
        g.writeStringField("kind", fd.getKind() == null ? null : fd.getKind().getName());
        g.writeStringField("path", fd.getPath());
        hex(g, "flags", Integer.toUnsignedLong(fd.getFlags()));
        g.writeNumberField("offset", fd.getOffset());
        g.writeBooleanField("closeOnExec", fd.isCloseOnExec());
        g.writeStringField("details", fd.getDetails());
        g.writeArrayFieldStart("epollWatches");
        for (EpollWatch w : fd.getEpollWatches()) {
            g.writeStartObject();
            g.writeNumberField("targetFd", w.getTargetFd());
            hex(g, "events", Integer.toUnsignedLong(w.getEvents()));
            hex(g, "data", w.getData());
            g.writeEndObject();
        }
        g.writeEndArray();
        socket(g, fd.getSocket());
        g.writeEndObject();
    }

    private static void socket(JsonGenerator g, SocketInfo s) throws IOException {
        if (s == null) {
            g.writeNullField("socket");
            return;
        }
        g.writeObjectFieldStart("socket");
        g.writeStringField("family", s.getFamily());
        g.writeStringField("type", s.getType());
        g.writeStringField("localAddress", s.getLocalAddress());
        g.writeNumberField("localPort", s.getLocalPort());
        g.writeStringField("remoteAddress", s.getRemoteAddress());
        g.writeNumberField("remotePort", s.getRemotePort());
        g.writeStringField("state", s.getState());
        g.writeNumberField("backlog", s.getBacklog());
        g.writeNumberField("inode", s.getInode());
        TcpRepairState t = s.getTcpRepair();
        if (t == null) {
            g.writeNullField("tcpRepair");
        } else {
            g.writeObjectFieldStart("tcpRepair");
            g.writeNumberField("sendSeq", t.getSendSeq());
            g.writeNumberField("recvSeq", t.getRecvSeq());
            g.writeNumberField("sendQueueBytes", t.getSendQueueBytes());
            g.writeNumberField("recvQueueBytes", t.getRecvQueueBytes());
            g.writeNumberField("unsentBytes", t.getUnsentBytes());
            g.writeStringField("sendQueueFile", t.getSendQueueFile());
            g.writeStringField("recvQueueFile", t.getRecvQueueFile());
            g.writeNumberField("mss", t.getMss());
            g.writeNumberField("sndWscale", t.getSndWscale());
            g.writeNumberField("rcvWscale", t.getRcvWscale());
            g.writeNumberField("timestamp", t.getTimestamp());
            g.writeBooleanField("sackOk", t.isSackOk());
            g.writeBooleanField("timestampsOk", t.isTimestampsOk());
            g.writeNumberField("sndWl1", t.getSndWl1());
            g.writeNumberField("sndWnd", t.getSndWnd());
            g.writeNumberField("maxWindow", t.getMaxWindow());
            g.writeNumberField("rcvWnd", t.getRcvWnd());
            g.writeNumberField("rcvWup", t.getRcvWup());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void signalAction(JsonGenerator g, SignalAction a) throws IOException {
        g.writeStartObject();
        g.writeNumberField("signal", a.getSignal());
        g.writeStringField("name", a.getName());
        hex(g, "handler", a.getHandler());
        g.writeStringField("handlerSymbol", a.getHandlerSymbol());
        hex(g, "restorer", a.getRestorer());
        hex(g, "flags", a.getFlags());
        hex(g, "mask", a.getMask());
        g.writeEndObject();
    }

    private static void hex(JsonGenerator g, String name, long value) throws IOException {
        g.writeStringField(name, "0x" + Long.toHexString(value));
    }

    private static void time(JsonGenerator g, String name, Date date) throws IOException {
        if (date == null) {
            g.writeNullField(name);
        } else {
            g.writeStringField(name, ModelValues.UTC_MILLIS.format(date.toInstant()));
        }
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
