package org.cruise.core.diff;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cruise.core.CruiseException;
import org.cruise.core.diff.Binary.Sym;
import org.cruise.core.disasm.Instruction;
import org.cruise.core.disasm.X86Decoder;
import org.cruise.model.ChangeKind;

/**
 * Compares two builds of a program function by function and data object by data object
 * ({@code cruise diff OLD NEW}). Both must be x86-64 executables with their .symtab.
 * <p>
 * <b>Matching.</b> A global symbol is matched by its name; a local (static) symbol by its source
 * file, as the STT_FILE symbol before it in .symtab names it, and its name, so that two static
 * {@code helper}s of two files are two symbols. Compiler clones ({@code f.constprop.0},
 * {@code f.isra.0}, {@code f.part.0}, {@code f.cold}) are matched by their full name: a clone
 * that appears or disappears is added or removed. A function-local static (GCC names it
 * {@code counter.1}; the number is a per-file sequence that changes when statics are added
 * elsewhere in the file) is matched by its file, the name before the number, and the set of
 * functions whose code refers to it; so are other numbered compiler-made locals such as
 * {@code CSWTCH.12}. If several symbols still share an identity, they are matched in address
 * order. Finally a local symbol left unmatched on both sides is matched by name alone if that
 * name is unique among the unmatched ones (a source file that was renamed).
 * <p>
 * <b>Functions</b> are compared after normalising what differs only because code or data moved
 * (see {@link CodeNormalizer}): a function is {@code UNCHANGED} when its normalised instructions
 * are equal, else {@code MODIFIED} with the first difference as the reason.
 * <p>
 * <b>Data objects</b> (STT_OBJECT, STT_TLS, common) are {@code MODIFIED} when their size changes
 * ("size 16 -> 24"), when they move into or out of thread-local storage, or when they are
 * read-only (a non-writable section or .data.rel.ro) and their contents differ with pointers
 * normalised. The initial values of writable data are not compared: a live update carries the
 * running values over.
 */
public final class ProgramDiffer {

    /** GCC's numbering of function-local statics and other compiler-made locals: "counter.1", "CSWTCH.12". */
    private static final Pattern NUMBERED = Pattern.compile("(.+)\\.([0-9]+)");

    private ProgramDiffer() {
    }

    /**
     * Compares {@code oldProgram} with {@code newProgram}.
     *
     * @throws CruiseException exit code 2 if a file is not an x86-64 executable, 3 if one has no
     *         .symtab (stripped), 1 if capstone or libelf cannot be loaded
     */
    public static ProgramDiffResult diff(Path oldProgram, Path newProgram) throws CruiseException {
        Binary old = Binary.load(oldProgram);
        Binary neu = Binary.load(newProgram);
        try (X86Decoder oldDecoder = X86Decoder.open(); X86Decoder newDecoder = X86Decoder.open()) {
            CodeNormalizer oldCode = new CodeNormalizer(old, oldDecoder);
            CodeNormalizer newCode = new CodeNormalizer(neu, newDecoder);
            assignFunctionIds(old);
            assignFunctionIds(neu);
            decodeBoth(oldCode, newCode);
            assignDataIds(old, oldCode);
            assignDataIds(neu, newCode);
            Map<Sym, Sym> functions = match(old.functions, neu.functions);
            Map<Sym, Sym> data = match(old.data, neu.data);
            // A symbol matched only by the fallback gets its partner's identity, so that references
            // to it compare equal.
            functions.forEach((o, n) -> n.id = o.id);
            data.forEach((o, n) -> n.id = o.id);

            List<ProgramDiffResult.Change> functionChanges = new ArrayList<>();
            for (Map.Entry<Sym, Sym> pair : functions.entrySet()) {
                functionChanges.add(compareFunctions(pair.getKey(), pair.getValue(), oldCode, newCode));
            }
            addUnmatched(functionChanges, old.functions, functions.keySet(), ChangeKind.REMOVED);
            addUnmatched(functionChanges, neu.functions, Set.copyOf(functions.values()), ChangeKind.ADDED);

            List<ProgramDiffResult.Change> dataChanges = new ArrayList<>();
            for (Map.Entry<Sym, Sym> pair : data.entrySet()) {
                dataChanges.add(compareData(pair.getKey(), pair.getValue(), oldCode, newCode));
            }
            addUnmatched(dataChanges, old.data, data.keySet(), ChangeKind.REMOVED);
            addUnmatched(dataChanges, neu.data, Set.copyOf(data.values()), ChangeKind.ADDED);
            Comparator<ProgramDiffResult.Change> order = Comparator
                    .comparing((ProgramDiffResult.Change c) -> c.kind().getValue() == 0 ? 4 : c.kind().getValue())
                    .thenComparing(c -> c.either().name()).thenComparing(c -> c.either().scope());
            functionChanges.sort(order);
            dataChanges.sort(order);
            return new ProgramDiffResult(oldProgram, newProgram, old.buildId, neu.buildId, functionChanges, dataChanges);
        }
    }

