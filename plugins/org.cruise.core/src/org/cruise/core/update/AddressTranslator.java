package org.cruise.core.update;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cruise.core.elf.DynamicEntry;
import org.cruise.core.elf.ElfRelocation;
import org.cruise.core.elf.ElfSection;
import org.cruise.core.elf.ElfSymbol;
import org.cruise.core.elf.ProgramHeader;

/**
 * Maps a run-time address inside OLD's image to where the same thing is in NEW's (paper: "code
 * addresses are rewritten for the new binary, data carried over"). The rules, first match wins:
 * <ol>
 * <li>inside a function: unchanged, the same offset in NEW's copy; changed, its entry maps to
 * NEW's entry and any other offset is unmappable (the restorability check keeps return
 * addresses out of changed functions);</li>
 * <li>inside a data object: the same offset in NEW's object of the same name and scope;</li>
 * <li>.dynamic entries by tag, GOT slots by the symbol they are for;</li>
 * <li>a section's start or a segment's bounds: NEW's counterpart (what ld.so records about a
 * program: l_map_start/end, l_text_end, eh_frame_hdr, .gnu.version);</li>
 * <li>the ELF and program headers at the image start: same offset;</li>
 * <li>other read-only data (string literals, jump tables): kept, because OLD's read-only pages
 * stay mapped as an anonymous copy at their addresses.</li>
 * </ol>
 * Counts what it mapped by kind for the update report.
 */
public final class AddressTranslator {

    public enum Kind {
        CODE_SAME_OFFSET, CODE_NEW_ENTRY, DATA_OBJECT, DYNAMIC_ENTRY, GOT_SLOT, SECTION_START, SEGMENT_BOUND, HEADER,
        KEPT_READ_ONLY, MOVED_READ_ONLY, UNMAPPABLE
    }

    /** A translation: the new value and which rule gave it. */
    public record Result(long value, Kind kind, String what) {
        public boolean changes(long old) {
            return kind != Kind.KEPT_READ_ONLY && kind != Kind.UNMAPPABLE && value != old;
        }
    }

    private final ProgramImage oldImage;
    private final ProgramImage newImage;
    private final long oldBias;
    private final long newBias;
    private final ChangeSet changes;
    private final Map<Long, Long> gotSlots = new HashMap<>();
    private final Map<Long, Long> dynamicSlots = new HashMap<>();
    private final Map<Long, Long> bounds = new HashMap<>();
    private final Map<Long, Long> markers = new HashMap<>();
    /** For a program at fixed addresses: where OLD's read-only data went (old start, old end, copy). */
    private long movedStart, movedEnd, movedTo;

    public AddressTranslator(ProgramImage oldImage, long oldBias, ProgramImage newImage, long newBias,
            ChangeSet changes) {
        this.oldImage = oldImage;
        this.newImage = newImage;
        this.oldBias = oldBias;
        this.newBias = newBias;
        this.changes = changes;
        indexGot();
        indexDynamic();
        indexBounds();
        indexMarkers();
    }

    /**
     * OLD's read-only data [start, end) lives on at copy (a program at fixed addresses: NEW takes
     * OLD's addresses, so string literals still referenced must move).
     */
    public void readOnlyMovedTo(long start, long end, long copy) {
        movedStart = start;
        movedEnd = end;
        movedTo = copy;
    }

    /** Size-0 objects that mark an address (__dso_handle, __TMC_END__): by name, exactly. */
    private void indexMarkers() {
        for (ElfSymbol o : oldImage.objects()) {
            if (o.size() == 0) {
                newImage.object(ProgramImage.key(o)).ifPresent(n -> markers.putIfAbsent(o.value(), n.value()));
            }
        }
    }

    private Result kept(long address, String what) {
        if (Long.compareUnsigned(address - movedStart, movedEnd - movedStart) < 0) {
            return new Result(movedTo + (address - movedStart), Kind.MOVED_READ_ONLY, what);
        }
        return new Result(address, Kind.KEPT_READ_ONLY, what);
    }

