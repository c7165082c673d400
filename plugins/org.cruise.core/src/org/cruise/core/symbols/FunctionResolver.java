package org.cruise.core.symbols;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.cruise.core.CruiseException;
import org.cruise.core.ExitCode;
import org.cruise.core.config.FunctionNames;
import org.cruise.core.elf.ElfSymbol;
import org.cruise.core.elf.SymbolType;
import org.cruise.core.symbols.CompilerClones.Clone;

/**
 * Turns the function names users write into run-time entry addresses in a process.
 * <p>
 * Names, and what they mean:
 * <ul>
 * <li>{@code F}: the function F of the program itself, global or static. When the compiler
 * specialised F into entry clones (F.constprop.0, F.isra.0, ...; see {@link CompilerClones}),
 * they are entries of F too, also when the plain F is gone: a call site redirected to a clone
 * never passes through F, and its return is still a return of F. If only fragments of F remain
 * (F.part.0, F.cold), F has no entry at all and the name is refused, saying so.</li>
 * <li>{@code LIB:F}: F in a loaded module whose file name is LIB, with or without its version
 * suffix ("libc.so.6:puts", "libc:puts"); the program's own file name works too.</li>
 * <li>{@code SOURCE:F}: the static F of one source file of the program ("util.c:helper"), for
 * when several statics share a name. Used when no loaded module answers to SOURCE.</li>
 * <li>An explicit clone ({@code F.constprop.0}, {@code F.part.0}) names exactly that symbol. A
 * {@code .cold} part is refused: it is jumped into, not called, and never returns by itself.</li>
 * </ul>
 * Several statics of one name, or a static and a global, make {@code F} ambiguous: the error
 * lists them with their source files and how to name each. Within {@code LIB:F} a single global
 * definition wins over statics of the same name (it is what the module exports as F). A name
 * that resolves to nothing is an error listing the closest existing names.
 * <p>
 * All failures about the name are {@link ExitCode#USAGE}; a process that is gone or a module
 * that cannot be read is {@link ExitCode#TARGET}.
 */
public final class FunctionResolver {

    private static final String GLOBAL_SCOPE = "";

    private final ProcessModules modules;

    public FunctionResolver(ProcessModules modules) {
        this.modules = modules;
    }

    /** A resolver for pid's current mappings (symbols through the shared {@link SymbolCache}). */
    public static FunctionResolver forProcess(int pid) throws CruiseException {
        return new FunctionResolver(ProcessModules.read(pid));
    }

    public ProcessModules modules() {
        return modules;
    }

    /** Resolves every name, failing on the first that does not resolve. */
    public List<ResolvedFunction> resolveAll(Collection<String> names) throws CruiseException {
        List<ResolvedFunction> resolved = new ArrayList<>();
        for (String name : names) {
            resolved.add(resolve(name));
        }
        return resolved;
    }

    public ResolvedFunction resolve(String name) throws CruiseException {
        if (!FunctionNames.isValid(name)) {
            throw usage("\"" + name + "\" is not a function name: expected " + FunctionNames.EXPECTED);
        }
        LoadedModule main = modules.mainProgram();
        int colon = name.indexOf(':');
        if (colon < 0) {
            return resolveIn(name, main, name, null, false);
        }
        String qualifier = name.substring(0, colon);
        String function = name.substring(colon + 1);
        List<LoadedModule> named = modules.matching(qualifier);
        if (named.size() > 1) {
            throw usage(name + ": \"" + qualifier + "\" matches several modules of pid " + modules.pid() + ": "
                    + named.stream().map(LoadedModule::path).collect(Collectors.joining(", "))
                    + "; name the library by its full file name");
        }
        if (named.size() == 1) {
            return resolveIn(name, named.get(0), function, null, true);
        }
        if (main.symbols().sourceFiles().contains(qualifier)) {
            return resolveIn(name, main, function, qualifier, false);
        }
        Set<String> known = new TreeSet<>();
        for (LoadedModule module : modules.modules()) {
            known.addAll(module.names());
        }
        known.addAll(main.symbols().sourceFiles());
        throw usage(name + ": pid " + modules.pid() + " has no library \"" + qualifier
                + "\" loaded and its program has no source file of that name" + closest(qualifier, known)
                + " (a library opened with dlopen can be named once it is loaded)");
    }

    /** The symbols of one name in one module, grouped by the function they belong to. */
    private static final class Candidate {
        final String sourceFile;
        final boolean global;
        final List<ElfSymbol> exact = new ArrayList<>();
        final List<ElfSymbol> entryClones = new ArrayList<>();
        final List<ElfSymbol> fragments = new ArrayList<>();

        Candidate(String scope) {
            this.global = scope.equals(GLOBAL_SCOPE);
            this.sourceFile = global ? null : scope.substring(1);
        }

        boolean hasEntry() {
            return !exact.isEmpty() || !entryClones.isEmpty();
        }

        String describe(String function) {
            String what = global ? "global " + function : "static " + function + " in " + sourceFileText();
            if (exact.isEmpty()) {
                what += " (only as " + names(entryClones) + ")";
            }
            return what;
        }

