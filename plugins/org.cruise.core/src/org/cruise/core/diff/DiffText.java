package org.cruise.core.diff;

import java.io.PrintWriter;
import java.util.List;

import org.cruise.core.diff.ProgramDiffResult.Change;
import org.cruise.model.ChangeKind;

/** The text report of {@code cruise diff}: changed symbols grouped by kind, and how many are unchanged. */
public final class DiffText {

    private DiffText() {
    }

    public static void write(ProgramDiffResult result, PrintWriter out) {
        out.println("old: " + result.oldProgram() + buildId(result.oldBuildId()));
        out.println("new: " + result.newProgram() + buildId(result.newBuildId()));
        section(out, "functions", result.functions());
        section(out, "data", result.data());
    }

    private static String buildId(String id) {
        return id == null ? "" : " (build-id " + id + ")";
    }

    private static void section(PrintWriter out, String title, List<Change> changes) {
        out.println();
        out.println(title + ": " + count(changes, ChangeKind.MODIFIED) + " modified, " + count(changes, ChangeKind.ADDED)
                + " added, " + count(changes, ChangeKind.REMOVED) + " removed, " + count(changes, ChangeKind.UNCHANGED)
                + " unchanged");
        for (ChangeKind kind : List.of(ChangeKind.MODIFIED, ChangeKind.ADDED, ChangeKind.REMOVED)) {
            for (Change change : changes) {
                if (change.kind() != kind) {
                    continue;
                }
                StringBuilder line = new StringBuilder("  ").append(String.format("%-9s", kind.getLiteral().toLowerCase()))
                        .append(change.either().displayName());
                if (change.old() != null && change.neu() != null && !change.old().name().equals(change.neu().name())) {
                    line.append(" (was ").append(change.old().name()).append(')');
                }
                if (change.reason() != null) {
                    line.append(": ").append(change.reason());
                }
                out.println(line);
            }
        }
    }

    private static long count(List<Change> changes, ChangeKind kind) {
        return changes.stream().filter(c -> c.kind() == kind).count();
    }
}
