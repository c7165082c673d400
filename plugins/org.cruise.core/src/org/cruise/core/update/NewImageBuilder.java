package org.cruise.core.update;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cruise.core.CruiseException;
import org.cruise.core.ExitCode;
import org.cruise.core.elf.DynamicEntry;
import org.cruise.core.elf.ElfException;
import org.cruise.core.elf.ElfRelocation;
import org.cruise.core.elf.ElfSection;
import org.cruise.core.elf.ElfSymbol;
import org.cruise.core.elf.ProgramHeader;
import org.cruise.core.ptrace.ProcessMemory;
import org.cruise.core.sys.NativeException;

/**
 * Prepares the contents of NEW's writable segments as they must look in the process after the
 * switch, before anything in the process is touched: the file's bytes, NEW's dynamic relocations
 * bound against the libraries already loaded (eagerly: no lazy binding may later run through
 * the loader), .dynamic adjusted the way ld.so adjusted OLD's, and OLD's globals and statics
 * carried over by name with the code and data pointers in them translated.
 */
final class NewImageBuilder {

    /** Calls an ifunc resolver in the process and returns what it chose. */
    interface ResolverCaller {
        long call(long resolver) throws CruiseException;
    }

    /** One page-aligned run of NEW's memory to write. */
    record Segment(long address, byte[] bytes, int flags) {
    }

    private static final long DT_DEBUG = 21;
    private static final long PF_W = 2;

    private final ProgramImage oldImage, newImage;
    private final long oldBias, newBias;
    private final ProcessMemory memory;
    private final LoadedObjects objects;
    private final AddressTranslator translator;
    private final ResolverCaller resolver;
    private final UpdateReport report;
    private final List<Segment> segments = new ArrayList<>();

    NewImageBuilder(ProgramImage oldImage, long oldBias, ProgramImage newImage, long newBias, ProcessMemory memory,
            LoadedObjects objects, AddressTranslator translator, ResolverCaller resolver, UpdateReport report) {
        this.oldImage = oldImage;
        this.oldBias = oldBias;
        this.newImage = newImage;
        this.newBias = newBias;
        this.memory = memory;
        this.objects = objects;
        this.translator = translator;
        this.resolver = resolver;
        this.report = report;
    }

    List<Segment> build(boolean allowDataChange) throws CruiseException {
        try {
            for (ProgramHeader ph : newImage.loads()) {
                if ((ph.flags() & PF_W) == 0) {
                    continue;
                }
                long start = ProgramImage.pageDown(ph.vaddr());
                long end = ProgramImage.pageUp(ph.vaddr() + ph.memSize());
                byte[] bytes = new byte[(int) (end - start)];
                long fileStart = ph.offset() - (ph.vaddr() - start);
                byte[] file = newImage.fileBytes(fileStart, (int) (ph.vaddr() - start + ph.fileSize()));
                System.arraycopy(file, 0, bytes, 0, file.length);
                segments.add(new Segment(newBias + start, bytes, ph.flags()));
            }
            relocate();
            adjustDynamic();
            carryData(allowDataChange);
            return segments;
        } catch (ElfException e) {
            throw new CruiseException(ExitCode.USAGE, e.getMessage(), e);
        } catch (NativeException e) {
            throw new CruiseException(ExitCode.TARGET, "cannot read pid " + memory.pid() + "'s memory: " + e.getMessage(), e);
        }
    }

    private void relocate() throws CruiseException, NativeException {
        Map<String, Long> oldBound = oldBindings();
        for (ElfRelocation r : newImage.relocations()) {
            switch (r.type()) {
            case ElfRelocation.R_X86_64_NONE, ElfRelocation.R_X86_64_COPY -> {
                // COPY: the object is one of NEW's own data symbols; carryData fills it.
            }
            case ElfRelocation.R_X86_64_RELATIVE -> put(r.offset(), newBias + r.addend());
            case ElfRelocation.R_X86_64_IRELATIVE -> {
                put(r.offset(), resolver.call(newBias + r.addend()));
                report.count("ifunc resolvers called");
            }
            case ElfRelocation.R_X86_64_GLOB_DAT, ElfRelocation.R_X86_64_JUMP_SLOT, ElfRelocation.R_X86_64_64 -> {
                long value = bind(r, oldBound);
                put(r.offset(), value + (r.type() == ElfRelocation.R_X86_64_64 ? r.addend() : 0));
            }
            case ElfRelocation.R_X86_64_DTPMOD64, ElfRelocation.R_X86_64_TPOFF64, ElfRelocation.R_X86_64_DTPOFF64 -> {
                // Same TLS layout is a precondition (checked by the planner): OLD's resolved slot holds the answer.
                Long v = oldBound.get(r.type() + ":" + (r.symbol() == null ? "" : r.symbol().name()));
                if (v == null) {
                    throw new CruiseException(ExitCode.REFUSED, newImage.path() + ": TLS relocation " + r.typeName()
                            + " for " + (r.symbol() == null ? "the program's own TLS" : r.symbol().name())
                            + " has no counterpart in the running program");
                }
                put(r.offset(), v);
            }
            default -> throw new CruiseException(ExitCode.REFUSED, newImage.path() + ": relocation " + r.typeName()
                    + " at 0x" + Long.toHexString(r.offset()) + " is not supported by live update");
            }
        }
        // GOT[1] and GOT[2] (link map and lazy resolver): as OLD has them, for anything that still
        // looks at them; every PLT slot is bound already.
        Optional<ElfSection> og = oldImage.section(".got.plt"), ng = newImage.section(".got.plt");
        if (og.isPresent() && ng.isPresent() && ng.get().size() >= 24 && og.get().size() >= 24) {
            put(ng.get().address() + 8, memory.readLong(oldBias + og.get().address() + 8));
            put(ng.get().address() + 16, memory.readLong(oldBias + og.get().address() + 16));
        }
    }

