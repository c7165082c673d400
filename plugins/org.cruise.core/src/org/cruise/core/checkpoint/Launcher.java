package org.cruise.core.checkpoint;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.cruise.core.CruiseException;
import org.cruise.core.ExitCode;
import org.cruise.core.ptrace.ProcessMemory;
import org.cruise.core.ptrace.Ptrace;
import org.cruise.core.ptrace.TracedProcess;
import org.cruise.core.ptrace.UserRegs;
import org.cruise.core.sys.LibC;
import org.cruise.core.sys.NativeException;
import org.cruise.core.sys.Spawn;

/**
 * Starts a program traced from its first instruction. posix_spawn cannot start a child stopped,
 * so the child is a shell that stops itself and, once seized and continued, execs the program:
 * the exec is the first thing we see of it. It is then run to its ELF entry point, where the
 * dynamic loader has mapped every library but no program code has run yet.
 */
final class Launcher {
    private static final int WUNTRACED = 2;
    private static final long AT_ENTRY = 9;

    private Launcher() {
    }

    /** Call on the tracer thread. Returns the process stopped at its entry point. */
    static TracedProcess startStoppedAtEntry(List<String> argv) throws CruiseException, NativeException {
        Path program = Path.of(argv.get(0));
        String path = program.toString().contains("/") ? program.toString() : which(argv.get(0));
        List<String> shell = new ArrayList<>(List.of("sh", "-c", "kill -STOP $$ && exec \"$0\" \"$@\"", path));
        shell.addAll(argv.subList(1, argv.size()));
        int pid = Spawn.spawn("/bin/sh", shell, System.getenv());
        int[] status = new int[1];
        if (LibC.waitpid(pid, status, WUNTRACED) != pid || !LibC.stopped(status[0])) {
            throw new CruiseException(ExitCode.TARGET, "could not start " + path);
        }
        TracedProcess p = TracedProcess.seize(pid);
        LibC.kill(pid, LibC.SIGCONT);
        TracedProcess.Event e;
        do {
            e = p.next(true);
            if (e.kind() == TracedProcess.Kind.PROCESS_EXITED) {
                throw new CruiseException(ExitCode.USAGE, "cannot run " + path + " (exit status "
                        + LibC.exitStatus(e.status()) + "): see the message above");
            }
        } while (e.kind() != TracedProcess.Kind.EXEC);
        runToEntry(p);
        return p;
    }

    private static String which(String name) throws CruiseException {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            Path c = Path.of(dir.isEmpty() ? "." : dir, name);
            if (Files.isRegularFile(c) && Files.isExecutable(c)) {
                return c.toString();
            }
        }
        throw new CruiseException(ExitCode.USAGE, "program '" + name + "' not found in PATH");
    }

    /** One-shot breakpoint at AT_ENTRY; the process is left stopped there with the byte restored. */
    private static void runToEntry(TracedProcess p) throws CruiseException, NativeException {
        long entry = auxv(p.pid(), AT_ENTRY);
        try (ProcessMemory mem = new ProcessMemory(p.pid())) {
            byte original = mem.read(entry, 1)[0];
            mem.write(entry, new byte[] { (byte) 0xcc });
            p.resumeAll();
            while (true) {
                TracedProcess.Event e = p.next(true);
                if (e.kind() == TracedProcess.Kind.PROCESS_EXITED) {
                    throw new CruiseException(ExitCode.TARGET, "the program ended before reaching its entry point");
                }
                if (e.kind() != TracedProcess.Kind.TRAP) {
                    continue;
                }
                UserRegs r = Ptrace.getRegs(e.tid());
                if (r.rip() == entry + 1) {
                    mem.write(entry, new byte[] { original });
                    r.set(UserRegs.RIP, entry);
                    Ptrace.setRegs(e.tid(), r);
                    p.stopAll();
                    return;
                }
                p.resumeWithSignal(e.tid(), LibC.SIGTRAP);
            }
        }
    }

    private static long auxv(int pid, long type) throws CruiseException {
        try {
            ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(Path.of("/proc", Integer.toString(pid), "auxv")))
                    .order(ByteOrder.LITTLE_ENDIAN);
            while (b.remaining() >= 16) {
                long t = b.getLong();
                long v = b.getLong();
                if (t == type) {
                    return v;
                }
            }
        } catch (IOException e) {
            throw new CruiseException(ExitCode.TARGET, "cannot read auxv of pid " + pid + ": " + e.getMessage(), e);
        }
        throw new CruiseException(ExitCode.TARGET, "pid " + pid + " has no AT_ENTRY in its auxv");
    }
}
