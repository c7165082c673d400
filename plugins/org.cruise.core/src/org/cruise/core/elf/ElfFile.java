package org.cruise.core.elf;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.cruise.core.elf.ElfException.Kind;
import org.cruise.core.elf.LibElf.ElfData;
import org.cruise.core.elf.LibElf.GElfDyn;
import org.cruise.core.elf.LibElf.GElfEhdr;
import org.cruise.core.elf.LibElf.GElfPhdr;
import org.cruise.core.sys.LibC;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.LongByReference;

/**
 * An ELF file opened read-only through libelf. Holds the fd and the Elf* handle until
 * {@link #close()}; the header and program headers are read eagerly because every user needs them,
 * anything bigger (symbols, notes) should be read on demand. Not thread-safe.
 */
public final class ElfFile implements AutoCloseable {

    /** e_phnum value meaning "the real count is in section header 0". */
    private static final int PN_XNUM = 0xffff;

    private final Path path;
    private int fd;
    private Pointer elf;

    private final ElfClass elfClass;
    private final int machine;
    private final ElfType type;
    private final long entry;
    private final List<ProgramHeader> programHeaders;
    private List<DynamicEntry> dynamicEntries;

    private ElfFile(Path path, int fd, Pointer elf) throws ElfException {
        this.path = path;
        this.fd = fd;
        this.elf = elf;
        this.elfClass = ElfClass.of(LibElf.gelf_getclass(elf));
        GElfEhdr ehdr = new GElfEhdr();
        if (elfClass == null || LibElf.gelf_getehdr(elf, ehdr) == null) {
            throw ElfException.of(path, Kind.MALFORMED, "is a malformed ELF file: " + LibElf.lastError());
        }
        this.machine = Short.toUnsignedInt(ehdr.e_machine);
        this.type = ElfType.of(Short.toUnsignedInt(ehdr.e_type));
        this.entry = ehdr.e_entry;
        this.programHeaders = readProgramHeaders(Short.toUnsignedInt(ehdr.e_phnum));
    }

    /**
     * Opens {@code path} as ELF, following symbolic links. Fails with an {@link ElfException} whose
     * {@link ElfException#kind() kind} tells why and whose {@link ElfException#reason() reason} is
     * phrased for users ("does not exist", "is a directory", "is not an ELF file", ...).
     */
    public static ElfFile open(Path path) throws ElfException {
        LibElf.ensureLoaded();
        checkRegularFile(path);
        int fd = LibC.open(path.toString(), LibC.O_RDONLY | LibC.O_CLOEXEC, 0);
        if (fd < 0) {
            throw ElfException.of(path, Kind.NOT_READABLE, "is not readable: " + LibC.strerror(Native.getLastError()));
        }
        Pointer elf = LibElf.elf_begin(fd, LibElf.ELF_C_READ, null);
        if (elf == null) {
            String error = LibElf.lastError();
            closeQuietly(fd);
            throw ElfException.of(path, Kind.MALFORMED, "cannot be read by libelf: " + error);
        }
        try {
            int kind = LibElf.elf_kind(elf);
            if (kind == LibElf.ELF_K_AR) {
                throw ElfException.of(path, Kind.NOT_ELF, "is an ar archive (static library), not an ELF file");
            }
            if (kind != LibElf.ELF_K_ELF) {
                throw ElfException.of(path, Kind.NOT_ELF, "is not an ELF file");
            }
            return new ElfFile(path, fd, elf);
        } catch (ElfException | RuntimeException e) {
            LibElf.elf_end(elf);
            closeQuietly(fd);
            throw e;
        }
    }

    public Path path() {
        return path;
    }

    public ElfClass elfClass() {
        return elfClass;
    }

    /** e_machine, e.g. {@link ElfMachine#EM_X86_64}. */
    public int machine() {
        return machine;
    }

    /** {@link ElfMachine#name(int)} of {@link #machine()}. */
    public String machineName() {
        return ElfMachine.name(machine);
    }

    public ElfType type() {
        return type;
    }

    /** e_entry: the entry point, relative to the load base for position-independent files. */
    public long entry() {
        return entry;
    }

    public List<ProgramHeader> programHeaders() {
        return programHeaders;
    }

    /** Whether there is a PT_INTERP segment, i.e. the file asks for a dynamic loader. */
    public boolean hasInterpreter() {
        return programHeaders.stream().anyMatch(h -> h.type() == ProgramHeader.PT_INTERP);
    }

    /** The dynamic loader named by PT_INTERP, e.g. /lib64/ld-linux-x86-64.so.2. */
    public Optional<String> interpreter() throws ElfException {
        for (ProgramHeader header : programHeaders) {
            if (header.type() == ProgramHeader.PT_INTERP) {
                ElfData data = rawChunk(header, LibElf.ELF_T_BYTE);
                return Optional.of(data.d_buf.getString(0, "UTF-8"));
            }
        }
        return Optional.empty();
    }

    /** The PT_DYNAMIC entries up to DT_NULL; empty for static executables and objects. */
    public List<DynamicEntry> dynamicEntries() throws ElfException {
        if (dynamicEntries == null) {
            dynamicEntries = readDynamicEntries();
        }
        return dynamicEntries;
    }