    public long oldStart() {
        return oldBias + oldImage.imageStart();
    }

    public long oldEnd() {
        return oldBias + oldImage.imageEnd();
    }

    /** Whether a value could be a pointer into OLD (including one-past-the-end bounds). */
    public boolean pointsIntoOld(long value) {
        return Long.compareUnsigned(value - oldStart(), oldEnd() - oldStart()) <= 0;
    }

    public Result translate(long address) {
        if (!pointsIntoOld(address)) {
            return new Result(address, Kind.UNMAPPABLE, "outside OLD");
        }
        long v = address - oldBias;
        Optional<ElfSymbol> fn = oldImage.functionAt(v);
        if (fn.isPresent()) {
            ElfSymbol f = fn.get();
            String key = ProgramImage.key(f);
            Optional<ElfSymbol> nf = newImage.function(key);
            long off = v - f.value();
            if (nf.isEmpty()) {
                return new Result(address, Kind.UNMAPPABLE, "removed function " + f.name() + "+" + off);
            }
            if (changes.changed(key)) {
                return off == 0 ? new Result(newBias + nf.get().value(), Kind.CODE_NEW_ENTRY, f.name())
                        : new Result(address, Kind.UNMAPPABLE, "inside updated function " + f.name() + "+" + off);
            }
            if (off >= nf.get().size() && nf.get().size() > 0) {
                return new Result(address, Kind.UNMAPPABLE, f.name() + "+" + off + " beyond its size in NEW");
            }
            return new Result(newBias + nf.get().value() + off, Kind.CODE_SAME_OFFSET, f.name());
        }
        Optional<ElfSymbol> obj = oldImage.objectAt(v);
        if (obj.isPresent() && obj.get().size() > 0) {
            ElfSymbol o = obj.get();
            Optional<ElfSymbol> no = newImage.object(ProgramImage.key(o));
            long off = v - o.value();
            if (no.isPresent() && off <= no.get().size()) {
                return new Result(newBias + no.get().value() + off, Kind.DATA_OBJECT, o.name());
            }
            if (no.isEmpty() && !isWritable(v)) {
                return kept(address, o.name());
            }
            return new Result(address, Kind.UNMAPPABLE, "data object " + o.name() + (no.isEmpty() ? " dropped" : " shrank"));
        }
        Long marker = markers.get(v);
        if (marker != null) {
            return new Result(newBias + marker, Kind.DATA_OBJECT, "marker");
        }
        Long slot = gotSlots.get(v);
        if (slot != null) {
            return new Result(newBias + slot, Kind.GOT_SLOT, "GOT");
        }
        Long dyn = dynamicSlots.get(v);
        if (dyn != null) {
            return new Result(newBias + dyn, Kind.DYNAMIC_ENTRY, ".dynamic");
        }
        Long bound = bounds.get(v);
        if (bound != null) {
            return new Result(newBias + bound, v == oldImage.imageStart() ? Kind.HEADER : Kind.SEGMENT_BOUND, "bound");
        }
        Optional<ElfSection> section = oldImage.sections().containing(v);
        if (section.isEmpty()) {
            ElfSection first = firstAllocated(oldImage);
            if (first != null && v < first.address()) {
                return new Result(newBias + v, Kind.HEADER, "ELF headers");
            }
            return new Result(address, Kind.UNMAPPABLE, "between sections");
        }
        ElfSection s = section.get();
        if (!s.isWritable() && !s.isExecutable()) {
            return kept(address, s.name());
        }
        return new Result(address, Kind.UNMAPPABLE, s.name() + "+" + (v - s.address()));
    }

    private boolean isWritable(long v) {
        return oldImage.sections().containing(v).map(ElfSection::isWritable).orElse(false);
    }

