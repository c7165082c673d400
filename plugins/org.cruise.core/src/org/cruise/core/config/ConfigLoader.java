package org.cruise.core.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.cruise.core.CruiseException;
import org.cruise.model.CheckpointConfig;
import org.cruise.model.UpdateConfig;
import org.eclipse.emf.ecore.EObject;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Reads checkpoint and update/restore config files (syntax: docs/config.md) into the EMF model.
 * Checks everything, collects every problem, and only then fails, so a user fixes a file in one
 * round. Relative paths in the file are resolved against its directory; the model gets absolute,
 * normalized paths.
 */
public final class ConfigLoader {

    private ConfigLoader() {
    }

    /**
     * Reads a config of either kind, telling them apart by their keys or by 'kind'.
     *
     * @return a {@link CheckpointConfig} or an {@link UpdateConfig}
     * @throws ConfigException (exit code 2) listing every problem as {@code FILE:LINE:COL: message}
     * @throws CruiseException (exit code 1) when libelf, needed to check programs, cannot be loaded
     */
    public static EObject load(Path file) throws CruiseException {
        return load(file, null);
    }

    /** Reads a checkpoint config; an update config is a problem like any other. */
    public static CheckpointConfig loadCheckpoint(Path file) throws CruiseException {
        return (CheckpointConfig) load(file, ConfigKind.CHECKPOINT);
    }

    /** Reads an update/restore config; a checkpoint config is a problem like any other. */
    public static UpdateConfig loadUpdate(Path file) throws CruiseException {
        return (UpdateConfig) load(file, ConfigKind.UPDATE);
    }

    private static EObject load(Path file, ConfigKind expected) throws CruiseException {
        Problems problems = new Problems(file);
        Optional<MappingNode> node = YamlSource.readText(file, problems)
                .flatMap(text -> YamlSource.composeMapping(file, text, problems));
        if (node.isEmpty()) {
            problems.throwIfAny();
            throw new IllegalStateException("no mapping and no problem for " + file);
        }
        YamlMapping mapping = new YamlMapping(file, node.get(), problems);
        ConfigContext context = new ConfigContext(file, mapping, problems);
        Optional<Detected> detected = detectKind(context, expected);
        if (detected.isEmpty()) {
            context.reportKeysUnknownToAll();
            problems.throwIfAny();
        }
        ConfigKind kind = detected.orElseThrow().kind();
        if (expected != null && kind != expected) {
            problems.at(file, mapping.start(), "expected " + expected.withArticle() + ", found " + kind.withArticle()
                    + " (" + detected.get().reason() + ")");
            problems.throwIfAny();
        }
        EObject config = kind == ConfigKind.CHECKPOINT
                ? new CheckpointConfigReader(context).read()
                : new UpdateConfigReader(context).read();
        problems.throwIfAny();
        return config;
    }

    private record Detected(ConfigKind kind, String reason) {
    }

    /**
     * 'kind' wins; else 'new-program' makes an update config and 'functions' or 'store' a checkpoint
     * config. Failing those, the kind with more of its own keys present is taken, so that a file
     * that lacks its defining key is told about that key instead of being unclassifiable.
     */
    private static Optional<Detected> detectKind(ConfigContext context, ConfigKind expected) {
        YamlMapping mapping = context.mapping();
        Optional<Node> kindValue = mapping.value(ConfigKind.KIND_KEY);
        if (kindValue.isPresent()) {
            Node node = kindValue.get();
            ConfigKind declared = YamlMapping.isString(node) ? ConfigKind.ofKeyword(((ScalarNode) node).getValue()) : null;
            if (declared != null) {
                return Optional.of(new Detected(declared, "it says 'kind: " + declared.keyword() + "'"));
            }
            String found = YamlMapping.isString(node) ? "'" + ((ScalarNode) node).getValue() + "'" : YamlMapping.describe(node);
            context.problem(node, "'kind' must be 'checkpoint' or 'update', found " + found);
        }
        if (mapping.has("new-program")) {
            return Optional.of(new Detected(ConfigKind.UPDATE, "it has 'new-program'"));
        }
        for (String key : List.of("functions", "store")) {
            if (mapping.has(key)) {
                return Optional.of(new Detected(ConfigKind.CHECKPOINT, "it has '" + key + "'"));
            }
        }
        long checkpointOnly = countOwnKeys(mapping, ConfigKind.CHECKPOINT, ConfigKind.UPDATE);
        long updateOnly = countOwnKeys(mapping, ConfigKind.UPDATE, ConfigKind.CHECKPOINT);
        if (checkpointOnly != updateOnly) {
            ConfigKind kind = checkpointOnly > updateOnly ? ConfigKind.CHECKPOINT : ConfigKind.UPDATE;
            ConfigKind other = kind == ConfigKind.CHECKPOINT ? ConfigKind.UPDATE : ConfigKind.CHECKPOINT;
            String example = mapping.keys().stream().filter(key -> kind.accepts(key) && !other.accepts(key))
                    .findFirst().orElseThrow();
            return Optional.of(new Detected(kind, "it has '" + example + "'"));
        }
        if (expected != null) {
            return Optional.of(new Detected(expected, "as requested"));
        }
        context.problems().at(context.file(), mapping.start(), "cannot tell whether this is a checkpoint or an update"
                + " config: a checkpoint config has 'functions' and 'store', an update config has 'new-program'"
                + " (or write 'kind: checkpoint' or 'kind: update')");
        return Optional.empty();
    }

    private static long countOwnKeys(YamlMapping mapping, ConfigKind kind, ConfigKind other) {
        return mapping.keys().stream().filter(key -> kind.accepts(key) && !other.accepts(key)).count();
    }
}