    /** What OLD's slots hold now, by relocation type and symbol: reused for ifuncs and TLS. */
    private Map<String, Long> oldBindings() throws NativeException {
        Map<String, Long> bound = new HashMap<>();
        // OLD's writable segment in one read: the slots are all there.
        ProgramHeader data = null;
        for (ProgramHeader ph : oldImage.loads()) {
            if ((ph.flags() & PF_W) != 0) {
                data = ph;
            }
        }
        ByteBuffer slots = data == null ? null
                : ByteBuffer.wrap(memory.read(oldBias + data.vaddr(), (int) data.memSize())).order(ByteOrder.LITTLE_ENDIAN);
        for (ElfRelocation r : oldImage.relocations()) {
            if (r.type() == ElfRelocation.R_X86_64_COPY || r.type() == ElfRelocation.R_X86_64_RELATIVE) {
                continue;
            }
            long at = data == null ? -1 : r.offset() - data.vaddr();
            long value = at >= 0 && at + 8 <= data.memSize() ? slots.getLong((int) at) : memory.readLong(oldBias + r.offset());
            if (r.type() == ElfRelocation.R_X86_64_JUMP_SLOT && translator.pointsIntoOld(value)) {
                continue; // lazy slot never called: still points at OLD's PLT
            }
            bound.put(r.type() + ":" + (r.symbol() == null ? "" : r.symbol().name()), value);
            if (r.type() == ElfRelocation.R_X86_64_JUMP_SLOT || r.type() == ElfRelocation.R_X86_64_GLOB_DAT) {
                bound.putIfAbsent("fn:" + r.symbol().name(), value);
            }
        }
        return bound;
    }

    private long bind(ElfRelocation r, Map<String, Long> oldBound) throws CruiseException {
        ElfSymbol s = r.symbol();
        if (s == null) {
            return 0;
        }
        if (s.isDefined()) {
            // The program is first in the global scope: its own definitions win (copy relocations).
            return newBias + s.value();
        }
        LoadedObjects.Binding b = objects.lookup(s.name(), s.version());
        if (b == null) {
            if (s.binding() == org.cruise.core.elf.SymbolBinding.WEAK) {
                return 0;
            }
            throw new CruiseException(ExitCode.REFUSED, newImage.path() + " needs " + s.versionedName()
                    + ", which no library loaded in pid " + memory.pid() + " provides");
        }
        report.count("imports bound");
        if (!b.indirect()) {
            return b.address();
        }
        Long known = oldBound.get("fn:" + s.name());
        if (known != null) {
            return known;
        }
        report.count("ifunc resolvers called");
        return resolver.call(b.address());
    }

    /** ld.so rewrites .dynamic in place at start-up (absolute addresses, DT_DEBUG): do the same for NEW. */
    private void adjustDynamic() throws NativeException, CruiseException {
        Optional<ElfSection> od = oldImage.section(".dynamic"), nd = newImage.section(".dynamic");
        if (od.isEmpty() || nd.isEmpty()) {
            return;
        }
        List<DynamicEntry> oldDyn = oldImage.dynamic();
        java.util.Set<Long> adjusted = new java.util.HashSet<>();
        long debug = 0;
        for (int i = 0; i < oldDyn.size(); i++) {
            long live = memory.readLong(oldBias + od.get().address() + 16L * i + 8);
            long tag = oldDyn.get(i).tag();
            if (tag == DT_DEBUG) {
                debug = live;
            } else if (oldBias != 0 && live - oldDyn.get(i).value() == oldBias) {
                adjusted.add(tag);
            }
        }
        List<DynamicEntry> newDyn = newImage.dynamic();
        for (int i = 0; i < newDyn.size(); i++) {
            long slot = nd.get().address() + 16L * i + 8;
            DynamicEntry e = newDyn.get(i);
            if (e.tag() == DT_DEBUG) {
                put(slot, debug);
            } else if (adjusted.contains(e.tag())) {
                put(slot, e.value() + newBias);
            }
        }
    }

