package org.cruise.core.config;

import java.util.List;
import java.util.stream.Collectors;

import org.cruise.core.CruiseException;
import org.cruise.core.ExitCode;

/**
 * A config file (or a file it names, such as an updated-functions list) is wrong. Carries every
 * problem found, so that one run shows all of them; the message is their {@code FILE:LINE:COL:
 * message} lines.
 */
public final class ConfigException extends CruiseException {

    private static final long serialVersionUID = 1L;

    /** Paths are not serializable; the message keeps the whole report for a deserialized copy. */
    private final transient List<ConfigProblem> problems;

    public ConfigException(List<ConfigProblem> problems) {
        super(ExitCode.USAGE, format(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a ConfigException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** In report order: by file, then by position. */
    public List<ConfigProblem> problems() {
        return problems;
    }

    private static String format(List<ConfigProblem> problems) {
        return problems.stream().map(ConfigProblem::toString).collect(Collectors.joining("\n"));
    }
}
