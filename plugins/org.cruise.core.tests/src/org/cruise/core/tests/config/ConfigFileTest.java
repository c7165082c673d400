package org.cruise.core.tests.config;

import static org.cruise.core.tests.support.Configs.assertProblems;
import static org.cruise.core.tests.support.Configs.problems;
import static org.cruise.core.tests.support.Configs.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.cruise.core.ExitCode;
import org.cruise.core.config.ConfigException;
import org.cruise.core.config.ConfigLoader;
import org.cruise.core.config.ConfigProblem;
import org.cruise.model.CheckpointConfig;
import org.cruise.model.UpdateConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Problems with a config file as a whole: reading, YAML syntax, shape, and telling the kind. */
class ConfigFileTest {

    @TempDir
    Path dir;

    /**
     * An unreadable file is reported as "FILE: cannot read: REASON". These tests run as root, for
     * whom chmod 000 does not make a file unreadable, so the cases are a missing file and a directory.
     */
    @Test
    void unreadableFiles() {
        Path missing = dir.resolve("missing.yaml");
        List<ConfigProblem> problems = problems(missing);
        assertEquals(List.of(missing + ": cannot read: no such file"), problems.stream().map(Object::toString).toList());
        assertFalse(problems.get(0).hasPosition());
        assertEquals(List.of(dir + ": cannot read: is a directory"),
                problems(dir).stream().map(Object::toString).toList());
    }

    @Test
    void emptyFiles() throws Exception {
        String message = "1:1: empty config: expected a YAML mapping with the keys of a checkpoint or an update config";
        assertProblems(Files.writeString(dir.resolve("empty.yaml"), ""), message);
        assertProblems(write(dir, "comments.yaml", "# nothing yet", "", "   # really"), message);
        assertProblems(write(dir, "null.yaml", "~"), message);
    }

    @Test
    void yamlSyntaxErrorsCarryTheParsersPosition() throws Exception {
        assertProblems(write(dir, "flow.yaml", "functions: [a, b", "store: s"),
                "2:6: YAML syntax error: expected ',' or ']', but got : (while parsing a flow sequence started at"
                        + " line 1, column 12)");
        assertProblems(write(dir, "colon.yaml", "store: a: b"),
                "1:9: YAML syntax error: mapping values are not allowed here");
        assertProblems(write(dir, "indent.yaml", "functions:", "  - a", " - b"),
                "3:2: YAML syntax error: expected <block end>, but found '<block sequence start>' (while parsing a"
                        + " block mapping started at line 1, column 1)");
        assertProblems(write(dir, "alias.yaml", "store: *nowhere"),
                "1:8: YAML syntax error: found undefined alias nowhere");
    }

    @Test
    void configMustBeOneMapping() throws Exception {
        assertProblems(write(dir, "list.yaml", "- program: x"),
                "1:1: a config must be a YAML mapping of keys to values (key: value lines), found a list");
        assertProblems(write(dir, "scalar.yaml", "# comment", "just text"),
                "2:1: a config must be a YAML mapping of keys to values (key: value lines), found a string");
        assertProblems(write(dir, "two.yaml", "store: s", "---", "store: t"),
                "3:1: a config file holds one YAML document, but a second one starts here (after a '---' line)");
    }

    @Test
    void keysMustBeNames() throws Exception {
        assertProblems(write(dir, "keys.yaml",
                "program: /usr/bin/sleep",
                "pid: 1",
                "store: s",
                "functions: [main]",
                "42: x",
                "? [a, b]",
                ": y"),
                "5:1: a key must be a name such as 'program', found a number",
                "6:3: a key must be a name such as 'program', found a list");
    }

    @Test
    void binaryFilesAreNotConfigs() throws Exception {
        Path file = Files.write(dir.resolve("binary.yaml"), new byte[] { 'a', ':', ' ', 'b', '\n', 'c', (byte) 0xff });
        assertProblems(file, "2:2: not UTF-8 text (byte 0xff); a config file is YAML text");
        Path control = Files.writeString(dir.resolve("control.yaml"), "store: a\u0001b\n");
        assertProblems(control, "1:9: character U+0001 is not allowed in YAML text");
    }

    @Test
    void kindIsToldByKeysOrByKind() throws Exception {
        String checkpoint = "program: /usr/bin/sleep\npid: 1\nstore: s\nfunctions: [main]\n";
        String update = "old-program: /usr/bin/sleep\nnew-program: /usr/bin/sleep\nsnapshot: s\nupdated-functions: auto\n";
        assertInstanceOf(CheckpointConfig.class, ConfigLoader.load(Files.writeString(dir.resolve("c.yaml"), checkpoint)));
        assertInstanceOf(UpdateConfig.class, ConfigLoader.load(Files.writeString(dir.resolve("u.yaml"), update)));
        assertInstanceOf(CheckpointConfig.class,
                ConfigLoader.load(Files.writeString(dir.resolve("kc.yaml"), "kind: checkpoint\n" + checkpoint)));
        assertInstanceOf(UpdateConfig.class,
                ConfigLoader.load(Files.writeString(dir.resolve("ku.yaml"), "kind: update\n" + update)));
    }

    @Test
    void kindWinsOverKeys() throws Exception {
        Path file = write(dir, "k.yaml", "kind: update", "program: /usr/bin/sleep", "functions: [main]", "snapshot: s");
        assertProblems(file,
                "1:1: missing required key 'old-program' (the path of the executable the snapshot or process runs)",
                "1:1: missing required key 'new-program' (the path of the updated executable)",
                "1:1: missing required key 'updated-functions' (a file listing the changed functions, or 'auto')",
                "2:1: unknown key 'program' (expected one of: old-program, new-program, snapshot, pid, updated-functions,"
                        + " destination, timeout, allow-data-change); 'program' belongs in a checkpoint config",
                "3:1: unknown key 'functions' (expected one of: old-program, new-program, snapshot, pid,"
                        + " updated-functions, destination, timeout, allow-data-change); 'functions' belongs in a"
                        + " checkpoint config");
    }

    @Test
    void badKindAndUnclassifiableFiles() throws Exception {
        assertProblems(write(dir, "bad-kind.yaml", "kind: restore", "pid: 3", "colour: red"),
                "1:1: cannot tell whether this is a checkpoint or an update config: a checkpoint config has"
                        + " 'functions' and 'store', an update config has 'new-program' (or write 'kind: checkpoint'"
                        + " or 'kind: update')",
                "1:7: 'kind' must be 'checkpoint' or 'update', found 'restore'",
                "3:1: unknown key 'colour'");
    }

    @Test
    void askingForOneKindRefusesTheOther() throws Exception {
        Path update = write(dir, "u.yaml", "old-program: /usr/bin/sleep", "new-program: /usr/bin/sleep",
                "snapshot: s", "updated-functions: auto");
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.loadCheckpoint(update));
        assertEquals(update + ":1:1: expected a checkpoint config, found an update config (it has 'new-program')",
                e.getMessage());
        assertEquals(ExitCode.USAGE, e.exitCode());
        Path checkpoint = write(dir, "c.yaml", "kind: checkpoint", "program: /usr/bin/sleep");
        e = assertThrows(ConfigException.class, () -> ConfigLoader.loadUpdate(checkpoint));
        assertEquals(checkpoint + ":1:1: expected an update config, found a checkpoint config (it says 'kind:"
                + " checkpoint')", e.getMessage());
    }
}
