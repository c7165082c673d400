package org.cruise.core.config;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.cruise.core.elf.ElfException;
import org.cruise.core.elf.ExecutableCheck;
import org.snakeyaml.engine.v2.nodes.Node;

/** What the checks of one config file share: the file, its directory, its mapping and the problems found. */
final class ConfigContext {

    private final Path file;
    private final Path directory;
    private final YamlMapping mapping;
    private final Problems problems;

    ConfigContext(Path file, YamlMapping mapping, Problems problems) {
        this.file = file;
        this.directory = file.toAbsolutePath().normalize().getParent();
        this.mapping = mapping;
        this.problems = problems;
    }

    YamlMapping mapping() {
        return mapping;
    }

    Problems problems() {
        return problems;
    }

    Path file() {
        return file;
    }

    void problem(Node node, String message) {
        problems.at(file, node, message);
    }

    /**
     * A path value resolved against the config file's directory, absolute and normalized. '~' is
     * refused rather than taken as a directory of that name: only shells expand it.
     */
    Optional<Path> path(String key, String what) {
        Optional<String> text = mapping.string(key, what);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Node value = mapping.value(key).orElseThrow();
        if (text.get().equals("~") || text.get().startsWith("~/")) {
            problem(value, "'" + key + "' starts with '~', which is not expanded in config files; write the full path");
            return Optional.empty();
        }
        try {
            return Optional.of(directory.resolve(text.get()).normalize());
        } catch (InvalidPathException e) {
            problem(value, "'" + key + "' is not a valid path: " + e.getReason());
            return Optional.empty();
        }
    }

    /** A required key naming an ELF 64-bit x86-64 executable. */
    Optional<Path> program(String key, String what) throws ElfException {
        if (!mapping.require(key, what)) {
            return Optional.empty();
        }
        Optional<Path> path = path(key, what);
        if (path.isPresent()) {
            Optional<String> reason = ExecutableCheck.check(path.get());
            if (reason.isPresent()) {
                problem(mapping.value(key).orElseThrow(), "'" + key + "' must be " + ExecutableCheck.EXPECTED
                        + ", but " + path.get() + " " + reason.get());
                return Optional.empty();
            }
        }
        return path;
    }

    /** A directory that need not exist yet, but must not be something else. */
    Optional<Path> directory(String key, String what) {
        Optional<Path> path = path(key, what);
        if (path.isPresent() && Files.exists(path.get()) && !Files.isDirectory(path.get())) {
            problem(mapping.value(key).orElseThrow(),
                    "'" + key + "' must be a directory (" + what + "), but " + path.get() + " is a file");
            return Optional.empty();
        }
        return path;
    }

    /** Reports unless exactly one of {@code a} and {@code b} is given; {@code why} explains the choice. */
    void exactlyOne(String a, String b, String why) {
        if (mapping.has(a) && mapping.has(b)) {
            Node keyA = mapping.keyNode(a);
            Node keyB = mapping.keyNode(b);
            Node later = index(keyA) > index(keyB) ? keyA : keyB;
            problem(later, "give either '" + a + "' or '" + b + "', not both (" + why + ")");
        } else if (!mapping.has(a) && !mapping.has(b)) {
            problems.at(file, mapping.start(), "missing '" + a + "' or '" + b + "': give exactly one (" + why + ")");
        }
    }

    /** Reports every key {@code kind} does not know, suggesting the key that was probably meant. */
    void reportUnknownKeys(ConfigKind kind) {
        List<String> candidates = new ArrayList<>(kind.keys());
        candidates.add(ConfigKind.KIND_KEY);
        for (String key : mapping.keys()) {
            if (kind.accepts(key)) {
                continue;
            }
            StringBuilder message = new StringBuilder("unknown key '").append(key).append("' (expected one of: ")
                    .append(String.join(", ", kind.keys())).append(')');
            Optional<String> suggestion = KeySuggestions.closest(key, candidates);
            if (suggestion.isPresent()) {
                message.append("; did you mean '").append(suggestion.get()).append("'?");
            } else {
                for (ConfigKind other : ConfigKind.values()) {
                    if (other != kind && other.accepts(key)) {
                        message.append("; '").append(key).append("' belongs in ").append(other.withArticle());
                    }
                }
            }
            problem(mapping.keyNode(key), message.toString());
        }
    }

    /** Reports keys that neither kind knows, for a file whose kind could not be told. */
    void reportKeysUnknownToAll() {
        Set<String> all = new LinkedHashSet<>();
        for (ConfigKind kind : ConfigKind.values()) {
            all.addAll(kind.keys());
        }
        all.add(ConfigKind.KIND_KEY);
        for (String key : mapping.keys()) {
            if (!all.contains(key)) {
                String suggestion = KeySuggestions.closest(key, all).map(s -> "; did you mean '" + s + "'?").orElse("");
                problem(mapping.keyNode(key), "unknown key '" + key + "'" + suggestion);
            }
        }
    }

    private static int index(Node node) {
        return node.getStartMark().map(mark -> mark.getIndex()).orElse(0);
    }
}
