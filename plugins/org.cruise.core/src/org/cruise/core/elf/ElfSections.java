package org.cruise.core.elf;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cruise.core.elf.ElfException.Kind;
import org.cruise.core.elf.LibElf.ElfData;
import org.cruise.core.elf.LibElf.GElfShdr;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.LongByReference;

/**
 * Section headers, section contents and the dynamic relocations of an ELF file, read through
 * libelf. What the live-update engine needs to lay out, relocate and compare a program image.
 */
public final class ElfSections {

    private final ElfFile file;
    private final List<ElfSection> sections;
    private final List<Pointer> scns;

    private ElfSections(ElfFile file, List<ElfSection> sections, List<Pointer> scns) {
        this.file = file;
        this.sections = List.copyOf(sections);
        this.scns = scns;
    }

    public static ElfSections read(ElfFile file) throws ElfException {
        Pointer elf = file.handle();
        LongByReference stringSection = new LongByReference();
        boolean named = LibElf.elf_getshdrstrndx(elf, stringSection) == 0;
        List<ElfSection> sections = new ArrayList<>();
        List<Pointer> scns = new ArrayList<>();
        GElfShdr shdr = new GElfShdr();
        shdr.setAutoWrite(false);
        for (Pointer scn = LibElf.elf_nextscn(elf, null); scn != null; scn = LibElf.elf_nextscn(elf, scn)) {
            if (LibElf.gelf_getshdr(scn, shdr) == null) {
                throw malformed(file, "cannot read a section header");
            }
            int index = (int) LibElf.elf_ndxscn(scn);
            String name = named ? LibElf.elf_strptr(elf, stringSection.getValue(), Integer.toUnsignedLong(shdr.sh_name))
                    : null;
            sections.add(new ElfSection(index, name == null ? "section " + index : name, shdr.sh_type, shdr.sh_flags,
                    shdr.sh_addr, shdr.sh_offset, shdr.sh_size, shdr.sh_link, shdr.sh_info, shdr.sh_entsize));
            scns.add(scn);
        }
        return new ElfSections(file, sections, scns);
    }

    /** Every section but the null section 0, in header order. */
    public List<ElfSection> all() {
        return sections;
    }

    public Optional<ElfSection> named(String name) {
        return sections.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** The allocated section holding link-time address vaddr (NOBITS sections included). */
    public Optional<ElfSection> containing(long vaddr) {
        ElfSection best = null;
        for (ElfSection s : sections) {
            // .tbss occupies no address space of its own: it overlaps whatever follows it.
            if (s.contains(vaddr) && !(s.type() == ElfSection.SHT_NOBITS && s.name().equals(".tbss"))) {
                best = s;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The bytes of a section as stored in the file (zeros for NOBITS). */
    public byte[] contents(ElfSection section) throws ElfException {
        if (section.size() > Integer.MAX_VALUE) {
            throw malformed(file, "section " + section.name() + " is too large");
        }
        byte[] bytes = new byte[(int) section.size()];
        if (section.type() == ElfSection.SHT_NOBITS) {
            return bytes;
        }
        readFile(section.offset(), bytes);
        return bytes;
    }

    /** Reads len bytes of the file at offset: the raw image of segments. */
    public void readFile(long offset, byte[] into) throws ElfException {
        try (FileChannel channel = FileChannel.open(file.path(), StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.wrap(into);
            while (buffer.hasRemaining()) {
                if (channel.read(buffer, offset + buffer.position()) < 0) {
                    throw malformed(file, "is shorter than its headers say (offset " + offset + ")");
                }
            }
        } catch (IOException e) {
            throw ElfException.of(file.path(), Kind.NOT_READABLE, "cannot be read: " + e.getMessage());
        }
    }

    /**
     * The entries of every SHT_RELA section that applies to the loaded image (.rela.dyn, .rela.plt),
     * symbols resolved against dynsym.
     */
    public List<ElfRelocation> dynamicRelocations(SymbolTable dynsym) throws ElfException {
        List<ElfRelocation> out = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            ElfSection s = sections.get(i);
            if (s.type() != ElfSection.SHT_RELA || !s.allocated()) {
                continue;
            }
            Pointer data = LibElf.elf_getdata(scns.get(i), null);
            if (data == null) {
                throw malformed(file, "cannot read " + s.name());
            }
            ElfData d = new ElfData(data);
            if (d.d_size == 0) {
                continue;
            }
            ByteBuffer b = d.d_buf.getByteBuffer(0, d.d_size).order(ByteOrder.nativeOrder());
            for (int off = 0; off + 24 <= d.d_size; off += 24) {
                long offset = b.getLong(off);
                long info = b.getLong(off + 8);
                long addend = b.getLong(off + 16);
                int type = (int) (info & 0xffffffffL);
                int sym = (int) (info >>> 32);
                ElfSymbol symbol = sym == 0 ? null : dynsym.byIndex(sym);
                out.add(new ElfRelocation(s.name(), offset, type, sym, symbol, addend));
            }
        }
        return out;
    }

    private static ElfException malformed(ElfFile file, String what) {
        return ElfException.of(file.path(), Kind.MALFORMED, "is a malformed ELF file: " + what + ": " + LibElf.lastError());
    }
}
