package org.cruise.core.tests.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.sun.jna.Native;

/**
 * Real binaries for the ELF tests, built with the machine's toolchain (gcc, binutils) or taken
 * from where they already exist, never hand-written bytes.
 */
public final class Programs {

    /** glibc's C library: an x86-64 shared object that, unusually, also has a PT_INTERP. */
    public static final Path LIBC = Path.of("/usr/lib/x86_64-linux-gnu/libc.so.6");

    /** A PIE every Debian system has. */
    public static final Path SLEEP = Path.of("/usr/bin/sleep");

    private static final String MAIN = "int main(void) { return 0; }\n";

    private Programs() {
    }

    /**
     * programs/RELATIVE of this bundle (C sources of the test programs). They are not on the class
     * path (bin.includes), so they are looked for from the working directory (the bundle when run
     * by Tycho) and from where the test classes were loaded, upwards.
     */
    public static Path source(String relative) throws IOException {
        String inBundle = "programs/" + relative;
        String fromRoot = "plugins/org.cruise.core.tests/" + inBundle;
        List<Path> starts = new ArrayList<>();
        starts.add(Path.of(System.getProperty("user.dir")).toAbsolutePath());
        try {
            starts.add(Path.of(Programs.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (Exception e) {
            // no usable code source (some class loaders): the working directory must do
        }
        List<Path> tried = new ArrayList<>();
        for (Path start : starts) {
            for (Path d = start; d != null; d = d.getParent()) {
                for (Path candidate : List.of(d.resolve(inBundle), d.resolve(fromRoot))) {
                    tried.add(candidate);
                    if (Files.isRegularFile(candidate)) {
                        return candidate;
                    }
                }
            }
        }
        throw new IOException(inBundle + " not found; tried " + tried);
    }

    /** Compiles a one-line C program with {@code gcc FLAGS} into {@code dir/name}. */
    public static Path gcc(Path dir, String name, String... flags) throws IOException, InterruptedException {
        Path source = dir.resolve(name + ".c");
        Files.writeString(source, MAIN);
        Path output = dir.resolve(name);
        List<String> command = new ArrayList<>(List.of("gcc"));
        command.addAll(List.of(flags));
        command.addAll(List.of("-o", output.toString(), source.toString()));
        run(command);
        return output;
    }

    /**
     * A 32-bit x86 executable. gcc -m32 cannot link without the multilib packages, so the object is
     * compiled freestanding and linked by ld alone; the program has its own _start.
     */
    public static Path i386Executable(Path dir) throws IOException, InterruptedException {
        Path source = dir.resolve("start32.c");
        Files.writeString(source, "void _start(void) { for (;;) { } }\n");
        Path object = dir.resolve("start32.o");
        Path output = dir.resolve("start32");
        run(List.of("gcc", "-m32", "-ffreestanding", "-fno-pie", "-c", "-o", object.toString(), source.toString()));
        run(List.of("ld", "-m", "elf_i386", "-o", output.toString(), object.toString()));
        return output;
    }

    /** An ar archive (static library) holding one object. */
    public static Path archive(Path dir) throws IOException, InterruptedException {
        Path object = gcc(dir, "member.o", "-c");
        Path archive = dir.resolve("libmember.a");
        run(List.of("ar", "rc", archive.toString(), object.toString()));
        return archive;
    }

    /**
     * JNA's native library for another platform, e.g. "linux-aarch64": JNA ships real builds for
     * many machines inside its jar, which gives ELF files of other architectures to test with.
     */
    public static Path jnaDispatchLibrary(Path dir, String platform) throws IOException {
        String resource = "/com/sun/jna/" + platform + "/libjnidispatch.so";
        Path output = dir.resolve(platform + "-libjnidispatch.so");
        try (InputStream in = Native.class.getResourceAsStream(resource)) {
            assertNotNull(in, "JNA bundle has no " + resource);
            Files.copy(in, output, StandardCopyOption.REPLACE_EXISTING);
        }
        return output;
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IOException("timed out: " + String.join(" ", command));
        }
        assertEquals(0, process.exitValue(), () -> String.join(" ", command) + " failed:\n" + output);
    }
}
