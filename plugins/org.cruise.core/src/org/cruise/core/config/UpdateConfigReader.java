package org.cruise.core.config;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.cruise.core.elf.ElfException;
import org.cruise.model.CruiseFactory;
import org.cruise.model.DestinationKind;
import org.cruise.model.UpdateConfig;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/** Checks an update/restore config's mapping key by key and fills an {@link UpdateConfig}. */
final class UpdateConfigReader {

    static final String AUTO = "auto";
    static final String LAUNCH = "launch";

    private final ConfigContext context;
    private final YamlMapping mapping;

    UpdateConfigReader(ConfigContext context) {
        this.context = context;
        this.mapping = context.mapping();
    }

    UpdateConfig read() throws ElfException {
        UpdateConfig config = CruiseFactory.eINSTANCE.createUpdateConfig();
        context.program("old-program", "the path of the executable the snapshot or process runs")
                .ifPresent(path -> config.setOldProgram(path.toString()));
        context.program("new-program", "the path of the updated executable")
                .ifPresent(path -> config.setNewProgram(path.toString()));
        context.exactlyOne("snapshot", "pid",
                "'snapshot' restores a snapshot directory, 'pid' updates a running process");
        context.directory("snapshot", "a snapshot directory").ifPresent(path -> config.setSnapshot(path.toString()));
        Optional<Integer> pid = mapping.integer("pid", 1, "a positive integer (the id of a running process)");
        pid.ifPresent(config::setPid);
        if (mapping.require("updated-functions", "a file listing the changed functions, or 'auto'")) {
            updatedFunctions(config);
        }
        destination(config, pid);
        mapping.duration("timeout").ifPresent(config::setTimeoutMillis);
        mapping.bool("allow-data-change").ifPresent(config::setAllowDataChange);
        context.reportUnknownKeys(ConfigKind.UPDATE);
        return config;
    }

    private void updatedFunctions(UpdateConfig config) {
        String what = "a file with one function name per line, or 'auto'";
        Optional<String> text = mapping.string("updated-functions", what);
        if (text.isEmpty()) {
            return;
        }
        if (text.get().equals(AUTO)) {
            config.setUpdatedFunctionsAuto(true);
            return;
        }
        Optional<Path> file = context.path("updated-functions", what);
        if (file.isEmpty()) {
            return;
        }
        Node value = mapping.value("updated-functions").orElseThrow();
        String problem = null;
        if (!Files.exists(file.get())) {
            problem = "does not exist";
        } else if (Files.isDirectory(file.get())) {
            problem = "is a directory";
        } else if (!Files.isReadable(file.get())) {
            problem = "is not readable";
        }
        if (problem != null) {
            context.problem(value, "'updated-functions' must be " + what + ", but " + file.get() + " " + problem);
            return;
        }
        // Problems inside the list are reported against the list file's own lines.
        if (FunctionListFile.read(file.get(), context.problems()).isPresent()) {
            config.setUpdatedFunctionsFile(file.get().toString());
        }
    }

    /**
     * 'launch' or a pid. A running process ('pid') can only be updated in place, so there the
     * destination is that pid whether or not it is written out.
     */
    private void destination(UpdateConfig config, Optional<Integer> pid) {
        Optional<Node> value = mapping.value("destination");
        boolean updatingProcess = mapping.has("pid") && !mapping.has("snapshot");
        Integer destinationPid = null;
        boolean launch = false;
        if (value.isPresent()) {
            Node node = value.get();
            Optional<BigInteger> number = YamlMapping.integerValue(node);
            if (YamlMapping.isString(node) && ((ScalarNode) node).getValue().equals(LAUNCH)) {
                launch = true;
            } else if (number.isPresent() && number.get().signum() > 0
                    && number.get().compareTo(BigInteger.valueOf(Integer.MAX_VALUE)) <= 0) {
                destinationPid = number.get().intValueExact();
            } else {
                String found = YamlMapping.isString(node) ? "'" + ((ScalarNode) node).getValue() + "'"
                        : number.map(BigInteger::toString).orElseGet(() -> YamlMapping.describe(node));
                context.problem(node, "'destination' must be 'launch' or a positive integer (the id of a process to"
                        + " update in place), found " + found);
                return;
            }
            if (updatingProcess && pid.isPresent() && (launch || destinationPid.intValue() != pid.get())) {
                context.problem(node, "'destination' must be absent or equal to 'pid' (" + pid.get()
                        + ") when updating a running process, found " + (launch ? "'launch'" : destinationPid));
                return;
            }
        }
        if (updatingProcess) {
            pid.ifPresent(p -> {
                config.setDestination(DestinationKind.PID);
                config.setDestinationPid(p);
            });
        } else if (destinationPid != null) {
            config.setDestination(DestinationKind.PID);
            config.setDestinationPid(destinationPid);
        } else {
            config.setDestination(DestinationKind.LAUNCH);
        }
    }
}
