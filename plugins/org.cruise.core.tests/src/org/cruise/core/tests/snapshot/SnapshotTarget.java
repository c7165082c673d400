package org.cruise.core.tests.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.cruise.core.proc.Mapping;
import org.cruise.core.proc.ProcSmaps;
import org.cruise.core.proc.ProcStatus;
import org.cruise.core.proc.SmapsEntry;
import org.cruise.core.ptrace.ProcessMemory;
import org.cruise.core.ptrace.ThreadRegisters;
import org.cruise.core.ptrace.TracedProcess;
import org.cruise.core.ptrace.Tracer;
import org.cruise.core.snapshot.CapturedState;
import org.cruise.core.snapshot.MemorySource;
import org.cruise.core.sys.LibC;
import org.cruise.core.sys.Spawn;
import org.cruise.model.CruiseFactory;
import org.cruise.model.MemoryRegion;
import org.cruise.model.ProcessInfo;
import org.cruise.model.RegionKind;
import org.cruise.model.Snapshot;
import org.cruise.model.ThreadState;
import org.cruise.model.TriggerEvent;

/**
 * A real process of snapshot_target.c, stopped at its {@code stop_here} and seized by a
 * {@link Tracer}, with a minimal capture of its state: just enough of a model (process, threads,
 * regions, a trigger) for the snapshot writer. The real capture lives elsewhere; this one keeps the
 * snapshot tests independent of it.
 * <p>
 * The program is launched with {@link Spawn} on the tracer thread (a ProcessBuilder child would be
 * waited for by the JDK's reaper thread, which steals ptrace stops), and reaped there.
 */
final class SnapshotTarget implements AutoCloseable {

    /** The builds the tests run against: both optimization levels, PIE and not. */
    enum Build {
        O0_PIE("-O0", "-pie", "-fpie"),
        O2_PIE("-O2", "-fomit-frame-pointer", "-pie", "-fpie"),
        O0_NO_PIE("-O0", "-no-pie", "-fno-pie"),
        O2_NO_PIE("-O2", "-fomit-frame-pointer", "-no-pie", "-fno-pie");

        final List<String> flags;

        Build(String... flags) {
            this.flags = List.of(flags);
        }
    }

    static final long GLOBAL_COUNTER = 424242;
    static final int SMALL_WORDS = 16 * 1024;
    static final int BIG_WORDS = 1024 * 1024;

    static int smallWord(int i) {
        return 0x5a000000 | i;
    }

    static int bigWord(int i) {
        return 0xc0de0000 ^ i;
    }

    final Tracer tracer;
    final Path program;
    final int pid;
    private TracedProcess traced;
    private boolean reaped;

    private SnapshotTarget(Tracer tracer, Path program, int pid) {
        this.tracer = tracer;
        this.program = program;
        this.pid = pid;
    }