    /**
     * Globals and statics of writable sections keep their values: copied from OLD by name and
     * scope, with pointers into OLD translated. Objects in RELRO (const tables) keep NEW's own
     * relocated contents: they are program text in all but name.
     */
    private void carryData(boolean allowDataChange) throws CruiseException, NativeException {
        long relroStart = newImage.relro().map(ProgramHeader::vaddr).orElse(0L);
        long relroEnd = newImage.relro().map(p -> p.vaddr() + p.memSize()).orElse(0L);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (ElfSymbol n : newImage.objects()) {
            if (n.size() == 0 || (n.value() >= relroStart && n.value() < relroEnd) || !writable(newImage, n.value())) {
                continue;
            }
            String key = ProgramImage.key(n);
            if (!seen.add(key)) {
                continue;
            }
            Optional<ElfSymbol> o = oldImage.object(key).filter(s -> writable(oldImage, s.value()));
            if (o.isEmpty()) {
                copyFromLibrary(n);
                report.dataNew(n.name());
                continue;
            }
            if (o.get().size() != n.size()) {
                if (!allowDataChange) {
                    throw new CruiseException(ExitCode.REFUSED, "global " + n.name() + " changed size ("
                            + o.get().size() + " -> " + n.size() + " bytes): its old value may not fit NEW; "
                            + "use --allow-data-change to start it from NEW's initial value");
                }
                report.dataReset(n.name() + " (" + o.get().size() + " -> " + n.size() + " bytes)");
                continue;
            }
            byte[] value = memory.read(oldBias + o.get().value(), (int) n.size());
            ByteBuffer b = ByteBuffer.wrap(value).order(ByteOrder.LITTLE_ENDIAN);
            for (int off = (int) ((8 - ((oldBias + o.get().value()) & 7)) & 7); off + 8 <= value.length; off += 8) {
                long word = b.getLong(off);
                if (translator.pointsIntoOld(word)) {
                    AddressTranslator.Result t = translator.translate(word);
                    report.pointer("globals", t);
                    if (t.changes(word)) {
                        b.putLong(off, t.value());
                    }
                }
            }
            putBytes(n.value(), value);
            report.dataCarried(n.name());
        }
        for (ElfSymbol o : oldImage.objects()) {
            if (o.size() > 0 && writable(oldImage, o.value()) && newImage.object(ProgramImage.key(o)).isEmpty()) {
                report.dataDropped(o.name());
            }
        }
    }

    /**
     * A copy-relocated variable (stdout, environ, ...) that only NEW uses starts as the library's
     * own object is now, as ld.so would have initialised it at start-up.
     */
    private void copyFromLibrary(ElfSymbol n) throws CruiseException, NativeException {
        for (ElfRelocation r : newImage.relocations()) {
            if (r.type() == ElfRelocation.R_X86_64_COPY && r.offset() == n.value() && r.symbol() != null) {
                for (LoadedObjects.LoadedObject lo : objects.objects()) {
                    if (lo.exports() == null) {
                        continue;
                    }
                    for (ElfSymbol s : lo.exports().named(r.symbol().name())) {
                        if (s.isDefined() && (r.symbol().version() == null || r.symbol().version().equals(s.version()))) {
                            putBytes(n.value(), memory.read(lo.base() + s.value(), (int) n.size()));
                            return;
                        }
                    }
                }
            }
        }
    }

    private static boolean writable(ProgramImage image, long vaddr) {
        return image.sections().containing(vaddr).map(ElfSection::isWritable).orElse(false);
    }

    private void put(long vaddr, long value) throws CruiseException {
        byte[] b = new byte[8];
        ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).putLong(value);
        putBytes(vaddr, b);
    }

    private void putBytes(long vaddr, byte[] bytes) throws CruiseException {
        long address = newBias + vaddr;
        for (Segment s : segments) {
            if (address >= s.address() && address + bytes.length <= s.address() + s.bytes().length) {
                System.arraycopy(bytes, 0, s.bytes(), (int) (address - s.address()), bytes.length);
                return;
            }
        }
        throw new CruiseException(ExitCode.REFUSED, newImage.path() + ": a relocation or object at 0x"
                + Long.toHexString(vaddr) + " lies outside its writable segments");
    }
}
