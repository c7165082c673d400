package org.cruise.core.tests.checkpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.cruise.core.proc.ProcStatus;
import org.cruise.core.ptrace.Tracer;
import org.cruise.core.sys.LibC;
import org.cruise.core.tests.tracee.Build;
import org.cruise.core.tests.tracee.CProgram;
import org.cruise.core.tests.tracee.Tracee;

/**
 * One running checkpoint_target.c (programs/checkpoint_target.c): compiled once per {@link Build}
 * for the whole test run, started through {@link Tracee} as a child of a tracer thread of the
 * test's (never a ProcessBuilder child, whose JDK reaper would take ptrace stops), with its stdin
 * a FIFO the test writes commands into and its stdout a file the test reads. Every wait is
 * bounded and fails with the program's output; {@link #close()} kills and reaps it unless it was
 * already reaped by {@link #quit()}.
 * <p>
 * The checkpointer under test runs on a tracer of its own (see {@link Checkpointer}), as a real
 * {@code cruise checkpoint --pid} does: the target is not its child.
 */
final class CheckpointTarget implements AutoCloseable {

    static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** The program's threads: main, 4 burst threads, the reader. */
    static final int THREADS = 6;

    private static final Pattern READY = Pattern.compile("ready pid (\\d+) pattern (0x[0-9a-f]+) counter (0x[0-9a-f]+)");
    private static final Map<Build, Path> BUILT = new EnumMap<>(Build.class);
    private static Path buildDir;

    final Build build;
    final Path program;
    final Path dir;
    private final Tracer parent;
    private final Tracee tracee;
    private final Path out;
    private final FileChannel commands;
    private boolean reaped;
    private int bursts;
    private int readerTid;
    private final List<Integer> burstTids = new ArrayList<>();

    private CheckpointTarget(Build build, Path program, Path dir, Tracer parent, Tracee tracee, Path out,
            FileChannel commands) {
        this.build = build;
        this.program = program;
        this.dir = dir;
        this.parent = parent;
        this.tracee = tracee;
        this.out = out;
        this.commands = commands;
    }

