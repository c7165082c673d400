package org.cruise.core.elf;

import java.util.HexFormat;
import java.util.Optional;

import org.cruise.core.elf.LibElf.ElfData;
import org.cruise.core.elf.LibElf.GElfNhdr;
import org.cruise.core.elf.LibElf.GElfShdr;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.LongByReference;

/** Reads ELF notes through libelf; for now the GNU build-id, which identifies a binary exactly. */
public final class ElfNotes {

    /** n_type of the GNU build-id note. */
    private static final int NT_GNU_BUILD_ID = 3;
    private static final String GNU = "GNU";
    private static final int PT_NOTE = 4;

    private ElfNotes() {
    }

    /**
     * The GNU build-id as lower-case hex (the form of /usr/lib/debug/.build-id/xx/yyy.debug and of
     * gdb and eu-readelf), or empty when the file has none. Sections are searched first because
     * separate debug files keep the note there while their program headers describe contents they
     * do not hold; program headers are the fallback for files whose section headers are stripped.
     */
    public static Optional<String> buildId(ElfFile file) throws ElfException {
        Pointer elf = file.handle();
        GElfShdr shdr = new GElfShdr();
        shdr.setAutoWrite(false);
        for (Pointer scn = LibElf.elf_nextscn(elf, null); scn != null; scn = LibElf.elf_nextscn(elf, scn)) {
            if (LibElf.gelf_getshdr(scn, shdr) == null || shdr.sh_type != LibElf.SHT_NOTE) {
                continue;
            }
            Pointer data = LibElf.elf_getdata(scn, null);
            Optional<String> id = data == null ? Optional.empty() : buildIdIn(data);
            if (id.isPresent()) {
                return id;
            }
        }
        for (ProgramHeader header : file.programHeaders()) {
            if (header.type() != PT_NOTE || header.fileSize() == 0) {
                continue;
            }
            // Notes in an 8-aligned segment (.note.gnu.property) are padded to 8 bytes.
            int noteType = header.align() == 8 ? LibElf.ELF_T_NHDR8 : LibElf.ELF_T_NHDR;
            Pointer data = LibElf.elf_getdata_rawchunk(elf, header.offset(), header.fileSize(), noteType);
            Optional<String> id = data == null ? Optional.empty() : buildIdIn(data);
            if (id.isPresent()) {
                return id;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> buildIdIn(Pointer data) {
        Pointer buffer = new ElfData(data).d_buf;
        GElfNhdr note = new GElfNhdr();
        note.setAutoWrite(false);
        LongByReference nameOffset = new LongByReference();
        LongByReference descOffset = new LongByReference();
        long offset = 0;
        while ((offset = LibElf.gelf_getnote(data, offset, note, nameOffset, descOffset)) > 0) {
            if (note.n_type == NT_GNU_BUILD_ID && note.n_namesz == GNU.length() + 1
                    && GNU.equals(buffer.getString(nameOffset.getValue(), "US-ASCII")) && note.n_descsz > 0) {
                byte[] id = buffer.getByteArray(descOffset.getValue(), note.n_descsz);
                return Optional.of(HexFormat.of().formatHex(id));
            }
        }
        return Optional.empty();
    }
}
