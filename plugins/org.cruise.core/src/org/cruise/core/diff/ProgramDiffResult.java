package org.cruise.core.diff;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

import org.cruise.model.ChangeKind;
import org.cruise.model.CruiseFactory;
import org.cruise.model.ProgramDiff;
import org.cruise.model.SymbolChange;

/**
 * What {@link ProgramDiffer#diff} found, as the model's {@link ProgramDiff} (for reports, JSON and
 * the workbench) and as answers for the update engine. All addresses are link-time addresses
 * (st_value): add a PIE's load bias to get run-time addresses, subtract it before asking.
 * <ul>
 * <li>{@link #functions()} / {@link #data()}: every symbol with its {@link Change} (unchanged,
 * modified, added, removed), modified first, then added, removed, unchanged;</li>
 * <li>{@link #modifiedFunctionNames()}: the names of the OLD functions whose code changed
 * (what {@code cruise check} treats as blocking when they have a frame);</li>
 * <li>{@link #mapCodeAddress(long)}: an OLD code address inside an unchanged function maps to the
 * NEW function at the same offset; the entry of a modified function maps to the NEW function's
 * entry (pointers to it call the fixed code); anything else (inside a modified function, in a
 * removed one, outside any function) has no mapping;</li>
 * <li>{@link #mapDataAddress(long)}: an OLD address inside a data object that still exists maps
 * to the NEW object at the same offset if the offset is inside the NEW object;</li>
 * <li>{@link #functionAt(long)} / {@link #dataAt(long)}: the change of the OLD symbol containing
 * an address;</li>
 * <li>{@link #data(ChangeKind)}: added, removed and modified data objects.</li>
 * </ul>
 */
public final class ProgramDiffResult {

    /**
     * One symbol's fate.
     *
     * @param kind unchanged, modified, added or removed
     * @param old the symbol in the old program, null if added
     * @param neu the symbol in the new program, null if removed
     * @param reason why it counts as modified ("size 16 -> 24", "code differs at +0x1c: ..."), else null
     */
    public record Change(ChangeKind kind, DiffSymbol old, DiffSymbol neu, String reason) {

        /** The new symbol if there is one, else the old one. */
        public DiffSymbol either() {
            return neu != null ? neu : old;
        }
    }

    /**
     * A place in the new program.
     *
     * @param symbol the new function or data object
     * @param offset the offset inside it
     */
    public record Location(DiffSymbol symbol, long offset) {

        /** The link-time address in the new program. */
        public long address() {
            return symbol.address() + offset;
        }
    }

    private final Path oldProgram;
    private final Path newProgram;
    private final String oldBuildId;
    private final String newBuildId;
    private final List<Change> functions;
    private final List<Change> data;
    private final NavigableMap<Long, List<Change>> oldFunctions = new TreeMap<>(Long::compareUnsigned);
    private final NavigableMap<Long, List<Change>> oldData = new TreeMap<>(Long::compareUnsigned);

    ProgramDiffResult(Path oldProgram, Path newProgram, String oldBuildId, String newBuildId, List<Change> functions,
            List<Change> data) {
        this.oldProgram = oldProgram;
        this.newProgram = newProgram;
        this.oldBuildId = oldBuildId;
        this.newBuildId = newBuildId;
        this.functions = List.copyOf(functions);
        this.data = List.copyOf(data);
        index(functions, oldFunctions);
        index(data, oldData);
    }

    private static void index(List<Change> changes, NavigableMap<Long, List<Change>> byAddress) {
        for (Change change : changes) {
            if (change.old() != null && !change.old().threadLocal()) {
                byAddress.computeIfAbsent(change.old().address(), a -> new ArrayList<>(1)).add(change);
            }
        }
        // Aliases: a global name before a local one, shorter (plain) names before clone suffixes.
        Comparator<Change> preferred = Comparator.comparing((Change c) -> !c.old().scope().isEmpty())
                .thenComparing(c -> c.old().name().length()).thenComparing(c -> c.old().name());
        byAddress.values().forEach(list -> list.sort(preferred));
    }

