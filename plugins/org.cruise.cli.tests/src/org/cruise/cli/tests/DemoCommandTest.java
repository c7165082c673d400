package org.cruise.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.cruise.cli.CruiseCommand;
import org.junit.jupiter.api.Test;

/**
 * {@code cruise demo} without a successful update: the steps before the update run on a real
 * server, a failing update ends the demo with a message naming the step and a non-zero exit
 * code, and nothing is left behind (server process, temporary directory). The full demo, which
 * needs {@code cruise update}, is {@link DemoCommandIT}.
 */
class DemoCommandTest {

    static final Pattern SERVER_PID = Pattern.compile("started v1: pid (\\d+)");

    /** A duration cruise update cannot accept: the update fails as a usage error whatever it can do. */
    @Test
    void failingUpdateEndsTheDemoNamingTheStepAndLeavesNothingBehind() throws IOException {
        Set<Path> before = demoDirs();
        CliRun run = CliRun.of("demo", "--update-timeout", "soon");
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.out().contains("[1] compile v1 (bug): gcc"), run::toString);
        assertTrue(run.out().contains("[1] compile v2 (fix): gcc"), run::toString);
        assertTrue(run.out().matches("(?s).*\\[3\\] one keep-alive connection from 127\\.0\\.0\\.1:\\d+\\n"
                + "    GET /index.html -> 200 OK, \\d+ bytes, X-Request-Count: 1\\n.*"), run::toString);
        assertTrue(run.out().matches("(?s).*\\[4\\] GET (/\\.\\.)+/etc/passwd -> 200 OK, \\d+ bytes, X-Request-Count: 2 "
                + "\\(the contents of /etc/passwd: the bug\\)\\n.*"), run::toString);
        assertTrue(run.out().contains("[5] cruise update --pid "), run::toString);
        assertTrue(run.err().startsWith("cruise demo: step 5 (update) failed: cruise update exited with 2"), run::toString);
        assertFalse(run.out().contains("[6]"), run::toString);
        assertNothingLeft(run, before);
    }

    @Test
    void helpDescribesTheDemo() {
        CliRun run = CliRun.of("demo", "--help");
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("directory-traversal bug"), run::toString);
        assertTrue(run.out().contains("--update-timeout"), run::toString);
    }

    /**
     * The demo's sources ship inside the cli bundle (/demo/*.c); the engine tests use
     * programs/update/ of org.cruise.core.tests. They must be the same files.
     */
    @Test
    void shippedSourcesAreTheEngineTestsPrograms() throws IOException {
        Path programs = programsDir();
        for (String name : List.of("webserver_v1.c", "webserver_v2.c")) {
            try (InputStream in = CruiseCommand.class.getResourceAsStream("/demo/" + name)) {
                assertNotNull(in, "/demo/" + name + " is in the cli bundle");
                assertArrayEquals(Files.readAllBytes(programs.resolve(name)), in.readAllBytes(),
                        "plugins/org.cruise.cli/demo/" + name + " differs from " + programs.resolve(name));
            }
        }
    }

    /** The server the run started is gone and the run's temporary directory removed. */
    static void assertNothingLeft(CliRun run, Set<Path> before) throws IOException {
        Matcher pid = SERVER_PID.matcher(run.out());
        assertTrue(pid.find(), run::toString);
        assertFalse(Files.exists(Path.of("/proc", pid.group(1))), "server pid " + pid.group(1) + " is gone");
        Set<Path> after = demoDirs();
        after.removeAll(before);
        assertEquals(Set.of(), after, "temporary directories the demo left behind");
    }

    static Set<Path> demoDirs() throws IOException {
        try (Stream<Path> s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return s.filter(p -> p.getFileName().toString().startsWith("cruise-demo-")).collect(Collectors.toSet());
        }
    }

    /** plugins/org.cruise.core.tests/programs/update, looked for from the working directory upwards. */
    private static Path programsDir() throws IOException {
        List<Path> tried = new ArrayList<>();
        for (Path d = Path.of(System.getProperty("user.dir")).toAbsolutePath(); d != null; d = d.getParent()) {
            for (Path c : List.of(d.resolve("plugins/org.cruise.core.tests/programs/update"),
                    d.resolve("org.cruise.core.tests/programs/update"))) {
                tried.add(c);
                if (Files.isDirectory(c)) {
                    return c;
                }
            }
        }
        throw new IOException("programs/update not found; tried " + tried);
    }
}
