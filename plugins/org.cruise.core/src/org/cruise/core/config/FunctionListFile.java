package org.cruise.core.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A list of function names, one per line, as named by an update config's 'updated-functions'.
 * Leading and trailing blanks are ignored, and so are empty lines and lines starting with '#'.
 */
public final class FunctionListFile {

    private FunctionListFile() {
    }

    /** Reads and checks {@code file}, reporting every bad line as {@code FILE:LINE:COL: message}. */
    public static List<String> read(Path file) throws ConfigException {
        Problems problems = new Problems(file);
        Optional<List<String>> names = read(file, problems);
        problems.throwIfAny();
        return names.orElseThrow();
    }

    static Optional<List<String>> read(Path file, Problems problems) {
        Optional<String> text = YamlSource.readText(file, problems);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        boolean ok = true;
        String[] lines = text.get().split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String name = lines[i].strip();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            int line = i + 1;
            int column = lines[i].indexOf(name) + 1;
            if (!FunctionNames.isValid(name)) {
                problems.add(new ConfigProblem(file, line, column,
                        "'" + name + "' is not a function name: expected " + FunctionNames.EXPECTED + ", one per line"));
                ok = false;
            } else if (firstLine.containsKey(name)) {
                problems.add(new ConfigProblem(file, line, column,
                        "duplicate function '" + name + "' (first listed on line " + firstLine.get(name) + ")"));
                ok = false;
            } else {
                firstLine.put(name, line);
                names.add(name);
            }
        }
        if (ok && names.isEmpty()) {
            problems.add(new ConfigProblem(file, 1, 1, "lists no functions: expected one function name per line"));
            ok = false;
        }
        return ok ? Optional.of(List.copyOf(names)) : Optional.empty();
    }
}