        String sourceFileText() {
            return sourceFile == null || sourceFile.isEmpty() ? "an unnamed source file" : sourceFile;
        }
    }

    private ResolvedFunction resolveIn(String requested, LoadedModule module, String function, String sourceFilter,
            boolean moduleQualified) throws CruiseException {
        ModuleSymbols symbols = module.symbols();
        Optional<Clone> explicitClone = CompilerClones.parse(function);
        if (explicitClone.isPresent() && explicitClone.get().cold()) {
            String base = explicitClone.get().base();
            throw usage((requested.equals(function) ? "" : requested + ": ") + function + " is code of " + base
                    + " that the compiler moved out of line because it rarely runs; it is entered by a jump from"
                    + " inside " + base + ", not by a call, and has no return of its own. Name " + base + " instead");
        }
        List<ElfSymbol> exact = inSource(symbols.functionsNamed(function), sourceFilter);
        List<ElfSymbol> clones = explicitClone.isPresent() ? List.of() : inSource(symbols.clonesOf(function), sourceFilter);

        Map<String, Candidate> groups = new LinkedHashMap<>();
        for (ElfSymbol symbol : exact) {
            groups.computeIfAbsent(scopeOf(symbol), Candidate::new).exact.add(symbol);
        }
        Candidate global = groups.get(GLOBAL_SCOPE);
        for (ElfSymbol clone : clones) {
            String scope = scopeOf(clone);
            Candidate group = groups.get(scope);
            // A global function's clones are local symbols of the file defining it, a file the
            // symbol table does not name for globals: clones from a file without a static of the
            // same name belong to the global one.
            if ((group == null || group.exact.isEmpty()) && global != null && !scope.equals(GLOBAL_SCOPE)) {
                group = global;
            } else if (group == null) {
                group = new Candidate(scope);
                groups.put(scope, group);
            }
            boolean entry = CompilerClones.parse(clone.name()).map(Clone::entry).orElse(false);
            (entry ? group.entryClones : group.fragments).add(clone);
        }
        for (Candidate group : groups.values()) {
            preferDefaultVersions(group.exact);
        }

        List<Candidate> functions = groups.values().stream().filter(Candidate::hasEntry).toList();
        if (functions.isEmpty()) {
            List<ElfSymbol> fragments = groups.values().stream().flatMap(g -> g.fragments.stream()).toList();
            if (!fragments.isEmpty()) {
                throw fragmentsOnly(requested, module, function, fragments);
            }
            throw notFound(requested, module, function, sourceFilter);
        }
        Candidate chosen;
        if (functions.size() == 1) {
            chosen = functions.get(0);
        } else if (moduleQualified && functions.stream().filter(c -> c.global).count() == 1) {
            chosen = functions.stream().filter(c -> c.global).findFirst().orElseThrow();
        } else {
            throw ambiguous(requested, module, function, functions);
        }
        if (distinctAddresses(chosen.exact) > 1) {
            // Two source files with the same name, each with a static of this name.
            throw usage(requested + " is ambiguous in " + module.path() + ": " + chosen.exact.size()
                    + " functions of that name come from source files named " + chosen.sourceFileText()
                    + ", which the symbol table cannot tell apart (at "
                    + addresses(module, chosen.exact) + ")");
        }
        for (ElfSymbol symbol : chosen.exact) {
            if (symbol.type() == SymbolType.GNU_IFUNC) {
                throw usage(requested + ": " + function + " in " + module.path() + " is an indirect function (GNU"
                        + " IFUNC): its symbol is the resolver that picks an implementation for this CPU when the"
                        + " library is loaded, not code that runs on calls. Name the implementation it picks"
                        + " instead (an internal symbol, visible once the library's debug symbols are installed)");
            }
        }

        List<FunctionEntry> entries = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        List<ElfSymbol> ordered = new ArrayList<>(chosen.exact);
        chosen.entryClones.stream().sorted(Comparator.comparing(ElfSymbol::name)).forEach(ordered::add);
        for (ElfSymbol symbol : ordered) {
            long address = module.runtimeAddress(symbol);
            if (seen.add(address)) { // F.localalias is F's own code under a second name
                entries.add(new FunctionEntry(symbol.name(), address, symbol.size(), symbol.sourceFile(), symbol));
            }
        }
        return new ResolvedFunction(requested, module.path(), entries);
    }

    private static List<ElfSymbol> inSource(List<ElfSymbol> symbols, String sourceFilter) {
        if (sourceFilter == null) {
            return symbols;
        }
        return symbols.stream().filter(s -> s.isLocal() && sourceFilter.equals(s.sourceFile())).toList();
    }

    /** Locals are scoped by their source file ("/" + name), globals share one scope. */
    private static String scopeOf(ElfSymbol symbol) {
        return symbol.isLocal() ? "/" + (symbol.sourceFile() == null ? "" : symbol.sourceFile()) : GLOBAL_SCOPE;
    }

