package org.cruise.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.cruise.core.CruiseException;
import org.cruise.core.ExitCode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code cruise workbench}: starts the graphical workbench of the same installation. The
 * installation is found from the jar this class was loaded from (ROOT/plugins/org.cruise.cli_*.jar),
 * so the command line and the workbench can never come from two different builds.
 */
@Command(name = "workbench",
        description = "Start the CRUISE workbench (needs a display).",
        mixinStandardHelpOptions = true)
final class WorkbenchCommand implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "DIR",
            description = "Workspace directory (default: ~/.cruise/workspace).")
    Path data;

    @Parameters(paramLabel = "ARG", arity = "0..*", description = "Further arguments for the Eclipse launcher.")
    List<String> extra = new ArrayList<>();

    @Override
    public Integer call() throws CruiseException, IOException, InterruptedException {
        Path root = installRoot();
        Path launcher = findLauncher(root.resolve("plugins"));
        if (System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null) {
            throw new CruiseException(ExitCode.USAGE,
                    "the workbench needs a display (DISPLAY is not set); use xvfb-run for a headless one");
        }
        Path workspace = data != null ? data
                : Path.of(System.getProperty("user.home"), ".cruise", "workspace");
        Files.createDirectories(workspace);
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-jar");
        cmd.add(launcher.toString());
        cmd.add("-data");
        cmd.add(workspace.toAbsolutePath().toString());
        cmd.addAll(extra);
        Process p = new ProcessBuilder(cmd).directory(root.toFile()).inheritIO().start();
        return p.waitFor();
    }

    private static Path installRoot() throws CruiseException {
        Object where = WorkbenchCommand.class.getProtectionDomain().getCodeSource();
        try {
            // Inside OSGi the location is a bundle URL that no Path can represent: also "not installed".
            Path jar = Path.of(WorkbenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            where = jar;
            Path plugins = jar.getParent();
            if (plugins != null && plugins.getFileName().toString().equals("plugins")) {
                return plugins.getParent();
            }
        } catch (URISyntaxException | RuntimeException e) {
            // fall through to the explanation below
        }
        throw new CruiseException(ExitCode.USAGE,
                "the workbench starts from an installed product (ROOT/plugins/org.cruise.cli_*.jar, e.g. via the"
                        + " 'cruise' script of the materialized product), not from " + where);
    }

    private static Path findLauncher(Path plugins) throws CruiseException, IOException {
        try (Stream<Path> s = Files.list(plugins)) {
            return s.filter(p -> p.getFileName().toString().matches("org\\.eclipse\\.equinox\\.launcher_.*\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new CruiseException(ExitCode.INTERNAL,
                            "no org.eclipse.equinox.launcher jar in " + plugins + ": the installation is incomplete"));
        }
    }
}
