package org.cruise.core;

import java.util.Objects;

/**
 * A failure meant for the user: the message is printed as is (no stack trace) and the exit code
 * tells scripts which kind of failure it was. Write messages that say what was wrong and what
 * was expected, naming the file or process concerned.
 */
public class CruiseException extends Exception {

    private static final long serialVersionUID = 1L;

    private final ExitCode exitCode;

    public CruiseException(ExitCode exitCode, String message) {
        super(message);
        this.exitCode = Objects.requireNonNull(exitCode, "exitCode");
    }

    public CruiseException(ExitCode exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = Objects.requireNonNull(exitCode, "exitCode");
    }

    /** How the command should exit because of this failure. */
    public ExitCode exitCode() {
        return exitCode;
    }
}
