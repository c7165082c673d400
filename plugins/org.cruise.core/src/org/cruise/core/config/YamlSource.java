package org.cruise.core.config;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeType;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Reads a config file into its top-level YAML mapping node, turning every way that can fail into
 * a positioned problem. Works on nodes rather than Java objects because nodes keep the line and
 * column of every key and value.
 */
final class YamlSource {

    /** Config files are a few hundred bytes; anything this big was passed by mistake. */
    static final long MAX_SIZE = 1 << 20;

    private YamlSource() {
    }

    /** Reads a whole text file for a checker, or reports why it cannot and returns empty. */
    static Optional<String> readText(Path file, Problems problems) {
        if (Files.isDirectory(file)) {
            problems.add(ConfigProblem.ofFile(file, "cannot read: is a directory"));
            return Optional.empty();
        }
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_SIZE) {
                problems.add(ConfigProblem.ofFile(file, "cannot read: larger than 1 MiB, which no config file is"));
                return Optional.empty();
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            problems.add(ConfigProblem.ofFile(file, "cannot read: no such file"));
            return Optional.empty();
        } catch (AccessDeniedException e) {
            problems.add(ConfigProblem.ofFile(file, "cannot read: permission denied"));
            return Optional.empty();
        } catch (IOException e) {
            problems.add(ConfigProblem.ofFile(file, "cannot read: " + e.getMessage()));
            return Optional.empty();
        }
        return decodeUtf8(file, bytes, problems);
    }

    /**
     * Parses the single YAML document of {@code text} and returns its top-level mapping, or reports
     * why there is none (syntax error, empty file, not a mapping, several documents).
     */
    static Optional<MappingNode> composeMapping(Path file, String text, Problems problems) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(file.toString())
                // YAML 1.2 core schema: true/false are booleans, yes/no/on/off are plain strings.
                .setSchema(new CoreSchema())
                // Reported with a position by YamlMapping instead of as a bare exception.
                .setAllowNonScalarKeys(true)
                .build();
        Node document = null;
        try {
            Iterator<Node> documents = new Compose(settings).composeAllFromString(text).iterator();
            if (documents.hasNext()) {
                document = documents.next();
                if (documents.hasNext()) {
                    problems.at(file, documents.next(),
                            "a config file holds one YAML document, but a second one starts here (after a '---' line)");
                    return Optional.empty();
                }
            }
        } catch (MarkedYamlEngineException e) {
            problems.at(file, e.getProblemMark().orElse(null), syntaxMessage(e));
            return Optional.empty();
        } catch (ReaderException e) {
            int[] position = lineAndColumn(text, e.getPosition());
            problems.add(new ConfigProblem(file, position[0], position[1], String.format(
                    "character U+%04X is not allowed in YAML text", e.getCodePoint())));
            return Optional.empty();
        } catch (YamlEngineException e) {
            problems.add(ConfigProblem.ofFile(file, "YAML error: " + e.getMessage()));
            return Optional.empty();
        }
        if (document == null || isNull(document)) {
            problems.add(new ConfigProblem(file, 1, 1,
                    "empty config: expected a YAML mapping with the keys of a checkpoint or an update config"));
            return Optional.empty();
        }
        if (document instanceof MappingNode mapping) {
            return Optional.of(mapping);
        }
        problems.at(file, document,
                "a config must be a YAML mapping of keys to values (key: value lines), found " + YamlMapping.describe(document));
        return Optional.empty();
    }

    /** A document that is only "~" or "null" is as empty as one with nothing in it. */
    private static boolean isNull(Node node) {
        return node.getNodeType() == NodeType.SCALAR && Tag.NULL.equals(node.getTag());
    }

    private static String syntaxMessage(MarkedYamlEngineException e) {
        StringBuilder message = new StringBuilder("YAML syntax error: ").append(e.getProblem());
        String context = e.getContext();
        if (context != null && !context.isBlank()) {
            message.append(" (").append(context);
            Optional<Mark> contextMark = e.getContextMark();
            contextMark.ifPresent(mark -> message.append(" started at line ").append(mark.getLine() + 1)
                    .append(", column ").append(mark.getColumn() + 1));
            message.append(')');
        }
        return message.toString();
    }

    /** 1-based line and column of the code point at {@code codePointIndex}. */
    private static int[] lineAndColumn(String text, int codePointIndex) {
        int line = 1;
        int column = 1;
        int index = 0;
        for (int i = 0; i < text.length() && index < codePointIndex; i += Character.charCount(text.codePointAt(i)), index++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new int[] { line, column };
    }

    /** Strict UTF-8, so that a binary passed by mistake is named as such with the position of the first bad byte. */
    private static Optional<String> decodeUtf8(Path file, byte[] bytes, Problems problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int line = 1;
            int column = 1;
            out.flip();
            for (int i = 0; i < out.limit(); i++) {
                if (out.get(i) == '\n') {
                    line++;
                    column = 1;
                } else if (!Character.isLowSurrogate(out.get(i))) {
                    column++;
                }
            }
            problems.add(new ConfigProblem(file, line, column, String.format(
                    "not UTF-8 text (byte 0x%02x); a config file is YAML text", bytes[in.position()] & 0xff)));
            return Optional.empty();
        }
        decoder.flush(out);
        out.flip();
        return Optional.of(out.toString());
    }
}