    public Path oldProgram() {
        return oldProgram;
    }

    public Path newProgram() {
        return newProgram;
    }

    /** Every function of both programs with its change. */
    public List<Change> functions() {
        return functions;
    }

    /** Every data object of both programs with its change. */
    public List<Change> data() {
        return data;
    }

    public List<Change> functions(ChangeKind kind) {
        return functions.stream().filter(c -> c.kind() == kind).toList();
    }

    public List<Change> data(ChangeKind kind) {
        return data.stream().filter(c -> c.kind() == kind).toList();
    }

    /** Names (old program's) of the functions whose code changed. */
    public List<String> modifiedFunctionNames() {
        return functions(ChangeKind.MODIFIED).stream().map(c -> c.old().name()).distinct().toList();
    }

    /** The change of the old function containing the old address, if any. */
    public Optional<Change> functionAt(long oldAddress) {
        return containing(oldFunctions, oldAddress);
    }

    /** The change of the old data object containing the old address, if any. */
    public Optional<Change> dataAt(long oldAddress) {
        return containing(oldData, oldAddress);
    }

    /** Where an old code address goes in the new program (see the class comment), if anywhere. */
    public Optional<Location> mapCodeAddress(long oldAddress) {
        return functionAt(oldAddress).flatMap(change -> {
            long offset = oldAddress - change.old().address();
            if (change.kind() == ChangeKind.UNCHANGED || change.kind() == ChangeKind.MODIFIED && offset == 0) {
                return Optional.of(new Location(change.neu(), offset));
            }
            return Optional.empty();
        });
    }

    /** Where an old data address goes in the new program (see the class comment), if anywhere. */
    public Optional<Location> mapDataAddress(long oldAddress) {
        return dataAt(oldAddress).flatMap(change -> {
            long offset = oldAddress - change.old().address();
            if (change.neu() != null && (offset < change.neu().size() || offset == 0)) {
                return Optional.of(new Location(change.neu(), offset));
            }
            return Optional.empty();
        });
    }

    private static Optional<Change> containing(NavigableMap<Long, List<Change>> byAddress, long address) {
        Map.Entry<Long, List<Change>> entry = byAddress.floorEntry(address);
        for (int step = 0; entry != null && step < 2; step++) {
            for (Change change : entry.getValue()) {
                if (change.old().contains(address)) {
                    return Optional.of(change);
                }
            }
            entry = byAddress.lowerEntry(entry.getKey());
        }
        return Optional.empty();
    }

    /** The result as the model's ProgramDiff (a new instance each call). */
    public ProgramDiff toModel() {
        ProgramDiff diff = CruiseFactory.eINSTANCE.createProgramDiff();
        diff.setOldProgram(oldProgram.toString());
        diff.setNewProgram(newProgram.toString());
        diff.setOldBuildId(oldBuildId);
        diff.setNewBuildId(newBuildId);
        for (Change change : functions) {
            diff.getFunctions().add(toModel(change));
        }
        for (Change change : data) {
            diff.getData().add(toModel(change));
        }
        return diff;
    }

    public String oldBuildId() {
        return oldBuildId;
    }

    public String newBuildId() {
        return newBuildId;
    }

    private static SymbolChange toModel(Change change) {
        SymbolChange m = CruiseFactory.eINSTANCE.createSymbolChange();
        m.setName(change.either().name());
        m.setScope(change.either().scope());
        m.setKind(change.kind());
        if (change.old() != null) {
            m.setOldAddress(change.old().address());
            m.setOldSize(change.old().size());
        }
        if (change.neu() != null) {
            m.setNewAddress(change.neu().address());
            m.setNewSize(change.neu().size());
        }
        m.setReason(change.reason());
        return m;
    }
}
