package org.cruise.core.tests.tracee;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.cruise.core.ptrace.Tracer;
import org.cruise.core.sys.LibC;
import org.cruise.core.sys.Spawn;

/**
 * A test program running as a child of the tracer thread: spawned there (never with
 * ProcessBuilder, whose reaper thread would take ptrace stops) and killed and reaped there on
 * close. Offers waits on what the threads are doing, read from /proc without ptrace.
 */
public final class Tracee implements AutoCloseable {

    /** x86-64 system call numbers as /proc/PID/task/TID/syscall shows them. */
    public static final int SYS_READ = 0;
    public static final int SYS_PAUSE = 34;
    public static final int SYS_FUTEX = 202;
    public static final int SYS_CLOCK_NANOSLEEP = 230;

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final Tracer tracer;
    private final int pid;
    private boolean closed;

    private Tracee(Tracer tracer, int pid) {
        this.tracer = tracer;
        this.pid = pid;
    }

    /** Starts program with args (argv[0] is the program path) as a child of the tracer thread. */
    public static Tracee launch(Tracer tracer, Path program, String... args) throws Exception {
        List<String> argv = new ArrayList<>();
        argv.add(program.toString());
        argv.addAll(List.of(args));
        int pid = tracer.call(() -> Spawn.spawn(program.toString(), argv, Map.of("PATH", "/usr/bin:/bin")));
        return new Tracee(tracer, pid);
    }

    public int pid() {
        return pid;
    }

    /** Thread ids by thread name (/proc/PID/task/TID/comm), e.g. names set with pthread_setname_np. */
    public Map<String, Integer> threadsByName() throws IOException {
        Map<String, Integer> threads = new TreeMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Integer.toString(pid), "task"))) {
            for (Path task : tasks.toList()) {
                try {
                    threads.put(Files.readString(task.resolve("comm")).strip(),
                            Integer.parseInt(task.getFileName().toString()));
                } catch (NoSuchFileException e) {
                    // the thread ended while we listed
                }
            }
        }
        return threads;
    }

    /**
     * The system call thread tid is blocked in with its first argument, e.g. [0, 3] for read(3,
     * ...), or empty while it runs in user space.
     */
    public Optional<long[]> syscall(int tid) throws IOException {
        String text = Files.readString(Path.of("/proc", Integer.toString(pid), "task", Integer.toString(tid), "syscall"))
                .strip();
        if (text.equals("running") || text.startsWith("-1")) {
            return Optional.empty();
        }
        String[] fields = text.split(" ");
        return Optional.of(new long[] { Long.parseLong(fields[0]),
                fields.length > 1 ? Long.parseUnsignedLong(fields[1].substring(2), 16) : 0 });
    }

    /** Waits until thread tid is blocked in system call number. */
    public void awaitSyscall(int tid, int number) throws Exception {
        await("thread " + tid + " blocked in system call " + number,
                () -> syscall(tid).map(s -> s[0] == number).orElse(false));
    }

    /** Waits until the threads named in expected exist and each is blocked in its system call. */
    public Map<String, Integer> awaitThreads(Map<String, Integer> expected) throws Exception {
        await("threads " + expected, () -> {
            Map<String, Integer> threads = threadsByName();
            for (Map.Entry<String, Integer> e : expected.entrySet()) {
                Integer tid = threads.get(e.getKey());
                if (tid == null || !syscall(tid).map(s -> s[0] == e.getValue()).orElse(false)) {
                    return false;
                }
            }
            return true;
        });
        return threadsByName();
    }

    /** Sends sig to one thread (tgkill). */
    public void signalThread(int tid, int sig) {
        LibC.syscall(LibC.SYS_TGKILL, pid, tid, sig, 0, 0, 0);
    }

    @FunctionalInterface
    public interface Condition {
        boolean holds() throws Exception;
    }

    /** Polls condition until it holds, failing after 20 s (or when the process died). */
    public void await(String what, Condition condition) throws Exception {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!condition.holds()) {
            if (!Files.exists(Path.of("/proc", Integer.toString(pid)))) {
                throw new AssertionError("pid " + pid + " ended while waiting for " + what);
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what + " in pid " + pid);
            }
            Thread.sleep(5);
        }
    }

    /** Kills the program and reaps it on the tracer thread (its parent). */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        tracer.call(() -> {
            LibC.kill(pid, LibC.SIGKILL);
            int[] status = new int[1];
            while (LibC.waitpid(pid, status, LibC.WALL) == pid && !LibC.exited(status[0])
                    && !LibC.signaled(status[0])) {
                // a ptrace stop reported before the kill took effect: keep waiting for the end
            }
            return null;
        });
    }
}
