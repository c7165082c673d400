package org.cruise.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.cruise.core.CruiseException;
import org.cruise.core.ExitCode;
import org.cruise.core.config.ConfigLoader;
import org.cruise.model.CheckpointConfig;
import org.cruise.model.UpdateConfig;
import org.eclipse.emf.ecore.EObject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cruise validate FILE...}: checks config files without acting on them. */
@Command(name = "validate",
        description = "Check checkpoint and update/restore config files (syntax: docs/config.md).",
        mixinStandardHelpOptions = true)
final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Config files to check.")
    List<Path> files;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws CruiseException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int worst = ExitCode.OK.code();
        for (Path file : files) {
            try {
                EObject config = ConfigLoader.load(file);
                out.println(file + ": OK, " + describe(config));
            } catch (CruiseException e) {
                // Report every file before failing, so one run shows all that is wrong.
                err.println(e.getMessage());
                worst = Math.max(worst, e.exitCode().code());
            }
        }
        return worst;
    }

    private static String describe(EObject config) {
        if (config instanceof CheckpointConfig c) {
            String target = c.getPid() > 0 ? "pid " + c.getPid() : "command " + String.join(" ", c.getCommand());
            return "checkpoint config: " + c.getProgram() + ", " + target + ", "
                    + c.getFunctions().size() + " function(s), store " + c.getStore();
        }
        if (config instanceof UpdateConfig u) {
            String source = u.getSnapshot() != null ? "snapshot " + u.getSnapshot() : "pid " + u.getPid();
            return "update config: " + u.getOldProgram() + " -> " + u.getNewProgram() + " from " + source;
        }
        return config.eClass().getName();
    }
}