    private static ElfSection firstAllocated(ProgramImage image) {
        ElfSection first = null;
        for (ElfSection s : image.sections().all()) {
            if (s.isAllocated() && s.address() != 0 && (first == null || s.address() < first.address())) {
                first = s;
            }
        }
        return first;
    }

    /** GOT slots by the symbol (and relocation type) they hold; GOT[0..2] of .got.plt by index. */
    private void indexGot() {
        Map<String, Long> newSlots = new HashMap<>();
        for (ElfRelocation r : newImage.relocations()) {
            if (r.symbol() != null) {
                newSlots.putIfAbsent(r.type() + ":" + r.symbol().name(), r.offset());
            }
        }
        for (ElfRelocation r : oldImage.relocations()) {
            if (r.symbol() != null) {
                Long n = newSlots.get(r.type() + ":" + r.symbol().name());
                if (n != null && r.type() != ElfRelocation.R_X86_64_COPY) {
                    gotSlots.put(r.offset(), n);
                }
            }
        }
        Optional<ElfSection> og = oldImage.section(".got.plt"), ng = newImage.section(".got.plt");
        if (og.isPresent() && ng.isPresent()) {
            for (int i = 0; i < 3; i++) {
                gotSlots.put(og.get().address() + 8L * i, ng.get().address() + 8L * i);
            }
        }
    }

    /** ld.so points l_info[tag] at the tag's entry in .dynamic: map entries by tag. */
    private void indexDynamic() {
        Optional<ElfSection> od = oldImage.section(".dynamic"), nd = newImage.section(".dynamic");
        if (od.isEmpty() || nd.isEmpty()) {
            return;
        }
        List<DynamicEntry> oldDyn = oldImage.dynamic(), newDyn = newImage.dynamic();
        Map<Long, Integer> firstNew = new HashMap<>();
        for (int i = 0; i < newDyn.size(); i++) {
            firstNew.putIfAbsent(newDyn.get(i).tag(), i);
        }
        for (int i = 0; i < oldDyn.size(); i++) {
            Integer j = firstNew.get(oldDyn.get(i).tag());
            if (j != null) {
                dynamicSlots.put(od.get().address() + 16L * i, nd.get().address() + 16L * j);
                dynamicSlots.put(od.get().address() + 16L * i + 8, nd.get().address() + 16L * j + 8);
            }
        }
    }

    /** Section starts and ends, segment bounds and the image bounds, by name / index. */
    private void indexBounds() {
        for (ElfSection s : oldImage.sections().all()) {
            if (!s.isAllocated() || s.address() == 0) {
                continue;
            }
            newImage.section(s.name()).ifPresent(n -> bounds.putIfAbsent(s.address(), n.address()));
        }
        for (ElfSection s : oldImage.sections().all()) {
            if (s.isAllocated() && s.address() != 0) {
                newImage.section(s.name()).ifPresent(n -> bounds.putIfAbsent(s.end(), n.end()));
            }
        }
        List<ProgramHeader> ol = oldImage.loads(), nl = newImage.loads();
        if (ol.size() == nl.size()) {
            for (int i = 0; i < ol.size(); i++) {
                bounds.put(ol.get(i).vaddr(), nl.get(i).vaddr());
                bounds.put(ol.get(i).vaddr() + ol.get(i).memSize(), nl.get(i).vaddr() + nl.get(i).memSize());
                bounds.put(ProgramImage.pageDown(ol.get(i).vaddr()), ProgramImage.pageDown(nl.get(i).vaddr()));
                bounds.put(ProgramImage.pageUp(ol.get(i).vaddr() + ol.get(i).memSize()),
                        ProgramImage.pageUp(nl.get(i).vaddr() + nl.get(i).memSize()));
            }
        }
        bounds.put(oldImage.imageStart(), newImage.imageStart());
        bounds.put(oldImage.imageEnd(), newImage.imageEnd());
    }
}
