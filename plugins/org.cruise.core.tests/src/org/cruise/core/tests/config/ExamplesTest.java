package org.cruise.core.tests.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.cruise.core.config.ConfigLoader;
import org.cruise.core.config.FunctionListFile;
import org.cruise.model.CheckpointConfig;
import org.cruise.model.DestinationKind;
import org.cruise.model.UpdateConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The configs shipped in examples/ teach the syntax, so they must stay valid. */
class ExamplesTest {

    private static Path examples;

    /** Tycho runs tests in the test bundle's directory; the examples are at the repository root. */
    @BeforeAll
    static void findExamples() {
        Path directory = Path.of("").toAbsolutePath();
        while (directory != null && !Files.isRegularFile(directory.resolve("examples/checkpoint.yaml"))) {
            directory = directory.getParent();
        }
        assertTrue(directory != null, "no examples/checkpoint.yaml above " + Path.of("").toAbsolutePath());
        examples = directory.resolve("examples");
    }

    @Test
    void checkpointExampleIsValid() throws Exception {
        CheckpointConfig config = ConfigLoader.loadCheckpoint(examples.resolve("checkpoint.yaml"));
        assertEquals("/usr/bin/sleep", config.getProgram());
        assertEquals(List.of("/usr/bin/sleep", "1000"), config.getCommand());
        assertEquals(examples.resolve("snapshots").toString(), config.getStore());
        assertEquals(List.of("libc.so.6:clock_nanosleep"), config.getFunctions());
        assertEquals(3, config.getKeepLast());
        assertEquals(2000, config.getMinIntervalMillis());
        assertFalse(config.isTcp());
    }

    @Test
    void updateExampleIsValid() throws Exception {
        UpdateConfig config = ConfigLoader.loadUpdate(examples.resolve("update.yaml"));
        assertEquals("/usr/bin/sleep", config.getOldProgram());
        assertEquals("/usr/bin/sleep", config.getNewProgram());
        assertEquals(examples.resolve("snapshots/0001").toString(), config.getSnapshot());
        assertEquals(examples.resolve("updated-functions.txt").toString(), config.getUpdatedFunctionsFile());
        assertEquals(DestinationKind.LAUNCH, config.getDestination());
        assertEquals(30_000, config.getTimeoutMillis());
        assertFalse(config.isAllowDataChange());
        assertEquals(List.of("handle_request", "parse_header.constprop.0"),
                FunctionListFile.read(Path.of(config.getUpdatedFunctionsFile())));
    }
}