    /**
     * Decoding is most of the work (capstone spends about a microsecond per instruction), and the
     * two programs are independent: the old one is decoded on a second thread.
     */
    private static void decodeBoth(CodeNormalizer oldCode, CodeNormalizer newCode) throws CruiseException {
        RuntimeException[] failure = new RuntimeException[1];
        Thread thread = Thread.ofPlatform().name("cruise-diff-decode").start(() -> {
            try {
                oldCode.decode();
            } catch (RuntimeException e) {
                failure[0] = e;
            }
        });
        newCode.decode();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CruiseException(org.cruise.core.ExitCode.INTERNAL, "interrupted while decoding the old program", e);
        }
        if (failure[0] != null) {
            throw failure[0];
        }
    }

    private static void addUnmatched(List<ProgramDiffResult.Change> changes, List<Sym> all, Set<Sym> matched,
            ChangeKind kind) {
        for (Sym sym : all) {
            if (!matched.contains(sym)) {
                changes.add(kind == ChangeKind.REMOVED ? new ProgramDiffResult.Change(kind, sym.symbol, null, null)
                        : new ProgramDiffResult.Change(kind, null, sym.symbol, null));
            }
        }
    }

    private static ProgramDiffResult.Change compareFunctions(Sym old, Sym neu, CodeNormalizer oldCode,
            CodeNormalizer newCode) {
        List<String> a = oldCode.tokens(old);
        List<String> b = newCode.tokens(neu);
        String reason = null;
        if (!a.equals(b)) {
            int i = 0;
            while (i < a.size() && i < b.size() && a.get(i).equals(b.get(i))) {
                i++;
            }
            List<Instruction> ai = oldCode.instructions(old);
            List<Instruction> bi = newCode.instructions(neu);
            StringBuilder why = new StringBuilder();
            if (old.symbol.size() != neu.symbol.size()) {
                why.append("code size ").append(old.symbol.size()).append(" -> ").append(neu.symbol.size()).append("; ");
            }
            long at = i < ai.size() ? ai.get(i).address() - old.symbol.address()
                    : i < bi.size() ? bi.get(i).address() - neu.symbol.address() : 0;
            why.append("code differs at +0x").append(Long.toHexString(at)).append(": ")
                    .append(i < ai.size() ? oldCode.describe(ai.get(i), old) : "(end)").append(" -> ")
                    .append(i < bi.size() ? newCode.describe(bi.get(i), neu) : "(end)");
            reason = why.toString();
        }
        return new ProgramDiffResult.Change(reason == null ? ChangeKind.UNCHANGED : ChangeKind.MODIFIED, old.symbol,
                neu.symbol, reason);
    }

    private static ProgramDiffResult.Change compareData(Sym old, Sym neu, CodeNormalizer oldCode, CodeNormalizer newCode) {
        List<String> reasons = new ArrayList<>();
        if (old.symbol.size() != neu.symbol.size()) {
            reasons.add("size " + old.symbol.size() + " -> " + neu.symbol.size());
        }
        if (old.symbol.threadLocal() != neu.symbol.threadLocal()) {
            reasons.add(old.symbol.threadLocal() ? "no longer thread-local" : "now thread-local");
        }
        if (old.readOnly != neu.readOnly) {
            reasons.add(old.readOnly ? "now writable (" + neu.symbol.section() + ")"
                    : "now read-only (" + neu.symbol.section() + ")");
        } else if (reasons.isEmpty() && old.readOnly) {
            long at = firstDifference(oldCode.dataTokens(old), newCode.dataTokens(neu));
            if (at >= 0) {
                reasons.add("read-only contents differ at +0x" + Long.toHexString(at));
            }
        }
        return new ProgramDiffResult.Change(reasons.isEmpty() ? ChangeKind.UNCHANGED : ChangeKind.MODIFIED, old.symbol,
                neu.symbol, reasons.isEmpty() ? null : String.join("; ", reasons));
    }

    /**
     * The byte offset of the first difference between two {@link CodeNormalizer#dataTokens}
     * lists (hex runs, 2 characters a byte, and "&lt;pointer&gt;" tokens of 8 bytes), -1 if equal.
     */
    private static long firstDifference(List<String> a, List<String> b) {
        long offset = 0;
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            String x = i < a.size() ? a.get(i) : "";
            String y = i < b.size() ? b.get(i) : "";
            if (x.equals(y)) {
                offset += x.startsWith("<") ? 8 : x.length() / 2;
                continue;
            }
            if (x.startsWith("<") || y.startsWith("<")) {
                return offset;
            }
            int c = 0;
            while (c < x.length() && c < y.length() && x.charAt(c) == y.charAt(c)) {
                c++;
            }
            return offset + c / 2;
        }
        return -1;
    }

    private static String baseId(Sym sym) {
        return sym.local ? sym.symbol.scope() + "::" + sym.symbol.name() : sym.symbol.name();
    }

    private static void assignFunctionIds(Binary binary) {
        for (Sym sym : binary.functions) {
            sym.id = baseId(sym);
        }
        disambiguate(binary.functions);
    }

    private static void assignDataIds(Binary binary, CodeNormalizer code) {
        for (Sym sym : binary.data) {
            Matcher numbered = NUMBERED.matcher(sym.symbol.name());
            Set<Sym> owners = code.owners(sym);
            if (sym.local && numbered.matches() && !owners.isEmpty()) {
                Set<String> names = new TreeSet<>();
                for (Sym owner : owners) {
                    names.add(owner.id);
                }
                sym.id = sym.symbol.scope() + "::" + numbered.group(1) + ".N@" + String.join(",", names);
            } else {
                sym.id = baseId(sym);
            }
        }
        disambiguate(binary.data);
    }

    /** Symbols sharing an identity get "#2", "#3", ... in address order. */
    private static void disambiguate(List<Sym> syms) {
        Map<String, List<Sym>> byId = new HashMap<>();
        for (Sym sym : syms) {
            byId.computeIfAbsent(sym.id, k -> new ArrayList<>()).add(sym);
        }
        for (List<Sym> same : byId.values()) {
            if (same.size() > 1) {
                same.sort(Comparator.comparing((Sym s) -> s.symbol.address(), Long::compareUnsigned));
                for (int i = 1; i < same.size(); i++) {
                    same.get(i).id = same.get(i).id + "#" + (i + 1);
                }
            }
        }
    }

    /** Old symbol to new symbol: by identity, then unmatched locals by their identity without the file. */
    private static Map<Sym, Sym> match(List<Sym> old, List<Sym> neu) {
        Map<String, Sym> newById = new HashMap<>();
        for (Sym sym : neu) {
            newById.put(sym.id, sym);
        }
        Map<Sym, Sym> matched = new LinkedHashMap<>();
        List<Sym> oldLeft = new ArrayList<>();
        for (Sym sym : old) {
            Sym partner = newById.remove(sym.id);
            if (partner != null) {
                matched.put(sym, partner);
            } else {
                oldLeft.add(sym);
            }
        }
        Map<String, List<Sym>> oldByName = unscoped(oldLeft);
        Map<String, List<Sym>> newByName = unscoped(newById.values());
        for (Map.Entry<String, List<Sym>> entry : oldByName.entrySet()) {
            List<Sym> partners = newByName.get(entry.getKey());
            if (entry.getValue().size() == 1 && partners != null && partners.size() == 1) {
                matched.put(entry.getValue().get(0), partners.get(0));
            }
        }
        return matched;
    }

    private static Map<String, List<Sym>> unscoped(Iterable<Sym> syms) {
        Map<String, List<Sym>> byName = new HashMap<>();
        for (Sym sym : syms) {
            if (sym.local) {
                String id = Objects.requireNonNull(sym.id);
                int scope = id.indexOf("::");
                byName.computeIfAbsent(scope < 0 ? id : id.substring(scope + 2), k -> new ArrayList<>()).add(sym);
            }
        }
        return byName;
    }
}
