package org.cruise.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cruise.core.ExitCode;
import org.cruise.core.sys.LibC;
import org.cruise.core.sys.NativeException;
import org.cruise.core.sys.Spawn;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code cruise demo}: the paper's evaluation on this machine. A small C web server whose
 * resolve_path() does not reject ".." is compiled with its fixed version, started, and asked for
 * /etc/passwd through "../" on one kept-alive connection; {@code cruise update} then switches the
 * running server to the fixed program, and the same request on the same connection must be
 * refused while the server's request counter goes on. Every step is printed; the first that does
 * not hold ends the demo with its name.
 * <p>
 * The sources ship in this bundle (/demo/*.c) and are compiled with the machine's gcc into a
 * private temporary directory (0700) that is removed, with the server, whatever happens. The
 * update runs in this process through the same command line a user types.
 */
@Command(name = "demo",
        description = {
                "Run the paper's demo: a web server with a directory-traversal bug is switched, while running, "
                        + "to its fixed version between two requests on one kept-alive connection.",
                "Needs gcc. Prints each step and the update's downtime." },
        mixinStandardHelpOptions = true,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:every step held: bug shown, update done, same connection now refused, counter continued",
                "1:internal error (compiling or running the demo server failed)",
                "2:usage error",
                "3:a check failed (the bug, the fix or the counter), or cruise update refused",
                "4:cruise update reported a target process problem",
        })
final class DemoCommand implements Callable<Integer> {

    private static final Pattern LISTENING = Pattern.compile("listening 127\\.0\\.0\\.1:(\\d+)");
    /** How cruise update reports the downtime, e.g. "downtime: 1.42 ms" or "downtime 950 us". */
    static final Pattern DOWNTIME = Pattern.compile("(?i)downtime\\W{0,3}\\s*([0-9]+(?:\\.[0-9]+)?\\s*(?:ms|us|µs|s))\\b");
    private static final int IO_TIMEOUT_MILLIS = 20_000;
    private static final String INDEX = "<html><body><h1>CRUISE demo</h1></body></html>\n";
    private static final Path PASSWD = Path.of("/etc/passwd");

    @Option(names = "--update-timeout", paramLabel = "DURATION", defaultValue = "30s",
            description = "Passed to cruise update as --timeout: how long it may wait for a safe point (default: ${DEFAULT-VALUE}).")
    String updateTimeout;

    @Spec
    CommandSpec spec;

    private PrintWriter out;

    /** A step that did not hold: its name, what happened, the exit code. */
    private static final class StepFailed extends Exception {
        private static final long serialVersionUID = 1L;
        final ExitCode code;

        StepFailed(ExitCode code, String message) {
            super(message);
            this.code = code;
        }
    }

