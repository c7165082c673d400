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

    @Parameters(paramLabel = "SNAPSHOT", description = "Snapshot directory (in a store, e.g. STORE/20261126-131502.123-4242-1).")
    Path snapshot;

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
