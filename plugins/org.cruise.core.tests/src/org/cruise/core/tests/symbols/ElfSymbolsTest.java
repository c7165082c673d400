package org.cruise.core.tests.symbols;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cruise.core.elf.ElfFile;
import org.cruise.core.elf.ElfNotes;
import org.cruise.core.elf.ElfSymbol;
import org.cruise.core.elf.ElfSymbols;
import org.cruise.core.elf.SymbolTable;
import org.cruise.core.symbols.ModuleSymbols;
import org.cruise.core.tests.tracee.Build;
import org.cruise.core.tests.tracee.CProgram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Symbol tables and build-ids read through libelf, checked entry by entry against binutils'
 * readelf on real files: programs built here, and the system's libc.
 */
class ElfSymbolsTest {

    private static final Path LIBC = Path.of("/usr/lib/x86_64-linux-gnu/libc.so.6");

    /** "  26: 0000000000001180     9 FUNC    GLOBAL DEFAULT   14 from_b" */
    private static final Pattern READELF_SYMBOL = Pattern.compile(
            "\\s*(\\d+): ([0-9a-f]+)\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)\\s?(.*)");

    @TempDir
    static Path dir;

    @Test
    void symtabOfAProgramIsReadEntryByEntryAsReadelfShowsIt() throws Exception {
        Path program = ResolveProgram.build(dir, Build.O2_PIE);
        try (ElfFile elf = ElfFile.open(program)) {
            SymbolTable table = ElfSymbols.read(elf);
            assertEquals(SymbolTable.Source.SYMTAB, table.source());
            assertSameAsReadelf(table, CProgram.run(List.of("readelf", "-sW", program.toString())), ".symtab");

            List<String> helpers = table.named("helper").stream().map(ElfSymbol::sourceFile).sorted().toList();
            assertEquals(List.of("a.c", "b.c"), helpers, "each static knows its source file");
            assertEquals("resolve.c", single(table, "scale.constprop.0").sourceFile());
            assertEquals("crtstuff.c", single(table, "frame_dummy").sourceFile());
            assertNull(single(table, "main").sourceFile(), "globals have no source file");
            assertEquals(".text", single(table, "main").sectionName());
            assertTrue(single(table, "sink").isData());

            ElfSymbol puts = single(table, "puts");
            assertFalse(puts.isDefined(), "puts is imported");
            assertEquals("GLIBC_2.2.5", puts.version());
            assertEquals("puts@GLIBC_2.2.5", puts.versionedName());
        }
    }

    @Test
    void dynsymOfLibcWithVersionsIsReadEntryByEntryAsReadelfShowsIt() throws Exception {
        try (ElfFile elf = ElfFile.open(LIBC)) {
            SymbolTable table = ElfSymbols.read(elf, SymbolTable.Source.DYNSYM);
            assertEquals(SymbolTable.Source.DYNSYM, table.source());
            assertSameAsReadelf(table, CProgram.run(List.of("readelf", "--dyn-syms", "-W", LIBC.toString())), ".dynsym");

            List<ElfSymbol> memcpy = table.named("memcpy");
            assertEquals(2, memcpy.size(), memcpy::toString);
            assertTrue(memcpy.stream().anyMatch(s -> s.defaultVersion() && s.version().equals("GLIBC_2.14")));
            assertTrue(memcpy.stream().anyMatch(s -> !s.defaultVersion() && s.version().equals("GLIBC_2.2.5")));
        }
    }

    @Test
    void buildIdsAreTheOnesReadelfPrints() throws Exception {
        Path program = ResolveProgram.build(dir, Build.O0_NO_PIE);
        Path noId = CProgram.named("noid").source("noid.c", "int main(void) { return 0; }\n")
                .flags("-Wl,--build-id=none").build(dir, Build.O0_PIE);
        Path debugOnly = dir.resolve("resolve.debug");
        CProgram.run(List.of("objcopy", "--only-keep-debug", program.toString(), debugOnly.toString()));
        for (Path file : List.of(program, LIBC, debugOnly)) {
            try (ElfFile elf = ElfFile.open(file)) {
                assertEquals(Optional.of(readelfBuildId(file)), ElfNotes.buildId(elf), file.toString());
            }
        }
        try (ElfFile elf = ElfFile.open(noId)) {
            assertEquals(Optional.empty(), ElfNotes.buildId(elf));
        }
    }

