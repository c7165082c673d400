package org.cruise.core.tests.update;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cruise.core.tests.tracee.Build;
import org.cruise.core.tests.tracee.CProgram;

/**
 * The live-update test programs of programs/update/ as pairs of versions: the running program
 * (v1) and the program it is to be switched to (v2). Both versions are compiled from a source
 * file of the same name (e.g. webserver.c) into directories of their own, so that they differ
 * only where their sources do; the executables have the same file name, as an updated
 * installation's would.
 */
public enum UpdateProgram {
    /** The demo server: single-threaded, blocking; v2 fixes the traversal bug in resolve_path. */
    WEBSERVER("webserver", "webserver_v1.c", "webserver_v2.c"),
    /** The demo server as an epoll event loop with several kept-alive clients; same fix. */
    WEBSERVER_EPOLL("webserver_epoll", "webserver_epoll_v1.c", "webserver_epoll_v2.c"),
    /** The state-rich key-value server; v2 changes cmd_get, cmd_version and on_hup. */
    KVSTORE("kvstore", "kvstore_v1.c", "kvstore_v2.c"),
    /** The multi-threaded key-value server; v2 changes cmd_work and cmd_version. */
    KVSTORE_MT("kvstore_mt", "kvstore_mt_v1.c", "kvstore_mt_v2.c"),
    /** Refusal: v2 also changes serve_forever, which never returns. */
    WEBSERVER_LOOP_CHANGED("webserver", "webserver_v1.c", "webserver_v2_loop.c"),
    /** Refusal: v2's global server_name is 32 bytes instead of 16. */
    WEBSERVER_GLOBAL_CHANGED("webserver", "webserver_v1.c", "webserver_v2_global.c");

    /** The two executables of one program and build. */
    public record Versions(Path v1, Path v2) {
    }

    private static final Map<String, Path> BUILT = new HashMap<>();
    private static Path buildDir;

    private final String name;
    private final String v1Source;
    private final String v2Source;

    UpdateProgram(String name, String v1Source, String v2Source) {
        this.name = name;
        this.v1Source = v1Source;
        this.v2Source = v2Source;
    }

    /** The program's name: the base name of both executables. */
    public String programName() {
        return name;
    }

    /** Both versions built for build; each source is compiled once per test run (JVM). */
    public Versions build(Build build) throws IOException, InterruptedException {
        return new Versions(compile(v1Source, build), compile(v2Source, build));
    }

    /** The text of programs/update/FILE of this bundle. */
    public static String sourceText(String file) throws IOException {
        return Files.readString(source(file));
    }

    /** The v1 and v2 source file names, e.g. webserver_v1.c. */
    public List<String> sourceFiles() {
        return List.of(v1Source, v2Source);
    }

    private Path compile(String source, Build build) throws IOException, InterruptedException {
        synchronized (UpdateProgram.class) {
            String key = source + "/" + build.tag();
            Path built = BUILT.get(key);
            if (built == null) {
                if (buildDir == null) {
                    buildDir = Files.createTempDirectory("cruise-update-programs");
                    Path remove = buildDir;
                    Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(remove)));
                }
                Path dir = buildDir.resolve(source.replace(".c", "")).resolve(build.tag());
                Files.createDirectories(dir);
                // -Werror: the programs are meant to compile without a warning (-Wall) in every build.
                built = CProgram.named(name).source(name + ".c", sourceText(source)).flags("-Werror").build(dir, build)
                        .toRealPath();
                BUILT.put(key, built);
            }
            return built;
        }
    }

    /** programs/update/FILE of this bundle. */
    static Path source(String file) throws IOException {
        return org.cruise.core.tests.support.Programs.source("update/" + file);
    }

    private static void deleteTree(Path root) {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                    Files.deleteIfExists(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // best effort at JVM exit
        }
    }
}
