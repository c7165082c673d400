package org.cruise.core;

/**
 * Process exit status of every CRUISE command. The numbers are part of the command-line contract
 * (scripts test them), so never renumber a constant; add new ones at the end.
 */
public enum ExitCode {
    /** Success. */
    OK(0, "success"),
    /** A bug or an unexpected environment failure inside CRUISE. */
    INTERNAL(1, "internal error"),
    /** The user asked for something malformed: bad option, bad config file. Fixable by editing the input. */
    USAGE(2, "usage or config error"),
    /** The request was understood but CRUISE declines it, e.g. a snapshot that cannot be restored safely. */
    REFUSED(3, "refused"),
    /** The target process is the problem: it is gone, or we are not permitted to trace it. */
    TARGET(4, "target process problem");

    private final int code;
    private final String description;

    ExitCode(int code, String description) {
        this.code = code;
        this.description = description;
    }

    /** The number the process exits with. */
    public int code() {
        return code;
    }

    /** A few words for help texts, e.g. "usage or config error". */
    public String description() {
        return description;
    }
}
