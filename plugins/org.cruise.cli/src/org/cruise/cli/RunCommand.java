package org.cruise.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.cruise.core.CruiseException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cruise run --at F --store DIR [options] -- PROGRAM ARGS...}: start a program under watch. */
@Command(name = "run",
        description = {"Start PROGRAM under watch and write a snapshot each time one of the named functions returns.",
                "Its stdin, stdout and stderr are the terminal's; cruise exits with the program's exit status."},
        mixinStandardHelpOptions = true)
final class RunCommand implements Callable<Integer> {

    @Mixin
    WatchOptions watch;

    @Parameters(arity = "1..*", paramLabel = "PROGRAM", description = "The program and its arguments (after --).")
    List<String> command;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws CruiseException {
        return new Watcher(spec.commandLine().getOut(), spec.commandLine().getErr()).run(null, command, watch);
    }
}
