package org.cruise.core.config;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * The top-level mapping of a config file, with typed accessors that report a positioned problem
 * and return empty when a value has the wrong type, so callers can go on checking the other keys.
 * Keys are checked on construction (plain names, no duplicates).
 */
final class YamlMapping {

    private final Path file;
    private final MappingNode node;
    private final Problems problems;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    YamlMapping(Path file, MappingNode node, Problems problems) {
        this.file = file;
        this.node = node;
        this.problems = problems;
        for (NodeTuple tuple : node.getValue()) {
            Node key = tuple.getKeyNode();
            if (!(key instanceof ScalarNode scalar) || !Tag.STR.equals(key.getTag())) {
                problems.at(file, key, "a key must be a name such as 'program', found " + describe(key));
                continue;
            }
            NodeTuple first = entries.putIfAbsent(scalar.getValue(), tuple);
            if (first != null) {
                problems.at(file, key, "duplicate key '" + scalar.getValue() + "' (first given at "
                        + position(first.getKeyNode()) + ")");
            }
        }
    }

    Path file() {
        return file;
    }

    Problems problems() {
        return problems;
    }

    /** Where the mapping starts: the position of problems about missing keys. */
    Mark start() {
        return node.getStartMark().orElse(null);
    }

    boolean has(String key) {
        return entries.containsKey(key);
    }

    Collection<String> keys() {
        return entries.keySet();
    }

    /** The key node, for problems about the key itself. */
    Node keyNode(String key) {
        return entries.get(key).getKeyNode();
    }

    Optional<Node> value(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? Optional.empty() : Optional.of(tuple.getValueNode());
    }

    /** Reports "missing required key" at the mapping's position unless {@code key} is present. */
    boolean require(String key, String what) {
        if (has(key)) {
            return true;
        }
        problems.at(file, start(), "missing required key '" + key + "' (" + what + ")");
        return false;
    }

    /** A non-empty string value; {@code what} says what it is for, e.g. "the path of an executable". */
    Optional<String> string(String key, String what) {
        return value(key).flatMap(value -> {
            if (!isString(value)) {
                problems.at(file, value, "'" + key + "' must be a string (" + what + "), found " + describe(value));
                return Optional.empty();
            }
            String text = ((ScalarNode) value).getValue();
            if (text.isEmpty()) {
                problems.at(file, value, "'" + key + "' must not be empty (" + what + ")");
                return Optional.empty();
            }
            return Optional.of(text);
        });
    }

    /** An integer of at least {@code min} that fits an int; {@code what} as in "a positive integer (a process id)". */
    Optional<Integer> integer(String key, int min, String what) {
        return value(key).flatMap(value -> {
            Optional<BigInteger> number = integerValue(value);
            if (number.isPresent() && number.get().compareTo(BigInteger.valueOf(min)) >= 0
                    && number.get().compareTo(BigInteger.valueOf(Integer.MAX_VALUE)) <= 0) {
                return Optional.of(number.get().intValueExact());
            }
            String found = number.isPresent() ? number.get().toString() : describe(value);
            problems.at(file, value, "'" + key + "' must be " + what + ", found " + found);
            return Optional.empty();
        });
    }

    Optional<Boolean> bool(String key) {
        return value(key).flatMap(value -> {
            if (value instanceof ScalarNode scalar && Tag.BOOL.equals(value.getTag())) {
                return Optional.of(Boolean.parseBoolean(scalar.getValue().toLowerCase(Locale.ROOT)));
            }
            String hint = "";
            if (isString(value) && List.of("yes", "no", "on", "off", "y", "n")
                    .contains(((ScalarNode) value).getValue().toLowerCase(Locale.ROOT))) {
                hint = " ('" + ((ScalarNode) value).getValue() + "' is not a boolean in YAML 1.2)";
            }
            problems.at(file, value, "'" + key + "' must be true or false, found " + describe(value) + hint);
            return Optional.empty();
        });
    }

    /** A {@link Durations duration} in milliseconds. */
    Optional<Long> duration(String key) {
        return value(key).flatMap(value -> {
            if (!(value instanceof ScalarNode scalar) || !(isString(value) || Tag.INT.equals(value.getTag())
                    || Tag.FLOAT.equals(value.getTag()))) {
                problems.at(file, value, "'" + key + "' must be " + Durations.EXPECTED_FORM + ", found " + describe(value));
                return Optional.empty();
            }
            try {
                return Optional.of(Durations.parseMillis(scalar.getValue()));
            } catch (IllegalArgumentException e) {
                problems.at(file, value, "'" + key + "': " + e.getMessage());
                return Optional.empty();
            }
        });
    }

    /** The value of an integer scalar (decimal, 0x hex or 0o octal, as in the YAML 1.2 core schema). */
    static Optional<BigInteger> integerValue(Node value) {
        if (!(value instanceof ScalarNode scalar) || !Tag.INT.equals(value.getTag())) {
            return Optional.empty();
        }
        String text = scalar.getValue();
        try {
            if (text.startsWith("0x")) {
                return Optional.of(new BigInteger(text.substring(2), 16));
            }
            if (text.startsWith("0o")) {
                return Optional.of(new BigInteger(text.substring(2), 8));
            }
            return Optional.of(new BigInteger(text));
        } catch (NumberFormatException e) {
            // An explicit !!int tag on text that is not a number.
            return Optional.empty();
        }
    }

    static boolean isString(Node node) {
        return node instanceof ScalarNode && Tag.STR.equals(node.getTag());
    }

    /** "a number", "a list", ... for "found ..." in messages. */
    static String describe(Node node) {
        if (node instanceof SequenceNode) {
            return "a list";
        }
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        Tag tag = node.getTag();
        if (Tag.STR.equals(tag)) {
            return "a string";
        }
        if (Tag.INT.equals(tag) || Tag.FLOAT.equals(tag)) {
            return "a number";
        }
        if (Tag.BOOL.equals(tag)) {
            return "a boolean";
        }
        if (Tag.NULL.equals(tag)) {
            return "no value";
        }
        return "a value tagged " + tag.getValue();
    }

    /** "line 3, column 5" of a node. */
    static String position(Node node) {
        return node.getStartMark().map(mark -> "line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1))
                .orElse("an unknown position");
    }
}