    /**
     * A shared library may define one name in several versions (memcpy@GLIBC_2.2.5 for old
     * binaries, memcpy@@GLIBC_2.14): a call binds to the default one, so only it counts.
     */
    private static void preferDefaultVersions(List<ElfSymbol> symbols) {
        if (symbols.stream().anyMatch(ElfSymbol::defaultVersion) && symbols.stream().anyMatch(s -> !s.defaultVersion())) {
            symbols.removeIf(s -> !s.defaultVersion());
        }
    }

    private static long distinctAddresses(List<ElfSymbol> symbols) {
        return symbols.stream().map(ElfSymbol::value).distinct().count();
    }

    private CruiseException ambiguous(String requested, LoadedModule module, String function,
            List<Candidate> functions) throws CruiseException {
        List<String> described = new ArrayList<>();
        Set<String> hints = new LinkedHashSet<>();
        for (Candidate candidate : functions) {
            List<ElfSymbol> symbols = candidate.exact.isEmpty() ? candidate.entryClones : candidate.exact;
            described.add(candidate.describe(function) + " at " + addresses(module, symbols));
            if (candidate.global) {
                hints.add(module.fileName() + ":" + function + " for the global one");
            } else if (candidate.sourceFile != null && !candidate.sourceFile.isEmpty()) {
                hints.add(candidate.sourceFile + ":" + function);
            }
        }
        return usage("\"" + requested + "\" is ambiguous in " + module.path() + ": " + String.join("; ", described)
                + (hints.isEmpty() ? "" : ". Name one as " + String.join(" or ", hints)));
    }

    private CruiseException fragmentsOnly(String requested, LoadedModule module, String function,
            List<ElfSymbol> fragments) {
        List<String> parts = fragments.stream().map(ElfSymbol::name).distinct().sorted().toList();
        String callable = parts.stream().filter(p -> CompilerClones.parse(p).map(c -> !c.cold()).orElse(false))
                .findFirst().orElse(null);
        return usage("\"" + requested + "\" has no entry of its own in " + module.path()
                + ": the compiler inlined its beginning into its callers and kept only fragments ("
                + String.join(", ", parts) + "), so no call of " + function + " can be caught as a whole."
                + (callable != null ? " Name " + callable + " to stop where that out-of-line part returns, or" : "")
                + " rebuild with " + function + " marked __attribute__((noinline))");
    }

    private CruiseException notFound(String requested, LoadedModule module, String function, String sourceFilter) {
        ModuleSymbols symbols;
        try {
            symbols = module.symbols();
        } catch (CruiseException e) {
            return e;
        }
        Set<String> candidates = new TreeSet<>();
        for (String name : symbols.functionNames()) {
            if (sourceFilter == null
                    || symbols.functionsNamed(name).stream().anyMatch(s -> sourceFilter.equals(s.sourceFile()))) {
                candidates.add(CompilerClones.userName(name));
            }
        }
        StringBuilder message = new StringBuilder();
        message.append("no function \"").append(function).append("\" in ")
                .append(sourceFilter != null ? sourceFilter + " of " : "").append(module.path())
                .append(" (pid ").append(modules.pid()).append(")");
        if (!requested.equals(function)) {
            message.append(" for ").append(requested);
        }
        List<String> elsewhere = module.isMainProgram() && sourceFilter == null ? definedInLibraries(function) : List.of();
        if (!elsewhere.isEmpty()) {
            message.append("; it is defined in a shared library: name it ").append(String.join(" or ", elsewhere));
        } else {
            message.append(closest(function, candidates));
        }
        if (!symbols.hasStaticSymbols()) {
            message.append(" (").append(module.fileName())
                    .append(" is stripped: only its exported functions are visible, not static ones)");
        }
        return usage(message.toString());
    }

    /** "LIB:F" for every loaded library that defines F, for a name looked up in the program. */
    private List<String> definedInLibraries(String function) {
        List<String> found = new ArrayList<>();
        for (LoadedModule module : modules.modules()) {
            if (module.isMainProgram()) {
                continue;
            }
            try {
                if (module.symbols().functionsNamed(function).stream().anyMatch(s -> !s.isLocal())) {
                    found.add(module.fileName() + ":" + function);
                }
            } catch (CruiseException e) {
                // Not an ELF file (locale archives, fonts) or unreadable: it defines nothing we can name.
            }
        }
        return found;
    }

    private static String closest(String typed, Collection<String> candidates) {
        List<String> closest = NameSuggestions.closest(typed, candidates);
        return closest.isEmpty() ? "" : "; closest: " + String.join(", ", closest);
    }

    private static String names(List<ElfSymbol> symbols) {
        return symbols.stream().map(ElfSymbol::name).distinct().collect(Collectors.joining(", "));
    }

    private static String addresses(LoadedModule module, List<ElfSymbol> symbols) throws CruiseException {
        List<String> out = new ArrayList<>();
        for (ElfSymbol symbol : symbols) {
            out.add("0x" + Long.toHexString(module.runtimeAddress(symbol)));
        }
        return String.join(", ", out);
    }

    private static CruiseException usage(String message) {
        return new CruiseException(ExitCode.USAGE, message);
    }
}