    /**
     * Whether this ET_DYN file is a program rather than a library. PT_INTERP alone does not tell:
     * glibc's libc.so.6 has one so that it can be run. Linkers mark PIEs with DF_1_PIE (also static
     * PIEs, which have no PT_INTERP); for files from older linkers, a PT_INTERP without DT_SONAME is
     * taken as a PIE.
     */
    public boolean isPositionIndependentExecutable() throws ElfException {
        if (type != ElfType.DYN) {
            return false;
        }
        boolean soname = false;
        for (DynamicEntry entry : dynamicEntries()) {
            if (entry.tag() == DynamicEntry.DT_FLAGS_1 && (entry.value() & DynamicEntry.DF_1_PIE) != 0) {
                return true;
            }
            soname |= entry.tag() == DynamicEntry.DT_SONAME;
        }
        return hasInterpreter() && !soname;
    }

    /** Whether the kernel can execute this file as a program: ET_EXEC, or a PIE. */
    public boolean isExecutable() throws ElfException {
        return type == ElfType.EXEC || isPositionIndependentExecutable();
    }

    @Override
    public void close() {
        if (elf != null) {
            LibElf.elf_end(elf);
            elf = null;
        }
        if (fd >= 0) {
            closeQuietly(fd);
            fd = -1;
        }
    }

    @Override
    public String toString() {
        return "ElfFile[" + path + ", " + elfClass + ", " + machineName() + ", " + type + "]";
    }

    private static void checkRegularFile(Path path) throws ElfException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw ElfException.of(path, Kind.NOT_FOUND,
                    Files.isSymbolicLink(path) ? "is a dangling symbolic link" : "does not exist");
        } catch (AccessDeniedException e) {
            throw ElfException.of(path, Kind.NOT_READABLE, "is not accessible: permission denied");
        } catch (IOException e) {
            throw ElfException.of(path, Kind.NOT_READABLE, "cannot be examined: " + e.getMessage());
        }
        if (attributes.isDirectory()) {
            throw ElfException.of(path, Kind.NOT_A_FILE, "is a directory");
        }
        if (!attributes.isRegularFile()) {
            // Refused before open(2), which would block on a FIFO.
            throw ElfException.of(path, Kind.NOT_A_FILE, "is not a regular file");
        }
    }

    private List<ProgramHeader> readProgramHeaders(int headerCount) throws ElfException {
        // elf_getphdrnum, not e_phnum: it resolves the PN_XNUM escape for huge header tables.
        LongByReference count = new LongByReference();
        if (LibElf.elf_getphdrnum(elf, count) != 0) {
            throw malformed("cannot count its program headers");
        }
        // libelf reports no program headers at all when the table lies beyond the end of the file.
        if (headerCount != PN_XNUM && count.getValue() != headerCount) {
            throw ElfException.of(path, Kind.MALFORMED, "is a malformed ELF file: its program header table ("
                    + headerCount + " entries) lies beyond the end of the file");
        }
        List<ProgramHeader> headers = new ArrayList<>();
        GElfPhdr phdr = new GElfPhdr();
        for (int i = 0; i < count.getValue(); i++) {
            if (LibElf.gelf_getphdr(elf, i, phdr) == null) {
                throw malformed("cannot read program header " + i);
            }
            headers.add(new ProgramHeader(phdr.p_type, phdr.p_flags, phdr.p_offset, phdr.p_vaddr, phdr.p_paddr,
                    phdr.p_filesz, phdr.p_memsz, phdr.p_align));
        }
        return Collections.unmodifiableList(headers);
    }

    private List<DynamicEntry> readDynamicEntries() throws ElfException {
        ensureOpen();
        for (ProgramHeader header : programHeaders) {
            if (header.type() != ProgramHeader.PT_DYNAMIC) {
                continue;
            }
            // Through the segment, not the .dynamic section: section headers may be stripped.
            ElfData data = rawChunk(header, LibElf.ELF_T_DYN);
            List<DynamicEntry> entries = new ArrayList<>();
            GElfDyn dyn = new GElfDyn();
            Pointer dataPointer = data.getPointer();
            for (int i = 0; LibElf.gelf_getdyn(dataPointer, i, dyn) != null; i++) {
                if (dyn.d_tag == DynamicEntry.DT_NULL) {
                    break;
                }
                entries.add(new DynamicEntry(dyn.d_tag, dyn.d_val));
            }
            return Collections.unmodifiableList(entries);
        }
        return List.of();
    }

    private ElfData rawChunk(ProgramHeader header, int elfType) throws ElfException {
        ensureOpen();
        Pointer data = LibElf.elf_getdata_rawchunk(elf, header.offset(), header.fileSize(), elfType);
        if (data == null) {
            throw malformed("cannot read the segment at offset 0x" + Long.toHexString(header.offset()));
        }
        return new ElfData(data);
    }

    private ElfException malformed(String what) {
        return ElfException.of(path, Kind.MALFORMED, "is a malformed ELF file: " + what + ": " + LibElf.lastError());
    }

    /** The Elf* handle, for this package's readers (ElfSymbols, ElfNotes); valid until {@link #close()}. */
    Pointer handle() {
        ensureOpen();
        return elf;
    }

    private void ensureOpen() {
        if (elf == null) {
            throw new IllegalStateException("ElfFile " + path + " is closed");
        }
    }

    private static void closeQuietly(int fd) {
        // A read-only fd has nothing to flush; a failing close loses no data.
        LibC.close(fd);
    }
}
