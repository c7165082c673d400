package org.cruise.core.diff;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import org.cruise.core.diff.ProgramDiffResult.Change;
import org.cruise.model.ChangeKind;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * The JSON form of {@code cruise diff --json}, documented in docs/diff.md. Like the snapshot JSON:
 * {@value #JSON_FORMAT} is {@code jsonFormat}, fields are only ever added, every documented key is
 * present ({@code null} when it does not apply), addresses are "0x..." strings, sizes numbers.
 */
public final class DiffJson {

    public static final int JSON_FORMAT = 1;

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private DiffJson() {
    }

    /** Writes one pretty-printed JSON object and a newline; does not close {@code out}. */
    public static void write(ProgramDiffResult result, Writer out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeNumberField("jsonFormat", JSON_FORMAT);
            program(g, "old", result.oldProgram().toString(), result.oldBuildId());
            program(g, "new", result.newProgram().toString(), result.newBuildId());
            g.writeObjectFieldStart("summary");
            counts(g, "functions", result.functions());
            counts(g, "data", result.data());
            g.writeEndObject();
            changes(g, "functions", result.functions());
            changes(g, "data", result.data());
            g.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    private static void program(JsonGenerator g, String field, String path, String buildId) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeStringField("program", path);
        g.writeStringField("buildId", buildId);
        g.writeEndObject();
    }

    private static void counts(JsonGenerator g, String field, List<Change> changes) throws IOException {
        g.writeObjectFieldStart(field);
        for (ChangeKind kind : List.of(ChangeKind.MODIFIED, ChangeKind.ADDED, ChangeKind.REMOVED, ChangeKind.UNCHANGED)) {
            g.writeNumberField(kind.getLiteral().toLowerCase(), changes.stream().filter(c -> c.kind() == kind).count());
        }
        g.writeEndObject();
    }

    private static void changes(JsonGenerator g, String field, List<Change> changes) throws IOException {
        g.writeArrayFieldStart(field);
        for (Change change : changes) {
            g.writeStartObject();
            g.writeStringField("name", change.either().name());
            g.writeStringField("scope", change.either().scope());
            g.writeStringField("kind", change.kind().getLiteral().toLowerCase());
            symbol(g, "old", change.old());
            symbol(g, "new", change.neu());
            g.writeStringField("reason", change.reason());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void symbol(JsonGenerator g, String field, DiffSymbol symbol) throws IOException {
        if (symbol == null) {
            g.writeNullField(field);
            return;
        }
        g.writeObjectFieldStart(field);
        g.writeStringField("name", symbol.name());
        g.writeStringField("address", "0x" + Long.toHexString(symbol.address()));
        g.writeNumberField("size", symbol.size());
        g.writeStringField("section", symbol.section());
        g.writeBooleanField("threadLocal", symbol.threadLocal());
        g.writeEndObject();
    }
}
