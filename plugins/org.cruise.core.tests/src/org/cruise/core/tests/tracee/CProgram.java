package org.cruise.core.tests.tracee;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A C test program compiled at test time with the machine's gcc: source files (name to text)
 * plus flags, built into a directory. Sources are kept next to the binary so that debug
 * information and error messages point at real files.
 */
public final class CProgram {

    private final String name;
    private final Map<String, String> sources = new LinkedHashMap<>();
    private final List<String> flags = new ArrayList<>(List.of("-g", "-pthread", "-Wall"));
    private final Map<String, List<String>> perFileFlags = new LinkedHashMap<>();

    private CProgram(String name) {
        this.name = name;
    }

    public static CProgram named(String name) {
        return new CProgram(name);
    }

    public CProgram source(String fileName, String text) {
        sources.put(fileName, text);
        return this;
    }

    /** Compiles one source file separately with extra flags (e.g. without unwind tables). */
    public CProgram source(String fileName, String text, String... extraFlags) {
        sources.put(fileName, text);
        perFileFlags.put(fileName, List.of(extraFlags));
        return this;
    }

    public CProgram flags(String... extra) {
        flags.addAll(List.of(extra));
        return this;
    }

    /** Builds dir/NAME-TAG from the sources with the build's flags; returns the executable. */
    public Path build(Path dir, Build build) throws IOException, InterruptedException {
        Path output = dir.resolve(name + "-" + build.tag());
        List<String> inputs = new ArrayList<>();
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = dir.resolve(source.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue());
            List<String> extra = perFileFlags.get(source.getKey());
            if (extra == null) {
                inputs.add(file.toString());
            } else {
                // Separately compiled objects get the build's code-generation flags too.
                Path object = dir.resolve(source.getKey() + "-" + build.tag() + ".o");
                List<String> command = new ArrayList<>(List.of("gcc", "-c"));
                command.addAll(flags);
                command.addAll(build.flags().stream().filter(f -> !f.equals("-pie") && !f.equals("-no-pie")).toList());
                command.addAll(extra);
                command.addAll(List.of("-o", object.toString(), file.toString()));
                run(command);
                inputs.add(object.toString());
            }
        }
        List<String> command = new ArrayList<>(List.of("gcc"));
        command.addAll(flags);
        command.addAll(build.flags());
        command.addAll(List.of("-o", output.toString()));
        command.addAll(inputs);
        run(command);
        return output;
    }

    /** Runs a tool to completion, failing the test with its output if it fails. */
    public static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IOException("timed out: " + String.join(" ", command));
        }
        assertEquals(0, process.exitValue(), () -> String.join(" ", command) + " failed:\n" + output);
        return output;
    }

    /** The 1-based number of the first line of text containing marker. */
    public static int lineOf(String text, String marker) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(marker)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("no line contains " + marker);
    }
}