    /** The program built for build; compiled once per test run (JVM) and shared by every test class. */
    static synchronized Path program(Build build) throws IOException, InterruptedException {
        Path built = BUILT.get(build);
        if (built == null) {
            if (buildDir == null) {
                buildDir = Files.createTempDirectory("cruise-checkpoint-target");
                Path remove = buildDir;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(remove)));
            }
            built = CProgram.named("checkpoint_target").source("checkpoint_target.c", Files.readString(source()))
                    .build(buildDir, build).toRealPath();
            BUILT.put(build, built);
        }
        return built;
    }

    /** programs/checkpoint_target.c of this bundle. */
    static Path source() throws IOException {
        return org.cruise.core.tests.support.Programs.source("checkpoint_target.c");
    }

    /**
     * Starts the program of build in dir and waits until it is ready: every thread exists, the
     * main thread waits for a command, the reader is blocked in read() and the burst threads at
     * their barrier.
     */
    static CheckpointTarget start(Tracer parent, Build build, Path dir) throws Exception {
        Path program = program(build);
        Files.createDirectories(dir);
        Path fifo = dir.resolve("commands");
        Path out = dir.resolve("output");
        CProgram.run(List.of("mkfifo", "-m", "600", fifo.toString()));
        // O_RDWR: opening a FIFO so never blocks, and the program sees EOF only when we close it.
        FileChannel commands = FileChannel.open(fifo, StandardOpenOption.READ, StandardOpenOption.WRITE);
        Tracee tracee;
        try {
            // exec keeps the pid: the program itself is the child of the parent tracer thread.
            tracee = Tracee.launch(parent, Path.of("/bin/sh"), "-c", "exec \"$0\" <\"$1\" >\"$2\" 2>&1",
                    program.toString(), fifo.toString(), out.toString());
        } catch (Exception | Error e) {
            commands.close();
            throw e;
        }
        CheckpointTarget t = new CheckpointTarget(build, program, dir, parent, tracee, out, commands);
        try {
            Matcher ready = t.awaitLine(READY, 0);
            assertEquals(tracee.pid(), Integer.parseInt(ready.group(1)), "pid the program reports");
            t.awaitSettled();
        } catch (Exception | Error e) {
            t.close();
            throw e;
        }
        return t;
    }

    int pid() {
        return tracee.pid();
    }

    Tracee tracee() {
        return tracee;
    }

    /** The four burst threads, in thread-id order. */
    List<Integer> burstTids() {
        return List.copyOf(burstTids);
    }

    int readerTid() {
        return readerTid;
    }

    /** Waits until all threads exist and are blocked where the program waits for work. */
    private void awaitSettled() throws Exception {
        await("all " + THREADS + " threads blocked: main in read(0), the reader in read(pipe), 4 burst threads"
                + " in futex", () -> {
                    List<Integer> tids = tids();
                    if (tids.size() != THREADS) {
                        return false;
                    }
                    int reader = 0;
                    List<Integer> futex = new ArrayList<>();
                    for (int tid : tids) {
                        Optional<long[]> call = tracee.syscall(tid);
                        if (call.isEmpty()) {
                            return false;
                        }
                        long nr = call.get()[0];
                        long fd = call.get()[1];
                        if (tid == pid()) {
                            if (nr != Tracee.SYS_READ || fd != 0) {
                                return false;
                            }
                        } else if (nr == Tracee.SYS_READ && fd != 0) {
                            reader = tid;
                        } else if (nr == Tracee.SYS_FUTEX) {
                            futex.add(tid);
                        } else {
                            return false;
                        }
                    }
                    if (reader == 0 || futex.size() != 4) {
                        return false;
                    }
                    readerTid = reader;
                    burstTids.clear();
                    burstTids.addAll(futex);
                    return true;
                });
    }

    /** Thread ids of the program, ascending. */
    List<Integer> tids() throws IOException {
        TreeSet<Integer> tids = new TreeSet<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Integer.toString(pid()), "task"))) {
            tasks.forEach(p -> tids.add(Integer.parseInt(p.getFileName().toString())));
        } catch (NoSuchFileException e) {
            // gone
        }
        return List.copyOf(tids);
    }

    /** TracerPid of every thread (0: not traced). */
    List<Integer> tracerPids() throws IOException {
        List<Integer> tracers = new ArrayList<>();
        for (int tid : tids()) {
            String v = null;
            try {
                for (String line : Files.readAllLines(Path.of("/proc", Integer.toString(pid()), "task",
                        Integer.toString(tid), "status"))) {
                    if (line.startsWith("TracerPid:")) {
                        v = line.substring("TracerPid:".length()).strip();
                    }
                }
            } catch (NoSuchFileException e) {
                continue;
            }
            tracers.add(v == null ? -1 : Integer.parseInt(v));
        }
        return tracers;
    }

    /** The process's TracerPid (0: not traced). */
    int tracerPid() {
        return ProcStatus.tracerPid(pid());
    }

    /** Pids of the program's children (of every thread), e.g. a copy of it left behind. */
    List<Integer> children() throws IOException {
        List<Integer> children = new ArrayList<>();
        for (int tid : tids()) {
            try {
                String text = Files.readString(Path.of("/proc", Integer.toString(pid()), "task", Integer.toString(tid),
                        "children")).strip();
                for (String c : text.isEmpty() ? new String[0] : text.split("\\s+")) {
                    children.add(Integer.parseInt(c));
                }
            } catch (NoSuchFileException e) {
                // thread gone
            }
        }
        return children;
    }

    /** Not ended: neither reaped nor a zombie. */
    boolean alive() {
        if (reaped) {
            return false;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Integer.toString(pid()), "stat"));
            // "pid (comm) S ...": the state follows the last ')'
            return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
        } catch (IOException e) {
            return false;
        }
    }

    /** Sends one command line to the program's stdin. */
    void send(String command) throws IOException {
        ByteBuffer b = ByteBuffer.wrap((command + "\n").getBytes(StandardCharsets.US_ASCII));
        while (b.hasRemaining()) {
            commands.write(b);
        }
    }

    /** Everything the program has printed so far. */
    String output() {
        try {
            return Files.exists(out) ? Files.readString(out) : "";
        } catch (IOException e) {
            return "(cannot read output: " + e + ")";
        }
    }

    List<String> lines() {
        String text = output();
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        // the last element is a partial line (or empty): only complete lines count
        lines.remove(lines.size() - 1);
        return lines;
    }

    /** Number of complete lines printed so far: pass it to {@link #awaitLine} to look only at newer ones. */
    int mark() {
        return lines().size();
    }

    /** The first complete line from line index from on that matches pattern (whole line). */
    Matcher awaitLine(Pattern pattern, int from) throws Exception {
        Matcher[] found = new Matcher[1];
        await("a line matching /" + pattern + "/", () -> {
            List<String> lines = lines();
            for (int i = from; i < lines.size(); i++) {
                Matcher m = pattern.matcher(lines.get(i));
                if (m.matches()) {
                    found[0] = m;
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }

    /** Sends "req n" and returns {result, counter} from the program's answer. */
    long[] request(int n) throws Exception {
        int from = mark();
        send("req " + n);
        Matcher m = awaitLine(Pattern.compile("req " + n + " -> (-?\\d+) counter (\\d+)"), from);
        return new long[] { Long.parseLong(m.group(1)), Long.parseLong(m.group(2)) };
    }

    /** What handle_request(n) returns: fact(n) % 1000003 + n. */
    static long expectedResult(int n) {
        long f = 1;
        for (int i = 2; i <= n; i++) {
            f *= i;
        }
        return f % 1000003 + n;
    }

    /** Sends "burst" (does not wait); returns the line mark to pass to {@link #awaitBurst}. */
    int startBurst() throws IOException {
        int from = mark();
        send("burst");
        return from;
    }

    /** Waits until the burst started at mark is done: every thread printed its sum (25) and main "burst N done". */
    void awaitBurst(int from) throws Exception {
        int n = ++bursts;
        awaitLine(Pattern.compile("burst " + n + " done"), from);
        await("four 'burst thread i sum 25' lines after line " + from, () -> {
            List<String> lines = lines();
            long sums = lines.subList(Math.min(from, lines.size()), lines.size()).stream()
                    .filter(l -> l.matches("burst thread [0-3] sum 25")).count();
            return sums == 4;
        });
    }

    /** Sends "burst" and waits until it is done. */
    void burst() throws Exception {
        awaitBurst(startBurst());
    }

    /** Polls condition until it holds; fails after {@link #TIMEOUT} or when the program died, with its output. */
    void await(String what, Tracee.Condition condition) throws Exception {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!condition.holds()) {
            if (!alive()) {
                throw new AssertionError("pid " + pid() + " (" + build + ") ended while waiting for " + what
                        + "; its output:\n" + output());
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + TIMEOUT.toSeconds() + " s waiting for " + what + " in pid "
                        + pid() + " (" + build + "); its output:\n" + output());
            }
            Thread.sleep(5);
        }
    }

    /** Sends "quit", waits for the program to end and reaps it; returns its wait status. */
    int quit() throws Exception {
        send("quit");
        return awaitExit().orElseThrow(() -> new AssertionError("pid " + pid() + " was reaped by someone else"));
    }

    /**
     * Waits (bounded) until the program has ended and reaps it; returns its wait status, or empty
     * when it was reaped elsewhere in this JVM: a tracer thread of the same process counts as its
     * parent (the kernel's ptrace_reparented() is false), so a session watching it may reap it.
     */
    OptionalInt awaitExit() throws Exception {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (true) {
            int[] result = parent.call(() -> {
                int[] st = new int[1];
                int r = LibC.waitpid(pid(), st, LibC.WALL | LibC.WNOHANG);
                return new int[] { r, st[0] };
            });
            if (result[0] == pid()) {
                reaped = true;
                return OptionalInt.of(result[1]);
            }
            if (result[0] == -1) {
                reaped = true;
                return OptionalInt.empty();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("pid " + pid() + " did not end within " + TIMEOUT.toSeconds()
                        + " s; its output:\n" + output());
            }
            Thread.sleep(5);
        }
    }

    /** Pids of live processes (not zombies) running path, e.g. copies of a target left behind. */
    static List<Integer> processesRunning(Path path) throws IOException {
        List<Integer> pids = new ArrayList<>();
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path p : procs.toList()) {
                String name = p.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                try {
                    if (Files.readSymbolicLink(p.resolve("exe")).toString().equals(path.toString())) {
                        pids.add(Integer.parseInt(name));
                    }
                } catch (IOException e) {
                    // a zombie, a kernel thread, or gone meanwhile
                }
            }
        }
        return pids;
    }

    /** Kills and reaps the program (unless already reaped); never blocks for long. */
    @Override
    public void close() throws IOException {
        try {
            if (!reaped) {
                reaped = true;
                LibC.kill(pid(), LibC.SIGKILL);
                // Reap without blocking forever: a traced child is reported to its parent only once its
                // tracer has let go of it.
                long deadline = System.nanoTime() + TIMEOUT.toNanos();
                boolean gone = false;
                while (!gone && System.nanoTime() < deadline) {
                    gone = parent.call(() -> {
                        int[] st = new int[1];
                        int r = LibC.waitpid(pid(), st, LibC.WALL | LibC.WNOHANG);
                        return r == pid() || r == -1;
                    });
                    if (!gone) {
                        Thread.sleep(5);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            commands.close();
        }
    }

    static void deleteTree(Path root) {
        try {
            if (!Files.exists(root)) {
                return;
            }
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                    Files.deleteIfExists(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // best effort at JVM exit
        }
    }
}
