package org.cruise.core.tests.checkpoint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.cruise.core.elf.ElfSymbol;
import org.cruise.core.proc.Mapping;
import org.cruise.core.proc.ProcMaps;
import org.cruise.core.ptrace.ProcessMemory;
import org.cruise.core.snapshot.SnapshotFormat;
import org.cruise.core.snapshot.Snapshots;
import org.cruise.core.symbols.FunctionEntry;
import org.cruise.core.symbols.FunctionResolver;
import org.cruise.core.symbols.ModuleSymbols;
import org.cruise.core.symbols.SymbolCache;
import org.cruise.core.tests.tracee.Gdb.GdbFrame;
import org.cruise.model.Frame;
import org.cruise.model.Snapshot;
import org.cruise.model.ThreadState;

/** Assertions the checkpoint tests share. */
final class Checks {

    private Checks() {
    }

    /** The manifest's thread tid. */
    static ThreadState thread(Snapshot manifest, int tid) {
        return manifest.getThreads().stream().filter(t -> t.getTid() == tid).findFirst()
                .orElseThrow(() -> new AssertionError("no thread " + tid + " in the manifest: " + tids(manifest)));
    }

    static List<Integer> tids(Snapshot manifest) {
        return manifest.getThreads().stream().map(ThreadState::getTid).toList();
    }

    /** A thread's function names, innermost first. */
    static List<String> functions(ThreadState thread) {
        return thread.getFrames().stream().map(Frame::getFunction).toList();
    }

    /** The name without a compiler clone suffix: "fact.part.0" is "fact". */
    static String base(String function) {
        return function == null ? null : function.replaceFirst("\\..*$", "");
    }

    /** The functions of a thread's frames that lie in program, clone suffixes removed, innermost first. */
    static List<String> programFunctions(ThreadState thread, Path program) {
        List<String> names = new ArrayList<>();
        for (Frame f : thread.getFrames()) {
            if (program.toString().equals(f.getModule())) {
                names.add(base(f.getFunction()));
            }
        }
        return names;
    }

    static String describe(ThreadState thread) {
        StringBuilder b = new StringBuilder("thread " + thread.getTid() + " (" + thread.getName() + "):");
        for (Frame f : thread.getFrames()) {
            b.append(String.format("%n  #%d 0x%x cfa 0x%x %s+%d in %s", f.getIndex(), f.getPc(), f.getCfa(),
                    f.getFunction(), f.getOffset(), f.getModule()));
        }
        return b.toString();
    }

    static String describe(Snapshot manifest) {
        StringBuilder b = new StringBuilder("trigger: ");
        var t = manifest.getTrigger();
        b.append(t == null ? "none" : t.getFunction() + " in " + t.getThreadId() + " pc 0x" + Long.toHexString(t.getPc())
                + " rax " + t.getReturnValue() + " #" + t.getSequence());
        for (ThreadState thread : manifest.getThreads()) {
            b.append('\n').append(describe(thread));
        }
        return b.toString();
    }

    /**
     * Every thread of the manifest has the call chain gdb shows for it in the core: the same
     * physical frames (pc and CFA), named the same; for library frames, a name of the same code
     * also counts (libc calls one function by several aliases, e.g. read and __libc_read).
     */
    static void assertSameAsGdb(Snapshot manifest, Map<Integer, List<GdbFrame>> gdb, String gdbOutput) throws Exception {
        assertEquals(tids(manifest).stream().sorted().toList(), gdb.keySet().stream().sorted().toList(),
                "threads gdb sees in the core\n" + gdbOutput);
        for (ThreadState thread : manifest.getThreads()) {
            List<GdbFrame> expected = gdb.get(thread.getTid());
            String context = describe(thread) + "\ngdb: " + expected;
            assertEquals(expected.size(), thread.getFrames().size(), "frames\n" + context);
            for (int i = 0; i < expected.size(); i++) {
                Frame frame = thread.getFrames().get(i);
                GdbFrame g = expected.get(i);
                assertEquals(g.pc(), frame.getPc(), "pc of frame " + i + "\n" + context);
                assertEquals(g.cfa(), frame.getCfa(), "CFA of frame " + i + "\n" + context);
                if (g.signalTrampoline()) {
                    continue;
                }
                assertNotNull(g.name(), "gdb names frame " + i + "\n" + context);
                if (!g.name().equals(frame.getFunction())) {
                    assertTrue(sameCode(frame, g.name()),
                            "frame " + i + ": gdb says " + g.name() + ", the manifest " + frame.getFunction() + "\n" + context);
                }
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

    /** Store 0700, snapshot directory 0700, each file in it 0600. */
    static void assertPrivate(Path store, Path snapshot) throws IOException {
        assertEquals("rwx------", mode(store), "mode of the store " + store);
        assertEquals("rwx------", mode(snapshot), "mode of " + snapshot);
        try (Stream<Path> files = Files.list(snapshot)) {
            for (Path file : files.toList()) {
                assertTrue(Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS), file + " is a plain file");
                assertEquals("rw-------", mode(file), "mode of " + file);
            }
        }
    }

    static String mode(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS));
    }

