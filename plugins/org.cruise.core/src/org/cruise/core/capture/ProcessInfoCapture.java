package org.cruise.core.capture;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cruise.core.CruiseException;
import org.cruise.core.ExitCode;
import org.cruise.core.proc.ProcStat;
import org.cruise.core.ptrace.SyscallInjector;
import org.cruise.core.sys.NativeException;
import org.cruise.model.AuxvEntry;
import org.cruise.model.CruiseFactory;
import org.cruise.model.MmLayout;
import org.cruise.model.ProcessInfo;
import org.cruise.model.Rlimit;

/**
 * The process-wide part of a snapshot: pid, ppid, executable, cwd, argv, personality, resource
 * limits, auxiliary vector and memory layout. Everything comes from /proc/PID except the current
 * program break, which no /proc file shows (stat has only start_brk, field 47): it is asked from
 * the process itself with an injected brk(0), which changes nothing and returns mm->brk.
 * exeBuildId is left empty; the ELF layer fills it.
 */
public final class ProcessInfoCapture {
    private static final long SYS_BRK = 12;

    /**
     * Resource names in the order of /proc/PID/limits (the kernel's lnames table), keyed by the
     * row label it prints.
     */
    private static final Map<String, String> LIMIT_NAMES = Map.ofEntries(Map.entry("Max cpu time", "RLIMIT_CPU"),
            Map.entry("Max file size", "RLIMIT_FSIZE"), Map.entry("Max data size", "RLIMIT_DATA"),
            Map.entry("Max stack size", "RLIMIT_STACK"), Map.entry("Max core file size", "RLIMIT_CORE"),
            Map.entry("Max resident set", "RLIMIT_RSS"), Map.entry("Max processes", "RLIMIT_NPROC"),
            Map.entry("Max open files", "RLIMIT_NOFILE"), Map.entry("Max locked memory", "RLIMIT_MEMLOCK"),
            Map.entry("Max address space", "RLIMIT_AS"), Map.entry("Max file locks", "RLIMIT_LOCKS"),
            Map.entry("Max pending signals", "RLIMIT_SIGPENDING"), Map.entry("Max msgqueue size", "RLIMIT_MSGQUEUE"),
            Map.entry("Max nice priority", "RLIMIT_NICE"), Map.entry("Max realtime priority", "RLIMIT_RTPRIO"),
            Map.entry("Max realtime timeout", "RLIMIT_RTTIME"));

    /** The row label is printed with "%-25s " before the two values. */
    private static final int LIMIT_LABEL_WIDTH = 26;

    /**
     * @param info the model object
     * @param auxv /proc/PID/auxv as read, AT_NULL terminator included: the payload of the core
     *             file's NT_AUXV note
     */
    public record Result(ProcessInfo info, byte[] auxv) {
    }

    private ProcessInfoCapture() {
    }

    /**
     * Captures the process-wide state of pid. Runs on the tracer thread: tid must be a stopped,
     * seized thread of pid (it executes the brk(0)).
     */
    public static Result capture(int pid, SyscallInjector injector, int tid) throws CruiseException {
        long brk;
        try {
            brk = injector.syscall(tid, SYS_BRK, 0);
        } catch (NativeException e) {
            throw Procfs.failure(pid, e);
        }
        return describe(pid, brk);
    }

    /**
     * The same reading and parsing on a running process, result thrown away: a checkpointer runs
     * it a few hundred times before it stops the target, so that the stop runs compiled code.
     */
    public static void rehearse(int pid) throws CruiseException {
        describe(pid, 0);
    }

