package org.cruise.core.tests.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cruise.core.elf.ElfFile;
import org.cruise.core.elf.ElfMachine;
import org.cruise.core.elf.ElfType;
import org.cruise.core.elf.ProgramHeader;
import org.cruise.core.ptrace.Tracer;
import org.cruise.core.snapshot.CapturedState;
import org.cruise.core.snapshot.SnapshotFormat;
import org.cruise.core.snapshot.SnapshotReader;
import org.cruise.core.snapshot.SnapshotWriter;
import org.cruise.core.snapshot.StoredSnapshot;
import org.cruise.core.tests.snapshot.SnapshotTarget.Build;
import org.cruise.model.MemoryRegion;
import org.cruise.model.Snapshot;
import org.cruise.model.ThreadState;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Snapshots of a real two-threaded process, opened with the real gdb: every thread's backtrace, the
 * globals and heap contents at the checkpoint, for -O0 and -O2 -fomit-frame-pointer builds, PIE and
 * not.
 */
class SnapshotCoreGdbTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Build.class)
    void gdbShowsEveryThreadAndTheMemoryAtTheCheckpoint(Build build) throws Exception {
        Path program = SnapshotTarget.compile(dir, build);
        Path store = dir.resolve("store");
        StoredSnapshot snapshot;
        int pid;
        int worker;
        long workerRip;
        List<long[]> progress = new ArrayList<>();
        try (Tracer tracer = new Tracer(); SnapshotTarget target = SnapshotTarget.start(tracer, program, 0)) {
            pid = target.pid;
            worker = target.workerTid();
            // The worker "fired the trigger": it must be gdb's current thread although it is not the main one.
            CapturedState state = target.capture(worker);
            workerRip = state.registers().get(worker).regs().rip();
            snapshot = SnapshotWriter.open(store).write(state, (written, total) -> progress.add(new long[] { written,
                    total }));
        }

        checkLayout(snapshot, progress);

        String out = Gdb.batch(program, snapshot.core(),
                "info threads",
                "thread apply all bt",
                "print global_counter",
                "x/4xw small_buf",
                "x/4xw big_buf",
                "print/x big_buf[" + (SnapshotTarget.BIG_WORDS - 1) + "]",
                "thread 1",
                "print/x $pc");
        String why = "gdb output:\n" + out;

        // With libthread_db gdb says "[Current thread is 1 (Thread 0x7f... (LWP 1234))]".
        assertTrue(Pattern.compile("\\[Current thread is 1 \\([^\\n]*LWP " + worker + "\\)").matcher(out).find(), why);
        // The ELF header pages carry the build-id, so gdb matches the program although its name is longer than
        // the 15 characters of pr_fname.
        assertFalse(out.contains("may not match"), why);
        assertTrue(out.contains("Program terminated with signal SIGTRAP"), why);
        assertTrue(out.contains("$1 = " + SnapshotTarget.GLOBAL_COUNTER), why);
        assertTrue(out.contains(words(SnapshotTarget::smallWord)), why);
        assertTrue(out.contains(words(SnapshotTarget::bigWord)), why);
        assertTrue(out.contains("$2 = 0x" + Integer.toHexString(SnapshotTarget.bigWord(SnapshotTarget.BIG_WORDS - 1))),
                why);
        assertTrue(out.contains("$3 = 0x" + Long.toHexString(workerRip)), why);
        assertFalse(out.contains("Cannot access memory"), why);

        // Each thread's own call chain, unwound by gdb through CFI (no frame pointers at -O2).
        String workerStack = backtrace(out, worker);
        String mainStack = backtrace(out, pid);
        assertTrue(workerStack.matches("(?s).* in worker_wait \\(\\).* in worker \\(.*"), why);
        assertTrue(mainStack.matches("(?s).* in stop_here \\(\\).* in main \\(.*"), why);
        for (String stack : List.of(workerStack, mainStack)) {
            assertFalse(stack.contains("?? ()"), why);
            assertFalse(stack.contains("Backtrace stopped"), why);
        }
    }

    /** The backtrace gdb printed for the thread with LWP tid ("Thread N (LWP tid ...):" up to the next blank line). */
    private static String backtrace(String out, int tid) {
        Matcher m = Pattern.compile("(?s)\\nThread \\d+ \\([^\\n]*LWP " + tid + "\\)[^\\n]*\\n(.*?)(\\n\\n|$)").matcher(out);
        assertTrue(m.find(), "no backtrace of LWP " + tid + " in:\n" + out);
        return m.group(1);
    }

    private static String words(java.util.function.IntUnaryOperator word) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            b.append(i == 0 ? "" : "\t").append(String.format(Locale.ROOT, "0x%08x", word.applyAsInt(i)));
        }
        return b.toString();
    }

    /** Modes, manifest and ELF layout of the snapshot just written. */
    private void checkLayout(StoredSnapshot snapshot, List<long[]> progress) throws Exception {
        Path store = snapshot.directory().getParent();
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(store)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(snapshot.directory())));
        try (var files = Files.list(snapshot.directory())) {
            for (Path file : files.toList()) {
                assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)), file.toString());
            }
        }
        try (var names = Files.list(store)) {
            assertEquals(List.of(snapshot.name()), names.map(p -> p.getFileName().toString()).toList(),
                    "only the finished snapshot, no temporary directory");
        }

        Snapshot manifest = SnapshotReader.open(snapshot.directory()).manifest();
        assertEquals(snapshot.name(), manifest.getId());
        assertEquals(SnapshotFormat.VERSION, manifest.getFormatVersion());
        assertEquals(List.of(SnapshotFormat.CORE, SnapshotFormat.EXECUTABLE),
                manifest.getFiles().stream().map(f -> f.getName()).toList());
        for (ThreadState t : manifest.getThreads()) {
            assertTrue(t.getXstateSize() >= 576, "XSAVE area size recorded");
            if (t.getTid() == manifest.getTrigger().getThreadId()) {
                assertEquals(manifest.getTrigger().getPc(), t.getRegisters().getRip(), "registers filled in");
            }
        }
        assertFalse(manifest.getProcess().getAuxv().isEmpty());
        assertTrue(snapshot.name().matches("\\d{8}-\\d{6}\\.\\d{3}-" + manifest.getProcess().getPid() + "-1"),
                snapshot.name());

        long total = progress.get(progress.size() - 1)[1];
        assertEquals(total, progress.get(progress.size() - 1)[0], "progress ends at the total");
        assertEquals(Files.size(snapshot.core()) + Files.size(snapshot.executable()), total);

        List<MemoryRegion> saved = manifest.getRegions().stream().filter(MemoryRegion::isSaved).toList();
        try (ElfFile core = ElfFile.open(snapshot.core())) {
            assertEquals(ElfType.CORE, core.type());
            assertEquals(ElfMachine.EM_X86_64, core.machine());
            assertEquals(4, core.programHeaders().get(0).type(), "PT_NOTE first");
            List<ProgramHeader> loads = core.programHeaders().stream()
                    .filter(h -> h.type() == ProgramHeader.PT_LOAD).toList();
            // Saved regions whole; of unsaved ELF file mappings only the header page, as Linux does.
            List<Long> savedStarts = saved.stream().map(MemoryRegion::getStart).toList();
            assertEquals(savedStarts, loads.stream().map(ProgramHeader::vaddr).filter(savedStarts::contains).toList());
            int headerPages = 0;
            for (ProgramHeader h : loads) {
                MemoryRegion r = manifest.getRegions().stream().filter(x -> x.getStart() == h.vaddr()).findFirst()
                        .orElseThrow();
                assertEquals(r.getEnd() - r.getStart(), h.memSize());
                if (r.isSaved()) {
                    assertEquals(h.memSize(), h.fileSize());
                } else {
                    assertEquals(4096, h.fileSize());
                    assertEquals(0, r.getOffset());
                    assertTrue(r.getPath().startsWith("/"), r.getPath());
                    headerPages++;
                }
            }
            assertTrue(headerPages >= 3, "the ELF headers of the program, libc and ld.so");
            long end = 0;
            for (ProgramHeader h : loads) {
                assertEquals(0, h.offset() % 4096, "page-aligned segment");
                assertTrue(h.offset() >= end, "segments in file order, not overlapping");
                end = h.offset() + h.fileSize();
            }
            assertEquals(Files.size(snapshot.core()), end, "the last segment ends the file");
        }
    }
}
