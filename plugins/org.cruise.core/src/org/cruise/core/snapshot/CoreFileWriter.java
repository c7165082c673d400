package org.cruise.core.snapshot;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongConsumer;

import org.cruise.core.CruiseException;
import org.cruise.core.ExitCode;
import org.cruise.core.elf.CoreFileHeader;
import org.cruise.core.elf.ElfException;
import org.cruise.core.elf.ProgramHeader;
import org.cruise.model.MemoryRegion;

import com.sun.jna.Memory;

/**
 * Lays out and writes the ELF core file of one snapshot (docs/snapshot-format.md):
 * <pre>
 * ELF header | program headers: PT_NOTE, then one PT_LOAD per region in the core, in address order
 * notes      | directly behind the program headers
 * zeros      | up to the next page boundary
 * memory     | the PT_LOAD contents back to back, each at a page-aligned offset
 * </pre>
 * A PT_LOAD holds a saved region whole, or (as Linux's own core dumps do) the first page of an
 * unsaved ELF file mapping, for its build-id. Page-aligned segments let a restorer mmap memory
 * straight from the core.
 * <p>
 * The headers go through libelf ({@link CoreFileHeader}); the notes are small and built in memory;
 * the file is then written in 1 MiB blocks by one to four threads, each reading its block's memory
 * into a reused native buffer, taking the block's CRC-32C while it is in the cache
 * ({@link Checksum}) and writing it at its offset. The Java heap never holds memory contents.
 */
final class CoreFileWriter {

    private static final long PAGE = CoreNotes.PAGE_SIZE;

    /** "\x7fELF" as a little-endian int. */
    private static final int ELF_MAGIC = 0x464c457f;

    /**
     * One PT_LOAD: a saved region whole, or the first page of an unsaved ELF file mapping.
     *
     * @param fileSize bytes of the region in the file: the whole region, or one page for an ELF header
     */
    record Segment(MemoryRegion region, long offset, long fileSize) {
        long start() {
            return region.getStart();
        }

        long memorySize() {
            return region.getEnd() - region.getStart();
        }
    }

    private final CapturedState state;
    private final byte[] notes;
    private final long notesOffset;
    private final long payloadOffset;
    private final List<Segment> segments;
    private final long size;

    CoreFileWriter(CapturedState state) throws ElfException {
        this.state = state;
        List<MemoryRegion> saved = new ArrayList<>();
        for (MemoryRegion r : state.model().getRegions()) {
            if (r.isSaved()) {
                saved.add(r);
            }
        }
        saved.sort(Comparator.comparing(MemoryRegion::getStart, Long::compareUnsigned));
        checkRegions(saved);
        List<MemoryRegion> loaded = new ArrayList<>();
        for (MemoryRegion r : state.model().getRegions()) {
            if (r.isSaved() || isElfHeaderPage(r)) {
                loaded.add(r);
            }
        }
        loaded.sort(Comparator.comparing(MemoryRegion::getStart, Long::compareUnsigned));
        if (loaded.size() + 1 > CoreFileHeader.MAX_PROGRAM_HEADERS) {
            throw new IllegalArgumentException(loaded.size() + " regions: more than an ELF core can hold");
        }
        this.notes = CoreNotes.build(state);
        this.notesOffset = CoreFileHeader.size(loaded.size() + 1);
        this.payloadOffset = roundUp(notesOffset + notes.length, PAGE);
        List<Segment> list = new ArrayList<>();
        long offset = payloadOffset;
        for (MemoryRegion r : loaded) {
            long fileSize = r.isSaved() ? r.getEnd() - r.getStart() : PAGE;
            list.add(new Segment(r, offset, fileSize));
            offset += fileSize;
        }
        this.segments = List.copyOf(list);
        this.size = offset;
    }

    /**
     * Whether an unsaved region gets its first page into the core anyway, as Linux does for its own
     * core dumps (coredump_filter bit 4, on by default): the first page of a private file mapping at
     * offset 0 that starts with the ELF magic. It holds the ELF header and usually the build-id note,
     * by which gdb matches the executable and libraries to the core (without it gdb warns "core file
     * may not match specified executable file" whenever the program's name is longer than the 15
     * characters of pr_fname) and eu-unstrip or debuginfod find debug info. Costs a page per module.
     */
    private boolean isElfHeaderPage(MemoryRegion r) {
        String permissions = r.getPermissions();
        if (r.isSaved() || r.getOffset() != 0 || r.getPath() == null || !r.getPath().startsWith("/")
                || permissions == null || permissions.length() < 4 || permissions.charAt(0) != 'r'
                || permissions.charAt(3) != 'p' || Long.compareUnsigned(r.getEnd() - r.getStart(), PAGE) < 0) {
            return false;
        }
        try (Memory magic = new Memory(4)) {
            return state.memory().read(r.getStart(), magic, 4) == 4 && magic.getInt(0) == ELF_MAGIC;
        } catch (IOException e) {
            return false; // unreadable: then it is just not in the core, like any unsaved region
        }
    }

