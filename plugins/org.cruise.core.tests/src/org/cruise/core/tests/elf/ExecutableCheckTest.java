package org.cruise.core.tests.elf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.cruise.core.CruiseException;
import org.cruise.core.ExitCode;
import org.cruise.core.elf.ExecutableCheck;
import org.cruise.core.tests.support.Programs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExecutableCheckTest {

    @TempDir
    Path dir;

    @Test
    void acceptsPieAndNonPieExecutables() throws Exception {
        assertEquals(Optional.empty(), ExecutableCheck.check(Programs.SLEEP));
        assertEquals(Optional.empty(), ExecutableCheck.check(Programs.gcc(dir, "pie", "-pie", "-fPIE")));
        assertEquals(Optional.empty(), ExecutableCheck.check(Programs.gcc(dir, "nopie", "-no-pie")));
        assertEquals(Optional.empty(), ExecutableCheck.check(Programs.gcc(dir, "static", "-static")));
        assertEquals(Optional.empty(), ExecutableCheck.check(Programs.gcc(dir, "staticpie", "-static-pie")));
    }

    @Test
    void followsSymbolicLinks() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("sleep"), Programs.SLEEP);
        assertEquals(Optional.empty(), ExecutableCheck.check(link));
    }

    @Test
    void namesWhatIsNotAnExecutable() throws Exception {
        assertEquals(Optional.of("is a shared library, not an executable"), ExecutableCheck.check(Programs.LIBC));
        assertEquals(Optional.of("is a relocatable object, not an executable"),
                ExecutableCheck.check(Programs.gcc(dir, "object.o", "-c")));
        assertEquals(Optional.of("is a 32-bit ELF (i386), expected 64-bit x86-64"),
                ExecutableCheck.check(Programs.i386Executable(dir)));
        assertEquals(Optional.of("is not an ELF file"),
                ExecutableCheck.check(Files.writeString(dir.resolve("script.sh"), "#!/bin/sh\necho hi\n")));
        assertEquals(Optional.of("is a directory"), ExecutableCheck.check(dir));
        assertEquals(Optional.of("does not exist"), ExecutableCheck.check(dir.resolve("missing")));
        assertEquals(Optional.of("is not a regular file"), ExecutableCheck.check(Path.of("/dev/null")));
    }

    /** Real builds of JNA's native library for other platforms (shipped inside the JNA jar). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            linux-aarch64     | is an ELF for machine AArch64, expected x86-64
            linux-riscv64     | is an ELF for machine RISC-V, expected x86-64
            linux-ppc64le     | is an ELF for machine PowerPC64, expected x86-64
            linux-loongarch64 | is an ELF for machine LoongArch, expected x86-64
            linux-x86         | is a 32-bit ELF (i386), expected 64-bit x86-64
            linux-arm         | is a 32-bit ELF (ARM), expected 64-bit x86-64
            linux-x86-64      | is a shared library, not an executable
            """)
    void namesTheMachineOfForeignElfFiles(String platform, String reason) throws Exception {
        assertEquals(Optional.of(reason), ExecutableCheck.check(Programs.jnaDispatchLibrary(dir, platform)));
    }

    @Test
    void requireExecutableFailsWithUsageExitCode() throws Exception {
        ExecutableCheck.requireExecutable(Programs.SLEEP);
        CruiseException e = assertThrows(CruiseException.class, () -> ExecutableCheck.requireExecutable(Programs.LIBC));
        assertEquals(ExitCode.USAGE, e.exitCode());
        assertEquals(Programs.LIBC + " is a shared library, not an executable; expected an ELF 64-bit x86-64 executable",
                e.getMessage());
    }
}
