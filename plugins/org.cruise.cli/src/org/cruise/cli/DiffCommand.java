package org.cruise.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.cruise.core.CruiseException;
import org.cruise.core.diff.DiffJson;
import org.cruise.core.diff.DiffText;
import org.cruise.core.diff.ProgramDiffResult;
import org.cruise.core.diff.ProgramDiffer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cruise diff OLD NEW [--json]}: which functions and data objects changed between two builds. */
@Command(name = "diff",
        description = { "Compare two builds of a program function by function and data object by data object:"
                + " modified, added, removed, unchanged.",
                "Code is compared after normalising what only moved (call and jump targets, rip-relative operands,"
                        + " string literals and other read-only data); both files need their symbol table (.symtab).",
                "Exit codes: 0 compared (whatever the differences), 2 a file is not an x86-64 executable,"
                        + " 3 a file has no symbol table (stripped)." },
        mixinStandardHelpOptions = true)
final class DiffCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "OLD", description = "The program as it is running now.")
    Path oldProgram;

    @Parameters(index = "1", paramLabel = "NEW", description = "The updated program.")
    Path newProgram;

    @Option(names = "--json", description = "Print JSON instead of text: a stable format for scripts,"
            + " documented in docs/diff.md.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws CruiseException, IOException {
        ProgramDiffResult result = ProgramDiffer.diff(oldProgram, newProgram);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            DiffJson.write(result, out);
        } else {
            DiffText.write(result, out);
        }
        out.flush();
        return 0;
    }
}
