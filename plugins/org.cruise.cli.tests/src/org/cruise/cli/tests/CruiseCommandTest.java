package org.cruise.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CruiseCommandTest {

    private static Path examples() {
        String dir = System.getProperty("cruise.examples");
        assertTrue(dir != null && Files.isDirectory(Path.of(dir)), "cruise.examples points at examples/: " + dir);
        return Path.of(dir);
    }

    @Test
    void helpListsOnlyWorkingCommandsAndTheExitCodes() {
        CliRun run = CliRun.of("--help");
        assertEquals(0, run.exitCode(), run::toString);
        for (String works : new String[] { "checkpoint", "run", "triggers", "snapshots", "show", "diff", "check", "update", "demo", "validate",
                "workbench" }) {
            assertTrue(run.out().matches("(?s).*\\n\\s+" + works + "\\s.*"), works + " is offered:\n" + run);
        }
        for (String notYet : new String[] { "restore" }) {
            assertFalse(run.out().matches("(?s).*\\n\\s+" + notYet + "\\s.*"), notYet + " is not offered yet:\n" + run);
        }
        for (String code : new String[] { "0", "1", "2", "3", "4" }) {
            assertTrue(run.out().matches("(?s).*\\n\\s+" + code + "\\s+\\S.*"), "exit code " + code + " documented:\n" + run);
        }
    }

    @Test
    void noCommandIsAUsageError() {
        CliRun run = CliRun.of();
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("missing command"), run::toString);
    }

    @Test
    void unknownCommandIsAUsageError() {
        CliRun run = CliRun.of("chekpoint");
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("chekpoint"), run::toString);
    }

    @Test
    void shippedExamplesValidate() {
        CliRun run = CliRun.of("validate", examples().resolve("checkpoint.yaml").toString(),
                examples().resolve("update.yaml").toString());
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("checkpoint config"), run::toString);
        assertTrue(run.out().contains("update config"), run::toString);
        assertEquals("", run.err(), run::toString);
    }

    @Test
    void badConfigNamesFileLineAndColumnAndExitsTwo(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, """
                program: /bin/true
                pid: 1
                store: /tmp/s
                functions: [main]
                stroe: /tmp/other
                """);
        CliRun run = CliRun.of("validate", bad.toString());
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains(bad + ":5:1:"), run::toString);
        assertTrue(run.err().contains("stroe"), run::toString);
    }

    @Test
    void everyFileIsReportedEvenAfterAFailure(@TempDir Path dir) throws IOException {
        Path missing = dir.resolve("missing.yaml");
        CliRun run = CliRun.of("validate", missing.toString(), examples().resolve("checkpoint.yaml").toString());
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains(missing.toString()), run::toString);
        assertTrue(run.out().contains("checkpoint config"), run::toString);
    }

    @Test
    void workbenchOutsideAnInstalledProductIsRefusedClearly() {
        // In the test runtime the cli bundle is not ROOT/plugins/*.jar: the command must say so, not crash.
        CliRun run = CliRun.of("workbench");
        assertTrue(run.exitCode() == 2, run::toString);
        assertTrue(run.err().startsWith("cruise: "), run::toString);
    }
}
