package org.cruise.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * {@code cruise diff} end to end: the engine's test program (org.cruise.core.tests/programs/diff,
 * see its main.c) built as v1 and v2 with gcc -O2 -fPIE, compared in text and JSON, and the
 * documented exit codes for bad input.
 */
class DiffCliTest {

    @TempDir
    static Path dir;
    static Path v1;
    static Path v2;

    @BeforeAll
    static void build() throws Exception {
        v1 = gcc("v1", false);
        v2 = gcc("v2", true);
    }

    @Test
    void textGroupsTheChangesAndCountsTheUnchanged() {
        CliRun run = CliRun.of("diff", v1.toString(), v2.toString());
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("old: " + v1), run::toString);
        assertTrue(run.out().contains("new: " + v2), run::toString);
        assertTrue(run.out().matches("(?s).*functions: 4 modified, 1 added, 1 removed, [0-9]+ unchanged\n.*"), run::toString);
        assertTrue(run.out().matches("(?s).*data: 2 modified, 1 added, 0 removed, [0-9]+ unchanged\n.*"), run::toString);
        for (String line : List.of("  modified check_path: ", "  modified greet: ", "  modified banner: ",
                "  modified helper (util_b.c): ", "  added    v2_only\n", "  removed  v1_only\n",
                "  modified history: size 16 -> 24\n")) {
            assertTrue(run.out().contains(line), () -> line + " missing\n" + run);
        }
        assertTrue(!run.out().contains("helper (util_a.c)"), run::toString);
        assertEquals("", run.err());
    }

    @Test
    void jsonHasTheDocumentedFields() throws Exception {
        CliRun run = CliRun.of("diff", "--json", v1.toString(), v2.toString());
        assertEquals(0, run.exitCode(), run::toString);
        List<Map<String, Object>> functions = new ArrayList<>();
        List<Map<String, Object>> data = new ArrayList<>();
        Map<String, Object> top = new HashMap<>();
        try (JsonParser p = new JsonFactory().createParser(run.out())) {
            assertEquals(JsonToken.START_OBJECT, p.nextToken());
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "functions" -> readChanges(p, functions);
                    case "data" -> readChanges(p, data);
                    case "old", "new", "summary" -> top.put(field, readObject(p));
                    default -> top.put(field, p.getText());
                }
            }
        }
        assertEquals("1", top.get("jsonFormat"));
        assertEquals(v1.toString(), ((Map<?, ?>) top.get("old")).get("program"));
        assertEquals(v2.toString(), ((Map<?, ?>) top.get("new")).get("program"));
        Map<?, ?> summary = (Map<?, ?>) ((Map<?, ?>) top.get("summary")).get("functions");
        assertEquals("4", summary.get("modified"));
        assertEquals("1", summary.get("added"));
        assertEquals("1", summary.get("removed"));
        assertEquals(Integer.parseInt((String) summary.get("unchanged")) + 6, functions.size());

        Map<String, Object> history = data.stream().filter(c -> "history".equals(c.get("name"))).findFirst().orElseThrow();
        assertEquals("modified", history.get("kind"));
        assertEquals("size 16 -> 24", history.get("reason"));
        assertEquals("", history.get("scope"));
        assertEquals("16", ((Map<?, ?>) history.get("old")).get("size"));
        assertEquals("24", ((Map<?, ?>) history.get("new")).get("size"));
        assertTrue(((String) ((Map<?, ?>) history.get("old")).get("address")).matches("0x[0-9a-f]+"));

        Map<String, Object> added = functions.stream().filter(c -> "v2_only".equals(c.get("name"))).findFirst().orElseThrow();
        assertEquals("added", added.get("kind"));
        assertEquals(null, added.get("old"));
        assertEquals(null, added.get("reason"));
        Map<String, Object> helperA = functions.stream()
                .filter(c -> "helper".equals(c.get("name")) && "util_a.c".equals(c.get("scope"))).findFirst().orElseThrow();
        assertEquals("unchanged", helperA.get("kind"));
    }

    @Test
    void aStrippedProgramIsRefusedWithExitCode3() throws Exception {
        Path stripped = dir.resolve("v2-stripped");
        Files.copy(v2, stripped);
        run(List.of("strip", stripped.toString()));
        CliRun run = CliRun.of("diff", v1.toString(), stripped.toString());
        assertEquals(3, run.exitCode(), run::toString);
        assertTrue(run.err().startsWith("cruise: " + stripped + " has no symbol table"), run::toString);
        assertEquals("", run.out());
    }

    @Test
    void badArgumentsAreUsageErrors() throws Exception {
        CliRun missing = CliRun.of("diff", v1.toString(), dir.resolve("nothing-here").toString());
        assertEquals(2, missing.exitCode(), missing::toString);
        assertTrue(missing.err().contains("nothing-here does not exist"), missing::toString);

        Path text = Files.writeString(dir.resolve("readme.txt"), "text\n");
        CliRun notElf = CliRun.of("diff", text.toString(), v2.toString());
        assertEquals(2, notElf.exitCode(), notElf::toString);
        assertTrue(notElf.err().contains(text + " is not an ELF file"), notElf::toString);

        CliRun oneArgument = CliRun.of("diff", v1.toString());
        assertEquals(2, oneArgument.exitCode(), oneArgument::toString);
        assertTrue(oneArgument.err().contains("NEW"), oneArgument::toString);
    }

    // ---- helpers ----

    private static void readChanges(JsonParser p, List<Map<String, Object>> into) throws IOException {
        assertEquals(JsonToken.START_ARRAY, p.currentToken());
        while (p.nextToken() == JsonToken.START_OBJECT) {
            into.add(readObject(p));
        }
    }

    /** Reads an object whose values are scalars (as text, null for JSON null) or objects. */
    private static Map<String, Object> readObject(JsonParser p) throws IOException {
        Map<String, Object> object = new HashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            object.put(field, value == JsonToken.START_OBJECT ? readObject(p)
                    : value == JsonToken.VALUE_NULL ? null : p.getText());
        }
        return object;
    }

    private static Path gcc(String name, boolean v2) throws Exception {
        Path out = dir.resolve(name);
        List<String> command = new ArrayList<>(List.of("gcc", "-g", "-O2", "-fPIE", "-pie", "-o", out.toString()));
        if (v2) {
            command.add("-DV2");
        }
        for (String source : List.of("main.c", "util_a.c", "util_b.c")) {
            command.add(source(source).toString());
        }
        run(command);
        return out;
    }

    private static Path source(String name) throws IOException {
        String fromRoot = "plugins/org.cruise.core.tests/programs/diff/" + name;
        for (Path d = Path.of(System.getProperty("user.dir")).toAbsolutePath(); d != null; d = d.getParent()) {
            Path candidate = d.resolve(fromRoot);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IOException(fromRoot + " not found above " + System.getProperty("user.dir"));
    }

    private static void run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IOException("timed out: " + command);
        }
        assertEquals(0, process.exitValue(), () -> command + " failed:\n" + output);
    }
}
