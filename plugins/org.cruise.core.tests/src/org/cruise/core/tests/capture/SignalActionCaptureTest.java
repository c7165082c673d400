package org.cruise.core.tests.capture;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.cruise.core.capture.SignalActionCapture;
import org.cruise.core.capture.SignalActionCapture.Placement;
import org.cruise.core.capture.SignalNames;
import org.cruise.core.proc.ProcStatus;
import org.cruise.core.ptrace.ProcessMemory;
import org.cruise.core.ptrace.Ptrace;
import org.cruise.core.ptrace.SyscallInjector;
import org.cruise.core.ptrace.TracedProcess;
import org.cruise.core.ptrace.Tracer;
import org.cruise.core.sys.LibC;
import org.cruise.model.SignalAction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Signal actions read with an injected rt_sigaction, compared with what the program installed
 * (and read back itself with sigaction). The program must run on unharmed: its blocked read()
 * restarted, its handlers still in place.
 */
class SignalActionCaptureTest {
    private static final int SIGHUP = 1, SIGUSR1 = 10, SIGPIPE = 13;

    @TempDir
    static Path binDir;
    static Path binary;

    @TempDir
    Path dir;

    @BeforeAll
    static void compile() throws Exception {
        binary = CaptureTarget.compile(binDir);
    }

    /** What a capture saw, and the bytes under the thread's red zone before and after it. */
    private record Run(List<SignalAction> actions, byte[] stackBefore, byte[] stackAfter, String mapsBefore,
            String mapsAfter) {
    }

    private Run capture(Tracer tracer, CaptureTarget t, boolean mainThread, Placement placement) throws Exception {
        TracedProcess p = t.stop();
        int tid = mainThread ? t.pid : t.factInt("thread.tid");
        Run run = tracer.call(() -> {
            try (ProcessMemory mem = new ProcessMemory(t.pid)) {
                long below = (Ptrace.getRegs(tid).rsp() - 128 - 64) & ~15L;
                byte[] before = mem.read(below, 64);
                String mapsBefore = Files.readString(Path.of("/proc/" + t.pid + "/maps"));
                List<SignalAction> actions = new SignalActionCapture(new SyscallInjector(p, mem), mem, placement)
                        .capture(tid);
                return new Run(actions, before, mem.read(below, 64), mapsBefore,
                        Files.readString(Path.of("/proc/" + t.pid + "/maps")));
            }
        });
        t.detach();
        return run;
    }

    private void assertActions(CaptureTarget t, List<SignalAction> actions) throws Exception {
        long wanted = Long.parseUnsignedLong(ProcStatus.field(t.pid, "SigCgt"), 16)
                | Long.parseUnsignedLong(ProcStatus.field(t.pid, "SigIgn"), 16);
        List<Integer> expected = new ArrayList<>();
        for (int sig = 1; sig <= 64; sig++) {
            if ((wanted & (1L << (sig - 1))) != 0) {
                expected.add(sig);
            }
        }
        assertEquals(expected, actions.stream().map(SignalAction::getSignal).toList(),
                "every caught or ignored signal, in order");
        for (SignalAction a : actions) {
            assertEquals(SignalNames.name(a.getSignal()), a.getName());
            assertNull(a.getHandlerSymbol(), "resolved by the symbol layer");
        }
        for (int sig : new int[] { SIGHUP, SIGUSR1 }) {
            String name = SignalNames.name(sig);
            SignalAction a = actions.stream().filter(x -> x.getSignal() == sig).findFirst().orElseThrow();
            assertEquals(t.factLong(name + ".handler"), a.getHandler(), name + " handler");
            assertEquals(t.factLong(name + ".flags"), a.getFlags(), name + " flags (SA_RESTORER added by glibc)");
            assertEquals(t.factLong(name + ".restorer"), a.getRestorer(), name + " restorer");
            assertEquals(t.factLong(name + ".mask"), a.getMask(), name + " mask");
        }
        SignalAction pipe = actions.stream().filter(x -> x.getSignal() == SIGPIPE).findFirst().orElseThrow();
        assertEquals(1, pipe.getHandler(), "SIG_IGN");
        assertEquals("SIGPIPE", pipe.getName());
    }

    /** Handlers still installed, the blocked read() restarted: the program noticed nothing. */
    private void assertRunsOn(Tracer tracer, CaptureTarget t) throws Exception {
        assertEquals(0, LibC.kill(t.pid, SIGHUP));
        t.awaitFact("handled");
        assertEquals(0, LibC.kill(t.pid, SIGUSR1));
        long deadline = System.currentTimeMillis() + 10_000;
        while (!"SIGUSR1".equals(t.facts().get("handled")) && System.currentTimeMillis() < deadline) {
            Thread.sleep(10);
        }
        assertEquals("SIGUSR1", t.facts().get("handled"));
        t.command("ping");
        t.awaitFact("pong");
        assertNull(t.facts().get("fifo.read.error"));
        assertEquals(0, t.exit());
    }

    @Test
    void throughTheMainThreadBlockedInRead() throws Exception {
        try (Tracer tracer = new Tracer();
                CaptureTarget t = CaptureTarget.start(tracer, binary, dir, 0, false)) {
            Run run = capture(tracer, t, true, Placement.STACK);
            assertActions(t, run.actions());
            assertArrayEquals(run.stackBefore(), run.stackAfter(), "the stack below the red zone is put back");
            assertEquals(run.mapsBefore(), run.mapsAfter());
            assertRunsOn(tracer, t);
        }
    }

    @Test
    void throughAnotherThread() throws Exception {
        try (Tracer tracer = new Tracer();
                CaptureTarget t = CaptureTarget.start(tracer, binary, dir, 0, false)) {
            Run run = capture(tracer, t, false, Placement.STACK);
            assertActions(t, run.actions());
            assertArrayEquals(run.stackBefore(), run.stackAfter());
            assertRunsOn(tracer, t);
        }
    }

    @Test
    void withAScratchPage() throws Exception {
        try (Tracer tracer = new Tracer();
                CaptureTarget t = CaptureTarget.start(tracer, binary, dir, 0, false)) {
            Run run = capture(tracer, t, true, Placement.SCRATCH_PAGE);
            assertActions(t, run.actions());
            assertArrayEquals(run.stackBefore(), run.stackAfter(), "the stack is not touched at all");
            assertEquals(run.mapsBefore(), run.mapsAfter(), "the scratch page is gone again");
            assertRunsOn(tracer, t);
        }
    }

    @Test
    void signalNamesAsKillListsThem() {
        assertEquals("SIGHUP", SignalNames.name(1));
        assertEquals("SIGSYS", SignalNames.name(31));
        assertEquals("SIG32", SignalNames.name(32));
        assertEquals("SIG33", SignalNames.name(33));
        assertEquals("SIGRTMIN", SignalNames.name(34));
        assertEquals("SIGRTMIN+15", SignalNames.name(49));
        assertEquals("SIGRTMAX-14", SignalNames.name(50));
        assertEquals("SIGRTMAX-1", SignalNames.name(63));
        assertEquals("SIGRTMAX", SignalNames.name(64));
    }
}
