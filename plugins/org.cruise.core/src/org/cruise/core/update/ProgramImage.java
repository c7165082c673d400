package org.cruise.core.update;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cruise.core.CruiseException;
import org.cruise.core.ExitCode;
import org.cruise.core.elf.DynamicEntry;
import org.cruise.core.elf.ElfException;
import org.cruise.core.elf.ElfFile;
import org.cruise.core.elf.ElfRelocation;
import org.cruise.core.elf.ElfSection;
import org.cruise.core.elf.ElfRelocations;
import org.cruise.core.elf.ElfSections;
import org.cruise.core.elf.ElfSymbol;
import org.cruise.core.elf.ElfSymbols;
import org.cruise.core.elf.ElfType;
import org.cruise.core.elf.ProgramHeader;
import org.cruise.core.elf.SymbolTable;
import org.cruise.core.elf.SymbolType;

/**
 * One build of a program as the linker laid it out (link-time addresses): segments, sections,
 * functions and data objects from .symtab, the dynamic section and the dynamic relocations.
 * Everything the update engine needs to know about OLD and NEW without looking at a process.
 * <p>
 * Symbols are keyed by {@link #key(ElfSymbol)}: the name, plus the source file for C statics,
 * so that two files' {@code static int count} are different objects.
 */
public final class ProgramImage {

    /** PT_TLS and PT_GNU_RELRO. */
    static final int PT_TLS = 7;
    static final int PT_GNU_RELRO = 0x6474e552;
    static final int PT_GNU_EH_FRAME = 0x6474e550;

    private final Path path;
    private final boolean pie;
    private final long entry;
    private final List<ProgramHeader> loads;
    private final ProgramHeader tls;
    private final ProgramHeader relro;
    private final ImageSections sections;
    private final List<ElfSymbol> functions;
    private final List<ElfSymbol> objects;
    private final Map<String, ElfSymbol> functionsByKey = new HashMap<>();
    private final Map<String, ElfSymbol> objectsByKey = new HashMap<>();
    private final List<DynamicEntry> dynamic;
    private final List<ElfRelocation> relocations;
    private final SymbolTable dynsym;
    private final long imageStart;
    private final long imageEnd;

    private ProgramImage(Path path, ElfFile elf) throws ElfException, CruiseException {
        this.path = path;
        this.pie = elf.type() == ElfType.DYN;
        this.entry = elf.entry();
        List<ProgramHeader> l = new ArrayList<>();
        ProgramHeader t = null, r = null;
        for (ProgramHeader ph : elf.programHeaders()) {
            if (ph.type() == ProgramHeader.PT_LOAD) {
                l.add(ph);
            } else if (ph.type() == PT_TLS) {
                t = ph;
            } else if (ph.type() == PT_GNU_RELRO) {
                r = ph;
            }
        }
        if (l.isEmpty()) {
            throw new CruiseException(ExitCode.USAGE, path + " has no loadable segments");
        }
        l.sort(Comparator.comparingLong(ProgramHeader::vaddr));
        this.loads = List.copyOf(l);
        this.tls = t;
        this.relro = r;
        this.imageStart = pageDown(loads.get(0).vaddr());
        ProgramHeader last = loads.get(loads.size() - 1);
        this.imageEnd = pageUp(last.vaddr() + last.memSize());
        this.sections = new ImageSections(path, ElfSections.read(elf));
        SymbolTable symtab = ElfSymbols.read(elf, SymbolTable.Source.SYMTAB);
        if (symtab.isEmpty()) {
            throw new CruiseException(ExitCode.REFUSED, path + " has no symbol table (.symtab): it was stripped; "
                    + "live update needs the symbols of both builds");
        }
        this.dynsym = ElfSymbols.read(elf, SymbolTable.Source.DYNSYM);
        List<ElfSymbol> fs = new ArrayList<>(), os = new ArrayList<>();
        for (ElfSymbol s : symtab.symbols()) {
            if (!s.isDefined() || s.sectionIndex() >= 0xff00) {
                continue;
            }
            if (s.isFunction()) {
                fs.add(s);
            } else if ((s.type() == SymbolType.OBJECT || s.type() == SymbolType.COMMON)) {
                os.add(s);
            }
        }
        fs.sort(Comparator.comparingLong(ElfSymbol::value));
        os.sort(Comparator.comparingLong(ElfSymbol::value));
        this.functions = withExtents(fs);
        this.objects = os;
        for (ElfSymbol f : functions) {
            functionsByKey.putIfAbsent(key(f), f);
        }
        for (ElfSymbol o : objects) {
            objectsByKey.putIfAbsent(key(o), o);
        }
        this.dynamic = elf.dynamicEntries();
        this.relocations = ElfRelocations.read(elf, sections.all().stream().filter(ElfSection::isAllocated).toList());
    }

    public static ProgramImage load(Path path) throws CruiseException {
        try (ElfFile elf = ElfFile.open(path)) {
            if (!elf.isExecutable()) {
                throw new CruiseException(ExitCode.USAGE, path + " is not an executable program");
            }
            return new ProgramImage(path, elf);
        } catch (ElfException e) {
            throw new CruiseException(ExitCode.USAGE, e.getMessage(), e);
        }
    }

