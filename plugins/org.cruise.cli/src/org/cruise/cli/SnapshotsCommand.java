package org.cruise.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.concurrent.Callable;

import org.cruise.core.CruiseException;
import org.cruise.core.snapshot.SnapshotText;
import org.cruise.core.snapshot.Snapshots;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code cruise snapshots DIR}: the snapshots of a store, oldest first. Only presence and sizes of
 * the files are checked (reading every byte of every snapshot would make listing slow); {@code cruise
 * show} verifies checksums.
 */
@Command(name = "snapshots",
        description = { "List the snapshots in a store directory: time, trigger function, pid, threads and size.",
                "A snapshot with missing or truncated files is listed as DAMAGED; 'cruise show' also verifies"
                        + " checksums." },
        mixinStandardHelpOptions = true)
final class SnapshotsCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "Snapshot store directory (the --store of cruise checkpoint).")
    Path store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws CruiseException {
        PrintWriter out = spec.commandLine().getOut();
        SnapshotText.list(Snapshots.list(store), Snapshots.temporaryDirectories(store), out, ZoneId.systemDefault());
        out.flush();
        return 0;
    }
}
