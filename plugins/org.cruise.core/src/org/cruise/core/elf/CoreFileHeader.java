package org.cruise.core.elf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.cruise.core.elf.LibElf.GElfEhdr;
import org.cruise.core.elf.LibElf.GElfPhdr;
import org.cruise.core.sys.LibC;

import com.sun.jna.Native;
import com.sun.jna.Pointer;

/**
 * Writes the ELF header and the program header table of an x86-64 core file (ET_CORE) through
 * libelf. Only the headers: the caller lays out the file (every p_offset) and streams the note and
 * memory payload into it afterwards, because a core holds hundreds of megabytes that must never
 * pass through libelf's in-memory buffers or the Java heap.
 * <p>
 * The file is laid out by the application (ELF_F_LAYOUT): the program header table follows the ELF
 * header directly, there are no sections. libelf truncates the file to the end of the header table
 * when it writes, so call {@link #write} before writing anything behind the headers.
 */
public final class CoreFileHeader {

    public static final int PT_NOTE = 4;

    /** p_flags bits. */
    public static final int PF_X = 1, PF_W = 2, PF_R = 4;

    /**
     * Program header tables with this many entries or more need the PN_XNUM escape through section
     * header 0. A process has at most vm.max_map_count (65530 by default) mappings, so a core of
     * ours never gets there; we refuse rather than write a header gdb versions disagree about.
     */
    public static final int MAX_PROGRAM_HEADERS = 0xffff - 1;

    private static final int EI_CLASS = 4, EI_DATA = 5, EI_VERSION = 6, EI_OSABI = 7;
    private static final byte ELFDATA2LSB = 1;
    private static final byte ELFOSABI_NONE = 0;
    private static final short ET_CORE = 4;

    private CoreFileHeader() {
    }

    /** Bytes from the start of the file to the end of a program header table of {@code count} entries. */
    public static long size(int count) throws ElfException {
        LibElf.ensureLoaded();
        return LibElf.elf64_fsize(LibElf.ELF_T_EHDR, 1, LibElf.EV_CURRENT)
                + LibElf.elf64_fsize(LibElf.ELF_T_PHDR, count, LibElf.EV_CURRENT);
    }

    /**
     * Writes the headers into {@code file}, which must exist (the caller creates it with the
     * permissions it wants) and whose contents are replaced. Program headers are written in the
     * order given.
     *
     * @throws IOException naming the file if it cannot be opened or written; a system error that
     *         made libelf fail (e.g. "No space left on device") is part of the message
     */
    public static void write(Path file, List<ProgramHeader> headers) throws IOException, ElfException {
        LibElf.ensureLoaded();
        if (headers.size() > MAX_PROGRAM_HEADERS) {
            throw new IllegalArgumentException(headers.size() + " program headers; at most " + MAX_PROGRAM_HEADERS);
        }
        int fd = LibC.open(file.toString(), LibC.O_WRONLY | LibC.O_CLOEXEC, 0);
        if (fd < 0) {
            throw new IOException(file + ": cannot open for writing: " + LibC.strerror(Native.getLastError()));
        }
        try {
            writeHeaders(file, fd, headers);
        } finally {
            LibC.close(fd);
        }
    }

    private static void writeHeaders(Path file, int fd, List<ProgramHeader> headers) throws IOException {
        Native.setLastError(0); // so that failure() reports no stale errno
        Pointer elf = LibElf.elf_begin(fd, LibElf.ELF_C_WRITE, null);
        if (elf == null) {
            throw failure(file, "elf_begin");
        }
        try {
            if (LibElf.gelf_newehdr(elf, LibElf.ELFCLASS64) == null) {
                throw failure(file, "gelf_newehdr");
            }
            GElfEhdr ehdr = new GElfEhdr();
            if (LibElf.gelf_getehdr(elf, ehdr) == null) {
                throw failure(file, "gelf_getehdr");
            }
            ehdr.e_ident[0] = 0x7f;
            ehdr.e_ident[1] = 'E';
            ehdr.e_ident[2] = 'L';
            ehdr.e_ident[3] = 'F';
            ehdr.e_ident[EI_CLASS] = LibElf.ELFCLASS64;
            ehdr.e_ident[EI_DATA] = ELFDATA2LSB;
            ehdr.e_ident[EI_VERSION] = LibElf.EV_CURRENT;
            // Linux writes ELFOSABI_NONE into its own x86-64 cores; gdb picks the GNU/Linux ABI from the notes.
            ehdr.e_ident[EI_OSABI] = ELFOSABI_NONE;
            ehdr.e_type = ET_CORE;
            ehdr.e_machine = (short) ElfMachine.EM_X86_64;
            ehdr.e_version = LibElf.EV_CURRENT;
            ehdr.e_entry = 0;
            ehdr.e_phoff = LibElf.elf64_fsize(LibElf.ELF_T_EHDR, 1, LibElf.EV_CURRENT);
            ehdr.e_shoff = 0;
            ehdr.e_flags = 0;
            ehdr.e_ehsize = (short) ehdr.e_phoff;
            ehdr.e_phentsize = (short) LibElf.elf64_fsize(LibElf.ELF_T_PHDR, 1, LibElf.EV_CURRENT);
            ehdr.e_phnum = (short) headers.size();
            ehdr.e_shentsize = 0;
            ehdr.e_shnum = 0;
            ehdr.e_shstrndx = 0;
            if (LibElf.gelf_update_ehdr(elf, ehdr) == 0) {
                throw failure(file, "gelf_update_ehdr");
            }
            if (LibElf.gelf_newphdr(elf, headers.size()) == null && !headers.isEmpty()) {
                throw failure(file, "gelf_newphdr");
            }
            GElfPhdr phdr = new GElfPhdr();
            for (int i = 0; i < headers.size(); i++) {
                ProgramHeader h = headers.get(i);
                phdr.p_type = h.type();
                phdr.p_flags = h.flags();
                phdr.p_offset = h.offset();
                phdr.p_vaddr = h.vaddr();
                phdr.p_paddr = h.paddr();
                phdr.p_filesz = h.fileSize();
                phdr.p_memsz = h.memSize();
                phdr.p_align = h.align();
                if (LibElf.gelf_update_phdr(elf, i, phdr) == 0) {
                    throw failure(file, "gelf_update_phdr " + i);
                }
            }
            // Without ELF_F_LAYOUT libelf would move the program header table and ignore our offsets.
            LibElf.elf_flagelf(elf, LibElf.ELF_C_SET, LibElf.ELF_F_LAYOUT);
            Native.setLastError(0);
            if (LibElf.elf_update(elf, LibElf.ELF_C_WRITE) < 0) {
                throw failure(file, "elf_update");
            }
        } finally {
            LibElf.elf_end(elf);
        }
    }

    /**
     * libelf reports its own error codes ("write error"); the system error behind a failed
     * pwrite/ftruncate is still in errno, and it is what tells "disk full" apart.
     */
    private static IOException failure(Path file, String call) {
        String message = file + ": cannot write ELF headers: " + call + ": " + LibElf.lastError();
        int errno = Native.getLastError();
        if (errno != 0) {
            message += " (" + LibC.strerror(errno) + ")";
        }
        return new IOException(message);
    }
}
