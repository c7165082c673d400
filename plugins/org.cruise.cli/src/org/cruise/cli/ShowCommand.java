package org.cruise.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.concurrent.Callable;

import org.cruise.core.CruiseException;
import org.cruise.core.snapshot.SnapshotJson;
import org.cruise.core.snapshot.SnapshotReader;
import org.cruise.core.snapshot.SnapshotText;
import org.cruise.core.snapshot.StoredSnapshot;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code cruise show SNAPSHOT [--json]}: what a snapshot holds. The snapshot is verified first
 * (every file against its size and checksum), so a damaged one is reported, not shown.
 */
@Command(name = "show",
        description = { "Print what a snapshot holds: the trigger, every thread's call chain, memory regions,"
                + " file descriptors, sockets and signal actions.",
                "The snapshot's files are verified first (sizes and checksums); a damaged snapshot is reported"
                        + " with the damaged files and exit code 3." },
        mixinStandardHelpOptions = true)
final class ShowCommand implements Callable<Integer> {

    @Parameters(paramLabel = "SNAPSHOT", arity = "0..1",
            description = "Snapshot directory (in a store, e.g. STORE/20261126-131502.123-4242-1).")
    Path snapshot;

    @Option(names = "--pid", paramLabel = "PID", description = "Show a running process instead: its program"
            + " (as /proc/PID/exe names it), build-id, the program's mappings and every thread's call chain.")
    Integer pid;

    @Option(names = "--json", description = "Print JSON instead of text: a stable format for scripts,"
            + " documented in docs/snapshot-format.md.")
    boolean json;

    @Option(names = "--no-verify", description = "Check only that the files are there with the recorded sizes,"
            + " not their checksums (faster for big snapshots).")
    boolean noVerify;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws CruiseException, IOException {
        if ((pid == null) == (snapshot == null)) {
            throw new CruiseException(org.cruise.core.ExitCode.USAGE, "show takes either a SNAPSHOT or --pid PID");
        }
        if (pid != null) {
            if (json) {
                throw new CruiseException(org.cruise.core.ExitCode.USAGE, "--json is for snapshots; show --pid prints text");
            }
            PrintWriter out = spec.commandLine().getOut();
            out.print(org.cruise.core.capture.LiveProcess.inspect(pid).toText());
            out.flush();
            return 0;
        }
        StoredSnapshot stored = SnapshotReader.open(snapshot, !noVerify);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            SnapshotJson.write(stored, out);
        } else {
            SnapshotText.show(stored, out, ZoneId.systemDefault());
        }
        out.flush();
        return 0;
    }
}
