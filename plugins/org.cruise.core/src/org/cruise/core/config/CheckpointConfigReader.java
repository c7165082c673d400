package org.cruise.core.config;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cruise.core.elf.ElfException;
import org.cruise.model.CheckpointConfig;
import org.cruise.model.CruiseFactory;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/** Checks a checkpoint config's mapping key by key and fills a {@link CheckpointConfig}. */
final class CheckpointConfigReader {

    private final ConfigContext context;
    private final YamlMapping mapping;

    CheckpointConfigReader(ConfigContext context) {
        this.context = context;
        this.mapping = context.mapping();
    }

    CheckpointConfig read() throws ElfException {
        CheckpointConfig config = CruiseFactory.eINSTANCE.createCheckpointConfig();
        context.program("program", "the path of the executable to checkpoint")
                .ifPresent(path -> config.setProgram(path.toString()));
        context.exactlyOne("pid", "command", "'pid' attaches to a running process, 'command' starts one");
        mapping.integer("pid", 1, "a positive integer (the id of a running process)").ifPresent(config::setPid);
        command().ifPresent(config.getCommand()::addAll);
        if (mapping.require("store", "a directory for snapshots")) {
            context.directory("store", "where snapshots are written").ifPresent(path -> config.setStore(path.toString()));
        }
        if (mapping.require("functions", "the functions whose returns trigger a checkpoint")) {
            functions().ifPresent(config.getFunctions()::addAll);
        }
        mapping.integer("keep-last", 1, "an integer >= 1 (how many snapshots to keep)").ifPresent(config::setKeepLast);
        mapping.duration("min-interval").ifPresent(config::setMinIntervalMillis);
        mapping.bool("tcp").ifPresent(config::setTcp);
        context.reportUnknownKeys(ConfigKind.CHECKPOINT);
        return config;
    }

    /**
     * argv as given: a list, or one string for a program without arguments. Items may be any plain
     * scalar and are taken as written, so "- 8080" is the argument "8080", not a number.
     */
    private Optional<List<String>> command() {
        Optional<Node> value = mapping.value("command");
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Node node = value.get();
        String expected = "a list of strings (the program to start and its arguments) or a single string";
        if (YamlMapping.isString(node)) {
            String program = ((ScalarNode) node).getValue();
            if (program.isEmpty()) {
                context.problem(node, "'command' must not be empty: expected " + expected);
                return Optional.empty();
            }
            return Optional.of(List.of(program));
        }
        if (!(node instanceof SequenceNode sequence)) {
            context.problem(node, "'command' must be " + expected + ", found " + YamlMapping.describe(node));
            return Optional.empty();
        }
        if (sequence.getValue().isEmpty()) {
            context.problem(node, "'command' must not be empty: expected " + expected);
            return Optional.empty();
        }
        List<String> argv = new ArrayList<>();
        boolean ok = true;
        for (Node item : sequence.getValue()) {
            if (!(item instanceof ScalarNode scalar) || Tag.NULL.equals(item.getTag())) {
                context.problem(item, "each item of 'command' must be a string, found " + YamlMapping.describe(item));
                ok = false;
            } else if (argv.isEmpty() && scalar.getValue().isEmpty()) {
                context.problem(item, "'command' must start with the program to run, found an empty string");
                ok = false;
            } else {
                argv.add(scalar.getValue());
            }
        }
        return ok ? Optional.of(argv) : Optional.empty();
    }

    private Optional<List<String>> functions() {
        Node node = mapping.value("functions").orElseThrow();
        if (!(node instanceof SequenceNode sequence)) {
            String hint = YamlMapping.isString(node) ? " (write a list, e.g. [" + ((ScalarNode) node).getValue() + "])" : "";
            context.problem(node, "'functions' must be a list of function names, found " + YamlMapping.describe(node) + hint);
            return Optional.empty();
        }
        if (sequence.getValue().isEmpty()) {
            context.problem(node, "'functions' must list at least one function name");
            return Optional.empty();
        }
        List<String> names = new ArrayList<>();
        Map<String, Node> first = new HashMap<>();
        boolean ok = true;
        for (Node item : sequence.getValue()) {
            if (!YamlMapping.isString(item)) {
                context.problem(item, "each item of 'functions' must be a function name, found " + YamlMapping.describe(item));
                ok = false;
                continue;
            }
            String name = ((ScalarNode) item).getValue();
            if (!FunctionNames.isValid(name)) {
                context.problem(item, "'" + name + "' is not a function name: expected " + FunctionNames.EXPECTED);
                ok = false;
            } else if (first.containsKey(name)) {
                context.problem(item, "duplicate function '" + name + "' (first listed at "
                        + YamlMapping.position(first.get(name)) + ")");
                ok = false;
            } else {
                first.put(name, item);
                names.add(name);
            }
        }
        return ok ? Optional.of(names) : Optional.empty();
    }
}
