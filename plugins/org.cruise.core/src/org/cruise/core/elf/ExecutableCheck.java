package org.cruise.core.elf;

import java.nio.file.Path;
import java.util.Optional;

import org.cruise.core.CruiseException;
import org.cruise.core.ExitCode;

/**
 * Decides whether a path is a program CRUISE can work on: an ELF 64-bit x86-64 executable
 * (ET_EXEC, or a position-independent executable). Reasons are short predicates such as
 * "is a directory", to be put after the path.
 */
public final class ExecutableCheck {

    /** What every accepted file is, for messages. */
    public static final String EXPECTED = "an ELF 64-bit x86-64 executable";

    private ExecutableCheck() {
    }

    /**
     * Returns why {@code path} is not an ELF 64-bit x86-64 executable, or empty if it is one.
     *
     * @throws ElfException only when libelf itself cannot be loaded, which says nothing about the file
     */
    public static Optional<String> check(Path path) throws ElfException {
        try (ElfFile elf = ElfFile.open(path)) {
            return checkHeaders(elf);
        } catch (ElfException e) {
            if (e.kind() == ElfException.Kind.LIBRARY_MISSING) {
                throw e;
            }
            return Optional.of(e.reason());
        }
    }

    /**
     * Like {@link #check(Path)}, for commands that take a program path directly: fails with
     * "PATH is a directory; expected an ELF 64-bit x86-64 executable" (exit code 2).
     */
    public static void requireExecutable(Path path) throws CruiseException {
        Optional<String> reason = check(path);
        if (reason.isPresent()) {
            throw new CruiseException(ExitCode.USAGE, path + " " + reason.get() + "; expected " + EXPECTED);
        }
    }

    private static Optional<String> checkHeaders(ElfFile elf) throws ElfException {
        if (elf.elfClass() != ElfClass.ELF64) {
            return Optional.of("is a " + elf.elfClass().bits() + "-bit ELF (" + elf.machineName()
                    + "), expected 64-bit x86-64");
        }
        if (elf.machine() != ElfMachine.EM_X86_64) {
            return Optional.of("is an ELF for machine " + elf.machineName() + ", expected x86-64");
        }
        return switch (elf.type()) {
            case EXEC -> Optional.empty();
            case DYN -> elf.isPositionIndependentExecutable()
                    ? Optional.empty()
                    : Optional.of("is a shared library, not an executable");
            case REL -> Optional.of("is a relocatable object, not an executable");
            case CORE -> Optional.of("is a core dump, not an executable");
            case NONE, OTHER -> Optional.of("is an ELF file of unknown type, not an executable");
        };
    }
}
