package org.cruise.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;

import org.cruise.core.CruiseException;
import org.cruise.core.config.Durations;
import org.cruise.core.update.LiveUpdate;
import org.cruise.core.update.UpdateReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code cruise update --pid PID --to NEW}: switch a running process to a new build of its
 * program, keeping its memory, files, connections and pid.
 */
@Command(name = "update",
        description = { "Switch a running process to NEW, a new build of its program, in place: heap, stacks, files,"
                + " sockets and the pid stay; globals carry their values by name; every code pointer is re-pointed.",
                "If an updated function is on some thread's stack, waits (up to --timeout) until it has returned.",
                "Until the switch itself nothing in the process changes: a refusal (exit 3) or a process problem"
                        + " (exit 4) leaves it running as before." },
        mixinStandardHelpOptions = true)
final class UpdateCommand implements Callable<Integer> {

    @Mixin
    UpdateTarget target;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "10s",
            description = "How long to wait for a safe point (e.g. 500ms, 10s, 2m; default ${DEFAULT-VALUE}).")
    String timeout;

    @Option(names = "--dry-run", description = "Print the plan without changing the process.")
    boolean dryRun;

    @Option(names = "--allow-data-change", description = "Proceed although a global changed size: it starts"
            + " from NEW's initial value.")
    boolean allowDataChange;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws CruiseException {
        Duration wait;
        try {
            wait = Duration.ofMillis(Durations.parseMillis(timeout));
        } catch (IllegalArgumentException e) {
            throw new CruiseException(org.cruise.core.ExitCode.USAGE, "--timeout: " + e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        LiveUpdate.Request request = new LiveUpdate.Request(target.pid, target.newProgram, target.changeSource(), wait,
                dryRun, allowDataChange);
        UpdateReport report = LiveUpdate.update(request, line -> {
            out.println(line);
            out.flush();
        });
        out.print(report.toText());
        if (!dryRun) {
            out.println("pid " + target.pid + " now runs " + target.newProgram.toAbsolutePath().normalize());
        }
        out.flush();
        return 0;
    }
}
