package org.cruise.core.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.Node;

/** Collects problems while a file is checked, so that checking goes on after the first one. */
final class Problems {

    private final Path mainFile;
    private final List<ConfigProblem> problems = new ArrayList<>();

    /** {@code mainFile}'s problems are reported first, before those of files it names. */
    Problems(Path mainFile) {
        this.mainFile = mainFile;
    }

    void add(ConfigProblem problem) {
        problems.add(problem);
    }

    void at(Path file, Node node, String message) {
        at(file, node.getStartMark().orElse(null), message);
    }

    void at(Path file, Mark mark, String message) {
        if (mark == null) {
            // Every composed node carries marks (useMarks is on); this keeps the report usable regardless.
            add(new ConfigProblem(file, 1, 1, message));
        } else {
            add(new ConfigProblem(file, mark.getLine() + 1, mark.getColumn() + 1, message));
        }
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    /** Throws the collected problems: main file first, then files in the order first reported; positions ascending. */
    void throwIfAny() throws ConfigException {
        if (problems.isEmpty()) {
            return;
        }
        Map<Path, Integer> fileOrder = new LinkedHashMap<>();
        fileOrder.put(mainFile, 0);
        problems.forEach(p -> fileOrder.putIfAbsent(p.file(), fileOrder.size()));
        List<ConfigProblem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingInt((ConfigProblem p) -> fileOrder.get(p.file()))
                .thenComparingInt(ConfigProblem::line)
                .thenComparingInt(ConfigProblem::column));
        throw new ConfigException(sorted);
    }
}
