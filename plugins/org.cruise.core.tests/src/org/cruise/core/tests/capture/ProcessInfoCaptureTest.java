package org.cruise.core.tests.capture;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.cruise.core.capture.ProcessInfoCapture;
import org.cruise.core.proc.Mapping;
import org.cruise.core.proc.ProcMaps;
import org.cruise.core.proc.ProcStat;
import org.cruise.core.ptrace.ProcessMemory;
import org.cruise.core.ptrace.SyscallInjector;
import org.cruise.core.ptrace.TracedProcess;
import org.cruise.core.ptrace.Tracer;
import org.cruise.model.AuxvEntry;
import org.cruise.model.MmLayout;
import org.cruise.model.ProcessInfo;
import org.cruise.model.Rlimit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessInfoCaptureTest {
    private static final long AT_PHDR = 3, AT_PAGESZ = 6, AT_ENTRY = 9, AT_RANDOM = 25, AT_SYSINFO_EHDR = 33;
    /** RLIMIT_* in the order of their numbers, which is also the order of /proc/PID/limits. */
    private static final List<String> RLIMITS = List.of("RLIMIT_CPU", "RLIMIT_FSIZE", "RLIMIT_DATA", "RLIMIT_STACK",
            "RLIMIT_CORE", "RLIMIT_RSS", "RLIMIT_NPROC", "RLIMIT_NOFILE", "RLIMIT_MEMLOCK", "RLIMIT_AS", "RLIMIT_LOCKS",
            "RLIMIT_SIGPENDING", "RLIMIT_MSGQUEUE", "RLIMIT_NICE", "RLIMIT_RTPRIO", "RLIMIT_RTTIME");

    @TempDir
    Path dir;

    @Test
    void capturesTheProcessWideState() throws Exception {
        try (Tracer tracer = new Tracer()) {
            Path binary = CaptureTarget.compile(Files.createDirectories(dir.resolve("bin")));
            try (CaptureTarget t = CaptureTarget.start(tracer, binary, Files.createDirectories(dir.resolve("run")), 0,
                    false)) {
                TracedProcess p = t.stop();
                ProcessInfoCapture.Result r = tracer.call(() -> {
                    try (ProcessMemory mem = new ProcessMemory(t.pid)) {
                        return ProcessInfoCapture.capture(t.pid, new SyscallInjector(p, mem), t.pid);
                    }
                });
                List<Mapping> maps = ProcMaps.read(t.pid);
                t.detach();
                ProcessInfo info = r.info();

                assertEquals(t.pid, info.getPid());
                assertEquals(ProcessHandle.current().pid(), info.getPpid());
                assertEquals(t.factInt("ppid"), info.getPpid());
                assertEquals(binary.toRealPath().toString(), info.getExePath());
                assertNull(info.getExeBuildId(), "filled by the ELF layer");
                assertEquals(Files.readSymbolicLink(Path.of("/proc/self/cwd")).toString(), info.getCwd());
                assertEquals(t.argv, info.getCmdline());
                assertEquals(t.factInt("personality"), info.getPersonality());

                assertEquals(RLIMITS, info.getRlimits().stream().map(Rlimit::getResource).toList());
                for (int i = 0; i < RLIMITS.size(); i++) {
                    String[] expected = t.fact("rlimit." + i).split(" ");
                    Rlimit l = info.getRlimits().get(i);
                    assertEquals(Long.parseLong(expected[0]), l.getSoft(), l.getResource() + " soft");
                    assertEquals(Long.parseLong(expected[1]), l.getHard(), l.getResource() + " hard");
                }
                Rlimit nofile = info.getRlimits().get(7);
                assertEquals(1000, nofile.getSoft());
                assertEquals(2000, nofile.getHard());
                assertEquals(-1, info.getRlimits().get(4).getHard(), "RLIMIT_CORE hard is unlimited");

                Map<Long, Long> auxv = info.getAuxv().stream()
                        .collect(Collectors.toMap(AuxvEntry::getType, AuxvEntry::getValue, (a, b) -> a));
                assertEquals(t.factLong("auxv.AT_PAGESZ"), auxv.get(AT_PAGESZ));
                assertEquals(t.factLong("auxv.AT_PHDR"), auxv.get(AT_PHDR));
                assertEquals(t.factLong("auxv.AT_ENTRY"), auxv.get(AT_ENTRY));
                assertEquals(t.factLong("auxv.AT_RANDOM"), auxv.get(AT_RANDOM));
                assertEquals(t.factLong("auxv.AT_SYSINFO_EHDR"), auxv.get(AT_SYSINFO_EHDR));
                assertTrue(info.getAuxv().stream().noneMatch(e -> e.getType() == 0), "AT_NULL is not an entry");
                // The raw vector for NT_AUXV: the same pairs, AT_NULL terminated.
                byte[] raw = r.auxv();
                assertEquals(16 * (info.getAuxv().size() + 1), raw.length);
                assertArrayEquals(new byte[16], Arrays.copyOfRange(raw, raw.length - 16, raw.length));
                ByteBuffer b = ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN);
                for (AuxvEntry e : info.getAuxv()) {
                    assertEquals(e.getType(), b.getLong());
                    assertEquals(e.getValue(), b.getLong());
                }

                MmLayout mm = info.getMm();
                assertEquals(t.factLong("brk"), mm.getBrk(), "brk from the injected brk(0)");
                assertTrue(Long.compareUnsigned(mm.getStartBrk(), mm.getBrk()) <= 0);
                Mapping heap = ProcMaps.find(maps, "[heap]").orElseThrow();
                assertEquals(heap.start(), mm.getStartBrk(), "[heap] begins at start_brk");
                long entry = auxv.get(AT_ENTRY);
                assertTrue(Long.compareUnsigned(mm.getStartCode(), entry) <= 0 && Long.compareUnsigned(entry, mm.getEndCode()) < 0);
                assertTrue(Long.compareUnsigned(mm.getStartData(), mm.getEndData()) < 0);
                assertEquals(t.factLong("argv0"), mm.getArgStart());
                assertEquals(t.factLong("environ0"), mm.getEnvStart());
                long argBytes = t.argv.stream().mapToLong(a -> a.getBytes().length + 1).sum();
                assertEquals(mm.getArgStart() + argBytes, mm.getArgEnd());
                assertEquals(mm.getEnvStart() + "CRUISE_CAPTURE_TEST=yes".length() + 1, mm.getEnvEnd());
                Mapping stack = ProcMaps.find(maps, "[stack]").orElseThrow();
                assertTrue(stack.contains(mm.getStartStack()));

                t.command("ping"); // brk(0) was injected into the main thread blocked in read(): it goes on
                t.awaitFact("pong");
                assertEquals(0, t.exit());
            }
        }
    }

    /** A name with ") (" in it: /proc/PID/stat must be split at the last parenthesis. */
    @Test
    void statWithParenthesesInTheCommandName() throws Exception {
        ProcStat s = ProcStat.parse("42 (a) (b) S 7 42 42 0 -1 4194560 0 0 0 0");
        assertEquals(42, s.pid());
        assertEquals("a) (b", s.comm());
        assertEquals("S", s.state());
        assertEquals(7, s.ppid());
        try (Tracer tracer = new Tracer()) {
            Path binary = CaptureTarget.compile(Files.createDirectories(dir.resolve("bin")));
            try (CaptureTarget t = CaptureTarget.start(tracer, binary, Files.createDirectories(dir.resolve("run")), 0,
                    false)) {
                ProcStat real = ProcStat.read(t.pid);
                assertEquals("cap) (t", real.comm());
                assertEquals(t.pid, real.pid());
                assertEquals(ProcessHandle.current().pid(), real.ppid());
                assertEquals(t.factLong("argv0"), real.unsigned(ProcStat.ARG_START));
            }
        }
    }
}
