package org.cruise.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.cruise.core.CruiseException;
import org.cruise.core.ExitCode;
import org.cruise.core.config.Durations;
import org.cruise.core.config.FunctionNames;

import picocli.CommandLine.Option;

/** Options shared by {@code cruise checkpoint} and {@code cruise run}. */
final class WatchOptions {

    @Option(names = "--at", split = ",", paramLabel = "F",
            description = "Functions whose returns trigger a snapshot: NAME or LIB:NAME, comma-separated.")
    List<String> functions = new ArrayList<>();

    @Option(names = "--store", paramLabel = "DIR", description = "Snapshot store directory (created 0700 if missing).")
    Path store;

    @Option(names = "--count", paramLabel = "N",
            description = "Stop after N snapshots (default: until Ctrl-C or the process ends).")
    Integer count;

    @Option(names = "--min-interval", paramLabel = "DURATION",
            description = "At most one snapshot per DURATION (e.g. 500ms, 2s); returns in between are ignored.")
    String minInterval;

    @Option(names = "--keep-last", paramLabel = "N", description = "Keep only the newest N snapshots in the store.")
    Integer keepLast;

    @Option(names = "--tcp", description = "Also save TCP connections' repair state (queues, sequence numbers); needs root.")
    boolean tcp;

    /** Checks what picocli cannot; every problem names the option. */
    void validate() throws CruiseException {
        if (functions.isEmpty()) {
            throw new CruiseException(ExitCode.USAGE, "missing --at: name at least one function");
        }
        for (String f : functions) {
            String name = f.contains(":") ? f.substring(f.lastIndexOf(':') + 1) : f;
            if (!FunctionNames.isValid(name)) {
                throw new CruiseException(ExitCode.USAGE, "--at: '" + f + "' is not a function name (expected "
                        + FunctionNames.EXPECTED + ", or LIB:NAME)");
            }
        }
        if (store == null) {
            throw new CruiseException(ExitCode.USAGE, "missing --store DIR");
        }
        if (count != null && count < 1) {
            throw new CruiseException(ExitCode.USAGE, "--count must be at least 1, not " + count);
        }
        if (keepLast != null && keepLast < 1) {
            throw new CruiseException(ExitCode.USAGE, "--keep-last must be at least 1, not " + keepLast);
        }
        minIntervalMillis();
    }

    long minIntervalMillis() throws CruiseException {
        if (minInterval == null) {
            return 0;
        }
        try {
            return Durations.parseMillis(minInterval);
        } catch (IllegalArgumentException e) {
            throw new CruiseException(ExitCode.USAGE, "--min-interval: " + e.getMessage());
        }
    }
}
