package org.cruise.core.tests.config;

import static org.cruise.core.tests.support.Configs.assertProblems;
import static org.cruise.core.tests.support.Configs.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.cruise.core.config.ConfigLoader;
import org.cruise.core.tests.support.Programs;
import org.cruise.model.DestinationKind;
import org.cruise.model.UpdateConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UpdateConfigTest {

    private static final String KEYS = "(expected one of: old-program, new-program, snapshot, pid, updated-functions,"
            + " destination, timeout, allow-data-change)";

    @TempDir
    Path dir;

    @BeforeEach
    void writeFunctionList() throws Exception {
        Files.writeString(dir.resolve("changed.txt"), "handle_request\n");
    }

    @Test
    void readsASnapshotRestore() throws Exception {
        Path file = config(
                "old-program: /usr/bin/sleep",
                "new-program: /usr/bin/sleep",
                "snapshot: store/0001",
                "updated-functions: changed.txt",
                "timeout: 2s",
                "allow-data-change: true");
        UpdateConfig config = ConfigLoader.loadUpdate(file);
        assertEquals("/usr/bin/sleep", config.getOldProgram());
        assertEquals("/usr/bin/sleep", config.getNewProgram());
        assertEquals(dir.resolve("store/0001").toString(), config.getSnapshot());
        assertEquals(0, config.getPid());
        assertEquals(dir.resolve("changed.txt").toString(), config.getUpdatedFunctionsFile());
        assertFalse(config.isUpdatedFunctionsAuto());
        assertEquals(DestinationKind.LAUNCH, config.getDestination());
        assertEquals(0, config.getDestinationPid());
        assertEquals(2000, config.getTimeoutMillis());
        assertTrue(config.isAllowDataChange());
    }

    @Test
    void readsAnUpdateOfARunningProcess() throws Exception {
        Path program = Programs.gcc(dir, "server-v2", "-no-pie");
        Path file = config(
                "old-program: /usr/bin/sleep",
                "new-program: server-v2",
                "pid: 1234",
                "updated-functions: auto");
        UpdateConfig config = (UpdateConfig) ConfigLoader.load(file);
        assertEquals(program.toString(), config.getNewProgram());
        assertNull(config.getSnapshot());
        assertEquals(1234, config.getPid());
        assertTrue(config.isUpdatedFunctionsAuto());
        assertNull(config.getUpdatedFunctionsFile());
        assertEquals(DestinationKind.PID, config.getDestination());
        assertEquals(1234, config.getDestinationPid());
        assertEquals(0, config.getTimeoutMillis());
        assertFalse(config.isAllowDataChange());
    }

    @Test
    void restoresIntoAGivenProcess() throws Exception {
        Path file = config(
                "old-program: /usr/bin/sleep",
                "new-program: /usr/bin/sleep",
                "snapshot: s",
                "updated-functions: auto",
                "destination: 777");
        UpdateConfig config = ConfigLoader.loadUpdate(file);
        assertEquals(DestinationKind.PID, config.getDestination());
        assertEquals(777, config.getDestinationPid());
        Path same = config(
                "old-program: /usr/bin/sleep",
                "new-program: /usr/bin/sleep",
                "pid: 55",
                "updated-functions: auto",
                "destination: 55");
        assertEquals(55, ConfigLoader.loadUpdate(same).getDestinationPid());
    }

    @Test
    void destinationMustMatchThePidOfARunningProcess() throws Exception {
        Path file = config(
                "old-program: /usr/bin/sleep",
                "new-program: /usr/bin/sleep",
                "pid: 55",
                "updated-functions: auto",
                "destination: launch");
        assertProblems(file, "5:14: 'destination' must be absent or equal to 'pid' (55) when updating a running"
                + " process, found 'launch'");
        Path other = config(
                "old-program: /usr/bin/sleep",
                "new-program: /usr/bin/sleep",
                "pid: 55",
                "updated-functions: auto",
                "destination: 56");
        assertProblems(other, "5:14: 'destination' must be absent or equal to 'pid' (55) when updating a running"
                + " process, found 56");
        Path bad = config(
                "old-program: /usr/bin/sleep",
                "new-program: /usr/bin/sleep",
                "snapshot: s",
                "updated-functions: auto",
                "destination: here");
        assertProblems(bad, "5:14: 'destination' must be 'launch' or a positive integer (the id of a process to update"
                + " in place), found 'here'");
    }

    @Test
    void snapshotAndPidAreExclusive() throws Exception {
        Path both = config(
                "old-program: /usr/bin/sleep",
                "new-program: /usr/bin/sleep",
                "pid: 5",
                "snapshot: s",
                "updated-functions: auto");
        assertProblems(both, "4:1: give either 'snapshot' or 'pid', not both ('snapshot' restores a snapshot"
                + " directory, 'pid' updates a running process)");
        Path neither = config(
                "old-program: /usr/bin/sleep",
                "new-program: /usr/bin/sleep",
                "updated-functions: auto");
        assertProblems(neither, "1:1: missing 'snapshot' or 'pid': give exactly one ('snapshot' restores a snapshot"
                + " directory, 'pid' updates a running process)");
    }

    @Test
    void missingRequiredKeys() throws Exception {
        Path file = config("kind: update", "snapshot: s");
        assertProblems(file,
                "1:1: missing required key 'old-program' (the path of the executable the snapshot or process runs)",
                "1:1: missing required key 'new-program' (the path of the updated executable)",
                "1:1: missing required key 'updated-functions' (a file listing the changed functions, or 'auto')");
    }

    @Test
    void updatedFunctionsFileMustExistAndBeValid() throws Exception {
        Path missing = config(
                "old-program: /usr/bin/sleep",
                "new-program: /usr/bin/sleep",
                "snapshot: s",
                "updated-functions: nothing-here.txt");
        assertProblems(missing, "4:20: 'updated-functions' must be a file with one function name per line, or"
                + " 'auto', but " + dir.resolve("nothing-here.txt") + " does not exist");
        Path directory = config(
                "old-program: /usr/bin/sleep",
                "new-program: /usr/bin/sleep",
                "snapshot: s",
                "updated-functions: .");
        assertProblems(directory, "4:20: 'updated-functions' must be a file with one function name per line, or"
                + " 'auto', but " + dir + " is a directory");
        Path list = Files.writeString(dir.resolve("bad-list.txt"), "main\n  two words\nmain\n");
        Path invalid = config(
                "old-program: /usr/bin/sleep",
                "new-program: /usr/bin/sleep",
                "snapshot: s",
                "updated-functions: bad-list.txt",
                "timeout: 1x");
        assertProblems(invalid,
                "5:10: 'timeout': expected a duration such as 500ms, 2s, 1.5m or 1h (a number followed by ms, s, m or"
                        + " h), found '1x'",
                list + ":2:3: 'two words' is not a function name: expected a C identifier, optionally with a compiler"
                        + " clone suffix (foo, foo.constprop.0, foo.isra.0, foo.part.0, foo.cold), or LIB:FUNC"
                        + " (libc.so.6:malloc), one per line",
                list + ":3:1: duplicate function 'main' (first listed on line 1)");
    }

    @Test
    void programsAreChecked() throws Exception {
        Path object = Programs.gcc(dir, "new.o", "-c");
        Path file = config(
                "old-program: /usr/lib/x86_64-linux-gnu/libc.so.6",
                "new-program: new.o",
                "snapshot: s",
                "updated-functions: auto",
                "allow-data-change: no");
        assertProblems(file,
                "1:14: 'old-program' must be an ELF 64-bit x86-64 executable, but /usr/lib/x86_64-linux-gnu/libc.so.6"
                        + " is a shared library, not an executable",
                "2:14: 'new-program' must be an ELF 64-bit x86-64 executable, but " + object
                        + " is a relocatable object, not an executable",
                "5:20: 'allow-data-change' must be true or false, found a string ('no' is not a boolean in YAML 1.2)");
    }

    @Test
    void unknownKeysAreNamed() throws Exception {
        Path file = config(
                "old-program: /usr/bin/sleep",
                "new-program: /usr/bin/sleep",
                "snapshot: s",
                "updated-functions: auto",
                "updated_functions: auto",
                "functions: [main]",
                "time-out: 5s");
        assertProblems(file,
                "5:1: unknown key 'updated_functions' " + KEYS + "; did you mean 'updated-functions'?",
                "6:1: unknown key 'functions' " + KEYS + "; 'functions' belongs in a checkpoint config",
                "7:1: unknown key 'time-out' " + KEYS + "; did you mean 'timeout'?");
    }

    private Path config(String... lines) throws Exception {
        return write(dir, "update.yaml", lines);
    }
}
