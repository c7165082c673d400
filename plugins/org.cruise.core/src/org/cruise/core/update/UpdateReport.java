package org.cruise.core.update;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an update did (or, for --dry-run, would do): globals carried / new / dropped, pointers
 * re-pointed by kind and where they were found, frames rewritten, time waited for the safe
 * point and the downtime. Filled while planning and executing; printed by the CLI.
 */
public final class UpdateReport {

    private final Map<String, Integer> counts = new TreeMap<>();
    private final Map<String, Map<AddressTranslator.Kind, Integer>> pointers = new TreeMap<>();
    private final List<String> carried = new ArrayList<>();
    private final List<String> added = new ArrayList<>();
    private final List<String> dropped = new ArrayList<>();
    private final List<String> reset = new ArrayList<>();
    private final List<String> unmappable = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private int framesRewritten;
    private long waitedNanos;
    private long downtimeNanos;
    private long preparationPauseNanos;
    private long newBase;
    private long oldBase;
    private boolean dryRun;

    void count(String what) {
        counts.merge(what, 1, Integer::sum);
    }

    void pointer(String where, AddressTranslator.Result r) {
        if (r.kind() == AddressTranslator.Kind.UNMAPPABLE) {
            if (unmappable.size() < 50) {
                unmappable.add(where + ": " + r.what());
            }
        }
        pointers.computeIfAbsent(where, w -> new TreeMap<>()).merge(r.kind(), 1, Integer::sum);
    }

    void dataCarried(String name) {
        carried.add(name);
    }

    void dataNew(String name) {
        added.add(name);
    }

    void dataDropped(String name) {
        dropped.add(name);
    }

    void dataReset(String name) {
        reset.add(name);
    }

    void note(String note) {
        notes.add(note);
    }

    void framesRewritten(int n) {
        framesRewritten += n;
    }

    private int waitLooks;

    /** How many times the process was stopped to look again while the update waited. */
    void waitLooks(int looks) {
        waitLooks = looks;
    }

    public int waitLooks() {
        return waitLooks;
    }

    void waited(long nanos) {
        waitedNanos = nanos;
    }

    void downtime(long nanos) {
        downtimeNanos = nanos;
    }

    private long scannedBytes;

    private long trackedBytes;

    void tracked(long bytes) {
        trackedBytes = bytes;
    }

    public long trackedBytes() {
        return trackedBytes;
    }

    void scanned(long bytes) {
        scannedBytes = bytes;
    }

    public long scannedBytes() {
        return scannedBytes;
    }

    void preparationPause(long nanos) {
        preparationPauseNanos = nanos;
    }

    public double preparationPauseMillis() {
        return preparationPauseNanos / 1e6;
    }

    void bases(long oldBase, long newBase) {
        this.oldBase = oldBase;
        this.newBase = newBase;
    }

    void dryRun(boolean dryRun) {
        this.dryRun = dryRun;
    }

    public List<String> carried() {
        return carried;
    }

    public List<String> added() {
        return added;
    }

    public List<String> dropped() {
        return dropped;
    }

    public List<String> reset() {
        return reset;
    }

    public List<String> unmappable() {
        return unmappable;
    }

    public Map<String, Map<AddressTranslator.Kind, Integer>> pointers() {
        return pointers;
    }

    public Map<String, Integer> counts() {
        return counts;
    }

    public int framesRewritten() {
        return framesRewritten;
    }

    public double waitedMillis() {
        return waitedNanos / 1e6;
    }

    public double downtimeMillis() {
        return downtimeNanos / 1e6;
    }

    public int repointed() {
        int n = 0;
        for (Map<AddressTranslator.Kind, Integer> m : pointers.values()) {
            for (Map.Entry<AddressTranslator.Kind, Integer> e : m.entrySet()) {
                if (e.getKey() != AddressTranslator.Kind.UNMAPPABLE && e.getKey() != AddressTranslator.Kind.KEPT_READ_ONLY) {
                    // re-pointed: everything but what stays as it was
                    n += e.getValue();
                }
            }
        }
        return n;
    }

    public String toText() {
        StringBuilder b = new StringBuilder();
        b.append(dryRun ? "plan (dry run, nothing changed):\n" : "update report:\n");
        b.append(String.format("  program image: 0x%x (old) -> 0x%x (new)%n", oldBase, newBase));
        b.append("  globals carried: ").append(carried.size()).append(list(carried)).append('\n');
        b.append("  globals new (initial values): ").append(added.size()).append(list(added)).append('\n');
        b.append("  globals dropped: ").append(dropped.size()).append(list(dropped)).append('\n');
        if (!reset.isEmpty()) {
            b.append("  globals changed size, reset: ").append(reset.size()).append(list(reset)).append('\n');
        }
        b.append("  pointers re-pointed: ").append(repointed()).append('\n');
        for (Map.Entry<String, Map<AddressTranslator.Kind, Integer>> e : pointers.entrySet()) {
            b.append("    ").append(e.getKey()).append(": ");
            List<String> parts = new ArrayList<>();
            e.getValue().forEach((k, v) -> parts.add(k.name().toLowerCase().replace('_', ' ') + " " + v));
            b.append(String.join(", ", parts)).append('\n');
        }
        b.append(String.format("  memory scanned for pointers while stopped: %.1f MiB", scannedBytes / 1048576.0));
        if (trackedBytes > 0) {
            b.append(String.format(" (%.1f MiB scanned while running, only pages written since looked at again)",
                    trackedBytes / 1048576.0));
        }
        b.append('\n');
        b.append("  frames rewritten: ").append(framesRewritten).append('\n');
        counts.forEach((k, v) -> b.append("  ").append(k).append(": ").append(v).append('\n'));
        if (!unmappable.isEmpty()) {
            b.append("  left as they were (no counterpart in NEW): ").append(unmappable.size()).append('\n');
            unmappable.stream().limit(10).forEach(u -> b.append("    ").append(u).append('\n'));
        }
        notes.forEach(n -> b.append("  note: ").append(n).append('\n'));
        b.append(String.format("  waited for safe point: %.1f ms%s%n", waitedMillis(), waitLooks == 0 ? ""
                : " (stopped " + waitLooks + " time(s) to look again: at a watched return or every "
                        + SafePointWait.FALLBACK_NANOS / 1_000_000_000L + " s)"));
        b.append(String.format("  preparation pause (room for NEW): %.2f ms%n", preparationPauseMillis()));
        if (!dryRun) {
            b.append(String.format("  downtime: %.2f ms%n", downtimeMillis()));
        }
        return b.toString();
    }

    private static String list(List<String> names) {
        if (names.isEmpty()) {
            return "";
        }
        List<String> shown = names.size() > 12 ? names.subList(0, 12) : names;
        return " (" + String.join(", ", shown) + (names.size() > 12 ? ", ..." : "") + ")";
    }
}
