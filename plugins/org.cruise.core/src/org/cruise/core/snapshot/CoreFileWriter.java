package org.cruise.core.snapshot;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
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
 * the memory payload is streamed through a few reused native buffers by three threads so that
 * reading the target, writing the file and hashing it overlap:
 * <pre>
 * caller thread:  source.read(region chunk) -> buffer
 * writer thread:  buffer -> FileChannel.write at its offset
 * hasher thread:  buffer -> SHA-256 (file order)
 * </pre>
 * A buffer returns to the pool when both the writer and the hasher are done with it. The Java heap
 * never holds memory contents. Measured per 500 MiB here: reading 0.12-0.2 s, writing to tmpfs
 * 0.3 s, hashing 0.37 s: the hash, which the manifest needs, is the critical path.
 */
final class CoreFileWriter {

    /** Chunk per buffer: big enough that per-call costs vanish, small enough to stay in the L2/L3 cache. */
    static final int CHUNK_SIZE = 1 << 20;
    /** Buffers in flight: one being read, one being written, one being hashed, one spare. */
    static final int BUFFERS = 4;

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
     * @return the lower-case hex SHA-256 of the file
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

        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
                Sha256 sha = Sha256.create()) {
            // Everything before the memory is small: hash it here, in file order, then let the pipeline go on.
            ByteBuffer head = ByteBuffer.allocate((int) notesOffset);
            readFully(channel, head, 0);
            sha.update(head.flip());
            writeFully(channel, ByteBuffer.wrap(notes), notesOffset);
            sha.update(notes, 0, notes.length);
            byte[] padding = new byte[(int) (payloadOffset - notesOffset - notes.length)];
            writeFully(channel, ByteBuffer.wrap(padding), notesOffset + notes.length);
            sha.update(padding, 0, padding.length);
            written.accept(payloadOffset);

            streamMemory(channel, sha, written);
            channel.force(true);
            return sha.finishHex();
        }
    }

    /** A buffer of the pipeline and what it holds at the moment. */
    private static final class Chunk {
        /** Native memory: read into by JNA and written from by the channel without a copy. */
        final Memory memory;
        final ByteBuffer view;
        long fileOffset;
        int length;
        /** Stages (writer, hasher) still to be done with it. */
        final AtomicInteger pending = new AtomicInteger();

        Chunk(int capacity) {
            memory = new Memory(capacity);
            view = memory.getByteBuffer(0, capacity);
        }

        /** The end-of-stream marker, which holds nothing. */
        Chunk() {
            memory = null;
            view = null;
        }
    }

    private void streamMemory(FileChannel channel, Sha256 sha, LongConsumer written)
            throws IOException, CruiseException {
        BlockingQueue<Chunk> free = new ArrayBlockingQueue<>(BUFFERS);
        // Unbounded, so a put never blocks: at most BUFFERS chunks and one end marker are ever queued.
        BlockingQueue<Chunk> toWrite = new LinkedBlockingQueue<>();
        BlockingQueue<Chunk> toHash = new LinkedBlockingQueue<>();
        Chunk end = new Chunk();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicLong bytesWritten = new AtomicLong(payloadOffset);
        List<Chunk> all = new ArrayList<>();
        try {
            for (int i = 0; i < BUFFERS; i++) {
                Chunk c = new Chunk(CHUNK_SIZE);
                all.add(c);
                free.add(c);
            }
            Thread writer = Thread.ofPlatform().name("cruise-snapshot-write").daemon().start(() -> stage(toWrite, end,
                    free, failure, c -> {
                        ByteBuffer b = c.view.clear().limit(c.length);
                        writeFully(channel, b, c.fileOffset);
                        bytesWritten.addAndGet(c.length);
                    }));
            Thread hasher = Thread.ofPlatform().name("cruise-snapshot-hash").daemon().start(() -> stage(toHash, end,
                    free, failure, c -> sha.update(c.memory, c.length)));
            CruiseException readFailure = null;
            try {
                readFailure = readAll(free, toWrite, toHash, failure, bytesWritten, written);
            } finally {
                toWrite.add(end);
                toHash.add(end);
                joinUninterruptibly(writer);
                joinUninterruptibly(hasher);
            }
            Throwable stageFailure = failure.get();
            if (stageFailure instanceof IOException e) {
                throw e;
            }
            if (stageFailure instanceof RuntimeException e) {
                throw e;
            }
            if (stageFailure instanceof Error e) {
                throw e;
            }
            if (readFailure != null) {
                throw readFailure;
            }
            written.accept(bytesWritten.get());
        } finally {
            for (Chunk c : all) {
                c.memory.close();
            }
        }
    }

    @FunctionalInterface
    private interface ChunkWork {
        void run(Chunk chunk) throws IOException;
    }

    /**
     * One consumer stage. After a failure it keeps taking chunks without working on them, so that
     * buffers go back to the pool and the reader, which checks {@code failure}, never waits forever.
     */
    private static void stage(BlockingQueue<Chunk> queue, Chunk end, BlockingQueue<Chunk> free,
            AtomicReference<Throwable> failure, ChunkWork work) {
        while (true) {
            Chunk c;
            try {
                c = queue.take();
            } catch (InterruptedException e) {
                // Nobody else knows these threads, so this is unexpected; fail the write but keep draining.
                failure.compareAndSet(null, new InterruptedIOException("snapshot writing interrupted"));
                continue;
            }
            if (c == end) {
                return;
            }
            if (failure.get() == null) {
                try {
                    work.run(c);
                } catch (Throwable t) {
                    failure.compareAndSet(null, t);
                }
            }
            if (c.pending.decrementAndGet() == 0) {
                free.add(c);
            }
        }
    }

    /** The caller's part: fills buffers region by region. Returns a read failure instead of throwing it. */
    private CruiseException readAll(BlockingQueue<Chunk> free, BlockingQueue<Chunk> toWrite,
            BlockingQueue<Chunk> toHash, AtomicReference<Throwable> failure, AtomicLong bytesWritten,
            LongConsumer written) throws InterruptedIOException {
        MemorySource source = state.memory();
        for (Segment s : segments) {
            for (long done = 0; done < s.fileSize();) {
                if (failure.get() != null) {
                    return null;
                }
                Chunk c;
                try {
                    c = free.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException("interrupted while writing the snapshot");
                }
                int length = (int) Math.min(CHUNK_SIZE, s.fileSize() - done);
                long address = s.start() + done;
                CruiseException problem = fill(source, s.region(), c, address, length);
                if (problem != null) {
                    free.add(c);
                    return problem;
                }
                c.fileOffset = s.offset() + done;
                c.length = length;
                c.pending.set(2);
                toWrite.add(c);
                toHash.add(c);
                done += length;
                written.accept(bytesWritten.get());
            }
        }
        return null;
    }

    private CruiseException fill(MemorySource source, MemoryRegion region, Chunk c, long address, int length) {
        int filled = 0;
        while (filled < length) {
            long n;
            try {
                n = source.read(address + filled, c.memory.share(filled), length - filled);
            } catch (IOException e) {
                return readFailure(region, address + filled, e.getMessage(), e);
            }
            if (n <= 0) {
                return readFailure(region, address + filled, "nothing could be read", null);
            }
            filled += (int) n;
        }
        return null;
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
