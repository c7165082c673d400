package org.cruise.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * {@code cruise demo} end to end, as a user runs it: compile, the bug, {@code cruise update}, the
 * fix on the same connection, the counter continued, the downtime; exit 0. Needs a working
 * {@code cruise update}.
 */
class DemoEndToEndTest {

    @Test
    void demoPasses() throws Exception {
        Set<Path> before = DemoCommandTest.demoDirs();
        CliRun run = CliRun.of("demo");
        assertEquals(0, run.exitCode(), run::toString);
        String out = run.out();
        assertTrue(out.matches("(?s).*\\[4\\] GET (/\\.\\.)+/etc/passwd -> 200 OK, \\d+ bytes, X-Request-Count: 2 "
                + "\\(the contents of /etc/passwd: the bug\\)\\n.*"), run::toString);
        assertTrue(out.contains("    cruise update exited with 0\n"), run::toString);
        assertTrue(out.matches("(?s).*\\n    downtime [0-9.]+ ?(ms|us|µs|s)\\n.*"), run::toString);
        assertTrue(out.matches("(?s).*\\[6\\] same connection 127\\.0\\.0\\.1:\\d+: GET (/\\.\\.)+/etc/passwd -> "
                + "403 Forbidden, 9 bytes, X-Request-Count: 3\\n"
                + "    GET /index.html -> 200 OK, \\d+ bytes, X-Request-Count: 4\\n.*"), run::toString);
        assertTrue(out.contains("demo passed: "), run::toString);
        assertEquals("", run.err(), run::toString);
        DemoCommandTest.assertNothingLeft(run, before);
    }
}