    /** Symbols whose size the assembler left at 0 (crt code) extend to the next function. */
    private static List<ElfSymbol> withExtents(List<ElfSymbol> sorted) {
        List<ElfSymbol> out = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            ElfSymbol s = sorted.get(i);
            if (s.size() == 0) {
                long next = i + 1 < sorted.size() ? sorted.get(i + 1).value() : s.value();
                if (next > s.value()) {
                    s = new ElfSymbol(s.index(), s.name(), s.version(), s.defaultVersion(), s.value(), next - s.value(),
                            s.type(), s.binding(), s.visibility(), s.sectionIndex(), s.sectionName(), s.sourceFile());
                }
            }
            out.add(s);
        }
        return List.copyOf(out);
    }

    /** Identity of a symbol across builds: the name, and for C statics also the source file. */
    public static String key(ElfSymbol s) {
        String name = s.name();
        int at = name.indexOf('@');
        if (at > 0) {
            name = name.substring(0, at);
        }
        return s.isLocal() && s.sourceFile() != null ? s.sourceFile() + ":" + name : name;
    }

    public Path path() {
        return path;
    }

    public boolean pie() {
        return pie;
    }

    public long entry() {
        return entry;
    }

    public List<ProgramHeader> loads() {
        return loads;
    }

    public Optional<ProgramHeader> tls() {
        return Optional.ofNullable(tls);
    }

    public Optional<ProgramHeader> relro() {
        return Optional.ofNullable(relro);
    }

    ImageSections sections() {
        return sections;
    }

    public List<ElfSymbol> functions() {
        return functions;
    }

    public List<ElfSymbol> objects() {
        return objects;
    }

    public Optional<ElfSymbol> function(String key) {
        return Optional.ofNullable(functionsByKey.get(key));
    }

    public Optional<ElfSymbol> object(String key) {
        return Optional.ofNullable(objectsByKey.get(key));
    }

    public List<DynamicEntry> dynamic() {
        return dynamic;
    }

    public List<ElfRelocation> relocations() {
        return relocations;
    }

    public SymbolTable dynsym() {
        return dynsym;
    }

    /** First byte of the image (page-aligned link address of the first PT_LOAD). */
    public long imageStart() {
        return imageStart;
    }

    /** Just past the image (page-aligned end of the last PT_LOAD). */
    public long imageEnd() {
        return imageEnd;
    }

    public long imageSize() {
        return imageEnd - imageStart;
    }

    /** The function whose extent holds link address vaddr. */
    public Optional<ElfSymbol> functionAt(long vaddr) {
        return Optional.ofNullable(floorContaining(functions, vaddr));
    }

    /** The data object holding link address vaddr (size-0 objects only at their exact address). */
    public Optional<ElfSymbol> objectAt(long vaddr) {
        ElfSymbol s = floorContaining(objects, vaddr);
        if (s != null) {
            return Optional.of(s);
        }
        return Optional.empty();
    }

    private static ElfSymbol floorContaining(List<ElfSymbol> sorted, long vaddr) {
        int lo = 0, hi = sorted.size() - 1, found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (Long.compareUnsigned(sorted.get(mid).value(), vaddr) <= 0) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        // Several symbols can start at one address (aliases, size-0 markers): prefer one that covers it.
        for (int i = found; i >= 0 && i > found - 8; i--) {
            ElfSymbol s = sorted.get(i);
            if (s.contains(vaddr)) {
                return s;
            }
        }
        return null;
    }

    /** The PT_LOAD holding vaddr, or -1. */
    public int segmentIndex(long vaddr) {
        for (int i = 0; i < loads.size(); i++) {
            ProgramHeader ph = loads.get(i);
            if (Long.compareUnsigned(vaddr - pageDown(ph.vaddr()), pageUp(ph.vaddr() + ph.memSize()) - pageDown(ph.vaddr())) < 0) {
                return i;
            }
        }
        return -1;
    }

    private final Map<Long, byte[]> fileCache = new HashMap<>();

    /** Bytes of the file (a segment's image), read once: a live update asks twice. */
    synchronized byte[] fileBytes(long offset, int length) throws CruiseException {
        byte[] cached = fileCache.get(offset);
        if (cached == null || cached.length != length) {
            cached = new byte[length];
            sections.readFile(offset, cached);
            fileCache.put(offset, cached);
        }
        return cached.clone();
    }

    public Optional<ElfSection> section(String name) {
        return sections.named(name);
    }

    public long dynamicValue(long tag) {
        for (DynamicEntry d : dynamic) {
            if (d.tag() == tag) {
                return d.value();
            }
        }
        return -1;
    }

    static long pageDown(long a) {
        return a & ~0xfffL;
    }

    static long pageUp(long a) {
        return (a + 0xfff) & ~0xfffL;
    }

    @Override
    public String toString() {
        return path.toString();
    }
}
