package org.cruise.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.cruise.cli.CruiseCommand;
import org.cruise.core.checkpoint.TriggerControl;
import org.cruise.core.proc.ProcStatus;
import org.cruise.core.ptrace.Tracer;
import org.cruise.core.snapshot.SnapshotJson;
import org.cruise.core.snapshot.SnapshotReader;
import org.cruise.core.snapshot.Snapshots;
import org.cruise.core.snapshot.StoredSnapshot;
import org.cruise.core.sys.LibC;
import org.cruise.core.sys.Spawn;
import org.cruise.model.Snapshot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cruise checkpoint}, {@code run}, {@code triggers}, {@code snapshots} and {@code show} on
 * real processes, run in-process through {@link CruiseCommand#run} (exit code and both output
 * streams), against programs/checkpoint_target.c of the engine tests built -O2
 * -fomit-frame-pointer as a PIE (the engine tests cover the other builds).
 * <p>
 * The target is started with posix_spawn on a tracer thread of the test's (a ProcessBuilder child
 * would be waited for by the JDK's reaper thread while traced), reads commands from a FIFO and
 * writes its output to a file, and is reaped by the test. Every bad input leaves it running:
 * untraced, answering requests, with no child of ours left in it.
 */
class CheckpointCliTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Pattern SNAPSHOT_LINE = Pattern.compile(
            "snapshot (\\d+): (\\S+) \\((\\w+) returned in thread (\\d+); stopped [0-9.]+ ms, total [0-9.]+ ms, [0-9.]+ \\S+, freeze: (userfaultfd|fork)\\)");

    @TempDir
    static Path programs;

    @TempDir
    Path dir;

    private static Tracer parent;
    private static Path checkpointTarget;
    private static Path runTarget;
    private Target target;
    private final List<Background> started = new ArrayList<>();

    @BeforeAll
    static void build() throws Exception {
        parent = new Tracer();
        Path source = programs.resolve("checkpoint_target.c");
        Files.copy(checkpointTargetSource(), source);
        checkpointTarget = gcc(source, programs.resolve("checkpoint_target"));
        Path run = programs.resolve("run_target.c");
        Files.writeString(run, """
                #include <stdio.h>
                #include <stdlib.h>

                __attribute__((noinline)) int handle_request(int n)
                {
                    return 2 * n + 1;
                }

                int main(int argc, char **argv)
                {
                    printf("run target start\\n");
                    fflush(stdout);
                    int n = argc > 1 ? atoi(argv[1]) : 4;
                    printf("handled %d -> %d\\n", n, handle_request(n));
                    fflush(stdout);
                    return 3;
                }
                """);
        runTarget = gcc(run, programs.resolve("run_target"));
    }

    @AfterAll
    static void stopParent() {
        parent.close();
    }

    /**
     * programs/checkpoint_target.c of the engine test bundle: not on this bundle's class path, so
     * it is looked for from the working directory, the shipped examples (system property
     * cruise.examples) and where this class was loaded from, upwards.
     */
    private static Path checkpointTargetSource() throws IOException {
        List<Path> starts = new ArrayList<>();
        starts.add(Path.of(System.getProperty("user.dir")).toAbsolutePath());
        if (System.getProperty("cruise.examples") != null) {
            starts.add(Path.of(System.getProperty("cruise.examples")).toAbsolutePath());
        }
        try {
            starts.add(Path.of(CheckpointCliTest.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (Exception e) {
            // no usable code source
        }
        List<Path> tried = new ArrayList<>();
        for (Path start : starts) {
            for (Path d = start; d != null; d = d.getParent()) {
                for (Path c : List.of(d.resolve("plugins/org.cruise.core.tests/programs/checkpoint_target.c"),
                        d.resolve("org.cruise.core.tests/programs/checkpoint_target.c"))) {
                    tried.add(c);
                    if (Files.isRegularFile(c)) {
                        return c;
                    }
                }
            }
        }
        throw new IOException("checkpoint_target.c not found; tried " + tried);
    }

    private static Path gcc(Path source, Path output) throws Exception {
        run(List.of("gcc", "-g", "-pthread", "-Wall", "-O2", "-fomit-frame-pointer", "-fPIE", "-pie", "-o",
                output.toString(), source.toString()));
        return output.toRealPath();
    }

    /** Runs a tool that is never traced (gcc, mkfifo, mount): ProcessBuilder is fine for those. */
    private static String run(List<String> command) throws Exception {
        // Output into a file, so that the wait is bounded even if the tool hangs.
        Path log = Files.createTempFile("cruise-cli-test", ".out");
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!p.waitFor(2, TimeUnit.MINUTES)) {
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                throw new IOException("timed out: " + command + "\n" + Files.readString(log));
            }
            String out = Files.readString(log);
            assertEquals(0, p.exitValue(), () -> String.join(" ", command) + " failed:\n" + out);
            return out;
        } finally {
            Files.deleteIfExists(log);
        }
    }

    @BeforeEach
    void startTarget() throws Exception {
        target = Target.start(dir.resolve("target"));
    }

    /** Nothing a cruise command started may outlive it: wake-up helpers of ended sessions included. */
    @AfterEach
    void stopTarget() throws Exception {
        try {
            // A checkpointer still watching the target (the test failed) ends when the target does; only then
            // is it reaped here: its tracer thread, in this JVM, may reap it too.
            if (target != null) {
                target.kill();
            }
            for (Background b : started) {
                b.awaitQuietly();
            }
            if (target != null) {
                target.close();
            }
        } finally {
            List<Integer> leftovers = helpersLeftBehind();
            for (int pid : leftovers) {
                LibC.kill(pid, LibC.SIGKILL);
                LibC.waitpid(pid, new int[1], 0);
            }
            assertEquals(List.of(), leftovers, "helper processes (sleep infinity) a cruise command left running");
        }
    }

    /** Children of this JVM running "sleep infinity": the checkpointer's wake-up helper. */
    private static List<Integer> helpersLeftBehind() throws IOException {
        List<Integer> helpers = new ArrayList<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : tasks.toList()) {
                String children;
                try {
                    children = Files.readString(task.resolve("children")).strip();
                } catch (NoSuchFileException e) {
                    continue;
                }
                for (String c : children.isEmpty() ? new String[0] : children.split("\\s+")) {
                    try {
                        String cmdline = Files.readString(Path.of("/proc", c, "cmdline"));
                        if (cmdline.equals("sleep\0infinity\0") || cmdline.equals("/bin/sleep\0infinity\0")) {
                            helpers.add(Integer.parseInt(c));
                        }
                    } catch (NoSuchFileException e) {
                        // gone meanwhile
                    }
                }
            }
        }
        return helpers;
    }

    // ---------------------------------------------------------------- checkpoint, snapshots, show

    @Test
    void checkpointWritesASnapshotThatSnapshotsListsAndShowPrints() throws Exception {
        Path store = dir.resolve("store");
        Background cruise = background("checkpoint", "--pid", Integer.toString(target.pid), "--at",
                "handle_request", "--store", store.toString(), "--count", "1");
        cruise.awaitWatching(store, target);
        long[] answer = target.request(3);
        CliRun run = cruise.await(target);
        assertEquals(0, run.exitCode(), run::toString);
        assertEquals("", run.err(), run::toString);
        assertTrue(run.out().startsWith("watching pid " + target.pid + " for returns of handle_request; snapshots go to "
                + store.toAbsolutePath()), run::toString);
        Matcher line = SNAPSHOT_LINE.matcher(run.out());
        assertTrue(line.find(), run::toString);
        assertEquals("1", line.group(1));
        assertEquals("handle_request", line.group(3));
        assertEquals(Integer.toString(target.pid), line.group(4));
        assertTrue(run.out().contains("wrote 1 snapshot(s); detached from pid " + target.pid), run::toString);
        Path snapshot = Path.of(line.group(2));
        assertEquals(store.toAbsolutePath(), snapshot.getParent());
        assertFalse(Files.exists(TriggerControl.socketOf(store)), "the control socket is gone with the checkpointer");
        target.assertRunsOn();

        StoredSnapshot stored = SnapshotReader.open(snapshot);
        Snapshot manifest = stored.manifest();
        assertEquals("handle_request", manifest.getTrigger().getFunction());
        assertEquals(answer[0], manifest.getTrigger().getReturnValue(), "rax: what handle_request returned");

        CliRun list = CliRun.of("snapshots", store.toString());
        assertEquals(0, list.exitCode(), list::toString);
        assertTrue(list.out().contains(stored.name()), list::toString);
        assertTrue(list.out().contains("handle_request"), list::toString);
        assertTrue(list.out().contains(Integer.toString(target.pid)), list::toString);
        assertFalse(list.out().contains("DAMAGED"), list::toString);

        CliRun show = CliRun.of("show", snapshot.toString());
        assertEquals(0, show.exitCode(), show::toString);
        assertTrue(show.out().contains("handle_request"), show::toString);
        assertTrue(show.out().contains("main"), show::toString);

        CliRun json = CliRun.of("show", snapshot.toString(), "--json");
        assertEquals(0, json.exitCode(), json::toString);
        Map<?, ?> root = assertInstanceOf(Map.class, Json.parse(json.out()), json::toString);
        assertEquals(1L, root.get("jsonFormat"), json::toString);
        assertEquals(stored.name(), root.get("id"));
        assertEquals(Boolean.TRUE, root.get("verified"));
        Map<?, ?> trigger = assertInstanceOf(Map.class, root.get("trigger"), json::toString);
        assertEquals("handle_request", trigger.get("function"));
        assertEquals((long) target.pid, trigger.get("threadId"));
        assertEquals("0x" + Long.toHexString(answer[0]), trigger.get("returnValue"));
        List<?> threads = assertInstanceOf(List.class, root.get("threads"));
        assertEquals(6, threads.size(), json::toString);
        Map<?, ?> first = assertInstanceOf(Map.class, threads.get(0));
        assertEquals(Boolean.TRUE, first.get("trigger"));
        Map<?, ?> top = assertInstanceOf(Map.class, assertInstanceOf(List.class, first.get("frames")).get(0));
        assertEquals("main", top.get("function"), "the frame of handle_request is popped");
    }

    /**
     * Where the kernel refuses the target a userfaultfd (an unprivileged process with
     * vm.unprivileged_userfaultfd=0), the checkpoint keeps the memory with a copy-on-write fork
     * instead, and says so. The sysctl is set to 0 for the test if it is not already.
     */
    @Test
    void anUnprivilegedTargetWithoutUserfaultfdIsFrozenByAFork() throws Exception {
        Path sysctl = Path.of("/proc/sys/vm/unprivileged_userfaultfd");
        String before = Files.readString(sysctl).strip();
        if (!before.equals("0")) {
            Files.writeString(sysctl, "0");
        }
        int nobody = 65534;
        try (Target unprivileged = Target.start(dir.resolve("nobody"), nobody)) {
            assertTrue(ProcStatus.field(unprivileged.pid, "Uid").startsWith(nobody + "\t"),
                    "the target runs as uid " + nobody + ": " + ProcStatus.field(unprivileged.pid, "Uid"));
            Path store = dir.resolve("store");
            Background cruise = background("checkpoint", "--pid", Integer.toString(unprivileged.pid), "--at",
                    "handle_request", "--store", store.toString(), "--count", "1");
            cruise.awaitWatching(store, unprivileged);
            long[] answer = unprivileged.request(3);
            CliRun run = cruise.await(unprivileged);
            assertEquals(0, run.exitCode(), run::toString);
            Matcher line = SNAPSHOT_LINE.matcher(run.out());
            assertTrue(line.find(), run::toString);
            assertEquals("fork", line.group(5), "no userfaultfd for this target: the fork route\n" + run);
            StoredSnapshot stored = SnapshotReader.open(Path.of(line.group(2)), true);
            assertEquals(answer[0], stored.manifest().getTrigger().getReturnValue());
            unprivileged.assertRunsOn();
        } finally {
            if (!before.equals("0")) {
                Files.writeString(sysctl, before);
            }
        }
    }

    // ---------------------------------------------------------------- triggers

    @Test
    void triggersAddsListsAndRemovesWatchedFunctionsOfARunningCheckpointer() throws Exception {
        Path store = dir.resolve("store");
        Background cruise = background("checkpoint", "--pid", Integer.toString(target.pid), "--at",
                "handle_request", "--store", store.toString(), "--keep-last", "3");
        cruise.awaitWatching(store, target);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(TriggerControl.socketOf(
                store), LinkOption.NOFOLLOW_LINKS)), "mode of the control socket");

        CliRun list = cli("triggers", "--store", store.toString(), "list");
        assertEquals(0, list.exitCode(), list::toString);
        assertEquals(List.of("handle_request"), list.out().lines().toList(), list::toString);

        CliRun add = cli("triggers", "--store", store.toString(), "add", "work");
        assertEquals(0, add.exitCode(), add::toString);
        assertEquals(List.of("handle_request", "work"), add.out().lines().toList(), add::toString);
        target.burst();
        // 20 returns of work, of which --keep-last keeps the newest 3. The threads run on while a snapshot is
        // written (from a copy), so the burst can be over before the last one is.
        cruise.awaitOutput(Pattern.compile("(?s).*\\nsnapshot 20: .*"), target);
        List<Snapshots.Entry> afterAdd = Snapshots.list(store);
        String kept = afterAdd.stream().map(e -> e.name() + " " + e.manifest().getTrigger().getFunction()).toList()
                + "\n" + cruise.output();
        assertEquals(3, afterAdd.size(), kept);
        for (Snapshots.Entry e : afterAdd) {
            assertEquals("work", e.manifest().getTrigger().getFunction(), kept);
            assertTrue(e.manifest().getTrigger().getSequence() >= 18, "the newest are kept: " + kept);
        }

        CliRun remove = cli("triggers", "--store", store.toString(), "remove", "work");
        assertEquals(0, remove.exitCode(), remove::toString);
        assertEquals(List.of("handle_request"), remove.out().lines().toList(), remove::toString);
        target.burst();
        // Snapshots are written one after the other: once the next one (of handle_request) is reported, any of
        // the burst would have been too.
        target.request(2);
        cruise.awaitOutput(Pattern.compile("(?s).*\\nsnapshot 21: \\S+ \\(handle_request returned .*"), target);
        assertFalse(cruise.output().contains("snapshot 22:"), cruise::output);
        list = cli("triggers", "--store", store.toString(), "list");
        assertEquals(List.of("handle_request"), list.out().lines().toList(), list::toString);

        CliRun typo = cli("triggers", "--store", store.toString(), "add", "wrok");
        assertEquals(2, typo.exitCode(), typo::toString);
        assertTrue(typo.err().contains("work"), "the closest name is suggested\n" + typo);

        // The program ends: so does the checkpointer, reporting it.
        target.send("quit");
        CliRun ended = cruise.await(target);
        int status = target.reap();
        assertTrue(status == -1 || LibC.exited(status) && LibC.exitStatus(status) == 0,
                "exit status 0x" + Integer.toHexString(status));
        assertEquals(0, ended.exitCode(), ended::toString);
        assertTrue(ended.out().contains("add work; watching handle_request, work"), ended::toString);
        assertTrue(ended.out().contains("pid " + target.pid + " ended; 21 snapshot(s) written"), ended::toString);
        CliRun gone = cli("triggers", "--store", store.toString(), "list");
        assertEquals(2, gone.exitCode(), gone::toString);
        assertTrue(gone.err().contains("no cruise checkpointer"), gone::toString);
    }

    // ---------------------------------------------------------------- run

    @Test
    void runStartsTheProgramWithOurStdoutAndExitsWithItsStatus() throws Exception {
        Path store = dir.resolve("store");
        Path stdout = dir.resolve("program-stdout");
        CliRun run;
        // The program writes to cruise's own stdout, file descriptor 1: point it at a file meanwhile.
        int saved = (int) LibC.syscall(SYS_DUP, 1, 0, 0, 0, 0, 0);
        assertTrue(saved >= 0, "dup(1)");
        int file = LibC.open(stdout.toString(), LibC.O_WRONLY | O_CREAT | O_TRUNC | LibC.O_CLOEXEC, 0600);
        assertTrue(file >= 0, "open " + stdout);
        System.out.flush();
        try {
            assertEquals(1, LibC.syscall(SYS_DUP2, file, 1, 0, 0, 0, 0), "dup2 onto stdout");
            run = background("run", "--at", "handle_request", "--store", store.toString(), "--count", "1", "--",
                    runTarget.toString(), "21").await(null);
        } finally {
            System.out.flush();
            LibC.syscall(SYS_DUP2, saved, 1, 0, 0, 0, 0);
            LibC.close(saved);
            LibC.close(file);
        }
        assertEquals(3, run.exitCode(), "cruise run exits with the program's exit status\n" + run);
        String programOutput = Files.readString(stdout);
        assertTrue(programOutput.contains("run target start\nhandled 21 -> 43\n"), "the program's output:\n"
                + programOutput + "\n" + run);
        Matcher line = SNAPSHOT_LINE.matcher(run.out());
        assertTrue(line.find(), run::toString);
        assertEquals("handle_request", line.group(3));
        StoredSnapshot snapshot = SnapshotReader.open(Path.of(line.group(2)));
        assertEquals(43, snapshot.manifest().getTrigger().getReturnValue());
        assertEquals(List.of(runTarget.toString(), "21"), snapshot.manifest().getProcess().getCmdline());
        assertEquals(1, Snapshots.list(store).size());
    }

    private static final long SYS_DUP = 32;
    private static final long SYS_DUP2 = 33;
    private static final int O_CREAT = 0x40;
    private static final int O_TRUNC = 0x200;

    // ---------------------------------------------------------------- bad input

    @Test
    void anUnknownPidIsATargetError() throws Exception {
        int pid = unusedPid();
        CliRun run = cli("checkpoint", "--pid", Integer.toString(pid), "--at", "handle_request", "--store",
                dir.resolve("store").toString());
        assertEquals(4, run.exitCode(), run::toString);
        assertTrue(run.err().contains("no process with pid " + pid), run::toString);
        assertEquals("", run.out(), run::toString);
    }

    @Test
    void aKernelThreadMayNotBeTraced() throws Exception {
        assertEquals("kthreadd", ProcStatus.comm(2), "pid 2 is the kernel's thread creator here");
        CliRun run = cli("checkpoint", "--pid", "2", "--at", "handle_request", "--store", dir.resolve("store").toString());
        assertEquals(4, run.exitCode(), run::toString);
        assertTrue(run.err().contains("not permitted"), run::toString);
        assertEquals(0, ProcStatus.tracerPid(2));
    }

    @Test
    void aMisspelledFunctionListsTheClosestNamesAndLeavesTheTargetAlone() throws Exception {
        CliRun run = cli("checkpoint", "--pid", Integer.toString(target.pid), "--at", "handle_reqest", "--store",
                dir.resolve("store").toString());
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("handle_reqest"), run::toString);
        assertTrue(run.err().contains("closest: handle_request"), run::toString);
        target.assertRunsOn();
    }

    @Test
    void aStoreThatIsARegularFileIsAUsageError() throws Exception {
        Path file = dir.resolve("store");
        Files.writeString(file, "not a store\n");
        CliRun run = cli("checkpoint", "--pid", Integer.toString(target.pid), "--at", "handle_request", "--store",
                file.toString());
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains(file.toString()) && run.err().contains("not a directory"), run::toString);
        assertEquals("not a store\n", Files.readString(file));
        target.assertRunsOn();
    }

    @Test
    void aStoreOnAReadOnlyFileSystemIsAUsageError() throws Exception {
        try (Mount mount = Mount.tmpfs(dir.resolve("ro"), "size=1m,mode=0700")) {
            if (mount == null) {
                return;
            }
            Path store = mount.point();
            run(List.of("mount", "-o", "remount,ro", store.toString()));
            CliRun run = cli("checkpoint", "--pid", Integer.toString(target.pid), "--at", "handle_request", "--store",
                    store.toString());
            assertEquals(2, run.exitCode(), run::toString);
            assertTrue(run.err().contains("not writable"), run::toString);
        }
        target.assertRunsOn();
    }

    @Test
    void aFullStoreFailsTheSnapshotCleanlyAndTheTargetRunsOn() throws Exception {
        try (Mount mount = Mount.tmpfs(dir.resolve("full"), "size=1m,mode=0700")) {
            if (mount == null) {
                return;
            }
            Path store = mount.point();
            Background cruise = background("checkpoint", "--pid", Integer.toString(target.pid), "--at",
                    "handle_request", "--store", store.toString(), "--count", "1");
            cruise.awaitWatching(store, target);
            // The target waits at the return until the snapshot is given up; the request is answered after that.
            int from = target.mark();
            target.send("req 3");
            CliRun run = cruise.await(target);
            assertEquals(2, run.exitCode(), run::toString);
            assertTrue(run.err().contains("disk full"), run::toString);
            assertFalse(SNAPSHOT_LINE.matcher(run.out()).find(), run::toString);
            target.awaitLine(Pattern.compile("req 3 -> 9 counter \\d+"), from);
            try (Stream<Path> entries = Files.list(store)) {
                assertEquals(List.of(), entries.map(p -> p.getFileName().toString()).toList(),
                        "nothing left in the full store: no snapshot, no temporary directory, no socket");
            }
        }
        target.assertRunsOn();
    }

    @Test
    void aSecondCheckpointerOnTheSamePidIsRefusedNamingTheFirst() throws Exception {
        Path store = dir.resolve("store");
        Background first = background("checkpoint", "--pid", Integer.toString(target.pid), "--at",
                "handle_request", "--store", store.toString(), "--count", "1");
        first.awaitWatching(store, target);
        int tracer = ProcStatus.tracerPid(target.pid);
        assertTrue(tracer > 0, "the first checkpointer traces the target");

        CliRun second = cli("checkpoint", "--pid", Integer.toString(target.pid), "--at", "handle_request", "--store",
                dir.resolve("store2").toString());
        assertEquals(4, second.exitCode(), second::toString);
        assertTrue(second.err().contains("already traced by pid " + tracer + " (" + ProcStatus.comm(tracer) + ")"),
                second::toString);
        assertEquals(tracer, ProcStatus.tracerPid(target.pid), "the first checkpointer still has it");

        // The first one is unaffected.
        target.request(4);
        CliRun run = first.await(target);
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(SNAPSHOT_LINE.matcher(run.out()).find(), run::toString);
        target.assertRunsOn();
    }

    @Test
    void aStoreInUseByAnotherCheckpointerIsRefusedAndTheSecondTargetRunsOn() throws Exception {
        Path store = dir.resolve("store");
        Background first = background("checkpoint", "--pid", Integer.toString(target.pid), "--at",
                "handle_request", "--store", store.toString(), "--count", "1");
        first.awaitWatching(store, target);
        try (Target other = Target.start(dir.resolve("other"))) {
            CliRun second = cli("checkpoint", "--pid", Integer.toString(other.pid), "--at", "handle_request", "--store",
                    store.toString());
            assertEquals(3, second.exitCode(), second::toString);
            assertTrue(second.err().contains("another cruise checkpointer is using store"), second::toString);
            // Refused after attaching: every breakpoint must have been taken out again.
            other.assertRunsOn();
        }
        target.request(4);
        assertEquals(0, first.await(target).exitCode());
    }

    /** A pid no process has now. */
    private static int unusedPid() throws IOException {
        int max = Integer.parseInt(Files.readAllLines(Path.of("/proc/sys/kernel/pid_max")).get(0).strip());
        for (int pid = max - 1; pid > 1; pid--) {
            if (!Files.exists(Path.of("/proc", Integer.toString(pid)))) {
                return pid;
            }
        }
        throw new IllegalStateException("every pid is taken");
    }

    /** A cruise command run to completion, bounded in time. */
    private CliRun cli(String... args) throws Exception {
        return background(args).await(target);
    }

    /** Starts a cruise command in-process; the test's teardown waits for it to end. */
    private Background background(String... args) {
        Background b = Background.start(args);
        started.add(b);
        return b;
    }

    // ---------------------------------------------------------------- support

    /** A cruise command running in-process on a thread of its own; its output can be watched meanwhile. */
    private static final class Background {
        private final String[] args;
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final ByteArrayOutputStream err = new ByteArrayOutputStream();
        private final CompletableFuture<Integer> exit = new CompletableFuture<>();

        private Background(String[] args) {
            this.args = args;
        }

        static Background start(String... args) {
            Background b = new Background(args);
            Thread t = new Thread(() -> {
                try {
                    b.exit.complete(CruiseCommand.run(args, new PrintStream(b.out, true, StandardCharsets.UTF_8),
                            new PrintStream(b.err, true, StandardCharsets.UTF_8)));
                } catch (Throwable e) {
                    b.exit.completeExceptionally(e);
                }
            }, "cruise " + String.join(" ", args));
            t.setDaemon(true);
            t.start();
            return b;
        }

        String output() {
            return "cruise " + String.join(" ", args) + "\n--- stdout\n" + out.toString(StandardCharsets.UTF_8)
                    + "--- stderr\n" + err.toString(StandardCharsets.UTF_8);
        }

        /** Waits until the checkpointer has armed its functions: its control socket answers. */
        void awaitWatching(Path store, Target target) throws Exception {
            Path socket = TriggerControl.socketOf(store);
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (!(Files.exists(socket) && out.toString(StandardCharsets.UTF_8).contains("watching pid"))) {
                if (exit.isDone()) {
                    throw new AssertionError("cruise ended before watching:\n" + output());
                }
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("cruise is not watching after " + TIMEOUT.toSeconds() + " s:\n" + output()
                            + (target == null ? "" : "\nprogram output:\n" + target.output()));
                }
                Thread.sleep(5);
            }
        }

        /** Waits until the output so far matches pattern (as a whole). */
        void awaitOutput(Pattern pattern, Target target) throws Exception {
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (!pattern.matcher(out.toString(StandardCharsets.UTF_8)).matches()) {
                if (exit.isDone() && !pattern.matcher(out.toString(StandardCharsets.UTF_8)).matches()) {
                    throw new AssertionError("cruise ended without printing /" + pattern + "/:\n" + output());
                }
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("cruise did not print /" + pattern + "/ within " + TIMEOUT.toSeconds()
                            + " s:\n" + output() + (target == null ? "" : "\nprogram output:\n" + target.output()));
                }
                Thread.sleep(5);
            }
        }

        /** Waits (bounded) for the end, whatever it is. */
        void awaitQuietly() {
            try {
                exit.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            } catch (Exception e) {
                // the test reports what went wrong
            }
        }

        CliRun await(Target target) throws Exception {
            try {
                int code = exit.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
                return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
            } catch (TimeoutException e) {
                throw new AssertionError("cruise did not end within " + TIMEOUT.toSeconds() + " s:\n" + output()
                        + (target == null ? "" : "\nprogram output:\n" + target.output()));
            } catch (ExecutionException e) {
                throw new AssertionError("cruise threw " + e.getCause() + "\n" + output(), e.getCause());
            }
        }
    }

    /** checkpoint_target: a child of the parent tracer thread, commands through a FIFO, output in a file. */
    private static final class Target implements AutoCloseable {
        final int pid;
        final Path output;
        private final FileChannel commands;
        private boolean reaped;
        private int bursts;

        private Target(int pid, Path output, FileChannel commands) {
            this.pid = pid;
            this.output = output;
            this.commands = commands;
        }

        static Target start(Path dir) throws Exception {
            return start(dir, null);
        }

        /** As {@link #start(Path)}; with a user id, the program runs as that user (setpriv), from a copy it may execute. */
        static Target start(Path dir, Integer uid) throws Exception {
            Files.createDirectories(dir);
            Path program = checkpointTarget;
            if (uid != null) {
                Path open = Files.createTempDirectory("cruise-unprivileged-target-");
                Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxr-xr-x"));
                program = Files.copy(checkpointTarget, open.resolve("checkpoint_target"));
                Files.setPosixFilePermissions(program, PosixFilePermissions.fromString("rwxr-xr-x"));
                open.toFile().deleteOnExit();
                program.toFile().deleteOnExit(); // (deleted first: the last registered goes first)
            }
            Path fifo = dir.resolve("commands");
            Path out = dir.resolve("output");
            run(List.of("mkfifo", "-m", "600", fifo.toString()));
            // O_RDWR: never blocks, and the program sees EOF only when we close it.
            FileChannel commands = FileChannel.open(fifo, StandardOpenOption.READ, StandardOpenOption.WRITE);
            int pid;
            try {
                // exec keeps the pid: the program itself is the child of the parent tracer thread.
                String exec = uid == null ? "exec \"$0\"" : "exec setpriv --reuid=" + uid + " --regid=" + uid
                        + " --clear-groups \"$0\"";
                List<String> argv = List.of("/bin/sh", "-c", exec + " <\"$1\" >\"$2\" 2>&1",
                        program.toString(), fifo.toString(), out.toString());
                pid = parent.call(() -> Spawn.spawn("/bin/sh", argv, Map.of("PATH", "/usr/bin:/bin")));
            } catch (Exception | Error e) {
                commands.close();
                throw e;
            }
            Target t = new Target(pid, out, commands);
            try {
                t.awaitLine(Pattern.compile("ready pid " + pid + " .*"), 0);
                t.awaitThreads();
            } catch (Exception | Error e) {
                t.close();
                throw e;
            }
            return t;
        }

        /** All six threads exist and wait: main and the reader in read(), the burst threads in futex. */
        private void awaitThreads() throws Exception {
            await("six threads blocked in read or futex", () -> {
                Path tasks = Path.of("/proc", Integer.toString(pid), "task");
                List<String> calls = new ArrayList<>();
                try (Stream<Path> s = Files.list(tasks)) {
                    for (Path task : s.toList()) {
                        calls.add(Files.readString(task.resolve("syscall")).split(" ")[0]);
                    }
                }
                return calls.size() == 6 && calls.stream().filter(c -> c.equals("0")).count() == 2
                        && calls.stream().filter(c -> c.equals("202")).count() == 4;
            });
        }

        /** State and TracerPid of every thread, for failure messages. */
        String state() {
            StringBuilder b = new StringBuilder();
            try (Stream<Path> tasks = Files.list(Path.of("/proc", Integer.toString(pid), "task"))) {
                for (Path task : tasks.toList()) {
                    b.append(task.getFileName()).append(':');
                    for (String l : Files.readAllLines(task.resolve("status"))) {
                        if (l.startsWith("State:") || l.startsWith("TracerPid:")) {
                            b.append(' ').append(l.replaceAll("\\s+", " "));
                        }
                    }
                    b.append("; ");
                }
            } catch (IOException e) {
                b.append(e);
            }
            return b.toString();
        }

        /** For a failure message: reaps the ended program if no tracer holds it and says how it ended. */
        String howEnded() {
            try {
                if (ProcStatus.tracerPid(pid) > 0) {
                    return "still traced";
                }
                int status = reap();
                return status == -1 ? "reaped elsewhere" : LibC.signaled(status) ? "killed by signal "
                        + LibC.termSig(status) : "exit status " + LibC.exitStatus(status);
            } catch (Exception e) {
                return e.toString();
            }
        }

        /** Neither gone nor a zombie. */
        boolean alive() {
            try {
                String stat = Files.readString(Path.of("/proc", Integer.toString(pid), "stat"));
                return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
            } catch (IOException e) {
                return false;
            }
        }

        void send(String line) throws IOException {
            ByteBuffer b = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.US_ASCII));
            while (b.hasRemaining()) {
                commands.write(b);
            }
        }

        String output() {
            try {
                return Files.readString(output);
            } catch (IOException e) {
                return "(no output: " + e + ")";
            }
        }

        List<String> lines() {
            List<String> lines = new ArrayList<>(List.of(output().split("\n", -1)));
            lines.remove(lines.size() - 1); // a partial last line does not count
            return lines;
        }

        int mark() {
            return lines().size();
        }

        Matcher awaitLine(Pattern pattern, int from) throws Exception {
            Matcher[] found = new Matcher[1];
            await("a line /" + pattern + "/", () -> {
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

        /** "req n": returns {result, counter}. */
        long[] request(int n) throws Exception {
            int from = mark();
            send("req " + n);
            Matcher m = awaitLine(Pattern.compile("req " + n + " -> (\\d+) counter (\\d+)"), from);
            return new long[] { Long.parseLong(m.group(1)), Long.parseLong(m.group(2)) };
        }

        void burst() throws Exception {
            int from = mark();
            send("burst");
            awaitLine(Pattern.compile("burst " + ++bursts + " done"), from);
            await("every burst thread's sum", () -> lines().subList(from, lines().size()).stream()
                    .filter(l -> l.matches("burst thread \\d sum 25")).count() == 4);
        }

        /** Untraced, answering requests, and no child of ours (a copy of it) left in it. */
        void assertRunsOn() throws Exception {
            if (!alive()) {
                throw new AssertionError("pid " + pid + " has ended (" + howEnded() + "); its output:\n" + output());
            }
            assertEquals(0, ProcStatus.tracerPid(pid), "TracerPid of the target");
            long[] answer = request(5);
            assertEquals(125, answer[0], this::output);
            List<String> children = new ArrayList<>();
            try (Stream<Path> tasks = Files.list(Path.of("/proc", Integer.toString(pid), "task"))) {
                for (Path task : tasks.toList()) {
                    String c = Files.readString(task.resolve("children")).strip();
                    if (!c.isEmpty()) {
                        children.add(c);
                    }
                }
            }
            assertEquals(List.of(), children, "children of the target (a copy of it left as a zombie?)");
        }

        /**
         * Reaps the ended program; returns its wait status, or -1 when the checkpointer's tracer
         * thread reaped it: a tracer in the parent's own thread group counts as the parent. So only
         * once no checkpointer watches it.
         */
        int reap() throws Exception {
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (true) {
                int[] r = parent.call(() -> {
                    int[] st = new int[1];
                    return new int[] { LibC.waitpid(pid, st, LibC.WALL | LibC.WNOHANG), st[0] };
                });
                if (r[0] == pid || r[0] == -1) {
                    reaped = true;
                    return r[0] == pid ? r[1] : -1;
                }
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("pid " + pid + " did not end:\n" + output());
                }
                Thread.sleep(5);
            }
        }

        private interface Condition {
            boolean holds() throws Exception;
        }

        private void await(String what, Condition condition) throws Exception {
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (!condition.holds()) {
                if (!alive()) {
                    throw new AssertionError("pid " + pid + " ended (" + howEnded() + ") while waiting for " + what
                            + "; its output:\n" + output());
                }
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("timed out waiting for " + what + " in pid " + pid + " (" + state()
                            + "); its output:\n" + output());
                }
                Thread.sleep(5);
            }
        }

        void kill() {
            if (!reaped) {
                LibC.kill(pid, LibC.SIGKILL);
            }
        }

        /** Kills and reaps the program (bounded: a traced child is reported once its tracer lets go). */
        @Override
        public void close() throws IOException {
            try {
                if (!reaped) {
                    reaped = true;
                    LibC.kill(pid, LibC.SIGKILL);
                    long deadline = System.nanoTime() + TIMEOUT.toNanos();
                    while (System.nanoTime() < deadline && parent.call(() -> {
                        int r = LibC.waitpid(pid, new int[1], LibC.WALL | LibC.WNOHANG);
                        return r == 0;
                    })) {
                        Thread.sleep(5);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                commands.close();
            }
        }
    }

    /** A tmpfs mounted for one test and unmounted however the test ends (needs root: skipped otherwise). */
    private static final class Mount implements AutoCloseable {
        private final Path point;

        private Mount(Path point) {
            this.point = point;
        }

        Path point() {
            return point;
        }

        /**
         * Mounts a tmpfs at point, or returns null where that is impossible (not root). A skipped
         * test would be better, but this bundle does not import org.opentest4j, whose
         * TestAbortedException the JUnit assumptions need.
         */
        static Mount tmpfs(Path point, String options) throws Exception {
            if (LibC.geteuid() != 0) {
                System.err.println("CheckpointCliTest: not root, cannot mount a tmpfs: test not run");
                return null;
            }
            Files.createDirectories(point);
            run(List.of("mount", "-t", "tmpfs", "-o", options, "cruise-test", point.toString()));
            return new Mount(point);
        }

        @Override
        public void close() throws IOException {
            try {
                Process p = new ProcessBuilder("umount", point.toString()).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (!p.waitFor(1, TimeUnit.MINUTES) || p.exitValue() != 0) {
                    // busy (a process still has a file open there): detach it now, it goes when the last user does
                    new ProcessBuilder("umount", "-l", point.toString()).redirectErrorStream(true)
                            .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor(1, TimeUnit.MINUTES);
                    throw new AssertionError("umount " + point + " failed; unmounted lazily");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while unmounting " + point, e);
            }
        }
    }

    /**
     * JSON of {@code cruise show --json} parsed with jackson-core, the library the engine writes it
     * with. This bundle does not import jackson, so it is reached through the engine's class loader
     * and called reflectively: objects become maps, arrays lists, integers longs.
     */
    private static final class Json {
        private final Object parser;
        private final Method nextToken;
        private final Method currentName;
        private final Method getText;
        private final Method getLongValue;
        private final Method getDoubleValue;

        private Json(Object parser) throws Exception {
            this.parser = parser;
            Class<?> c = parser.getClass();
            nextToken = c.getMethod("nextToken");
            currentName = c.getMethod("currentName");
            getText = c.getMethod("getText");
            getLongValue = c.getMethod("getLongValue");
            getDoubleValue = c.getMethod("getDoubleValue");
        }

        static Object parse(String text) throws Exception {
            Class<?> factoryClass = Class.forName("com.fasterxml.jackson.core.JsonFactory", true,
                    SnapshotJson.class.getClassLoader());
            Object factory = factoryClass.getConstructor().newInstance();
            Object parser = factoryClass.getMethod("createParser", String.class).invoke(factory, text);
            Json json = new Json(parser);
            String first = json.next();
            assertNotNull(first, "empty JSON");
            Object value = json.value(first);
            assertEquals(null, json.next(), "one JSON value and nothing after it");
            return value;
        }

        /** The next token's name (JsonToken constant), null at the end of input. */
        private String next() throws Exception {
            Object token = nextToken.invoke(parser);
            return token == null ? null : ((Enum<?>) token).name();
        }

        private Object value(String token) throws Exception {
            switch (token) {
            case "START_OBJECT": {
                Map<String, Object> map = new LinkedHashMap<>();
                for (String t = next(); !t.equals("END_OBJECT"); t = next()) {
                    assertEquals("FIELD_NAME", t);
                    String name = (String) currentName.invoke(parser);
                    map.put(name, value(next()));
                }
                return map;
            }
            case "START_ARRAY": {
                List<Object> list = new ArrayList<>();
                for (String t = next(); !t.equals("END_ARRAY"); t = next()) {
                    list.add(value(t));
                }
                return list;
            }
            case "VALUE_STRING":
                return getText.invoke(parser);
            case "VALUE_NUMBER_INT":
                return getLongValue.invoke(parser);
            case "VALUE_NUMBER_FLOAT":
                return getDoubleValue.invoke(parser);
            case "VALUE_TRUE":
                return Boolean.TRUE;
            case "VALUE_FALSE":
                return Boolean.FALSE;
            case "VALUE_NULL":
                return null;
            default:
                throw new AssertionError("unexpected JSON token " + token);
            }
        }
    }
}
