package org.cruise.core.tests.symbols;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.List;

import org.cruise.core.CruiseException;
import org.cruise.core.ExitCode;
import org.cruise.core.elf.ProgramHeader;
import org.cruise.core.proc.Mapping;
import org.cruise.core.proc.ProcMaps;
import org.cruise.core.ptrace.ProcessMemory;
import org.cruise.core.ptrace.Tracer;
import org.cruise.core.symbols.FunctionEntry;
import org.cruise.core.symbols.FunctionResolver;
import org.cruise.core.symbols.ModuleSymbols;
import org.cruise.core.symbols.ResolvedFunction;
import org.cruise.core.symbols.SymbolCache;
import org.cruise.core.tests.tracee.Build;
import org.cruise.core.tests.tracee.Tracee;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Function names resolved in running processes of the test program (see {@link ResolveProgram})
 * in each build. Every resolved address is checked to hold the function's first instructions:
 * the bytes there equal the bytes of the symbol in the ELF file.
 */
class FunctionResolverTest {

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

    /** The program of build, running and blocked in pause(), with a resolver for it. */
    private record Running(Tracee tracee, Path program, FunctionResolver resolver) implements AutoCloseable {
        @Override
        public void close() {
            tracee.close();
        }
    }

    private static Running run(Build build) throws Exception {
        Path program = ResolveProgram.build(dir, build);
        Tracee tracee = Tracee.launch(tracer, program);
        try {
            tracee.awaitSyscall(tracee.pid(), Tracee.SYS_PAUSE);
            return new Running(tracee, program, FunctionResolver.forProcess(tracee.pid()));
        } catch (Exception | Error e) {
            tracee.close();
            throw e;
        }
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void globalAndStaticFunctionsResolveToTheirFirstInstruction(Build build) throws Exception {
        try (Running running = run(build)) {
            ResolvedFunction total = running.resolver().resolve("compute_total");
            assertEquals(running.program().toString(), total.module());
            assertEquals(List.of("compute_total"), symbols(total));
            assertNull(total.primary().sourceFile(), "a global has no source file in the symbol table");
            assertHoldsCode(running, total);
            assertInExecutableMapping(running, total.module(), total.primary().address());

            ResolvedFunction checked = running.resolver().resolve("checked");
            assertEquals(List.of("checked"), symbols(checked), "checked.cold is not an entry of checked");
            assertEquals("resolve.c", checked.primary().sourceFile());
            assertHoldsCode(running, checked);

            ResolvedFunction qualified = running.resolver().resolve(running.program().getFileName() + ":compute_total");
            assertEquals(total.primary().address(), qualified.primary().address());
        }
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void staticsOfTheSameNameAreAmbiguousUntilQualifiedBySourceFile(Build build) throws Exception {
        try (Running running = run(build)) {
            CruiseException e = assertThrows(CruiseException.class, () -> running.resolver().resolve("helper"));
            assertEquals(ExitCode.USAGE, e.exitCode());
            assertContains(e.getMessage(), "ambiguous", "static helper in a.c", "static helper in b.c", "a.c:helper",
                    "b.c:helper");

            ResolvedFunction inA = running.resolver().resolve("a.c:helper");
            ResolvedFunction inB = running.resolver().resolve("b.c:helper");
            assertEquals("a.c", inA.primary().sourceFile());
            assertEquals("b.c", inB.primary().sourceFile());
            assertNotEquals(inA.primary().address(), inB.primary().address());
            assertHoldsCode(running, inA);
            assertHoldsCode(running, inB);
        }
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void entryClonesStandForTheFunctionWhenItsPlainNameIsGone(Build build) throws Exception {
        try (Running running = run(build)) {
            ResolvedFunction scale = running.resolver().resolve("scale");
            ResolvedFunction sumFields = running.resolver().resolve("sum_fields");
            if (build.optimized()) {
                assertEquals(List.of("scale.constprop.0"), symbols(scale));
                assertEquals(List.of("sum_fields.constprop.0.isra.0"), symbols(sumFields));
            } else {
                assertEquals(List.of("scale"), symbols(scale));
                assertEquals(List.of("sum_fields"), symbols(sumFields));
            }
            assertHoldsCode(running, scale);
            assertHoldsCode(running, sumFields);
            assertEquals("resolve.c", scale.primary().sourceFile());
        }
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void entryClonesAreEntriesNextToThePlainFunctionOfTheirScope(Build build) throws Exception {
        try (Running running = run(build)) {
            ResolvedFunction joined = running.resolver().resolve("joined");
            assertEquals(List.of("joined", "joined.constprop.0"), symbols(joined));
            assertEquals("clones.c", joined.entries().get(1).sourceFile());
            assertHoldsCode(running, joined);

            ResolvedFunction exported = running.resolver().resolve("exported");
            assertEquals(List.of("exported", "exported.isra.0"), symbols(exported),
                    "a global's clones are locals of a file without a static of that name");

            assertEquals(List.of("joined.constprop.0"), symbols(running.resolver().resolve("joined.constprop.0")),
                    "an explicit clone names only itself");

            CruiseException lone = assertThrows(CruiseException.class, () -> running.resolver().resolve("lone"));
            assertContains(lone.getMessage(), "static lone in a.c", "static lone in b.c (only as lone.constprop.0)",
                    "a.c:lone or b.c:lone");
            assertEquals(List.of("lone"), symbols(running.resolver().resolve("a.c:lone")));
            assertEquals(List.of("lone.constprop.0"), symbols(running.resolver().resolve("b.c:lone")));
        }
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void aFunctionLeftOnlyAsFragmentsIsRefusedSayingWhy(Build build) throws Exception {
        try (Running running = run(build)) {
            if (!build.optimized()) {
                assertHoldsCode(running, running.resolver().resolve("process"));
                return;
            }
            CruiseException e = assertThrows(CruiseException.class, () -> running.resolver().resolve("process"));
            assertEquals(ExitCode.USAGE, e.exitCode());
            assertContains(e.getMessage(), "no entry of its own", "process.part.0", "noinline");

            // Named explicitly, the out-of-line part is a callable function of its own.
            ResolvedFunction part = running.resolver().resolve("process.part.0");
            assertEquals(List.of("process.part.0"), symbols(part));
            assertHoldsCode(running, part);

            // A cold part is never called: refused even when named explicitly.
            CruiseException cold = assertThrows(CruiseException.class, () -> running.resolver().resolve("checked.cold"));
            assertEquals(ExitCode.USAGE, cold.exitCode());
            assertContains(cold.getMessage(), "out of line", "Name checked instead");
        }
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void anUnknownNameListsTheClosestNames(Build build) throws Exception {
        try (Running running = run(build)) {
            CruiseException typo = assertThrows(CruiseException.class, () -> running.resolver().resolve("compute_totl"));
            assertEquals(ExitCode.USAGE, typo.exitCode());
            assertContains(typo.getMessage(), "no function \"compute_totl\"", running.program().toString(),
                    "closest: compute_total");

            CruiseException part = assertThrows(CruiseException.class, () -> running.resolver().resolve("proc"));
            assertContains(part.getMessage(), build.optimized() ? "process.part.0" : "process");

            CruiseException clone = assertThrows(CruiseException.class, () -> running.resolver().resolve("scal"));
            assertContains(clone.getMessage(), "closest: scale");

            CruiseException imported = assertThrows(CruiseException.class, () -> running.resolver().resolve("puts"));
            assertEquals(ExitCode.USAGE, imported.exitCode());
            assertContains(imported.getMessage(), "libc.so.6:puts");

            CruiseException invalid = assertThrows(CruiseException.class, () -> running.resolver().resolve("9lives"));
            assertEquals(ExitCode.USAGE, invalid.exitCode());
            assertContains(invalid.getMessage(), "not a function name");
        }
    }

    @Test
    void libraryFunctionsResolveByFileNameWithOrWithoutVersion() throws Exception {
        try (Running running = run(Build.O2_PIE)) {
            ResolvedFunction puts = running.resolver().resolve("libc.so.6:puts");
            assertTrue(puts.module().endsWith("/libc.so.6"), puts.module());
            assertEquals(List.of("puts"), symbols(puts));
            assertEquals(puts.primary().address(), running.resolver().resolve("libc:puts").primary().address());
            assertEquals(puts.primary().address(), running.resolver().resolve("libc.so:puts").primary().address());
            assertHoldsCode(running, puts);
            assertInExecutableMapping(running, puts.module(), puts.primary().address());

            CruiseException ifunc = assertThrows(CruiseException.class, () -> running.resolver().resolve("libc:memcpy"));
            assertEquals(ExitCode.USAGE, ifunc.exitCode());
            assertContains(ifunc.getMessage(), "indirect function");

            CruiseException typo = assertThrows(CruiseException.class, () -> running.resolver().resolve("libc:putz"));
            assertContains(typo.getMessage(), "no function \"putz\"", "libc.so.6", "puts");

            CruiseException library = assertThrows(CruiseException.class,
                    () -> running.resolver().resolve("libnosuch:puts"));
            assertEquals(ExitCode.USAGE, library.exitCode());
            assertContains(library.getMessage(), "no library \"libnosuch\"");

            CruiseException source = assertThrows(CruiseException.class, () -> running.resolver().resolve("c.c:helper"));
            assertContains(source.getMessage(), "closest:", "a.c", "b.c");
        }
    }

    @Test
    void aProcessThatDoesNotExistIsATargetError() {
        CruiseException e = assertThrows(CruiseException.class, () -> FunctionResolver.forProcess(Integer.MAX_VALUE - 7));
        assertEquals(ExitCode.TARGET, e.exitCode());
        assertContains(e.getMessage(), "no process");
    }

    private static List<String> symbols(ResolvedFunction function) {
        return function.entries().stream().map(FunctionEntry::symbol).toList();
    }

    /**
     * The process's bytes at each entry equal the file's bytes of the symbol: the resolved
     * address is the function's first instruction (load bias included).
     */
    static void assertHoldsCode(Running running, ResolvedFunction function) throws Exception {
        ModuleSymbols symbols = SymbolCache.shared().get(Path.of(function.module()));
        try (ProcessMemory memory = new ProcessMemory(running.tracee().pid())) {
            for (FunctionEntry entry : function.entries()) {
                int length = (int) Math.max(1, Math.min(16, entry.size()));
                byte[] inFile = fileBytes(symbols, Path.of(function.module()), entry.elfSymbol().value(), length);
                assertArrayEquals(inFile, memory.read(entry.address(), length), () -> entry + " of " + function);
            }
        }
    }

    /** The bytes at a link-time address, read from the file through its PT_LOAD segments. */
    static byte[] fileBytes(ModuleSymbols symbols, Path path, long vaddr, int length) throws Exception {
        for (ProgramHeader segment : symbols.loadSegments()) {
            if (vaddr >= segment.vaddr() && vaddr + length <= segment.vaddr() + segment.fileSize()) {
                try (RandomAccessFile file = new RandomAccessFile(path.toFile(), "r")) {
                    byte[] bytes = new byte[length];
                    file.seek(segment.offset() + (vaddr - segment.vaddr()));
                    file.readFully(bytes);
                    return bytes;
                }
            }
        }
        throw new AssertionError("0x" + Long.toHexString(vaddr) + " is in no segment of " + path);
    }

    private static void assertInExecutableMapping(Running running, String module, long address) throws Exception {
        List<Mapping> maps = ProcMaps.read(running.tracee().pid());
        Mapping mapping = ProcMaps.containing(maps, address).orElseThrow();
        assertEquals(module, mapping.path());
        assertTrue(mapping.executable(), mapping::toString);
    }

    static void assertContains(String text, String... parts) {
        for (String part : parts) {
            assertTrue(text.contains(part), () -> "expected \"" + part + "\" in: " + text);
        }
    }
}
