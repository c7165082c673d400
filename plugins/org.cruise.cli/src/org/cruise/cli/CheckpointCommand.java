package org.cruise.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.cruise.core.CruiseException;
import org.cruise.core.ExitCode;
import org.cruise.core.config.ConfigLoader;
import org.cruise.core.config.Durations;
import org.cruise.model.CheckpointConfig;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code cruise checkpoint --pid PID --at F[,G...] --store DIR ...} or {@code cruise checkpoint CONFIG}.
 */
@Command(name = "checkpoint",
        description = {"Watch a running process and write a snapshot each time one of the named functions returns.",
                "Runs until --count snapshots exist, the process ends, or Ctrl-C/SIGTERM; then detaches and the",
                "process runs on as before. With CONFIG, the settings come from a checkpoint config file (docs/config.md)."},
        mixinStandardHelpOptions = true)
final class CheckpointCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "CONFIG", description = "A checkpoint config file instead of the options.")
    Path config;

    @Option(names = "--pid", paramLabel = "PID", description = "The process to watch.")
    Integer pid;

    @Mixin
    WatchOptions watch;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws CruiseException {
        List<String> command = null;
        if (config != null) {
            if (pid != null || !watch.functions.isEmpty() || watch.store != null) {
                throw new CruiseException(ExitCode.USAGE, "give either CONFIG or --pid/--at/--store, not both");
            }
            CheckpointConfig c = ConfigLoader.loadCheckpoint(config);
            watch.functions = new ArrayList<>(c.getFunctions());
            watch.store = Path.of(c.getStore());
            watch.tcp = c.isTcp();
            if (c.getKeepLast() > 0) {
                watch.keepLast = c.getKeepLast();
            }
            if (c.getMinIntervalMillis() > 0) {
                watch.minInterval = Durations.format(c.getMinIntervalMillis());
            }
            if (c.getPid() > 0) {
                pid = c.getPid();
            } else {
                command = new ArrayList<>(c.getCommand());
            }
        } else if (pid == null) {
            throw new CruiseException(ExitCode.USAGE, "missing --pid PID (or a CONFIG file; to start a program use 'cruise run')");
        }
        return new Watcher(spec.commandLine().getOut(), spec.commandLine().getErr()).run(pid, command, watch);
    }
}