    private static void checkRegions(List<MemoryRegion> saved) {
        MemoryRegion previous = null;
        for (MemoryRegion r : saved) {
            if (Long.compareUnsigned(r.getStart(), r.getEnd()) >= 0 || r.getStart() % PAGE != 0 || r.getEnd() % PAGE != 0) {
                throw new IllegalArgumentException("saved region " + describe(r) + " is empty or not page-aligned");
            }
            if (previous != null && Long.compareUnsigned(previous.getEnd(), r.getStart()) > 0) {
                throw new IllegalArgumentException("saved regions " + describe(previous) + " and " + describe(r)
                        + " overlap");
            }
            previous = r;
        }
    }

    /** Size of the finished file in bytes. */
    long size() {
        return size;
    }

    /**
     * Writes the core into {@code file}, which must exist and be empty, and forces it to disk.
     *
     * @param written called on the calling thread with the number of bytes written so far
     * @return the file's {@link Checksum}
     * @throws IOException if the file cannot be written
     * @throws CruiseException (exit code 4) if the memory source fails
     */
    String write(Path file, LongConsumer written) throws IOException, CruiseException {
        List<ProgramHeader> headers = new ArrayList<>();
        headers.add(new ProgramHeader(CoreFileHeader.PT_NOTE, 0, notesOffset, 0, 0, notes.length, 0, 4));
        for (Segment s : segments) {
            headers.add(new ProgramHeader(ProgramHeader.PT_LOAD, flags(s.region().getPermissions()), s.offset(),
                    s.start(), 0, s.fileSize(), s.memorySize(), PAGE));
        }
        CoreFileHeader.write(file, headers);

        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            // Everything before the memory is small: it becomes the start of the first block(s).
            byte[] prefix = new byte[(int) payloadOffset];
            ByteBuffer head = ByteBuffer.wrap(prefix, 0, (int) notesOffset);
            readFully(channel, head, 0);
            System.arraycopy(notes, 0, prefix, (int) notesOffset, notes.length);
            String checksum = writeBlocks(channel, prefix, written);
            try {
                state.memory().finish();
            } catch (IOException e) {
                throw new SnapshotNotKeptException("snapshot of pid " + state.model().getProcess().getPid()
                        + " not kept: " + e.getMessage(), e);
            }
            channel.force(true);
            return checksum;
        }
    }

    /**
     * Writes the file from offset 0 in {@link Checksum#BLOCK} blocks, each filled from the prefix and
     * the memory source, checksummed while it is in the cache, and written at its offset. Several
     * workers (the caller and helper threads) take blocks in turn; tmpfs writing, which clears and
     * fills a fresh page cache page for every page, is the slowest step and scales with cores.
     * Reading goes into a reused native buffer and is written from there (FileChannel of the
     * buffer's direct view), which measured as fast as process_vm_readv straight into a shared
     * mapping of the file, and unlike a mapping it fails with ENOSPC on a full store instead of
     * killing the JVM with SIGBUS.
     */
    private String writeBlocks(FileChannel channel, byte[] prefix, LongConsumer written)
            throws IOException, CruiseException {
        long blockCount = (size + Checksum.BLOCK - 1) / Checksum.BLOCK;
        if (blockCount > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("core of " + size + " bytes: too large");
        }
        int[] crcs = new int[(int) blockCount];
        AtomicLong next = new AtomicLong();
        AtomicLong bytesWritten = new AtomicLong();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> helpers = new ArrayList<>();
        try {
            for (int i = 1; i < workers(blockCount); i++) {
                helpers.add(Thread.ofPlatform().name("cruise-snapshot-write-" + i).daemon().start(
                        () -> takeBlocks(channel, prefix, crcs, next, bytesWritten, failure, done -> {
                        })));
            }
            // The caller works too, and reports progress between its blocks.
            takeBlocks(channel, prefix, crcs, next, bytesWritten, failure, written);
        } finally {
            for (Thread t : helpers) {
                joinUninterruptibly(t);
            }
        }
        Throwable problem = failure.get();
        if (problem instanceof IOException e) {
            throw e;
        }
        if (problem instanceof CruiseException e) {
            throw e;
        }
        if (problem instanceof RuntimeException e) {
            throw e;
        }
        if (problem instanceof Error e) {
            throw e;
        }
        if (problem != null) {
            throw new IllegalStateException(problem);
        }
        written.accept(bytesWritten.get());
        return Checksum.of(crcs, crcs.length);
    }

    /** One worker: takes the next block until none is left or any worker failed. */
    private void takeBlocks(FileChannel channel, byte[] prefix, int[] crcs, AtomicLong next, AtomicLong bytesWritten,
            AtomicReference<Throwable> failure, LongConsumer progress) {
        try (Memory buffer = new Memory(Checksum.BLOCK)) {
            ByteBuffer view = buffer.getByteBuffer(0, Checksum.BLOCK);
            for (long k; failure.get() == null && (k = next.getAndIncrement()) < crcs.length;) {
                long blockStart = k * Checksum.BLOCK;
                int length = (int) Math.min(Checksum.BLOCK, size - blockStart);
                fillBlock(prefix, buffer, blockStart, length);
                crcs[(int) k] = Checksum.block(view.clear().limit(length));
                writeFully(channel, view.clear().limit(length), blockStart);
                progress.accept(bytesWritten.addAndGet(length));
            }
        } catch (Throwable t) {
            failure.compareAndSet(null, t);
        }
    }

    /** Threads writing: one per core up to 4 (beyond that the memory bus is the limit), fewer for small files. */
    private static int workers(long blocks) {
        return (int) Math.max(1, Math.min(Math.min(4, Runtime.getRuntime().availableProcessors()), blocks / 4));
    }

    /** Fills buffer with file bytes [blockStart, blockStart + length): prefix, then the segments' memory. */
    private void fillBlock(byte[] prefix, Memory buffer, long blockStart, int length) throws CruiseException {
        long end = blockStart + length;
        long at = blockStart;
        if (at < prefix.length) {
            int n = (int) Math.min(end, prefix.length) - (int) at;
            buffer.write(0, prefix, (int) at, n);
            at += n;
        }
        int i = segmentAt(at);
        while (at < end) {
            Segment s = segments.get(i);
            long segmentEnd = s.offset() + s.fileSize();
            long n = Math.min(end, segmentEnd) - at;
            fill(state.memory(), s.region(), buffer.share(at - blockStart), s.start() + (at - s.offset()), (int) n);
            at += n;
            i++;
        }
    }

    /** Index of the segment holding file offset {@code at} (segments lie back to back from payloadOffset). */
    private int segmentAt(long at) {
        int low = 0;
        int high = segments.size() - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (segments.get(mid).offset() <= at) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    private void fill(MemorySource source, MemoryRegion region, com.sun.jna.Pointer destination, long address,
            int length) throws CruiseException {
        int filled = 0;
        while (filled < length) {
            long n;
            try {
                n = source.read(address + filled, destination.share(filled), length - filled);
            } catch (IOException e) {
                throw readFailure(region, address + filled, e.getMessage(), e);
            }
            if (n <= 0) {
                throw readFailure(region, address + filled, "nothing could be read", null);
            }
            filled += (int) n;
        }
    }

    private CruiseException readFailure(MemoryRegion region, long address, String why, Throwable cause) {
        return new CruiseException(ExitCode.TARGET, "cannot read the memory of pid " + state.model().getProcess().getPid()
                + " at 0x" + Long.toHexString(address) + " (region " + describe(region) + "): " + why, cause);
    }

    static String describe(MemoryRegion r) {
        String path = r.getPath() == null || r.getPath().isEmpty() ? "anonymous" : r.getPath();
        return Long.toHexString(r.getStart()) + "-" + Long.toHexString(r.getEnd()) + " " + r.getPermissions() + " "
                + path;
    }

    /** p_flags from a permission string such as "rw-p". */
    static int flags(String permissions) {
        int flags = 0;
        if (permissions != null && permissions.length() >= 3) {
            flags |= permissions.charAt(0) == 'r' ? CoreFileHeader.PF_R : 0;
            flags |= permissions.charAt(1) == 'w' ? CoreFileHeader.PF_W : 0;
            flags |= permissions.charAt(2) == 'x' ? CoreFileHeader.PF_X : 0;
        }
        return flags;
    }

    static void writeFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
        long at = position;
        while (buffer.hasRemaining()) {
            at += channel.write(buffer, at);
        }
    }

    private static void readFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
        long at = position;
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, at);
            if (n < 0) {
                throw new IOException("unexpected end of file at offset " + at);
            }
            at += n;
        }
    }

    private static void joinUninterruptibly(Thread thread) {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static long roundUp(long value, long unit) {
        return (value + unit - 1) / unit * unit;
    }
}
