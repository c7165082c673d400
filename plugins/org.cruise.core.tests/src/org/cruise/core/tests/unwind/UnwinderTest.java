package org.cruise.core.tests.unwind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import org.cruise.core.CruiseException;
import org.cruise.core.ExitCode;
import org.cruise.core.elf.ElfSymbol;
import org.cruise.core.ptrace.ProcessMemory;
import org.cruise.core.ptrace.Ptrace;
import org.cruise.core.ptrace.TracedProcess;
import org.cruise.core.ptrace.Tracer;
import org.cruise.core.ptrace.UserRegs;
import org.cruise.core.symbols.CodeLocation;
import org.cruise.core.symbols.FunctionResolver;
import org.cruise.core.symbols.ModuleSymbols;
import org.cruise.core.symbols.ResolvedFunction;
import org.cruise.core.symbols.SymbolCache;
import org.cruise.core.symbols.Symbolizer;
import org.cruise.core.tests.tracee.Build;
import org.cruise.core.tests.tracee.Gdb;
import org.cruise.core.tests.tracee.Gdb.GdbFrame;
import org.cruise.core.tests.tracee.Tracee;
import org.cruise.core.unwind.CallChain;
import org.cruise.core.unwind.Unwinder;
import org.cruise.model.Frame;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * CFI unwinding of real stopped processes, each build of the test program (-O0 and -O2
 * -fomit-frame-pointer, PIE and not), checked three ways: against the call chain the program is
 * known to have, against the stack itself (each return-address slot holds the caller's pc), and
 * against gdb's backtrace of the same blocked state.
 */
class UnwinderTest {

    private static final int SIGUSR1 = 10;

    @TempDir
    static Path dir;

    private static Tracer tracer;

    @BeforeAll
    static void startTracer() {
        tracer = new Tracer();
    }

    @AfterAll
    static void stopTracer() {
        tracer.close();
    }

    /** One stopped process: each thread's registers and what the unwinder made of them. */
    private record Stopped(Map<Integer, UserRegs> registers, Map<Integer, CallChain> chains) {
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void callChainsMatchTheProgramTheStackAndGdb(Build build) throws Exception {
        Path program = ChainProgram.PROGRAM.build(dir, build).toRealPath();
        try (Tracee tracee = Tracee.launch(tracer, program)) {
            int pid = tracee.pid();
            Map<String, Integer> threads = tracee.awaitThreads(Map.of("waiter", Tracee.SYS_FUTEX,
                    "sleeper", Tracee.SYS_CLOCK_NANOSLEEP));
            tracee.awaitSyscall(pid, Tracee.SYS_READ);
            int waiter = threads.get("waiter");
            int sleeper = threads.get("sleeper");
            // The handler reads from its own pipe: the sleeper then blocks in read inside it.
            tracee.signalThread(sleeper, SIGUSR1);
            tracee.awaitSyscall(sleeper, Tracee.SYS_READ);

            TracedProcess process = tracer.call(() -> TracedProcess.seize(pid));
            Stopped stopped;
            try {
                stopped = stopAndUnwind(process);
            } finally {
                tracer.call(() -> {
                    process.detach();
                    return null;
                });
            }
            String libc = libcPath(stopped.chains().get(pid));

            CallChain main = stopped.chains().get(pid);
            assertTrue(main.complete(), main::toString);
            assertEquals(List.of("c", "b", "a", "main", "_start"), programFunctions(main, program), main::toString);
            assertEquals(libc, main.frames().get(0).getModule(), main::toString);
            assertEquals("read", main.frames().get(0).getFunction(), main::toString);
            assertLine(main, "c", "BLOCKING READ");
            assertLine(main, "b", "CALL C");
            assertLine(main, "a", "CALL B");
            assertLine(main, "main", "CALL A");

            CallChain waiting = stopped.chains().get(waiter);
            assertTrue(waiting.complete(), waiting::toString);
            assertEquals(List.of("waiter"), programFunctions(waiting, program), waiting::toString);
            int waiterIndex = indexOf(waiting, "waiter");
            assertEquals("pthread_cond_wait", waiting.frames().get(waiterIndex - 1).getFunction(), waiting::toString);
            assertEquals(libc, last(waiting).getModule(), "a thread's chain ends in libc's clone3");
            assertLine(waiting, "waiter", "COND WAIT");

            CallChain sleeping = stopped.chains().get(sleeper);
            assertTrue(sleeping.complete(), sleeping::toString);
            assertEquals(List.of("on_signal", "sleeper"), programFunctions(sleeping, program), sleeping::toString);
            assertEquals(1, indexOf(sleeping, "on_signal"), sleeping::toString);
            Frame trampoline = sleeping.frames().get(2);
            assertEquals(libc, trampoline.getModule(), "the handler returns into libc's __restore_rt");
            assertEquals(0, trampoline.getReturnAddressSlot(),
                    "the interrupted pc is in the signal frame's ucontext, not in a return-address slot");
            assertNotEquals(0, trampoline.getCfa());
            assertTrue(sleeping.isActivation(3), "the interrupted frame's pc is exact, not a return address");
            assertFalse(sleeping.isActivation(1));
            assertLine(sleeping, "on_signal", "HANDLER READ");
            assertLine(sleeping, "sleeper", "SLEEP");

            for (CallChain chain : stopped.chains().values()) {
                assertTrue(chain.isActivation(0));
                assertEquals(0, last(chain).getCfa(), "the outermost frame has no caller");
                assertEquals(0, last(chain).getReturnAddressSlot());
                for (Frame frame : chain.frames().subList(0, chain.frames().size() - 1)) {
                    assertTrue(Long.compareUnsigned(frame.getCfa(), frame.getPc()) != 0 && frame.getCfa() != 0,
                            () -> "frame without CFA in " + chain);
                }
            }

            // The symbolizer, from the ELF symbol tables, names the frames as the unwinder does.
            Symbolizer symbolizer = Symbolizer.forProcess(pid);
            for (CallChain chain : stopped.chains().values()) {
                for (Frame frame : chain.frames()) {
                    boolean activation = chain.isActivation(frame.getIndex());
                    CodeLocation location = symbolizer.symbolize(activation ? frame.getPc() : frame.getPc() - 1);
                    assertEquals(frame.getModule(), location.module(), chain::toString);
                    assertTrue(Objects.equals(frame.getFunction(), location.function()) || sameCode(frame, location.function()),
                            () -> location + " for frame " + frame.getIndex() + " of " + chain);
                }
            }

            // The same blocked state, seen by gdb once we have let go of the process.
            Map<Integer, List<GdbFrame>> gdb = Gdb.backtraces(pid, dir);
            for (Map.Entry<Integer, CallChain> thread : stopped.chains().entrySet()) {
                assertSameAsGdb(thread.getValue(), gdb.get(thread.getKey()));
            }
        }
    }

    /**
     * Seizes and stops every thread, reads the registers on the tracer thread, then unwinds on
     * this (another) thread and checks every frame against the stopped stack: a frame's return
     * address lies at CFA - 8 and is its caller's pc.
     */
    /**
     * A thread found again with the same registers and the same stack words is not unwound again:
     * its chain is reused. One word the unwind read changed (the return address of its innermost
     * frame), and it is unwound again, with the caller that word now names.
     */
    @Test
    void anUnchangedThreadIsNotUnwoundAgainAndAChangedWordIsNoticed() throws Exception {
        Path program = ChainProgram.PROGRAM.build(dir, Build.O2_PIE).toRealPath();
        try (Tracee tracee = Tracee.launch(tracer, program)) {
            int pid = tracee.pid();
            tracee.awaitSyscall(pid, Tracee.SYS_READ);
            TracedProcess process = tracer.call(() -> TracedProcess.seize(pid));
            try {
                UserRegs regs = tracer.call(() -> {
                    process.stopAll();
                    return Ptrace.getRegs(pid);
                });
                try (Unwinder unwinder = Unwinder.open(pid); ProcessMemory memory = new ProcessMemory(pid)) {
                    CallChain first = unwinder.unwindAddresses(pid, regs);
                    assertEquals(0, unwinder.reusedUnwinds());
                    CallChain again = unwinder.unwindAddresses(pid, regs);
                    assertEquals(1, unwinder.reusedUnwinds(), "same registers, same stack: reused");
                    assertEquals(pcs(first), pcs(again));
                    assertEquals(first.frames().stream().map(Frame::getCfa).toList(),
                            again.frames().stream().map(Frame::getCfa).toList());
                    assertTrue(first.frames().get(0) != again.frames().get(0), "a copy: callers may name the frames");

                    long slot = first.frames().get(0).getReturnAddressSlot();
                    assertNotEquals(0, slot, first::toString);
                    long returnAddress = memory.readLong(slot);
                    long elsewhere = first.frames().get(2).getPc(); // a return address into another caller
                    memory.writeLong(slot, elsewhere);
                    try {
                        CallChain changed = unwinder.unwindAddresses(pid, regs);
                        assertEquals(1, unwinder.reusedUnwinds(), "a word it read changed: unwound again");
                        assertEquals(elsewhere, changed.frames().get(1).getPc(), changed::toString);
                    } finally {
                        memory.writeLong(slot, returnAddress);
                    }
                    CallChain restored = unwinder.unwindAddresses(pid, regs);
                    assertEquals(pcs(first), pcs(restored));
                    assertEquals(1, unwinder.reusedUnwinds(), "the last unwind saw the changed word");
                    unwinder.unwindAddresses(pid, regs);
                    assertEquals(2, unwinder.reusedUnwinds());
                }
            } finally {
                tracer.call(() -> {
                    process.detach();
                    return null;
                });
            }
            tracee.awaitSyscall(pid, Tracee.SYS_READ); // runs on, back in its read
        }
    }

    private static List<Long> pcs(CallChain chain) {
        return chain.frames().stream().map(Frame::getPc).toList();
    }

    private Stopped stopAndUnwind(TracedProcess process) throws Exception {
        Map<Integer, UserRegs> registers = tracer.call(() -> {
            process.stopAll();
            Map<Integer, UserRegs> regs = new TreeMap<>();
            for (int tid : process.tids()) {
                regs.put(tid, Ptrace.getRegs(tid));
            }
            return regs;
        });
        Map<Integer, CallChain> chains = new TreeMap<>();
        try (Unwinder unwinder = Unwinder.open(process.pid()); ProcessMemory memory = new ProcessMemory(process.pid())) {
            for (Map.Entry<Integer, UserRegs> thread : registers.entrySet()) {
                CallChain chain = unwinder.unwind(thread.getKey(), thread.getValue());
                chains.put(thread.getKey(), chain);
                assertEquals(thread.getValue().rip(), chain.frames().get(0).getPc());
                List<Frame> frames = chain.frames();
                for (int i = 0; i + 1 < frames.size(); i++) {
                    Frame frame = frames.get(i);
                    Frame caller = frames.get(i + 1);
                    assertTrue(Long.compareUnsigned(frame.getCfa(), i == 0 ? thread.getValue().rsp() : frames.get(i - 1).getCfa()) > 0,
                            "CFAs grow towards the stack base in " + chain);
                    if (frame.getReturnAddressSlot() != 0) {
                        assertEquals(frame.getCfa() - 8, frame.getReturnAddressSlot());
                        assertEquals(caller.getPc(), memory.readLong(frame.getReturnAddressSlot()),
                                () -> "return address slot of frame " + frame.getIndex() + " in " + chain);
                    }
                }
            }

            // Reusing the session after a refresh, and unwinding in two steps, give the same chains.
            unwinder.refresh();
            for (Map.Entry<Integer, UserRegs> thread : registers.entrySet()) {
                CallChain addresses = unwinder.unwindAddresses(thread.getKey(), thread.getValue());
                assertNull(addresses.frames().get(0).getFunction(), "unwindAddresses names nothing");
                CallChain again = unwinder.symbolize(addresses);
                assertEquals(describe(chains.get(thread.getKey())), describe(again));
            }
        }
        return new Stopped(registers, chains);
    }

    /**
     * gdb and CRUISE see the same physical frames: same pcs, same CFAs (gdb: the caller's rsp),
     * the signal trampoline at the same place, and the same function: the same name for the
     * program's own frames, and for library frames names of the same code (libc calls one
     * function by several aliases, e.g. read and __GI___libc_read).
     */
    private static void assertSameAsGdb(CallChain chain, List<GdbFrame> gdb) throws Exception {
        String context = chain + "\ngdb: " + gdb;
        assertEquals(gdb.size(), chain.frames().size(), context);
        for (int i = 0; i < gdb.size(); i++) {
            Frame frame = chain.frames().get(i);
            GdbFrame expected = gdb.get(i);
            assertEquals(expected.pc(), frame.getPc(), "pc of frame " + i + "\n" + context);
            assertEquals(expected.cfa(), frame.getCfa(), "CFA of frame " + i + "\n" + context);
            if (expected.signalTrampoline()) {
                assertEquals(0, frame.getReturnAddressSlot(), context);
                continue;
            }
            if (expected.name() != null && !expected.name().equals(frame.getFunction())) {
                assertTrue(sameCode(frame, expected.name()),
                        "frame " + i + ": gdb says " + expected.name() + ", CRUISE " + frame.getFunction() + "\n" + context);
            }
        }
    }

    /** Whether name is a symbol of the frame's module that starts where the frame's function does. */
    private static boolean sameCode(Frame frame, String name) throws Exception {
        if (frame.getFunction() == null || frame.getModule() == null) {
            return false;
        }
        ModuleSymbols symbols = SymbolCache.shared().get(Path.of(frame.getModule()));
        List<ElfSymbol> ours = symbols.functionsNamed(frame.getFunction());
        return symbols.functionsNamed(name).stream().anyMatch(a -> ours.stream().anyMatch(b -> a.value() == b.value()));
    }

    @Test
    void stopsWhereNoCallFrameInformationExistsInsteadOfFollowingFramePointers() throws Exception {
        Path program = ChainProgram.NO_CFI.build(dir, Build.O2_PIE).toRealPath();
        try (Tracee tracee = Tracee.launch(tracer, program)) {
            tracee.awaitSyscall(tracee.pid(), Tracee.SYS_READ);
            CallChain chain = unwindMainThread(tracee.pid());
            assertFalse(chain.complete(), chain::toString);
            assertEquals(List.of("read", "no_cfi"), chain.functionNames(), chain::toString);
            assertTrue(chain.stopReason().contains("no call frame information covers"), chain::toString);
            assertTrue(chain.stopReason().contains("no_cfi"), chain::toString);
            assertEquals(0, chain.frames().get(1).getCfa());
        }
    }

    /**
     * An update replaces the program file while the old version runs: maps then say
     * "(deleted)", and the frames must still be found and named from the file the process maps.
     */
    @Test
    void unwindsAProgramWhoseFileWasDeletedWhileItRuns() throws Exception {
        Path built = ChainProgram.PROGRAM.build(dir, Build.O2_PIE);
        Path program = dir.resolve("chain-deleted");
        Files.copy(built, program, StandardCopyOption.REPLACE_EXISTING);
        Files.setPosixFilePermissions(program, PosixFilePermissions.fromString("rwx------"));
        Path path = program.toRealPath();
        try (Tracee tracee = Tracee.launch(tracer, path)) {
            tracee.awaitSyscall(tracee.pid(), Tracee.SYS_READ);
            Files.delete(path);
            CallChain chain = unwindMainThread(tracee.pid());
            assertTrue(chain.complete(), chain::toString);
            assertEquals(List.of("c", "b", "a", "main", "_start"), programFunctions(chain, path), chain::toString);
            assertLine(chain, "c", "BLOCKING READ");

            // Names resolve against the running (deleted) file too, not against whatever is on disk.
            ResolvedFunction c = FunctionResolver.forProcess(tracee.pid()).resolve("c");
            assertEquals(path.toString(), c.module());
            Frame frameOfC = chain.frames().get(indexOf(chain, "c"));
            assertEquals(c.primary().address() + frameOfC.getOffset(), frameOfC.getPc());
        }
    }

    @Test
    void registersPointingNowhereGiveOneFrameAndAReason() throws Exception {
        Path program = ChainProgram.PROGRAM.build(dir, Build.O0_PIE).toRealPath();
        try (Tracee tracee = Tracee.launch(tracer, program)) {
            int pid = tracee.pid();
            tracee.awaitSyscall(pid, Tracee.SYS_READ);
            TracedProcess process = tracer.call(() -> TracedProcess.seize(pid));
            try {
                UserRegs regs = tracer.call(() -> {
                    process.stopAll();
                    return Ptrace.getRegs(pid);
                });
                UserRegs bogus = regs.copy();
                bogus.set(UserRegs.RIP, 0x10);
                bogus.set(UserRegs.RBP, 0);
                try (Unwinder unwinder = Unwinder.open(pid)) {
                    CallChain chain = unwinder.unwind(pid, bogus);
                    assertEquals(1, chain.frames().size(), chain::toString);
                    assertEquals(0x10, chain.frames().get(0).getPc());
                    assertNull(chain.frames().get(0).getModule());
                    assertFalse(chain.complete());
                    // The session is still good for the real registers.
                    assertTrue(unwinder.unwind(pid, regs).complete());
                }
            } finally {
                tracer.call(() -> {
                    process.detach();
                    return null;
                });
            }
        }
    }

    @Test
    void aProcessThatDoesNotExistIsATargetError() {
        CruiseException e = assertThrows(CruiseException.class, () -> Unwinder.open(Integer.MAX_VALUE - 7));
        assertEquals(ExitCode.TARGET, e.exitCode(), e.getMessage());
    }

    private CallChain unwindMainThread(int pid) throws Exception {
        TracedProcess process = tracer.call(() -> TracedProcess.seize(pid));
        try {
            UserRegs regs = tracer.call(() -> {
                process.stopAll();
                return Ptrace.getRegs(pid);
            });
            try (Unwinder unwinder = Unwinder.open(pid)) {
                return unwinder.unwind(pid, regs);
            }
        } finally {
            tracer.call(() -> {
                process.detach();
                return null;
            });
        }
    }

    /** The functions of the chain that lie in the program itself, innermost first. */
    private static List<String> programFunctions(CallChain chain, Path program) {
        List<String> names = new ArrayList<>();
        for (Frame frame : chain.frames()) {
            if (program.toString().equals(frame.getModule())) {
                names.add(frame.getFunction());
            }
        }
        return names;
    }

    private static String libcPath(CallChain chain) {
        return chain.frames().stream().map(Frame::getModule).filter(m -> m != null && m.contains("/libc.so"))
                .findFirst().orElseThrow(() -> new AssertionError("no libc frame in " + chain));
    }

    private static void assertLine(CallChain chain, String function, String marker) {
        Frame frame = chain.frames().get(indexOf(chain, function));
        assertTrue(frame.getSourceFile() != null && frame.getSourceFile().endsWith("chain.c"), chain::toString);
        assertEquals(ChainProgram.line(marker), frame.getLine(), () -> function + " in " + chain);
    }

    private static int indexOf(CallChain chain, String function) {
        int index = chain.functionNames().indexOf(function);
        assertTrue(index >= 0, () -> function + " not in " + chain);
        return index;
    }

    private static Frame last(CallChain chain) {
        return chain.frames().get(chain.frames().size() - 1);
    }

    private static String describe(CallChain chain) {
        Map<String, Object> text = new LinkedHashMap<>();
        for (Frame f : chain.frames()) {
            text.put("#" + f.getIndex(), List.of(f.getPc(), f.getCfa(), f.getReturnAddressSlot(),
                    Optional.ofNullable(f.getFunction()), f.getOffset(), Optional.ofNullable(f.getModule()),
                    Optional.ofNullable(f.getSourceFile()), f.getLine()));
        }
        return text + " " + chain.stopReason();
    }
}
