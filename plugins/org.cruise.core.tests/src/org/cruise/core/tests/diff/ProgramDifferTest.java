package org.cruise.core.tests.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.cruise.core.CruiseException;
import org.cruise.core.ExitCode;
import org.cruise.core.diff.DiffSymbol;
import org.cruise.core.diff.ProgramDiffResult;
import org.cruise.core.diff.ProgramDiffResult.Change;
import org.cruise.core.diff.ProgramDiffer;
import org.cruise.core.elf.ElfFile;
import org.cruise.core.elf.ElfSection;
import org.cruise.core.elf.ElfSections;
import org.cruise.core.elf.ElfSymbol;
import org.cruise.core.elf.ElfSymbols;
import org.cruise.core.tests.tracee.Build;
import org.cruise.core.tests.tracee.CProgram;
import org.cruise.model.ChangeKind;
import org.cruise.model.ProgramDiff;
import org.cruise.model.SymbolChange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * cruise diff's engine on real gcc builds of programs/diff (see main.c for what v2 changes), at
 * -O0 and -O2, PIE and fixed-address.
 */
class ProgramDifferTest {

    private static final Set<String> MODIFIED = Set.of("greet", "check_path", "banner", "helper (util_b.c)");

    @ParameterizedTest
    @EnumSource(Build.class)
    void onlyTheChangedFunctionsAreReportedAlthoughCodeAndRodataMoved(Build build) throws Exception {
        DiffPrograms.Versions p = DiffPrograms.of(build);
        ProgramDiffResult diff = ProgramDiffer.diff(p.v1(), p.v2());

        assertEquals(MODIFIED, names(diff.functions(ChangeKind.MODIFIED)), () -> report(diff));
        assertEquals(Set.of("v2_only"), names(diff.functions(ChangeKind.ADDED)), () -> report(diff));
        assertEquals(Set.of("v1_only"), names(diff.functions(ChangeKind.REMOVED)), () -> report(diff));
        Set<String> unchanged = names(diff.functions(ChangeKind.UNCHANGED));
        for (String name : List.of("main", "dispatch", "kind_name", "a_compute", "b_compute", "scale_twice", "ratio",
                "record", "next_id", "helper (util_a.c)", "run_command", "limit_of", "_start")) {
            assertTrue(unchanged.contains(name), () -> name + " should be unchanged\n" + report(diff));
        }
        assertTrue(diff.functions(ChangeKind.MODIFIED).stream().allMatch(c -> c.reason() != null
                && c.reason().contains("code differs")), () -> report(diff));
        assertTrue(reason(diff.functions(), "greet").contains("hello, %s"), () -> report(diff));

        // The comparison must have had something to normalise: a_compute (unchanged) moved in
        // .text, its string literal moved in .rodata, and so its raw bytes differ.
        Change aCompute = change(diff.functions(), "a_compute");
        assertNotEquals(aCompute.old().address(), aCompute.neu().address(), "a_compute should have moved in .text");
        assertNotEquals(literalAddress(p.v1(), "a_compute %d\n"), literalAddress(p.v2(), "a_compute %d\n"),
                "a_compute's literal should have moved in .rodata");
        assertFalse(Arrays.equals(code(p.v1(), aCompute.old()), code(p.v2(), aCompute.neu())),
                "a_compute's raw bytes should differ between v1 and v2");
        // banner's literal has the same length in both versions: only its contents tell.
        literalAddress(p.v1(), "banner of version one");
        literalAddress(p.v2(), "banner of version two");
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void dataObjectsAreMatchedByNameScopeAndOwner(Build build) throws Exception {
        DiffPrograms.Versions p = DiffPrograms.of(build);
        ProgramDiffResult diff = ProgramDiffer.diff(p.v1(), p.v2());

        Change history = change(diff.data(), "history");
        assertEquals(ChangeKind.MODIFIED, history.kind());
        assertEquals("size 16 -> 24", history.reason());
        assertEquals(Set.of("history", "limits (main.c)"), names(diff.data(ChangeKind.MODIFIED)), () -> report(diff));
        assertEquals(Set.of(), names(diff.data(ChangeKind.REMOVED)), () -> report(diff));
        Set<String> added = names(diff.data(ChangeKind.ADDED));
        assertEquals(1, added.size(), () -> report(diff));
        assertTrue(added.iterator().next().matches("calls\\.[0-9]+ \\(main\\.c\\)"), () -> report(diff));

        // next_id's static counter is renumbered by GCC because v2 adds another static to main.c.
        String v1Counter = onlySymbol(p.v1(), "counter.");
        String v2Counter = onlySymbol(p.v2(), "counter.");
        assertNotEquals(v1Counter, v2Counter, "gcc did not renumber the function-local static; the test needs it");
        Change counter = diff.data().stream().filter(c -> c.old() != null && c.old().name().equals(v1Counter))
                .findFirst().orElseThrow(() -> new AssertionError(v1Counter + " missing\n" + report(diff)));
        assertEquals(ChangeKind.UNCHANGED, counter.kind(), () -> report(diff));
        assertEquals(v2Counter, counter.neu().name());
        assertEquals("main.c", counter.neu().scope());
        assertEquals("read-only contents differ at +0x8", change(diff.data(), "limits (main.c)").reason());
        // A constant table of string and function pointers: every pointer moved, nothing changed.
        assertEquals(ChangeKind.UNCHANGED, change(diff.data(), "commands (main.c)").kind(), () -> report(diff));
        assertEquals(ChangeKind.UNCHANGED, change(diff.data(), "requests").kind());
        assertEquals(ChangeKind.UNCHANGED, change(diff.data(), "errors (main.c)").kind());
    }

    @ParameterizedTest
    @EnumSource(value = Build.class, names = { "O2_PIE", "O2_NO_PIE" })
    void compilerClonesAreMatchedByTheirFullName(Build build) throws Exception {
        DiffPrograms.Versions p = DiffPrograms.of(build);
        List<String> clones = functionNames(p.v1()).stream()
                .filter(n -> n.contains(".constprop.") || n.contains(".isra.")).toList();
        assertFalse(clones.isEmpty(), () -> "gcc " + build + " made no .constprop/.isra clone of scale(); functions: "
                + functionNames(p.v1()));
        ProgramDiffResult diff = ProgramDiffer.diff(p.v1(), p.v2());
        for (String clone : clones) {
            Change change = diff.functions().stream().filter(c -> c.either().name().equals(clone)).findFirst()
                    .orElseThrow();
            assertEquals(ChangeKind.UNCHANGED, change.kind(), () -> clone + "\n" + report(diff));
            assertEquals(clone, change.old().name());
            assertEquals(clone, change.neu().name());
        }
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void identicalBuildsAreUnchanged(Build build) throws Exception {
        DiffPrograms.Versions p = DiffPrograms.of(build);
        ProgramDiffResult diff = ProgramDiffer.diff(p.v1(), p.v1Again());
        assertTrue(diff.functions().size() > 20, () -> report(diff));
        assertTrue(diff.data().size() > 5, () -> report(diff));
        assertTrue(diff.functions().stream().allMatch(c -> c.kind() == ChangeKind.UNCHANGED), () -> report(diff));
        assertTrue(diff.data().stream().allMatch(c -> c.kind() == ChangeKind.UNCHANGED), () -> report(diff));
        assertEquals(List.of(), diff.modifiedFunctionNames());
    }

    @ParameterizedTest
    @EnumSource(value = Build.class, names = { "O2_PIE", "O0_NO_PIE" })
    void addressesMapForTheUpdateEngine(Build build) throws Exception {
        DiffPrograms.Versions p = DiffPrograms.of(build);
        ProgramDiffResult diff = ProgramDiffer.diff(p.v1(), p.v2());
        assertEquals(new TreeSet<>(List.of("banner", "check_path", "greet", "helper")),
                new TreeSet<>(diff.modifiedFunctionNames()));

        Change dispatch = change(diff.functions(), "dispatch");
        Optional<ProgramDiffResult.Location> inside = diff.mapCodeAddress(dispatch.old().address() + 3);
        assertEquals(dispatch.neu().address() + 3, inside.orElseThrow().address());
        assertEquals("dispatch", inside.get().symbol().name());

        Change checkPath = change(diff.functions(), "check_path");
        assertEquals(checkPath.neu().address(), diff.mapCodeAddress(checkPath.old().address()).orElseThrow().address(),
                "a pointer to a modified function's entry maps to the new function");
        assertTrue(diff.mapCodeAddress(checkPath.old().address() + 1).isEmpty(), "inside a modified function: no mapping");
        Change removed = change(diff.functions(), "v1_only");
        assertTrue(diff.mapCodeAddress(removed.old().address()).isEmpty());
        assertEquals(ChangeKind.REMOVED, diff.functionAt(removed.old().address() + 1).orElseThrow().kind());

        Change requests = change(diff.data(), "requests");
        assertEquals(requests.neu().address() + 2, diff.mapDataAddress(requests.old().address() + 2).orElseThrow().address());
        Change history = change(diff.data(), "history");
        assertEquals(history.neu().address() + 8, diff.mapDataAddress(history.old().address() + 8).orElseThrow().address());
        assertEquals(Set.of("history", "limits (main.c)"), names(diff.data(ChangeKind.MODIFIED)));

        ProgramDiff model = diff.toModel();
        assertEquals(diff.functions().size(), model.getFunctions().size());
        assertEquals(diff.data().size(), model.getData().size());
        SymbolChange h = model.getData().stream().filter(c -> c.getName().equals("history")).findFirst().orElseThrow();
        assertEquals(ChangeKind.MODIFIED, h.getKind());
        assertEquals(16, h.getOldSize());
        assertEquals(24, h.getNewSize());
        assertEquals("size 16 -> 24", h.getReason());
        assertEquals(history.old().address(), h.getOldAddress());
        SymbolChange helperB = model.getFunctions().stream()
                .filter(c -> c.getName().equals("helper") && c.getScope().equals("util_b.c")).findFirst().orElseThrow();
        assertEquals(ChangeKind.MODIFIED, helperB.getKind());
        assertEquals(p.v1().toString(), model.getOldProgram());
    }

    /**
     * Statically linked, the program carries ~1300 functions of glibc and libgcc (AVX-512 code that
     * capstone 4 only partly decodes, IRELATIVE PLT, weak undefined calls, linker markers such as
     * __rela_iplt_start, the ELF header read through __ehdr_start): all of them moved, none changed.
     */
    @Test
    void inAStaticProgramOnlyTheChangedFunctionsAreReported(@TempDir Path dir) throws Exception {
        Path v1 = program("v1", false).flags("-static").build(dir.resolve("v1"), Build.O2_NO_PIE);
        Path v2 = program("v2", true).flags("-static").build(dir.resolve("v2"), Build.O2_NO_PIE);
        ProgramDiffResult diff = ProgramDiffer.diff(v1, v2);
        assertTrue(diff.functions(ChangeKind.UNCHANGED).size() > 1000, () -> diff.functions().size() + " functions");
        assertEquals(MODIFIED, names(diff.functions(ChangeKind.MODIFIED)), () -> report(diff));
        assertEquals(Set.of("v2_only"), names(diff.functions(ChangeKind.ADDED)), () -> report(diff));
        assertEquals(Set.of("v1_only"), names(diff.functions(ChangeKind.REMOVED)), () -> report(diff));
        assertEquals(Set.of("history", "limits (main.c)"), names(diff.data(ChangeKind.MODIFIED)), () -> report(diff));
    }

    private static CProgram program(String name, boolean v2) throws Exception {
        CProgram program = CProgram.named(name);
        for (String source : DiffPrograms.SOURCES) {
            program.source(source, Files.readString(DiffPrograms.source(source)));
        }
        return v2 ? program.flags("-DV2") : program;
    }

    @Test
    void aStrippedProgramIsRefused(@TempDir Path dir) throws Exception {
        DiffPrograms.Versions p = DiffPrograms.of(Build.O2_PIE);
        Path stripped = dir.resolve("stripped");
        Files.copy(p.v2(), stripped);
        CProgram.run(List.of("strip", stripped.toString()));
        CruiseException e = assertThrows(CruiseException.class, () -> ProgramDiffer.diff(p.v1(), stripped));
        assertEquals(ExitCode.REFUSED, e.exitCode());
        assertTrue(e.getMessage().startsWith(stripped + " has no symbol table"), e.getMessage());
        e = assertThrows(CruiseException.class, () -> ProgramDiffer.diff(stripped, p.v1()));
        assertTrue(e.getMessage().startsWith(stripped.toString()), e.getMessage());
    }

    @Test
    void aFileThatIsNotAProgramIsAUsageError(@TempDir Path dir) throws Exception {
        DiffPrograms.Versions p = DiffPrograms.of(Build.O2_PIE);
        Path text = Files.writeString(dir.resolve("notes.txt"), "not a program\n");
        CruiseException e = assertThrows(CruiseException.class, () -> ProgramDiffer.diff(p.v1(), text));
        assertEquals(ExitCode.USAGE, e.exitCode());
        assertTrue(e.getMessage().contains(text.toString()), e.getMessage());
        e = assertThrows(CruiseException.class, () -> ProgramDiffer.diff(dir.resolve("missing"), p.v1()));
        assertEquals(ExitCode.USAGE, e.exitCode());
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }

    // ---- helpers ----

    private static Set<String> names(List<Change> changes) {
        return changes.stream().map(c -> c.either().displayName()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Change change(List<Change> changes, String displayName) {
        List<Change> found = changes.stream().filter(c -> c.either().displayName().equals(displayName)).toList();
        assertEquals(1, found.size(), () -> "one " + displayName + " expected in " + changes);
        return found.get(0);
    }

    private static String reason(List<Change> changes, String displayName) {
        String reason = change(changes, displayName).reason();
        return reason == null ? "" : reason;
    }

    private static String report(ProgramDiffResult diff) {
        StringBuilder out = new StringBuilder();
        for (Change c : diff.functions()) {
            if (c.kind() != ChangeKind.UNCHANGED) {
                out.append(c.kind()).append(' ').append(c.either().displayName()).append(": ").append(c.reason())
                        .append('\n');
            }
        }
        for (Change c : diff.data()) {
            if (c.kind() != ChangeKind.UNCHANGED) {
                out.append("data ").append(c.kind()).append(' ').append(c.either().displayName()).append(": ")
                        .append(c.reason()).append('\n');
            }
        }
        return out.toString();
    }

    private static List<String> functionNames(Path program) {
        try (ElfFile elf = ElfFile.open(program)) {
            return ElfSymbols.read(elf).functions().stream().map(ElfSymbol::name).toList();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String onlySymbol(Path program, String prefix) throws Exception {
        try (ElfFile elf = ElfFile.open(program)) {
            List<String> names = ElfSymbols.read(elf).dataObjects().stream().map(ElfSymbol::name)
                    .filter(n -> n.startsWith(prefix)).toList();
            assertEquals(1, names.size(), () -> program + ": " + names);
            return names.get(0);
        }
    }

    private static byte[] code(Path program, DiffSymbol function) throws Exception {
        try (ElfFile elf = ElfFile.open(program)) {
            for (ElfSection section : ElfSections.read(elf)) {
                if (section.contains(function.address())) {
                    byte[] bytes = ElfSections.bytes(elf, section);
                    int from = (int) (function.address() - section.address());
                    return Arrays.copyOfRange(bytes, from, from + (int) function.size());
                }
            }
        }
        throw new AssertionError(function + " is in no section of " + program);
    }

    /** The address of a NUL-terminated string in .rodata. */
    private static long literalAddress(Path program, String text) throws Exception {
        try (ElfFile elf = ElfFile.open(program)) {
            for (ElfSection section : ElfSections.read(elf)) {
                if (section.name().equals(".rodata")) {
                    byte[] bytes = ElfSections.bytes(elf, section);
                    byte[] needle = (text + "\0").getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    outer: for (int i = 0; i + needle.length <= bytes.length; i++) {
                        for (int j = 0; j < needle.length; j++) {
                            if (bytes[i + j] != needle[j]) {
                                continue outer;
                            }
                        }
                        return section.address() + i;
                    }
                }
            }
        }
        throw new AssertionError("\"" + text + "\" not in .rodata of " + program);
    }

    @Test
    void aNullReasonMeansUnchanged() throws Exception {
        DiffPrograms.Versions p = DiffPrograms.of(Build.O0_PIE);
        ProgramDiffResult diff = ProgramDiffer.diff(p.v1(), p.v2());
        for (Change c : diff.functions()) {
            assertEquals(c.kind() == ChangeKind.MODIFIED, c.reason() != null, c::toString);
        }
        assertNull(change(diff.functions(), "main").reason());
    }
}