    @Test
    void aStrippedProgramKeepsOnlyItsDynamicSymbols() throws Exception {
        Path program = ResolveProgram.build(dir, Build.O2_PIE);
        Path stripped = dir.resolve("resolve-stripped");
        CProgram.run(List.of("strip", "--strip-all", "-o", stripped.toString(), program.toString()));
        ModuleSymbols symbols = ModuleSymbols.load(stripped);
        assertEquals(SymbolTable.Source.DYNSYM, symbols.table().source());
        assertFalse(symbols.hasStaticSymbols());
        assertTrue(symbols.functionsNamed("helper").isEmpty());
        assertTrue(symbols.table().named("puts").stream().noneMatch(ElfSymbol::isDefined));
    }

    @Test
    void aStrippedLibraryIsCompletedFromItsInstalledDebugFile() throws Exception {
        ModuleSymbols libc = ModuleSymbols.load(LIBC);
        String buildId = libc.buildId().orElseThrow();
        Path debug = Path.of("/usr/lib/debug/.build-id", buildId.substring(0, 2), buildId.substring(2) + ".debug");
        try (ElfFile elf = ElfFile.open(LIBC)) {
            assertEquals(SymbolTable.Source.DYNSYM, ElfSymbols.read(elf).source(), "Debian's libc has no .symtab");
        }
        if (Files.isRegularFile(debug)) {
            // libc6-dbg is installed: libc's static functions get names.
            assertEquals(debug, libc.symbolFile());
            assertTrue(libc.hasStaticSymbols());
            assertFalse(libc.functionsNamed("start_thread").isEmpty());
        } else {
            assertEquals(LIBC, libc.symbolFile());
            assertFalse(libc.hasStaticSymbols());
        }
        // Either way the exported functions are there, with the default version preferred.
        assertFalse(libc.functionsNamed("puts").isEmpty());
    }

    private static void assertSameAsReadelf(SymbolTable table, String readelf, String section) {
        List<String> expected = new ArrayList<>();
        boolean inSection = false;
        for (String line : readelf.split("\n")) {
            if (line.startsWith("Symbol table '")) {
                inSection = line.startsWith("Symbol table '" + section + "'");
                continue;
            }
            Matcher m = READELF_SYMBOL.matcher(line);
            if (!inSection || !m.matches() || m.group(1).equals("0")) {
                continue;
            }
            String size = m.group(3).startsWith("0x") ? Long.toString(Long.parseLong(m.group(3).substring(2), 16))
                    : m.group(3);
            String name = m.group(8).replaceFirst(" \\(\\d+\\)$", "");
            expected.add(String.join(" ", m.group(1), Long.toString(Long.parseUnsignedLong(m.group(2), 16)), size,
                    m.group(4), m.group(5), m.group(6), m.group(7), name));
        }
        List<String> actual = new ArrayList<>();
        for (ElfSymbol symbol : table.symbols()) {
            actual.add(String.join(" ", Integer.toString(symbol.index()), Long.toString(symbol.value()),
                    Long.toString(symbol.size()), readelfType(symbol), readelfBinding(symbol),
                    symbol.visibility().name(), readelfSection(symbol), symbol.versionedName()));
        }
        assertFalse(expected.isEmpty(), "readelf listed no " + section);
        assertEquals(expected, actual);
    }

    private static String readelfType(ElfSymbol symbol) {
        return switch (symbol.type()) {
        case GNU_IFUNC -> "IFUNC";
        case COMMON -> "COMMON";
        default -> symbol.type().name();
        };
    }

    private static String readelfBinding(ElfSymbol symbol) {
        return switch (symbol.binding()) {
        case GNU_UNIQUE -> "UNIQUE";
        default -> symbol.binding().name();
        };
    }

    private static String readelfSection(ElfSymbol symbol) {
        return switch (symbol.sectionIndex()) {
        case ElfSymbol.SHN_UNDEF -> "UND";
        case ElfSymbol.SHN_ABS -> "ABS";
        case ElfSymbol.SHN_COMMON -> "COM";
        default -> Integer.toString(symbol.sectionIndex());
        };
    }

    private static ElfSymbol single(SymbolTable table, String name) {
        List<ElfSymbol> symbols = table.named(name);
        assertEquals(1, symbols.size(), () -> name + ": " + symbols);
        return symbols.get(0);
    }

    private static String readelfBuildId(Path file) throws Exception {
        for (String line : CProgram.run(List.of("readelf", "-n", file.toString())).split("\n")) {
            if (line.strip().startsWith("Build ID:")) {
                return line.strip().substring("Build ID:".length()).strip();
            }
        }
        throw new AssertionError("readelf shows no build-id in " + file);
    }
}