    /** The names in store other than the control socket, sorted. */
    static List<String> storeEntries(Path store) throws IOException {
        if (!Files.exists(store)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(store)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.equals("control.sock")).sorted().toList();
        }
    }

    /** The store holds exactly the given snapshots: nothing temporary, nothing else. */
    static void assertStoreHolds(Path store, List<Path> snapshots) throws Exception {
        assertEquals(snapshots.stream().map(p -> p.getFileName().toString()).sorted().toList(), storeEntries(store),
                "contents of " + store);
        assertEquals(List.of(), Snapshots.temporaryDirectories(store), "temporary directories in " + store);
        for (String name : storeEntries(store)) {
            assertTrue(!name.startsWith(SnapshotFormat.TEMPORARY_PREFIX), name);
        }
    }

    /** Where address lies in the program file: the bytes the file has there. */
    static byte[] fileBytes(int pid, long address, int length) throws IOException {
        Mapping m = ProcMaps.containing(ProcMaps.read(pid), address)
                .orElseThrow(() -> new AssertionError("no mapping of pid " + pid + " holds 0x" + Long.toHexString(address)));
        assertTrue(m.fileBacked(), "0x" + Long.toHexString(address) + " lies in " + m);
        try (FileChannel f = FileChannel.open(Path.of(m.path()), StandardOpenOption.READ)) {
            ByteBuffer b = ByteBuffer.allocate(length);
            f.read(b, address - m.start() + m.offset());
            return b.array();
        }
    }

    /**
     * pc is a return address in the caller: the instruction before it is a direct call (e8 rel32)
     * of one of the function's entries. The bytes come from the program file, never from memory
     * that could hold a breakpoint.
     */
    static void assertReturnAddressOfCallTo(int pid, long pc, List<FunctionEntry> callees) throws IOException {
        byte[] call = fileBytes(pid, pc - 5, 5);
        assertEquals((byte) 0xe8, call[0], () -> "a call instruction ends at 0x" + Long.toHexString(pc));
        long target = pc + ByteBuffer.wrap(call, 1, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
        assertTrue(callees.stream().anyMatch(e -> e.address() == target),
                () -> "the call before 0x" + Long.toHexString(pc) + " goes to 0x" + Long.toHexString(target) + ", not to "
                        + callees);
    }

    /**
     * No breakpoint is left: every executable mapping of the program holds exactly the bytes of
     * the program file, and in particular the entries of the given functions do.
     */
    static void assertCodeAsInFile(int pid, Path program, String... functions) throws Exception {
        List<Mapping> text = ProcMaps.read(pid).stream()
                .filter(m -> m.executable() && program.toString().equals(m.path())).toList();
        assertTrue(!text.isEmpty(), "pid " + pid + " maps " + program + " executable");
        long fileSize = Files.size(program);
        try (ProcessMemory memory = new ProcessMemory(pid); FileChannel file = FileChannel.open(program)) {
            for (Mapping m : text) {
                int length = (int) Math.min(m.size(), fileSize - m.offset());
                byte[] inMemory = memory.read(m.start(), length);
                ByteBuffer b = ByteBuffer.allocate(length);
                file.read(b, m.offset());
                byte[] inFile = b.array();
                for (int i = 0; i < length; i++) {
                    if (inMemory[i] != inFile[i]) {
                        throw new AssertionError(String.format(
                                "pid %d: byte at 0x%x is 0x%02x in memory, 0x%02x in %s (a breakpoint left behind?)", pid,
                                m.start() + i, inMemory[i], inFile[i], program));
                    }
                }
            }
            FunctionResolver resolver = FunctionResolver.forProcess(pid);
            for (String f : functions) {
                for (FunctionEntry e : resolver.resolve(f).entries()) {
                    assertArrayEquals(fileBytes(pid, e.address(), 16), memory.read(e.address(), 16),
                            "the first bytes of " + e + " in memory and in the file");
                }
            }
        }
    }

    static List<FunctionEntry> entries(int pid, String function) throws Exception {
        return FunctionResolver.forProcess(pid).resolve(function).entries();
    }

    static <T> T only(List<T> list, String what) {
        assertEquals(1, list.size(), () -> "one " + what + ": " + list);
        return Objects.requireNonNull(list.get(0));
    }
}
