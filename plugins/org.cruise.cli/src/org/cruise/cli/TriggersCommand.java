package org.cruise.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.cruise.core.CruiseException;
import org.cruise.core.ExitCode;
import org.cruise.core.checkpoint.TriggerControl;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cruise triggers --store DIR add|remove|list [F...]}: changes a running checkpointer's functions. */
@Command(name = "triggers",
        description = "Show or change the functions a running checkpointer watches (takes effect at once).",
        mixinStandardHelpOptions = true)
final class TriggersCommand implements Callable<Integer> {

    @Option(names = "--store", required = true, paramLabel = "DIR", description = "The store of the running checkpointer.")
    Path store;

    @Parameters(index = "0", paramLabel = "ACTION", description = "add, remove or list.")
    String action;

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "F", description = "Function names (NAME or LIB:NAME).")
    List<String> functions = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws CruiseException {
        if (!List.of("add", "remove", "list").contains(action)) {
            throw new CruiseException(ExitCode.USAGE, "unknown action '" + action + "' (expected add, remove or list)");
        }
        List<String> watched = TriggerControl.request(store, action, functions);
        for (String f : watched) {
            spec.commandLine().getOut().println(f);
        }
        return 0;
    }
}
