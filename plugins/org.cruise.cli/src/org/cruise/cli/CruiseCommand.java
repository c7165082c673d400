package org.cruise.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.cruise.core.CruiseException;
import org.cruise.core.ExitCode;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The top-level {@code cruise} command. Subcommands are registered here only once they work:
 * --help must never advertise something that is not there.
 */
@Command(name = "cruise",
        mixinStandardHelpOptions = true,
        versionProvider = CruiseCommand.Version.class,
        header = "CRUISE: checkpoint a running process when a function returns, and restore it into an updated binary.",
        synopsisSubcommandLabel = "COMMAND",
        subcommands = {
                CheckpointCommand.class,
                RunCommand.class,
                TriggersCommand.class,
                SnapshotsCommand.class,
                ShowCommand.class,
                DiffCommand.class,
                CheckCommand.class,
                UpdateCommand.class,
                ValidateCommand.class,
                WorkbenchCommand.class,
                DemoCommand.class,
                CommandLine.HelpCommand.class,
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:success",
                "1:internal error (stack trace with --debug)",
                "2:usage or config error",
                "3:refused (e.g. not restorable)",
                "4:target process problem (gone, not permitted to trace)",
        },
        footer = "%nSee 'cruise help COMMAND' for the options of one command.")
public final class CruiseCommand implements Runnable {

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Print stack traces of internal errors.")
    boolean debug;

    @picocli.CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        // `cruise` alone: show what there is rather than failing silently.
        throw new ParameterException(spec.commandLine(), "missing command");
    }

    /** Runs the command line and returns the documented exit code; never calls System.exit. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        PrintWriter outWriter = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter errWriter = new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        CommandLine cl = new CommandLine(new CruiseCommand());
        cl.setOut(outWriter);
        cl.setErr(errWriter);
        cl.setExitCodeExceptionMapper(CruiseCommand::exitCodeOf);
        cl.setParameterExceptionHandler(CruiseCommand::onUsageError);
        cl.setExecutionExceptionHandler(CruiseCommand::onFailure);
        try {
            return cl.execute(args);
        } finally {
            outWriter.flush();
            errWriter.flush();
        }
    }

    private static int exitCodeOf(Throwable t) {
        return t instanceof CruiseException ce ? ce.exitCode().code() : ExitCode.INTERNAL.code();
    }

    private static int onUsageError(ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println("cruise: " + ex.getMessage());
        err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for more information.");
        return ExitCode.USAGE.code();
    }

    private static int onFailure(Exception ex, CommandLine cl, ParseResult parsed) {
        PrintWriter err = cl.getErr();
        boolean debug = isDebug(parsed);
        if (ex instanceof CruiseException ce) {
            err.println("cruise: " + ce.getMessage());
            if (debug) {
                ex.printStackTrace(err);
            }
            return ce.exitCode().code();
        }
        err.println("cruise: internal error: " + ex);
        if (debug) {
            ex.printStackTrace(err);
        } else {
            err.println("(run again with --debug for the stack trace)");
        }
        return ExitCode.INTERNAL.code();
    }

    private static boolean isDebug(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.hasSubcommand() ? p.subcommand() : null) {
            if (p.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }

    /** Version from the bundle manifest, so that a built product reports what it is. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = CruiseCommand.class.getPackage().getImplementationVersion();
            if (v == null) {
                v = BundleVersion.of(CruiseCommand.class);
            }
            return new String[] { "cruise " + v, "Java " + System.getProperty("java.version") + " ("
                    + System.getProperty("java.vm.vendor") + ")" };
        }
    }
}