    @Override
    public Integer call() throws Exception {
        out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        out.println("cruise demo: live update of a web server with a directory-traversal bug");
        Path work = Files.createTempDirectory("cruise-demo-",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        // The document root is the directory itself: directly under /tmp, "/../../etc/passwd" leaves it
        // for /etc/passwd as in the paper. What the demo builds and logs goes into build/.
        Path docroot = work;
        Path build = work.resolve("build");
        int pid = -1;
        String step = "1 (compile)";
        try {
            Files.createDirectories(build);
            Path[] programs = compile(build);
            step = "2 (start v1)";
            Files.writeString(docroot.resolve("index.html"), INDEX);
            pid = start(programs[0], docroot, build);
            int port = awaitPort(pid, build);
            out.printf("[2] started v1: pid %d, listening on 127.0.0.1:%d, document root %s%n", pid, port, docroot);
            try (DemoHttp http = new DemoHttp(port, IO_TIMEOUT_MILLIS)) {
                step = "3 (first request)";
                out.println("[3] one keep-alive connection from " + http.localAddress());
                DemoHttp.Response index = http.get("/index.html");
                out.println("    GET /index.html -> " + index.summary());
                check(index.status() == 200 && new String(index.body(), StandardCharsets.UTF_8).equals(INDEX)
                        && index.requestCount() >= 1, "expected 200 with index.html and a request count, got "
                                + index.summary());

                step = "4 (the bug)";
                String traversal = "/" + "../".repeat(docroot.toRealPath().getNameCount()) + "etc/passwd";
                DemoHttp.Response leaked = http.get(traversal);
                byte[] passwd = Files.readAllBytes(PASSWD);
                out.println("[4] GET " + traversal + " -> " + leaked.summary()
                        + (Arrays.equals(leaked.body(), passwd) ? " (the contents of /etc/passwd: the bug)" : ""));
                check(leaked.status() == 200 && Arrays.equals(leaked.body(), passwd),
                        "v1 was expected to leak /etc/passwd (the bug), got " + leaked.summary());
                check(leaked.requestCount() == index.requestCount() + 1, "the request count did not go from "
                        + index.requestCount() + " to " + (index.requestCount() + 1) + ": " + leaked.summary());
                long before = leaked.requestCount();

                step = "5 (update)";
                String downtime = update(pid, programs[1]);

                step = "6 (the fix, same connection)";
                DemoHttp.Response refused = afterUpdate(http, traversal, pid);
                out.println("[6] same connection " + http.localAddress() + ": GET " + traversal + " -> "
                        + refused.summary());
                check(refused.status() == 403, "the updated server was expected to refuse with 403, got "
                        + refused.summary() + (Arrays.equals(refused.body(), passwd) ? " with /etc/passwd" : ""));
                check(refused.requestCount() == before + 1, "the request counter did not continue: expected "
                        + (before + 1) + " after " + before + ", got " + refused.summary());
                DemoHttp.Response again = afterUpdate(http, "/index.html", pid);
                out.println("    GET /index.html -> " + again.summary());
                check(again.status() == 200 && again.requestCount() == before + 2,
                        "the updated server did not serve index.html as request " + (before + 2) + ": "
                                + again.summary());
                out.println("demo passed: the running server (pid " + pid + ") was switched to the fixed program "
                        + "between two requests on one connection; the counter went on from " + before
                        + "; downtime " + downtime + ".");
                return ExitCode.OK.code();
            }
        } catch (StepFailed e) {
            err.println("cruise demo: step " + step + " failed: " + e.getMessage());
            return e.code.code();
        } catch (IOException | NativeException e) {
            err.println("cruise demo: step " + step + " failed: " + e.getMessage() + serverOutput(build));
            return ExitCode.INTERNAL.code();
        } finally {
            stop(pid);
            deleteTree(work);
        }
    }

    /** A request after the update: a lost connection is a failed check, not an internal error. */
    private static DemoHttp.Response afterUpdate(DemoHttp http, String target, int pid) throws StepFailed {
        try {
            return http.get(target);
        } catch (IOException e) {
            throw new StepFailed(ExitCode.REFUSED, "the connection did not survive the update: GET " + target + ": "
                    + e.getMessage() + (alive(pid) ? "" : "; the server (pid " + pid + ") is gone"));
        }
    }

    private static boolean alive(int pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Integer.toString(pid), "stat"));
            return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
        } catch (IOException e) {
            return false;
        }
    }

    private static void check(boolean holds, String message) throws StepFailed {
        if (!holds) {
            throw new StepFailed(ExitCode.REFUSED, message);
        }
    }

    /** Writes the shipped sources into work/v1 and work/v2 and compiles each; returns {v1, v2}. */
    private Path[] compile(Path work) throws IOException, StepFailed, InterruptedException {
        Path[] programs = new Path[2];
        for (int v = 1; v <= 2; v++) {
            Path dir = Files.createDirectories(work.resolve("v" + v));
            // The same file name for both versions: they differ only where their sources do.
            Path source = dir.resolve("webserver.c");
            try (InputStream in = DemoCommand.class.getResourceAsStream("/demo/webserver_v" + v + ".c")) {
                if (in == null) {
                    throw new IOException("/demo/webserver_v" + v + ".c is missing from the cruise installation");
                }
                Files.write(source, in.readAllBytes());
            }
            programs[v - 1] = dir.resolve("webserver");
            List<String> gcc = List.of("gcc", "-O2", "-g", "-Wall", "-o", programs[v - 1].toString(), source.toString());
            out.println("[1] compile v" + v + (v == 1 ? " (bug)" : " (fix)") + ": " + String.join(" ", gcc));
            runTool(gcc, work);
        }
        return programs;
    }

    /** Runs a tool that is never traced (ProcessBuilder is fine for those) to completion. */
    private static void runTool(List<String> command, Path work) throws IOException, InterruptedException, StepFailed {
        Path log = work.resolve("tool.log");
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new StepFailed(ExitCode.INTERNAL, "cannot run " + command.get(0) + " (cruise demo needs gcc): "
                    + e.getMessage());
        }
        if (!p.waitFor(2, TimeUnit.MINUTES)) {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new StepFailed(ExitCode.INTERNAL, String.join(" ", command) + " did not finish within 2 minutes");
        }
        String output = Files.readString(log);
        if (p.exitValue() != 0 || !output.isBlank()) {
            // The shipped sources compile without a warning: any output means something is wrong here.
            throw new StepFailed(ExitCode.INTERNAL, String.join(" ", command) + " exited with " + p.exitValue()
                    + (output.isBlank() ? "" : ":\n" + output.strip()));
        }
    }

    /**
     * Starts the server with posix_spawn, as a child of this thread (a ProcessBuilder child would be
     * waited for by the JDK's reaper thread, which would take the ptrace stops of the update). Its
     * stdout and stderr go to files in work.
     */
    private static int start(Path program, Path docroot, Path work) throws NativeException {
        List<String> argv = List.of("/bin/sh", "-c", "exec \"$0\" \"$1\" 0 >\"$2\" 2>\"$3\"", program.toString(),
                docroot.toString(), work.resolve("server.out").toString(), work.resolve("server.err").toString());
        return Spawn.spawn("/bin/sh", argv, Map.of("PATH", "/usr/bin:/bin"));
    }

    /** The port from the server's first stdout line; fails if it ends first or takes over 20 s. */
    private static int awaitPort(int pid, Path work) throws IOException, InterruptedException, StepFailed {
        Path stdout = work.resolve("server.out");
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(IO_TIMEOUT_MILLIS);
        while (true) {
            String first = Files.exists(stdout) ? Files.readString(stdout).lines().findFirst().orElse("") : "";
            Matcher m = LISTENING.matcher(first);
            if (m.matches()) {
                return Integer.parseInt(m.group(1));
            }
            int[] status = new int[1];
            if (LibC.waitpid(pid, status, LibC.WNOHANG) == pid) {
                throw new StepFailed(ExitCode.INTERNAL, "the server (pid " + pid + ") ended before listening"
                        + serverOutput(work));
            }
            if (System.nanoTime() > deadline) {
                throw new StepFailed(ExitCode.INTERNAL, "the server (pid " + pid + ") did not print its port within "
                        + IO_TIMEOUT_MILLIS / 1000 + " s" + serverOutput(work));
            }
            Thread.sleep(10);
        }
    }

    /**
     * Runs {@code cruise update --pid PID --to V2} in this process, as a user would type it, shows
     * its output, and returns the downtime it reports.
     */
    private String update(int pid, Path v2) throws StepFailed {
        List<String> args = new ArrayList<>(List.of("update", "--pid", Integer.toString(pid), "--to", v2.toString(),
                "--timeout", updateTimeout));
        if (debugRequested()) {
            args.add("--debug");
        }
        out.println("[5] cruise " + String.join(" ", args));
        out.flush();
        ByteArrayOutputStream updateOut = new ByteArrayOutputStream();
        ByteArrayOutputStream updateErr = new ByteArrayOutputStream();
        int code = CruiseCommand.run(args.toArray(String[]::new), new PrintStream(updateOut, true, StandardCharsets.UTF_8),
                new PrintStream(updateErr, true, StandardCharsets.UTF_8));
        String report = updateOut.toString(StandardCharsets.UTF_8);
        String errors = updateErr.toString(StandardCharsets.UTF_8);
        for (String line : (report + errors).split("\n")) {
            if (!line.isBlank()) {
                out.println("    | " + line);
            }
        }
        out.println("    cruise update exited with " + code);
        if (code != 0) {
            // Refused and target problems keep their codes; anything else is the demo's failure.
            ExitCode demoCode = code == ExitCode.REFUSED.code() ? ExitCode.REFUSED
                    : code == ExitCode.TARGET.code() ? ExitCode.TARGET : ExitCode.INTERNAL;
            String first = errors.isBlank() ? report.strip() : errors.strip();
            throw new StepFailed(demoCode, "cruise update exited with " + code
                    + (first.isEmpty() ? "" : ": " + first.lines().findFirst().orElse("")));
        }
        Matcher m = DOWNTIME.matcher(report);
        if (!m.find()) {
            throw new StepFailed(ExitCode.INTERNAL,
                    "cruise update succeeded but its report names no downtime (expected e.g. 'downtime: 1.2 ms')");
        }
        String downtime = m.group(1);
        out.println("    downtime " + downtime);
        try {
            Path exe = Files.readSymbolicLink(Path.of("/proc", Integer.toString(pid), "exe"));
            out.println("    the server (pid " + pid + ") now runs " + exe);
        } catch (IOException e) {
            out.println("    the server (pid " + pid + ") cannot be inspected: " + e.getMessage());
        }
        return downtime;
    }

    /** --debug given to cruise or to demo (the option is inherited): passed on to the update. */
    private boolean debugRequested() {
        for (CommandSpec s = spec; s != null; s = s.parent()) {
            ParseResult parsed = s.commandLine().getParseResult();
            if (parsed != null && parsed.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }

    /** Kills and reaps the server (this thread is its parent); nothing if it never started. */
    private static void stop(int pid) {
        if (pid <= 0) {
            return;
        }
        LibC.kill(pid, LibC.SIGKILL);
        int[] status = new int[1];
        while (LibC.waitpid(pid, status, LibC.WALL) == pid && !LibC.exited(status[0]) && !LibC.signaled(status[0])) {
            // a stop reported before the kill took effect: wait for the end
        }
    }

    private static String serverOutput(Path work) {
        StringBuilder b = new StringBuilder();
        for (String name : List.of("server.out", "server.err")) {
            try {
                String text = Files.readString(work.resolve(name)).strip();
                if (!text.isEmpty()) {
                    b.append("\n  server ").append(name.substring(7)).append(": ").append(text);
                }
            } catch (IOException e) {
                // not written
            }
        }
        return b.toString();
    }

    private static void deleteTree(Path root) {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            System.err.println("cruise demo: could not remove " + root + ": " + e.getMessage());
        }
    }
}