    /** Compiles snapshot_target.c with gcc into {@code dir}. */
    static Path compile(Path dir, Build build) throws IOException, InterruptedException {
        Path source = dir.resolve("snapshot_target.c");
        if (!Files.exists(source)) {
            try (InputStream in = SnapshotTarget.class.getResourceAsStream("snapshot_target.c")) {
                assertNotNull(in, "snapshot_target.c is not on the test class path");
                Files.copy(in, source);
            }
        }
        Path output = dir.resolve("target-" + build.name().toLowerCase());
        List<String> command = new ArrayList<>(List.of("gcc", "-g", "-pthread"));
        command.addAll(build.flags);
        command.addAll(List.of("-o", output.toString(), source.toString()));
        Process gcc = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(gcc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(gcc.waitFor(2, TimeUnit.MINUTES), "gcc timed out");
        assertEquals(0, gcc.exitValue(), () -> String.join(" ", command) + " failed:\n" + out);
        return output;
    }

    /**
     * Starts the program, waits until it has stopped itself, and seizes every thread.
     *
     * @param extraMib further MiB of touched heap the program allocates (0 for none)
     */
    static SnapshotTarget start(Tracer tracer, Path program, int extraMib) throws Exception {
        List<String> argv = extraMib > 0 ? List.of(program.toString(), Integer.toString(extraMib))
                : List.of(program.toString());
        int pid = tracer.call(() -> Spawn.spawn(program.toString(), argv, Map.of()));
        SnapshotTarget target = new SnapshotTarget(tracer, program, pid);
        try {
            tracer.call(() -> {
                int[] status = new int[1];
                // WUNTRACED: report the child's SIGSTOP, which it raises once its memory and threads are set up.
                int r = LibC.waitpid(pid, status, 2);
                assertEquals(pid, r, "waitpid for the test program");
                assertTrue(LibC.stopped(status[0]), "test program did not stop itself: status " + status[0]);
                target.traced = TracedProcess.seize(pid);
                target.traced.stopAll();
                return null;
            });
            assertEquals(2, target.traced.tids().size(), "threads of the test program");
            return target;
        } catch (Exception | Error e) {
            target.close();
            throw e;
        }
    }

    List<Integer> tids() {
        return traced.tids();
    }

    /** The thread that is not the main thread. */
    int workerTid() {
        return tids().stream().filter(t -> t != pid).findFirst().orElseThrow();
    }

    /**
     * A minimal capture. Regions are saved by the checkpoint issue's rule: readable private memory
     * the program can have changed (anonymous, heap, stacks, writable file mappings and file mappings
     * holding copy-on-write pages, such as RELRO) and [vdso]; the rest is left to the files.
     *
     * @param triggerTid the thread that "fired the trigger": it must come first in the core
     */
    CapturedState capture(int triggerTid) throws Exception {
        Map<Integer, ThreadRegisters> registers = new LinkedHashMap<>();
        for (int tid : tids()) {
            registers.put(tid, tracer.call(() -> ThreadRegisters.read(tid)));
        }
        CruiseFactory f = CruiseFactory.eINSTANCE;
        Snapshot model = f.createSnapshot();
        ProcessInfo process = f.createProcessInfo();
        process.setPid(pid);
        process.setPpid(Integer.parseInt(ProcStatus.field(pid, "PPid")));
        process.setExePath(Files.readSymbolicLink(Path.of("/proc", Integer.toString(pid), "exe")).toString());
        process.setCwd(Files.readSymbolicLink(Path.of("/proc", Integer.toString(pid), "cwd")).toString());
        String cmdline = Files.readString(Path.of("/proc", Integer.toString(pid), "cmdline"));
        for (String arg : cmdline.split("\0")) {
            process.getCmdline().add(arg);
        }
        model.setProcess(process);
        for (int tid : tids()) {
            ThreadState thread = f.createThreadState();
            thread.setTid(tid);
            thread.setName(Files.readString(Path.of("/proc", Integer.toString(pid), "task", Integer.toString(tid),
                    "comm")).strip());
            model.getThreads().add(thread);
        }
        for (SmapsEntry e : ProcSmaps.read(pid)) {
            model.getRegions().add(region(e));
        }
        TriggerEvent trigger = f.createTriggerEvent();
        trigger.setFunction("stop_here");
        trigger.setThreadId(triggerTid);
        trigger.setPc(registers.get(triggerTid).regs().rip());
        trigger.setReturnValue(registers.get(triggerTid).regs().rax());
        trigger.setTime(new Date());
        trigger.setBackend("test");
        trigger.setSequence(1);
        model.setTrigger(trigger);
        byte[] auxv = Files.readAllBytes(Path.of("/proc", Integer.toString(pid), "auxv"));
        ProcessMemory memory = new ProcessMemory(pid);
        return new CapturedState(model, registers, auxv, MemorySource.of(memory),
                Path.of("/proc", Integer.toString(pid), "exe"), Map.of());
    }

    private static MemoryRegion region(SmapsEntry e) {
        Mapping m = e.mapping();
        MemoryRegion r = CruiseFactory.eINSTANCE.createMemoryRegion();
        r.setStart(m.start());
        r.setEnd(m.end());
        r.setPermissions(m.perms());
        r.setOffset(m.offset());
        r.setDevice(m.device());
        r.setInode(m.inode());
        r.getFlags().addAll(e.vmFlags());
        String path = m.path();
        r.setPath(path.isEmpty() ? null : path);
        boolean anonymous = path.isEmpty();
        RegionKind kind = switch (path) {
        case "[heap]" -> RegionKind.HEAP;
        case "[stack]" -> RegionKind.STACK;
        case "[vdso]" -> RegionKind.VDSO;
        case "[vvar]", "[vvar_vclock]" -> RegionKind.VVAR;
        case "[vsyscall]" -> RegionKind.VSYSCALL;
        default -> anonymous ? RegionKind.ANONYMOUS
                : m.fileBacked() ? (m.shared() ? RegionKind.FILE_SHARED : RegionKind.FILE_PRIVATE) : RegionKind.OTHER;
        };
        r.setKind(kind);
        boolean saved = m.readable() && !m.shared() && switch (kind) {
        case HEAP, STACK, ANONYMOUS, VDSO -> true;
        case FILE_PRIVATE -> m.writable() || e.kb("Anonymous") > 0;
        default -> false;
        };
        r.setSaved(saved);
        return r;
    }

    /** Detaches (the program stays in its SIGSTOP), then kills and reaps it. */
    @Override
    public void close() throws Exception {
        if (reaped) {
            return;
        }
        reaped = true;
        tracer.call(() -> {
            try {
                if (traced != null) {
                    traced.detach();
                }
            } finally {
                LibC.kill(pid, LibC.SIGKILL);
                LibC.waitpid(pid, new int[1], LibC.WALL);
            }
            return null;
        });
    }
}
