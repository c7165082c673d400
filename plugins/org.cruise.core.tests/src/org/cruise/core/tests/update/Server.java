package org.cruise.core.tests.update;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.cruise.core.ptrace.Tracer;
import org.cruise.core.sys.LibC;
import org.cruise.core.sys.Spawn;

/**
 * One running update test program (a server of programs/update/): started with posix_spawn on a
 * parent thread of its own (never a ProcessBuilder child: the JDK's reaper would take the ptrace
 * stops of an update), its stdout and stderr in files of dir. {@link #start} returns once the
 * program has printed "listening 127.0.0.1:PORT"; {@link #close()} kills it and reaps it on the
 * parent thread unless it already ended. An update engine attaches to it by pid as to any other
 * process: it is not the engine's child.
 */
public final class Server implements AutoCloseable {

    /** x86-64 system call numbers as /proc/PID/task/TID/syscall shows them. */
    public static final int SYS_READ = 0;
    public static final int SYS_ACCEPT = 43;
    public static final int SYS_RECVFROM = 45;
    public static final int SYS_FUTEX = 202;
    public static final int SYS_CLOCK_NANOSLEEP = 230;
    public static final int SYS_EPOLL_WAIT = 232;
    public static final int SYS_ACCEPT4 = 288;

    static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final Pattern LISTENING = Pattern.compile("listening 127\\.0\\.0\\.1:(\\d+)");

    private final Tracer parent;
    private final int pid;
    private final Path program;
    private final Path stdout;
    private final Path stderr;
    private int port;
    private Integer waitStatus;
    private boolean closed;

    private Server(Tracer parent, int pid, Path program, Path stdout, Path stderr) {
        this.parent = parent;
        this.pid = pid;
        this.program = program;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /**
     * Starts program with args in dir (stdout and stderr go to dir/stdout and dir/stderr) and waits
     * until it listens.
     */
    public static Server start(Path program, Path dir, String... args) throws Exception {
        Files.createDirectories(dir);
        Path out = dir.resolve("stdout");
        Path err = dir.resolve("stderr");
        List<String> argv = new ArrayList<>(List.of("/bin/sh", "-c",
                "out=$1 err=$2; shift 2; exec \"$0\" \"$@\" >\"$out\" 2>\"$err\"", program.toString(), out.toString(),
                err.toString()));
        argv.addAll(List.of(args));
        Tracer parent = new Tracer();
        int pid;
        try {
            // exec keeps the pid: the program itself is the child of the parent thread.
            pid = parent.call(() -> Spawn.spawn("/bin/sh", argv, Map.of("PATH", "/usr/bin:/bin")));
        } catch (Exception | Error e) {
            parent.close();
            throw e;
        }
        Server server = new Server(parent, pid, program, out, err);
        try {
            server.port = server.awaitPort();
        } catch (Exception | Error e) {
            server.close();
            throw e;
        }
        return server;
    }

    public int pid() {
        return pid;
    }

    public int port() {
        return port;
    }

    public Path program() {
        return program;
    }

    /** What the program wrote to stderr so far. */
    public String stderr() throws IOException {
        return Files.exists(stderr) ? Files.readString(stderr) : "";
    }

    /** What the program wrote to stdout so far. */
    public String stdout() throws IOException {
        return Files.exists(stdout) ? Files.readString(stdout) : "";
    }

    private int awaitPort() throws Exception {
        int[] found = new int[1];
        await("the line 'listening 127.0.0.1:PORT'", () -> {
            String first = stdout().lines().findFirst().orElse("");
            Matcher m = LISTENING.matcher(first);
            if (m.matches()) {
                found[0] = Integer.parseInt(m.group(1));
                return true;
            }
            return false;
        });
        return found[0];
    }

    /** Whether the process still runs (not ended, not a zombie). */
    public boolean alive() {
        if (waitStatus != null) {
            return false;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Integer.toString(pid), "stat"));
            char state = stat.charAt(stat.lastIndexOf(')') + 2);
            return state != 'Z' && state != 'X';
        } catch (IOException e) {
            return false;
        }
    }

    /** Sends sig to the process. */
    public void signal(int sig) {
        LibC.kill(pid, sig);
    }

    /** Thread ids by thread name (/proc/PID/task/TID/comm). */
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

    /** The system call thread tid is blocked in, or empty while it runs in user space. */
    public OptionalInt syscall(int tid) throws IOException {
        String text = Files.readString(Path.of("/proc", Integer.toString(pid), "task", Integer.toString(tid), "syscall"))
                .strip();
        if (text.equals("running") || text.startsWith("-1")) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Integer.parseInt(text.split(" ")[0]));
    }

    /** Waits until thread tid is blocked in one of the system calls numbers. */
    public void awaitSyscall(int tid, int... numbers) throws Exception {
        await("thread " + tid + " blocked in system call " + Arrays.toString(numbers), () -> {
            OptionalInt call = syscall(tid);
            return call.isPresent() && Arrays.stream(numbers).anyMatch(n -> n == call.getAsInt());
        });
    }

    /** Waits until the process ended and returns its wait status (reaped on the parent thread). */
    public int awaitExit() throws Exception {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (waitStatus == null) {
            Integer status = parent.call(() -> {
                int[] s = new int[1];
                return LibC.waitpid(pid, s, LibC.WNOHANG) == pid ? s[0] : null;
            });
            if (status != null) {
                waitStatus = status;
                break;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("pid " + pid + " did not end within " + TIMEOUT);
            }
            Thread.sleep(5);
        }
        return waitStatus;
    }

    @FunctionalInterface
    public interface Condition {
        boolean holds() throws Exception;
    }

    /** Polls condition until it holds, failing after 20 s or when the process ended. */
    public void await(String what, Condition condition) throws Exception {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!condition.holds()) {
            if (!alive()) {
                throw new AssertionError("pid " + pid + " (" + program + ") ended while waiting for " + what
                        + "\nstdout: " + stdout() + "\nstderr: " + stderr());
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what + " in pid " + pid + " (" + program + ")"
                        + "\nstdout: " + stdout() + "\nstderr: " + stderr());
            }
            Thread.sleep(5);
        }
    }

    /** Kills the program (unless it already ended) and reaps it on the parent thread. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (waitStatus == null) {
                parent.call(() -> {
                    LibC.kill(pid, LibC.SIGKILL);
                    int[] status = new int[1];
                    while (LibC.waitpid(pid, status, LibC.WALL) == pid && !LibC.exited(status[0])
                            && !LibC.signaled(status[0])) {
                        // a stop reported before the kill took effect: keep waiting for the end
                    }
                    return null;
                });
            }
        } finally {
            parent.close();
        }
    }
}
