package org.cruise.core.tests.diff;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.cruise.core.tests.tracee.Build;
import org.cruise.core.tests.tracee.CProgram;

/**
 * The cruise diff test program (programs/diff/: main.c, util_a.c, util_b.c) built as v1, as v2
 * (-DV2) and as v1 a second time in another directory, per {@link Build}; compiled once per test
 * run and deleted at JVM exit.
 */
final class DiffPrograms {

    static final List<String> SOURCES = List.of("main.c", "util_a.c", "util_b.c");

    /** The three builds of one {@link Build}. */
    record Versions(Path v1, Path v2, Path v1Again) {
    }

    private static final Map<Build, Versions> BUILT = new EnumMap<>(Build.class);
    private static Path root;

    private DiffPrograms() {
    }

    static synchronized Versions of(Build build) throws IOException, InterruptedException {
        Versions versions = BUILT.get(build);
        if (versions == null) {
            if (root == null) {
                root = Files.createTempDirectory("cruise-diff-programs");
                Path remove = root;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(remove)));
            }
            versions = new Versions(program("v1", false).build(root.resolve("v1"), build),
                    program("v2", true).build(root.resolve("v2"), build),
                    program("v1", false).build(root.resolve("v1-again"), build));
            BUILT.put(build, versions);
        }
        return versions;
    }

    private static CProgram program(String name, boolean v2) throws IOException {
        CProgram program = CProgram.named(name);
        for (String source : SOURCES) {
            program.source(source, Files.readString(source(source)));
        }
        return v2 ? program.flags("-DV2") : program;
    }

    /** programs/diff/NAME of this bundle. */
    static Path source(String name) throws IOException {
        return org.cruise.core.tests.support.Programs.source("diff/" + name);
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }
}
