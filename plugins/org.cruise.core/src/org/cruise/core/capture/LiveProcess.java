package org.cruise.core.capture;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cruise.core.CruiseException;
import org.cruise.core.ExitCode;
import org.cruise.core.elf.ElfException;
import org.cruise.core.elf.ElfFile;
import org.cruise.core.elf.ElfNotes;
import org.cruise.core.proc.Mapping;
import org.cruise.core.proc.ProcMaps;
import org.cruise.core.proc.ProcStatus;
import org.cruise.core.ptrace.Ptrace;
import org.cruise.core.ptrace.TracedProcess;
import org.cruise.core.ptrace.Tracer;
import org.cruise.core.sys.NativeException;
import org.cruise.core.unwind.CallChain;
import org.cruise.core.unwind.Unwinder;

/**
 * What a running process is now ({@code cruise show --pid}): its program as the kernel names it,
 * the program's build-id and mappings, and every thread's call chain. The process is stopped only
 * while its threads are unwound, then runs on untouched.
 */
public record LiveProcess(int pid, String name, Path program, Optional<String> buildId, String commandLine,
        List<Mapping> programMappings, List<CallChain> threads) {

    public static LiveProcess inspect(int pid) throws CruiseException {
        Path exeLink = Path.of("/proc", Integer.toString(pid), "exe");
        Path program;
        String commandLine;
        try {
            program = Files.readSymbolicLink(exeLink);
            commandLine = new String(Files.readAllBytes(Path.of("/proc", Integer.toString(pid), "cmdline")),
                    StandardCharsets.UTF_8).replace('\0', ' ').strip();
        } catch (IOException e) {
            throw new CruiseException(ExitCode.TARGET, ProcStatus.exists(pid) ? "cannot read /proc/" + pid + ": " + e.getMessage()
                    : "no process with pid " + pid, e);
        }
        Optional<String> buildId;
        try (ElfFile elf = ElfFile.open(exeLink)) {
            buildId = ElfNotes.buildId(elf);
        } catch (ElfException e) {
            buildId = Optional.empty();
        }
        List<CallChain> chains = new ArrayList<>();
        try (Tracer tracer = new Tracer()) {
            tracer.call(() -> {
                TracedProcess process = TracedProcess.seize(pid);
                try (Unwinder unwinder = Unwinder.open(pid)) {
                    process.stopAll();
                    for (int tid : process.tids()) {
                        chains.add(unwinder.unwind(tid, Ptrace.getRegs(tid)));
                    }
                } catch (NativeException e) {
                    throw new CruiseException(ExitCode.TARGET, "pid " + pid + ": " + e.getMessage(), e);
                } finally {
                    try {
                        process.detach();
                    } catch (NativeException e) {
                        // gone meanwhile
                    }
                }
                return null;
            });
        }
        List<Mapping> mine = new ArrayList<>();
        try {
            for (Mapping m : ProcMaps.read(pid)) {
                if (m.path().equals(program.toString())) {
                    mine.add(m);
                }
            }
        } catch (IOException e) {
            throw new CruiseException(ExitCode.TARGET, "cannot read /proc/" + pid + "/maps: " + e.getMessage(), e);
        }
        return new LiveProcess(pid, ProcStatus.comm(pid), program, buildId, commandLine, mine, chains);
    }

    public String toText() {
        StringBuilder b = new StringBuilder();
        b.append("pid ").append(pid).append(" (").append(name).append("): ").append(program).append('\n');
        b.append("build-id: ").append(buildId.orElse("none")).append('\n');
        b.append("command line: ").append(commandLine).append('\n');
        b.append("program mappings:\n");
        for (Mapping m : programMappings) {
            b.append(String.format("  %x-%x %s %x%n", m.start(), m.end(), m.perms(), m.offset()));
        }
        b.append("threads: ").append(threads.size()).append('\n');
        for (CallChain c : threads) {
            b.append(c).append('\n');
        }
        return b.toString();
    }
}
