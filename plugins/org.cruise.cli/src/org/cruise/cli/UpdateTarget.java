package org.cruise.cli;

import java.nio.file.Path;
import java.util.List;

import org.cruise.core.CruiseException;
import org.cruise.core.ExitCode;
import org.cruise.core.config.FunctionListFile;
import org.cruise.core.update.ChangeSet;
import org.cruise.core.update.LiveUpdate;

import picocli.CommandLine.Option;

/** What `cruise check` and `cruise update` share: the process, NEW, and which functions changed. */
final class UpdateTarget {

    @Option(names = "--pid", required = true, paramLabel = "PID", description = "The running process.")
    int pid;

    @Option(names = "--to", required = true, paramLabel = "NEW", description = "The new build of the process's program.")
    Path newProgram;

    @Option(names = "--updated", paramLabel = "FILE", description = "The updated functions, one name per line"
            + " (the paper's input). Without it, a comparison of the two builds decides.")
    Path updatedFile;

    @Option(names = "--also-auto", description = "With --updated: also count every function the comparison finds changed.")
    boolean alsoAuto;

    LiveUpdate.ChangeSource changeSource() throws CruiseException {
        if (alsoAuto && updatedFile == null) {
            throw new CruiseException(ExitCode.USAGE, "--also-auto needs --updated FILE");
        }
        List<String> names = updatedFile == null ? null : FunctionListFile.read(updatedFile);
        return (oldImage, newImage) -> {
            ChangeSet listed = names == null ? null : ChangeSet.fromNames(oldImage, newImage, names, updatedFile.toString());
            if (listed != null && !alsoAuto) {
                return listed;
            }
            ChangeSet found = ChangeSet.fromDiff(oldImage, newImage);
            return listed == null ? found : listed.union(found);
        };
    }
}
