package org.cruise.core.tests.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.cruise.core.ExitCode;
import org.cruise.core.config.ConfigException;
import org.cruise.core.config.FunctionListFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FunctionListFileTest {

    @TempDir
    Path dir;

    @Test
    void readsNamesSkippingBlankAndCommentLines() throws Exception {
        Path file = Files.writeString(dir.resolve("list.txt"),
                "# changed in 2.1\n\nhandle_request\n  parse_header.isra.0  \r\nlibc.so.6:malloc\n");
        assertEquals(List.of("handle_request", "parse_header.isra.0", "libc.so.6:malloc"), FunctionListFile.read(file));
    }

    @Test
    void reportsEveryBadLine() throws Exception {
        Path file = Files.writeString(dir.resolve("list.txt"), "a\n\tb c\na\nd()\n");
        ConfigException e = assertThrows(ConfigException.class, () -> FunctionListFile.read(file));
        assertEquals(ExitCode.USAGE, e.exitCode());
        String expected = "expected a C identifier, optionally with a compiler clone suffix (foo, foo.constprop.0,"
                + " foo.isra.0, foo.part.0, foo.cold), or LIB:FUNC (libc.so.6:malloc), one per line";
        assertEquals(String.join("\n",
                file + ":2:2: 'b c' is not a function name: " + expected,
                file + ":3:1: duplicate function 'a' (first listed on line 1)",
                file + ":4:1: 'd()' is not a function name: " + expected), e.getMessage());
    }

    @Test
    void anEmptyListIsAnError() throws Exception {
        Path file = Files.writeString(dir.resolve("list.txt"), "# nothing\n\n");
        ConfigException e = assertThrows(ConfigException.class, () -> FunctionListFile.read(file));
        assertEquals(file + ":1:1: lists no functions: expected one function name per line", e.getMessage());
    }

    @Test
    void aMissingListIsAnError() {
        Path file = dir.resolve("missing.txt");
        ConfigException e = assertThrows(ConfigException.class, () -> FunctionListFile.read(file));
        assertEquals(file + ": cannot read: no such file", e.getMessage());
    }
}
