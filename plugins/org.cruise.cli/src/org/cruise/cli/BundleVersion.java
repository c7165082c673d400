package org.cruise.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/** Reads Bundle-Version from the jar a class was loaded from (plain classpath launch). */
final class BundleVersion {
    private BundleVersion() {
    }

    static String of(Class<?> type) {
        try {
            CodeSource source = type.getProtectionDomain().getCodeSource();
            if (source == null) {
                return "(unknown version)";
            }
            Path jar = Path.of(source.getLocation().toURI());
            if (!Files.isRegularFile(jar)) {
                return "(development build)";
            }
            try (JarFile file = new JarFile(jar.toFile())) {
                Manifest m = file.getManifest();
                String v = m == null ? null : m.getMainAttributes().getValue("Bundle-Version");
                return v == null ? "(unknown version)" : v;
            }
        } catch (IOException | URISyntaxException | IllegalArgumentException | SecurityException e) {
            return "(unknown version)";
        }
    }
}
