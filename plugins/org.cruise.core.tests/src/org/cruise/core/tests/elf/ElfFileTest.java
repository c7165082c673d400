package org.cruise.core.tests.elf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

import org.cruise.core.ExitCode;
import org.cruise.core.elf.DynamicEntry;
import org.cruise.core.elf.ElfClass;
import org.cruise.core.elf.ElfException;
import org.cruise.core.elf.ElfFile;
import org.cruise.core.elf.ElfMachine;
import org.cruise.core.elf.ElfType;
import org.cruise.core.elf.ProgramHeader;
import org.cruise.core.tests.support.Programs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ElfFileTest {

    @TempDir
    Path dir;

    @Test
    void readsASystemPie() throws Exception {
        try (ElfFile elf = ElfFile.open(Programs.SLEEP)) {
            assertEquals(ElfClass.ELF64, elf.elfClass());
            assertEquals(ElfMachine.EM_X86_64, elf.machine());
            assertEquals("x86-64", elf.machineName());
            assertEquals(ElfType.DYN, elf.type());
            assertTrue(elf.hasInterpreter());
            assertEquals(Optional.of("/lib64/ld-linux-x86-64.so.2"), elf.interpreter());
            assertTrue(elf.programHeaders().stream().anyMatch(h -> h.type() == ProgramHeader.PT_LOAD));
            assertTrue(elf.isPositionIndependentExecutable());
            assertTrue(elf.isExecutable());
        }
    }

    @Test
    void tellsANonPieExecutable() throws Exception {
        Path program = Programs.gcc(dir, "nopie", "-no-pie");
        try (ElfFile elf = ElfFile.open(program)) {
            assertEquals(ElfType.EXEC, elf.type());
            assertTrue(elf.hasInterpreter());
            assertFalse(elf.isPositionIndependentExecutable());
            assertTrue(elf.isExecutable());
        }
    }

    @Test
    void tellsAStaticPieWithoutInterpreterByItsPieFlag() throws Exception {
        Path program = Programs.gcc(dir, "staticpie", "-static-pie");
        try (ElfFile elf = ElfFile.open(program)) {
            assertEquals(ElfType.DYN, elf.type());
            assertFalse(elf.hasInterpreter());
            assertTrue(elf.dynamicEntries().stream().anyMatch(e -> e.tag() == DynamicEntry.DT_FLAGS_1
                    && (e.value() & DynamicEntry.DF_1_PIE) != 0));
            assertTrue(elf.isExecutable());
        }
    }

    /** libc.so.6 has a PT_INTERP (it can be run to print its version) but is still a library. */
    @Test
    void tellsLibcIsALibraryDespiteItsInterpreter() throws Exception {
        try (ElfFile elf = ElfFile.open(Programs.LIBC)) {
            assertEquals(ElfType.DYN, elf.type());
            assertTrue(elf.hasInterpreter());
            assertTrue(elf.dynamicEntries().stream().anyMatch(e -> e.tag() == DynamicEntry.DT_SONAME));
            assertFalse(elf.isPositionIndependentExecutable());
            assertFalse(elf.isExecutable());
        }
    }

    @Test
    void readsARelocatableObject() throws Exception {
        Path object = Programs.gcc(dir, "object.o", "-c");
        try (ElfFile elf = ElfFile.open(object)) {
            assertEquals(ElfType.REL, elf.type());
            assertTrue(elf.programHeaders().isEmpty());
            assertTrue(elf.dynamicEntries().isEmpty());
            assertFalse(elf.isExecutable());
        }
    }

    @Test
    void readsA32BitExecutable() throws Exception {
        try (ElfFile elf = ElfFile.open(Programs.i386Executable(dir))) {
            assertEquals(ElfClass.ELF32, elf.elfClass());
            assertEquals(ElfMachine.EM_386, elf.machine());
            assertEquals("i386", elf.machineName());
            assertEquals(ElfType.EXEC, elf.type());
        }
    }

    @Test
    void readsABigEndianElfOfAnotherMachine() throws Exception {
        try (ElfFile elf = ElfFile.open(Programs.jnaDispatchLibrary(dir, "linux-s390x"))) {
            assertEquals(ElfClass.ELF64, elf.elfClass());
            assertEquals("IBM S/390", elf.machineName());
            assertEquals(ElfType.DYN, elf.type());
            assertFalse(elf.dynamicEntries().isEmpty());
        }
    }

    @Test
    void refusesFilesThatAreNotElf() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.txt"), "hello\n");
        Path empty = Files.createFile(dir.resolve("empty"));
        assertFailure(text, ElfException.Kind.NOT_ELF, "is not an ELF file");
        assertFailure(empty, ElfException.Kind.NOT_ELF, "is not an ELF file");
        assertFailure(Programs.archive(dir), ElfException.Kind.NOT_ELF,
                "is an ar archive (static library), not an ELF file");
    }

    @Test
    void refusesWhatIsNotARegularFile() throws Exception {
        assertFailure(dir, ElfException.Kind.NOT_A_FILE, "is a directory");
        assertFailure(Path.of("/dev/null"), ElfException.Kind.NOT_A_FILE, "is not a regular file");
        assertFailure(dir.resolve("missing"), ElfException.Kind.NOT_FOUND, "does not exist");
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling"), dir.resolve("missing"));
        assertFailure(dangling, ElfException.Kind.NOT_FOUND, "is a dangling symbolic link");
    }

    @Test
    void refusesATruncatedElf() throws Exception {
        // The first 100 bytes of a real executable: the ELF header, but program headers cut off.
        byte[] start = Files.readAllBytes(Programs.SLEEP);
        Path truncated = Files.write(dir.resolve("truncated"), Arrays.copyOf(start, 100));
        int headers;
        try (ElfFile whole = ElfFile.open(Programs.SLEEP)) {
            headers = whole.programHeaders().size();
        }
        ElfException e = assertThrows(ElfException.class, () -> ElfFile.open(truncated));
        assertEquals(ElfException.Kind.MALFORMED, e.kind());
        assertEquals("is a malformed ELF file: its program header table (" + headers
                + " entries) lies beyond the end of the file", e.reason());
    }

    @Test
    void failsClearlyWhenUsedAfterClose() throws Exception {
        ElfFile elf = ElfFile.open(Programs.SLEEP);
        elf.close();
        elf.close();
        assertThrows(IllegalStateException.class, elf::dynamicEntries);
    }

    private static void assertFailure(Path path, ElfException.Kind kind, String reason) {
        ElfException e = assertThrows(ElfException.class, () -> ElfFile.open(path));
        assertEquals(kind, e.kind());
        assertEquals(reason, e.reason());
        assertEquals(path + " " + reason, e.getMessage());
        assertEquals(ExitCode.USAGE, e.exitCode());
    }
}
