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

    /**
     * programs/diff/NAME of this bundle, looked for from the working directory (the bundle when
     * run by Tycho) and from where the test classes were loaded, upwards.
     */
    static Path source(String name) throws IOException {
        String relative = "programs/diff/" + name;
        String fromRoot = "plugins/org.cruise.core.tests/" + relative;
        List<Path> starts = new ArrayList<>();
        starts.add(Path.of(System.getProperty("user.dir")).toAbsolutePath());
        try {
            starts.add(Path.of(DiffPrograms.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (Exception e) {
            // no usable code source: the working directory must do
        }
        List<Path> tried = new ArrayList<>();
        for (Path start : starts) {
            for (Path d = start; d != null; d = d.getParent()) {
                for (Path candidate : List.of(d.resolve(relative), d.resolve(fromRoot))) {
                    tried.add(candidate);
                    if (Files.isRegularFile(candidate)) {
                        return candidate;
                    }
                }
            }
        }
        throw new IOException(name + " not found; tried " + tried);
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }
}
