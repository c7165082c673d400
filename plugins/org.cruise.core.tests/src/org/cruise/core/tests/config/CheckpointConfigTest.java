package org.cruise.core.tests.config;

import static org.cruise.core.tests.support.Configs.assertProblems;
import static org.cruise.core.tests.support.Configs.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.cruise.core.config.ConfigLoader;
import org.cruise.core.tests.support.Programs;
import org.cruise.model.CheckpointConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointConfigTest {

    private static final String KEYS = "(expected one of: program, pid, command, store, functions, keep-last,"
            + " min-interval, tcp)";

    @TempDir
    Path dir;

    @Test
    void readsEveryKey() throws Exception {
        Path file = write(dir, "full.yaml",
                "program: /usr/bin/sleep",
                "command: [/usr/bin/sleep, 1000, '--flag']",
                "store: /var/tmp/cruise-store",
                "functions:",
                "  - handle_request",
                "  - parse_header.constprop.0",
                "  - libc.so.6:clock_nanosleep",
                "keep-last: 5",
                "min-interval: 1.5m",
                "tcp: true");
        CheckpointConfig config = ConfigLoader.loadCheckpoint(file);
        assertEquals("/usr/bin/sleep", config.getProgram());
        assertEquals(0, config.getPid());
        assertEquals(List.of("/usr/bin/sleep", "1000", "--flag"), config.getCommand());
        assertEquals("/var/tmp/cruise-store", config.getStore());
        assertEquals(List.of("handle_request", "parse_header.constprop.0", "libc.so.6:clock_nanosleep"),
                config.getFunctions());
        assertEquals(5, config.getKeepLast());
        assertEquals(90_000, config.getMinIntervalMillis());
        assertTrue(config.isTcp());
    }

    @Test
    void leavesOptionalKeysAtTheirDefaults() throws Exception {
        Path file = write(dir, "minimal.yaml",
                "program: /usr/bin/sleep",
                "pid: 4242",
                "store: snapshots",
                "functions: [main]");
        CheckpointConfig config = (CheckpointConfig) ConfigLoader.load(file);
        assertEquals(4242, config.getPid());
        assertTrue(config.getCommand().isEmpty());
        assertEquals(0, config.getKeepLast());
        assertEquals(0, config.getMinIntervalMillis());
        assertFalse(config.isTcp());
    }

    @Test
    void resolvesRelativePathsAgainstTheConfigDirectory() throws Exception {
        Path bin = Files.createDirectories(dir.resolve("build/bin"));
        Programs.gcc(bin, "server");
        Path file = write(dir, "conf/server.yaml",
                "program: ../build/./bin/server",
                "command: server",
                "store: ../var/snapshots",
                "functions: [main]");
        CheckpointConfig config = ConfigLoader.loadCheckpoint(file);
        assertEquals(dir.resolve("build/bin/server").toString(), config.getProgram());
        assertEquals(dir.resolve("var/snapshots").toString(), config.getStore());
        assertEquals(List.of("server"), config.getCommand(), "argv is passed on as written");
        assertTrue(Path.of(config.getProgram()).isAbsolute());
    }

    @Test
    void acceptsPieAndNonPiePrograms() throws Exception {
        for (String flag : List.of("-pie", "-no-pie")) {
            Path program = Programs.gcc(dir, "prog" + flag, flag);
            Path file = write(dir, "c" + flag + ".yaml",
                    "program: " + program.getFileName(),
                    "pid: 1",
                    "store: s",
                    "functions: [main]");
            assertEquals(program.toString(), ConfigLoader.loadCheckpoint(file).getProgram());
        }
    }

    @Test
    void unknownKeySuggestsTheClosestKnownKey() throws Exception {
        Path file = config(
                "program: /usr/bin/sleep",
                "pid: 1",
                "functions: [main]",
                "store: s",
                "",
                "",
                "",
                "",
                "stroe: x",
                "Keep_Last: 2",
                "timeout: 3s",
                "colour: red");
        assertProblems(file,
                "9:1: unknown key 'stroe' " + KEYS + "; did you mean 'store'?",
                "10:1: unknown key 'Keep_Last' " + KEYS + "; did you mean 'keep-last'?",
                "11:1: unknown key 'timeout' " + KEYS + "; 'timeout' belongs in an update config",
                "12:1: unknown key 'colour' " + KEYS);
    }

    @Test
    void wrongTypesAreReportedAtTheValue() throws Exception {
        Path file = config(
                "program: 42",
                "pid: '12'",
                "store: [a, b]",
                "functions: main",
                "keep-last: two",
                "tcp: yes",
                "min-interval: true");
        assertProblems(file,
                "1:10: 'program' must be a string (the path of the executable to checkpoint), found a number",
                "2:6: 'pid' must be a positive integer (the id of a running process), found a string",
                "3:8: 'store' must be a string (where snapshots are written), found a list",
                "4:12: 'functions' must be a list of function names, found a string (write a list, e.g. [main])",
                "5:12: 'keep-last' must be an integer >= 1 (how many snapshots to keep), found a string",
                "6:6: 'tcp' must be true or false, found a string ('yes' is not a boolean in YAML 1.2)",
                "7:15: 'min-interval' must be a duration such as 500ms, 2s, 1.5m or 1h (a number followed by ms, s, m"
                        + " or h), found a boolean");
    }

    @Test
    void functionsMustBeAListOfValidDistinctNames() throws Exception {
        Path file = config(
                "program: /usr/bin/sleep",
                "pid: 1",
                "store: s",
                "functions:",
                "  - main",
                "  - 'do work'",
                "  - 7",
                "  - main");
        assertProblems(file,
                "6:5: 'do work' is not a function name: expected a C identifier, optionally with a compiler clone"
                        + " suffix (foo, foo.constprop.0, foo.isra.0, foo.part.0, foo.cold), or LIB:FUNC (libc.so.6:malloc)",
                "7:5: each item of 'functions' must be a function name, found a number",
                "8:5: duplicate function 'main' (first listed at line 5, column 5)");
    }

    @Test
    void functionsMustNotBeEmpty() throws Exception {
        Path file = config("program: /usr/bin/sleep", "pid: 1", "store: s", "functions: []");
        assertProblems(file, "4:12: 'functions' must list at least one function name");
    }

    @Test
    void missingRequiredKeysAreReportedAtTheMapping() throws Exception {
        Path file = config("# a checkpoint config", "", "kind: checkpoint", "tcp: false");
        assertProblems(file,
                "3:1: missing required key 'program' (the path of the executable to checkpoint)",
                "3:1: missing 'pid' or 'command': give exactly one ('pid' attaches to a running process,"
                        + " 'command' starts one)",
                "3:1: missing required key 'store' (a directory for snapshots)",
                "3:1: missing required key 'functions' (the functions whose returns trigger a checkpoint)");
    }

    @Test
    void pidAndCommandAreExclusive() throws Exception {
        Path file = config(
                "program: /usr/bin/sleep",
                "command: [/usr/bin/sleep, '10']",
                "store: s",
                "functions: [main]",
                "pid: 99");
        assertProblems(file,
                "5:1: give either 'pid' or 'command', not both ('pid' attaches to a running process, 'command' starts one)");
    }

    @Test
    void pidAndCommandValuesAreChecked() throws Exception {
        Path file = config(
                "program: /usr/bin/sleep",
                "pid: 0",
                "store: s",
                "functions: [main]");
        assertProblems(file, "2:6: 'pid' must be a positive integer (the id of a running process), found 0");
        Path command = write(dir, "command.yaml",
                "program: /usr/bin/sleep",
                "command: ['', x]",
                "store: s",
                "functions: [main]");
        assertProblems(command, "2:11: 'command' must start with the program to run, found an empty string");
        Path nested = write(dir, "nested.yaml",
                "program: /usr/bin/sleep",
                "command: [a, [b], ~]",
                "store: s",
                "functions: [main]");
        assertProblems(nested,
                "2:14: each item of 'command' must be a string, found a list",
                "2:19: each item of 'command' must be a string, found no value");
    }

    @Test
    void badDurationsShowTheExpectedForm() throws Exception {
        Path file = config(
                "program: /usr/bin/sleep",
                "pid: 1",
                "store: s",
                "functions: [main]",
                "min-interval: 5 sec");
        assertProblems(file, "5:15: 'min-interval': expected a duration such as 500ms, 2s, 1.5m or 1h (a number"
                + " followed by ms, s, m or h), found '5 sec'");
        Path bare = write(dir, "bare.yaml",
                "program: /usr/bin/sleep",
                "pid: 1",
                "store: s",
                "functions: [main]",
                "min-interval: 250");
        assertProblems(bare, "5:15: 'min-interval': expected a duration such as 500ms, 2s, 1.5m or 1h (a number"
                + " followed by ms, s, m or h), found '250'; add a unit, e.g. 250s");
    }

    @Test
    void duplicateKeysAreErrors() throws Exception {
        Path file = config(
                "program: /usr/bin/sleep",
                "pid: 1",
                "store: s",
                "functions: [main]",
                "pid: 2");
        assertProblems(file, "5:1: duplicate key 'pid' (first given at line 2, column 1)");
    }

    @Test
    void storeMustNotBeAFile() throws Exception {
        Files.writeString(dir.resolve("taken"), "x");
        Path file = config("program: /usr/bin/sleep", "pid: 1", "store: taken", "functions: [main]");
        assertProblems(file, "3:8: 'store' must be a directory (where snapshots are written), but "
                + dir.resolve("taken") + " is a file");
    }

    @Test
    void tildeIsNotExpanded() throws Exception {
        Path file = config("program: ~/bin/server", "pid: 1", "store: s", "functions: [main]");
        assertProblems(file,
                "1:10: 'program' starts with '~', which is not expanded in config files; write the full path");
    }

    @Test
    void programMustBeAnX8664Executable() throws Exception {
        Files.writeString(dir.resolve("README.txt"), "not a program\n");
        Files.createDirectory(dir.resolve("bin"));
        Path object = Programs.gcc(dir, "object.o", "-c");
        Path i386 = Programs.i386Executable(dir);
        Path aarch64 = Programs.jnaDispatchLibrary(dir, "linux-aarch64");
        String expected = "'program' must be an ELF 64-bit x86-64 executable, but ";
        for (String[] c : new String[][] {
                { "bin", dir.resolve("bin") + " is a directory" },
                { "missing", dir.resolve("missing") + " does not exist" },
                { "README.txt", dir.resolve("README.txt") + " is not an ELF file" },
                { object.toString(), object + " is a relocatable object, not an executable" },
                { i386.toString(), i386 + " is a 32-bit ELF (i386), expected 64-bit x86-64" },
                { aarch64.toString(), aarch64 + " is an ELF for machine AArch64, expected x86-64" },
                { Programs.LIBC.toString(), Programs.LIBC + " is a shared library, not an executable" } }) {
            Path file = write(dir, "program.yaml", "program: " + c[0], "pid: 1", "store: s", "functions: [main]");
            assertProblems(file, "1:10: " + expected + c[1]);
        }
    }

    @Test
    void reportsEveryProblemOfAFileInOrder() throws Exception {
        Path file = config(
                "program: /usr/lib/x86_64-linux-gnu/libc.so.6",
                "pid: -3",
                "store: ''",
                "functions: [ok, 'not ok']",
                "keep-last: 0",
                "min-interval: 2d",
                "tcp: 1",
                "stroe: x",
                "pid: 4");
        assertProblems(file,
                "1:10: 'program' must be an ELF 64-bit x86-64 executable, but /usr/lib/x86_64-linux-gnu/libc.so.6 is a"
                        + " shared library, not an executable",
                "2:6: 'pid' must be a positive integer (the id of a running process), found -3",
                "3:8: 'store' must not be empty (where snapshots are written)",
                "4:17: 'not ok' is not a function name: expected a C identifier, optionally with a compiler clone"
                        + " suffix (foo, foo.constprop.0, foo.isra.0, foo.part.0, foo.cold), or LIB:FUNC (libc.so.6:malloc)",
                "5:12: 'keep-last' must be an integer >= 1 (how many snapshots to keep), found 0",
                "6:15: 'min-interval': expected a duration such as 500ms, 2s, 1.5m or 1h (a number followed by ms, s,"
                        + " m or h), found '2d'",
                "7:6: 'tcp' must be true or false, found a number",
                "8:1: unknown key 'stroe' " + KEYS + "; did you mean 'store'?",
                "9:1: duplicate key 'pid' (first given at line 2, column 1)");
    }

    private Path config(String... lines) throws Exception {
        return write(dir, "checkpoint.yaml", lines);
    }
}