    private static Result describe(int pid, long brk) throws CruiseException {
        ProcStat stat;
        try {
            stat = ProcStat.read(pid);
        } catch (IOException e) {
            throw Procfs.failure(pid, "read /proc/" + pid + "/stat", e);
        }
        byte[] auxv = Procfs.readBytes(pid, "auxv");

        CruiseFactory f = CruiseFactory.eINSTANCE;
        ProcessInfo info = f.createProcessInfo();
        info.setPid(pid);
        info.setPpid(stat.ppid());
        info.setExePath(Procfs.readLink(pid, "exe"));
        info.setCwd(Procfs.readLink(pid, "cwd"));
        info.getCmdline().addAll(parseCmdline(Procfs.readBytes(pid, "cmdline")));
        info.setPersonality(Integer.parseUnsignedInt(Procfs.readString(pid, "personality").trim(), 16));
        info.getRlimits().addAll(parseLimits(pid, Procfs.readString(pid, "limits")));
        info.getAuxv().addAll(parseAuxv(auxv));
        info.setMm(layout(stat, brk));
        return new Result(info, auxv);
    }

    /** argv: NUL-terminated strings back to back. */
    static List<String> parseCmdline(byte[] raw) {
        List<String> args = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == 0) {
                args.add(new String(raw, start, i - start, StandardCharsets.UTF_8));
                start = i + 1;
            }
        }
        if (start < raw.length) {
            // A program that overwrote its argument area may leave no final NUL.
            args.add(new String(raw, start, raw.length - start, StandardCharsets.UTF_8));
        }
        return args;
    }

    static List<Rlimit> parseLimits(int pid, String text) throws CruiseException {
        List<Rlimit> out = new ArrayList<>();
        String[] lines = text.split("\n");
        for (int i = 1; i < lines.length; i++) { // line 0 is the column header
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            String label = line.substring(0, Math.min(LIMIT_LABEL_WIDTH, line.length())).trim();
            String name = LIMIT_NAMES.get(label);
            String[] values = line.length() > LIMIT_LABEL_WIDTH ? line.substring(LIMIT_LABEL_WIDTH).trim().split("\\s+")
                    : new String[0];
            if (name == null || values.length < 2) {
                throw new CruiseException(ExitCode.INTERNAL,
                        "unexpected line in /proc/" + pid + "/limits (unknown kernel format): " + line);
            }
            Rlimit r = CruiseFactory.eINSTANCE.createRlimit();
            r.setResource(name);
            r.setSoft(limitValue(values[0]));
            r.setHard(limitValue(values[1]));
            out.add(r);
        }
        return out;
    }

    /** "unlimited" is RLIM_INFINITY, all ones, which is -1 as a long. */
    private static long limitValue(String s) {
        return s.equals("unlimited") ? -1 : Long.parseUnsignedLong(s);
    }

    /** Pairs of native 64-bit words (type, value) up to AT_NULL, which is not returned. */
    static List<AuxvEntry> parseAuxv(byte[] raw) {
        List<AuxvEntry> out = new ArrayList<>();
        ByteBuffer b = ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN);
        while (b.remaining() >= 16) {
            long type = b.getLong();
            long value = b.getLong();
            if (type == 0) {
                break;
            }
            AuxvEntry e = CruiseFactory.eINSTANCE.createAuxvEntry();
            e.setType(type);
            e.setValue(value);
            out.add(e);
        }
        return out;
    }

    private static MmLayout layout(ProcStat stat, long brk) {
        MmLayout mm = CruiseFactory.eINSTANCE.createMmLayout();
        mm.setStartCode(stat.unsigned(ProcStat.START_CODE));
        mm.setEndCode(stat.unsigned(ProcStat.END_CODE));
        mm.setStartData(stat.unsigned(ProcStat.START_DATA));
        mm.setEndData(stat.unsigned(ProcStat.END_DATA));
        mm.setStartBrk(stat.unsigned(ProcStat.START_BRK));
        mm.setBrk(brk);
        mm.setStartStack(stat.unsigned(ProcStat.START_STACK));
        mm.setArgStart(stat.unsigned(ProcStat.ARG_START));
        mm.setArgEnd(stat.unsigned(ProcStat.ARG_END));
        mm.setEnvStart(stat.unsigned(ProcStat.ENV_START));
        mm.setEnvEnd(stat.unsigned(ProcStat.ENV_END));
        return mm;
    }
}
