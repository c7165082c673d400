package org.cruise.core.update;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.cruise.core.CruiseException;
import org.cruise.core.ExitCode;
import org.cruise.core.elf.ElfSymbol;

/**
 * Which of OLD's functions may not keep running: the updated ones (their code differs in NEW)
 * and the removed ones. A frame of such a function on any stack blocks the update (paper 5.2.2);
 * a pointer to its entry is re-pointed to NEW's version.
 */
public final class ChangeSet {

    private final Set<String> changedKeys;
    private final Set<String> removedKeys;

    private ChangeSet(Set<String> changedKeys, Set<String> removedKeys) {
        this.changedKeys = Set.copyOf(changedKeys);
        this.removedKeys = Set.copyOf(removedKeys);
    }

    /**
     * From function names as a user writes them (the paper's input: one per line). A name matches
     * every OLD function of that name (a static in several files, clones foo.constprop.0 of foo).
     * A name neither build knows is an error naming it.
     */
    public static ChangeSet fromNames(ProgramImage oldImage, ProgramImage newImage, Collection<String> names,
            String origin) throws CruiseException {
        Set<String> changed = new LinkedHashSet<>();
        for (String name : names) {
            boolean found = false;
            for (ElfSymbol f : oldImage.functions()) {
                String base = f.name();
                if (base.equals(name) || base.startsWith(name + ".")) {
                    changed.add(ProgramImage.key(f));
                    found = true;
                }
            }
            if (!found && newImage.functions().stream().noneMatch(f -> f.name().equals(name))) {
                throw new CruiseException(ExitCode.USAGE, origin + ": function '" + name + "' is in neither "
                        + oldImage.path() + " nor " + newImage.path());
            }
        }
        return new ChangeSet(changed, removedFunctions(oldImage, newImage));
    }

    /**
     * What the comparison of the two builds finds modified (`cruise diff`): machine code compared
     * after normalizing what only moved, and the read-only data each function refers to.
     */
    public static ChangeSet fromDiff(ProgramImage oldImage, ProgramImage newImage) throws CruiseException {
        org.cruise.core.diff.ProgramDiffResult diff = org.cruise.core.diff.ProgramDiffer.diff(oldImage.path(), newImage.path());
        List<String> keys = new java.util.ArrayList<>();
        for (org.cruise.core.diff.ProgramDiffResult.Change c : diff.functions(org.cruise.model.ChangeKind.MODIFIED)) {
            // By address: the comparison and the update engine then agree on which symbol is meant,
            // whatever notation each uses for a static's scope.
            oldImage.functionAt(c.old().address()).ifPresent(f -> keys.add(ProgramImage.key(f)));
        }
        return of(keys, oldImage, newImage);
    }

    /** From keys computed by a binary comparison (ProgramImage.key form). */
    public static ChangeSet of(Collection<String> changedKeys, ProgramImage oldImage, ProgramImage newImage) {
        return new ChangeSet(new LinkedHashSet<>(changedKeys), removedFunctions(oldImage, newImage));
    }

    public ChangeSet union(ChangeSet other) {
        Set<String> c = new LinkedHashSet<>(changedKeys);
        c.addAll(other.changedKeys);
        Set<String> r = new LinkedHashSet<>(removedKeys);
        r.addAll(other.removedKeys);
        return new ChangeSet(c, r);
    }

    private static Set<String> removedFunctions(ProgramImage oldImage, ProgramImage newImage) {
        Set<String> removed = new TreeSet<>();
        for (ElfSymbol f : oldImage.functions()) {
            if (newImage.function(ProgramImage.key(f)).isEmpty()) {
                removed.add(ProgramImage.key(f));
            }
        }
        return removed;
    }

    /** Whether OLD's function (by key) may not run after the update: changed or removed. */
    public boolean blocks(String key) {
        return changedKeys.contains(key) || removedKeys.contains(key);
    }

    public boolean changed(String key) {
        return changedKeys.contains(key);
    }

    public boolean removed(String key) {
        return removedKeys.contains(key);
    }

    public List<String> changedKeys() {
        return List.copyOf(new TreeSet<>(changedKeys));
    }

    public List<String> removedKeys() {
        return List.copyOf(new TreeSet<>(removedKeys));
    }
}
