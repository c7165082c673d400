package org.cruise.core.snapshot;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.cruise.core.CruiseException;
import org.cruise.core.ExitCode;
import org.cruise.core.ptrace.ThreadRegisters;
import org.cruise.core.ptrace.UserRegs;
import org.cruise.core.sys.LibC;
import org.cruise.model.AuxvEntry;
import org.cruise.model.CruiseFactory;
import org.cruise.model.CruisePackage;
import org.cruise.model.Registers;
import org.cruise.model.Snapshot;
import org.cruise.model.SnapshotFile;
import org.cruise.model.ThreadState;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMIResource;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Writes snapshots into a store directory (docs/snapshot-format.md).
 * <p>
 * Each snapshot is written into {@code STORE/.tmp-NAME} and renamed to {@code STORE/NAME} only when
 * every file, the manifest last, is on disk (files and directories fsynced), so a crash at any point
 * leaves nothing that looks like a snapshot. The temporary directory is flock'ed while it is being
 * written, which is how {@link Snapshots#removeStale} tells a crashed writer's leftovers from a live
 * writer's work. On failure the temporary directory is removed before the exception is thrown.
 * <p>
 * NAME is {@code yyyyMMdd-HHmmss.SSS-PID-SEQ}: the snapshot time in UTC (so names sort by time
 * whatever the time zone or daylight saving time), the process id and the trigger's sequence number
 * (for snapshots without a trigger: a counter of this writer). In the unlikely case that the name is
 * taken, {@code -2}, {@code -3}, ... is appended.
 * <p>
 * The store is created with mode 0700 if missing; snapshot directories are created 0700 and files
 * 0600, because a snapshot holds the process's memory and with it its secrets.
 * <p>
 * A checkpointer that writes a series calls {@link #reserveAhead} after each snapshot: the store
 * space of the next core is then allocated in the background while the process runs
 * ({@link CoreReservation}), and {@link #close} gives back what is left of it.
 * <p>
 * Thread-safe; each {@link #write} runs on the calling thread plus helper threads of its own.
 */
public final class SnapshotWriter implements AutoCloseable {

    /** Told how far a write has got; the CLI shows it on a terminal. */
    @FunctionalInterface
    public interface Progress {
        /**
         * Called on the thread that called {@link SnapshotWriter#write}, about once per MiB: keep it
         * cheap (a terminal display should throttle itself).
         *
         * @param written bytes written so far
         * @param total bytes the snapshot will have (not counting the small manifest)
         */
        void update(long written, long total);

        Progress NONE = (written, total) -> {
        };
    }

    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss.SSS")
            .withZone(ZoneOffset.UTC);

    /** Room kept for the manifest when checking the free space of the store. */
    private static final long MANIFEST_ALLOWANCE = 1 << 20;

    private static final int COPY_BUFFER = 1 << 20;

    private final Path store;
    private final AtomicInteger ondemandSequence = new AtomicInteger();
    private final AtomicInteger reservations = new AtomicInteger();
    /** Space for the next core being allocated or ready; guarded by this. */
    private CompletableFuture<CoreReservation> reservation;
    private AtomicBoolean reservationCancelled = new AtomicBoolean();

    private SnapshotWriter(Path store) {
        this.store = store;
    }

    /**
     * A writer for the store directory {@code store}, which is created (mode 0700, with missing
     * parents) if it does not exist.
     *
     * @throws CruiseException (exit code 2) if the store is not a directory, cannot be created or is
     *         not writable; the message names the path
     */
    public static SnapshotWriter open(Path store) throws CruiseException {
        Path dir = Objects.requireNonNull(store, "store").toAbsolutePath().normalize();
        if (Files.exists(dir)) {
            if (!Files.isDirectory(dir)) {
                throw new CruiseException(ExitCode.USAGE, "snapshot store " + dir + " is not a directory");
            }
        } else {
            try {
                Files.createDirectories(dir, SnapshotFormat.directoryMode());
            } catch (IOException e) {
                throw new CruiseException(ExitCode.USAGE, "cannot create snapshot store " + dir + ": " + reason(e), e);
            }
        }
        // access(2): catches read-only file systems and (for non-root users) missing permissions.
        if (!Files.isWritable(dir)) {
            throw new CruiseException(ExitCode.USAGE, "snapshot store " + dir + " is not writable");
        }
        return new SnapshotWriter(dir);
    }

    /** The store directory (absolute). */
    public Path store() {
        return store;
    }

    /**
     * Writes one snapshot of {@code state} and returns it once it is complete under its final name.
     *
     * @throws CruiseException exit code 2 if the store cannot be written (the message says "disk full"
     *         when it is), exit code 4 if the memory of the target or its executable cannot be read;
     *         nothing is left in the store in either case
     */
    public StoredSnapshot write(CapturedState state, Progress progress) throws CruiseException {
        Objects.requireNonNull(state, "state");
        Progress report = progress == null ? Progress.NONE : progress;
        CoreFileWriter core = new CoreFileWriter(state);
        long exeSize = executableSize(state);
        long extraSize = state.extraFiles().values().stream().mapToLong(b -> b.length).sum();
        long total = core.size() + exeSize + extraSize;
        Snapshot manifest = EcoreUtil.copy(state.model());
        Instant created = creationTime(manifest);
        int sequence = manifest.getTrigger() != null ? manifest.getTrigger().getSequence()
                : ondemandSequence.incrementAndGet();
        String base = NAME_TIME.format(created) + "-" + manifest.getProcess().getPid() + "-" + sequence;

        CoreReservation reserved = takeReservation();
        try {
            // What is reserved is allocated already: the store needs only the rest.
            checkFreeSpace(total - (reserved == null ? 0 : Math.min(reserved.bytes(), core.size())));
            return write(state, report, core, exeSize, extraSize, total, manifest, created, claim(base), reserved);
        } finally {
            if (reserved != null) {
                reserved.close(); // gives the space back unless it became the core
            }
        }
    }

    private StoredSnapshot write(CapturedState state, Progress report, CoreFileWriter core, long exeSize, long extraSize,
            long total, Snapshot manifest, Instant created, Claim claim, CoreReservation reserved) throws CruiseException {
        try (StoreCalls.DirectoryLock lock = claim.lock()) {
            Path tmp = claim.temporary();
            Path published = null;
            String current = SnapshotFormat.CORE;
            try {
                List<SnapshotFile> files = new ArrayList<>();
                Path coreFile = tmp.resolve(SnapshotFormat.CORE);
                if (reserved != null) {
                    reserved.moveTo(coreFile);
                } else {
                    createFile(coreFile);
                }
                String coreChecksum = core.write(coreFile, written -> report.update(written, total));
                if (reserved != null) {
                    StoreCalls.releaseBeyond(coreFile, core.size(), reserved.bytes());
                }
                files.add(fileRecord(SnapshotFormat.CORE, core.size(), coreChecksum));

                current = SnapshotFormat.EXECUTABLE;
                long done = core.size();
                files.add(copyExecutable(state.executable(), tmp.resolve(SnapshotFormat.EXECUTABLE)));
                done += exeSize;
                report.update(done, total);

                for (Map.Entry<String, byte[]> extra : state.extraFiles().entrySet()) {
                    current = extra.getKey();
                    files.add(writeBytes(tmp.resolve(extra.getKey()), extra.getValue()));
                    done += extra.getValue().length;
                    report.update(done, total);
                }

                current = SnapshotFormat.MANIFEST;
                complete(manifest, state, claim.name(), created, files);
                saveManifest(manifest, tmp.resolve(SnapshotFormat.MANIFEST));
                forceDirectory(tmp);

                current = null;
                Path target = store.resolve(claim.name());
                StoreCalls.renameNoReplace(tmp, target);
                published = target;
                forceDirectory(store);
                return new StoredSnapshot(target, manifest, true);
            } catch (IOException e) {
                discard(tmp, published, e);
                throw writeFailure(e, current, total);
            } catch (CruiseException | RuntimeException | Error e) {
                discard(tmp, published, e);
                throw e;
            }
        }
    }

    /**
     * Starts allocating store space for the next snapshot's core (about coreBytes) in the
     * background; the next {@link #write} uses it. Replaces an earlier reservation not used yet.
     * Best effort: where the space cannot be allocated, the next write simply allocates as it goes.
     */
    public synchronized void reserveAhead(long coreBytes) {
        if (reservation != null) {
            reservationCancelled.set(true);
            reservation.thenAccept(CoreReservation::close);
        }
        int sequence = reservations.incrementAndGet();
        AtomicBoolean cancelled = new AtomicBoolean();
        reservationCancelled = cancelled;
        reservation = CompletableFuture.supplyAsync(() -> {
            try {
                return CoreReservation.make(store, coreBytes, sequence, cancelled::get);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, RESERVER);
    }

    /**
     * Stops the allocation for the next snapshot where it is (after the chunk it is at): a
     * checkpoint begins, and the stop must not share the machine with it. The next
     * {@link #write} uses what was allocated.
     */
    public synchronized void finishReserving() {
        reservationCancelled.set(true);
    }

    /**
     * The reservation for this write, waiting for the chunk being allocated; null if there is none
     * or it failed.
     */
    private synchronized CoreReservation takeReservation() {
        CompletableFuture<CoreReservation> r = reservation;
        reservation = null;
        if (r == null) {
            return null;
        }
        reservationCancelled.set(true);
        try {
            return r.join();
        } catch (CompletionException | CancellationException e) {
            return null;
        }
    }

    /** Gives back the space reserved for a snapshot that will not be written. */
    @Override
    public void close() {
        CoreReservation r = takeReservation();
        if (r != null) {
            r.close();
        }
    }

    /** One daemon thread for all writers: allocating is I/O the checkpointer never waits for. */
    private static final Executor RESERVER = Executors.newSingleThreadExecutor(
            task -> Thread.ofPlatform().name("cruise-store-reserve").daemon().unstarted(task));

    private record Claim(String name, Path temporary, StoreCalls.DirectoryLock lock) {
    }

    /**
     * Creates and locks the temporary directory for the first free name. mkdir is the claim: two
     * writers cannot both create the same directory. The lock is taken at once; if a concurrent
     * {@link Snapshots#removeStale} got there first (it locks what it deletes), the name is given up.
     */
    private Claim claim(String base) throws CruiseException {
        for (int attempt = 1; attempt <= 1000; attempt++) {
            String name = attempt == 1 ? base : base + "-" + attempt;
            Path temporary = store.resolve(SnapshotFormat.TEMPORARY_PREFIX + name);
            if (Files.exists(store.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try {
                Files.createDirectory(temporary, SnapshotFormat.directoryMode());
            } catch (FileAlreadyExistsException e) {
                continue;
            } catch (IOException e) {
                throw writeFailure(e, null, 0);
            }
            StoreCalls.DirectoryLock lock;
            try {
                lock = StoreCalls.DirectoryLock.tryLock(temporary);
            } catch (IOException e) {
                continue; // removed by a cleaner between our mkdir and our open
            }
            if (lock == null) {
                continue; // a cleaner holds it and will remove it
            }
            if (!Files.isDirectory(temporary, LinkOption.NOFOLLOW_LINKS)) {
                lock.close(); // a cleaner removed it after our open; our lock is on a deleted directory
                continue;
            }
            return new Claim(name, temporary, lock);
        }
        throw new CruiseException(ExitCode.INTERNAL, "no free snapshot name " + base + "[-N] in " + store);
    }

    private static Instant creationTime(Snapshot manifest) {
        if (manifest.getCreated() != null) {
            return manifest.getCreated().toInstant();
        }
        if (manifest.getTrigger() != null && manifest.getTrigger().getTime() != null) {
            return manifest.getTrigger().getTime().toInstant();
        }
        return Instant.now();
    }

    private static long executableSize(CapturedState state) throws CruiseException {
        try {
            return Files.size(state.executable());
        } catch (IOException e) {
            throw new CruiseException(ExitCode.TARGET, "cannot read the program's executable " + state.executable()
                    + ": " + reason(e), e);
        }
    }

    private void checkFreeSpace(long total) throws CruiseException {
        long needed = total + MANIFEST_ALLOWANCE;
        long free;
        try {
            // Root may also fill the blocks a file system reserves for it; others only the usable ones.
            var fileStore = Files.getFileStore(store);
            free = LibC.geteuid() == 0 ? fileStore.getUnallocatedSpace() : fileStore.getUsableSpace();
        } catch (IOException e) {
            return; // no statfs: the write itself will tell
        }
        if (free < needed) {
            throw new CruiseException(ExitCode.USAGE, "cannot write snapshot into " + store + ": disk full: the snapshot"
                    + " needs " + Sizes.format(needed) + ", " + Sizes.format(free) + " are free");
        }
    }

    private static Path createFile(Path file) throws IOException {
        return Files.createFile(file, SnapshotFormat.fileMode());
    }

    private static SnapshotFile fileRecord(String name, long size, String checksum) {
        SnapshotFile file = CruiseFactory.eINSTANCE.createSnapshotFile();
        file.setName(name);
        file.setSize(size);
        file.setChecksum(checksum);
        return file;
    }

    /** Copies the executable and checksums what was copied, in one pass. */
    private static SnapshotFile copyExecutable(Path source, Path target) throws IOException, CruiseException {
        FileChannel in;
        try {
            in = FileChannel.open(source, StandardOpenOption.READ);
        } catch (IOException e) {
            throw new CruiseException(ExitCode.TARGET, "cannot read the program's executable " + source + ": "
                    + reason(e), e);
        }
        try (in; FileChannel out = FileChannel.open(target, Set.of(StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE), SnapshotFormat.fileMode())) {
            Checksum.Stream checksum = new Checksum.Stream();
            ByteBuffer buffer = ByteBuffer.allocateDirect(COPY_BUFFER);
            long size = 0;
            while (true) {
                buffer.clear();
                int n;
                try {
                    n = in.read(buffer);
                } catch (IOException e) {
                    throw new CruiseException(ExitCode.TARGET, "cannot read the program's executable " + source
                            + ": " + reason(e), e);
                }
                if (n < 0) {
                    break;
                }
                buffer.flip();
                checksum.update(buffer.duplicate());
                CoreFileWriter.writeFully(out, buffer, size);
                size += n;
            }
            out.force(true);
            return fileRecord(SnapshotFormat.EXECUTABLE, size, checksum.finish());
        }
    }

    private static SnapshotFile writeBytes(Path target, byte[] data) throws IOException {
        try (FileChannel out = FileChannel.open(target, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                SnapshotFormat.fileMode())) {
            CoreFileWriter.writeFully(out, ByteBuffer.wrap(data), 0);
            out.force(true);
            Checksum.Stream checksum = new Checksum.Stream();
            checksum.update(data, 0, data.length);
            return fileRecord(target.getFileName().toString(), data.length, checksum.finish());
        }
    }

    /**
     * Completes the manifest copy: identity, files, and every field that derives from the register
     * files and the auxiliary vector, so that manifest and core cannot disagree.
     */
    private static void complete(Snapshot manifest, CapturedState state, String name, Instant created,
            List<SnapshotFile> files) {
        manifest.setId(name);
        manifest.setFormatVersion(SnapshotFormat.VERSION);
        manifest.setCreated(Date.from(created));
        for (ThreadState thread : manifest.getThreads()) {
            ThreadRegisters r = state.registers().get(thread.getTid());
            long[] w = r.regs().toArray();
            thread.setRegisters(registers(w));
            thread.setFsBase(w[UserRegs.FS_BASE]);
            thread.setGsBase(w[UserRegs.GS_BASE]);
            thread.setSigmask(r.sigmask());
            thread.setXstateSize(r.xstate().length);
        }
        if (manifest.getProcess().getAuxv().isEmpty()) {
            ByteBuffer auxv = ByteBuffer.wrap(state.auxv()).order(java.nio.ByteOrder.LITTLE_ENDIAN);
            while (auxv.remaining() >= 16) {
                long type = auxv.getLong();
                long value = auxv.getLong();
                if (type == 0) {
                    break;
                }
                AuxvEntry entry = CruiseFactory.eINSTANCE.createAuxvEntry();
                entry.setType(type);
                entry.setValue(value);
                manifest.getProcess().getAuxv().add(entry);
            }
        }
        manifest.getFiles().clear();
        manifest.getFiles().addAll(files);
    }

    private static Registers registers(long[] w) {
        Registers r = CruiseFactory.eINSTANCE.createRegisters();
        r.setR15(w[UserRegs.R15]);
        r.setR14(w[UserRegs.R14]);
        r.setR13(w[UserRegs.R13]);
        r.setR12(w[UserRegs.R12]);
        r.setRbp(w[UserRegs.RBP]);
        r.setRbx(w[UserRegs.RBX]);
        r.setR11(w[UserRegs.R11]);
        r.setR10(w[UserRegs.R10]);
        r.setR9(w[UserRegs.R9]);
        r.setR8(w[UserRegs.R8]);
        r.setRax(w[UserRegs.RAX]);
        r.setRcx(w[UserRegs.RCX]);
        r.setRdx(w[UserRegs.RDX]);
        r.setRsi(w[UserRegs.RSI]);
        r.setRdi(w[UserRegs.RDI]);
        r.setOrigRax(w[UserRegs.ORIG_RAX]);
        r.setRip(w[UserRegs.RIP]);
        r.setCs(w[UserRegs.CS]);
        r.setEflags(w[UserRegs.EFLAGS]);
        r.setRsp(w[UserRegs.RSP]);
        r.setSs(w[UserRegs.SS]);
        r.setDs(w[UserRegs.DS]);
        r.setEs(w[UserRegs.ES]);
        r.setFs(w[UserRegs.FS]);
        r.setGs(w[UserRegs.GS]);
        return r;
    }

    /**
     * Serializes the manifest as ModelIO does (same package registration and options), but into a file
     * created 0600: ModelIO.save creates its files with the umask's mode.
     */
    private static void saveManifest(Snapshot manifest, Path file) throws IOException {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getPackageRegistry().put(CruisePackage.eNS_URI, CruisePackage.eINSTANCE);
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap()
                .put(Resource.Factory.Registry.DEFAULT_EXTENSION, new XMIResourceFactoryImpl());
        Resource resource = resourceSet.createResource(URI.createFileURI(file.toString()));
        resource.getContents().add(manifest);
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_ENCODING, "UTF-8");
        options.put(XMIResource.OPTION_PROCESS_DANGLING_HREF, XMIResource.OPTION_PROCESS_DANGLING_HREF_THROW);
        try (FileChannel channel = FileChannel.open(file, Set.of(StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE), SnapshotFormat.fileMode())) {
            OutputStream out = Channels.newOutputStream(channel);
            resource.save(out, options);
            out.flush();
            channel.force(true);
        }
    }

    /** fsync of a directory: makes the names created in it (or the rename into it) durable. */
    static void forceDirectory(Path directory) throws IOException {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }

    /**
     * Removes what a failed write left. That includes the renamed snapshot if only the final fsync of
     * the store failed: a snapshot whose name may not survive a crash is not reported as written.
     */
    private static void discard(Path temporary, Path published, Throwable failure) {
        for (Path path : new Path[] { temporary, published }) {
            if (path == null) {
                continue;
            }
            try {
                Snapshots.deleteTree(path);
            } catch (IOException e) {
                failure.addSuppressed(e);
            }
        }
    }

    private CruiseException writeFailure(IOException e, String file, long total) {
        String where = file == null ? "" : " (writing " + file + ")";
        if (isDiskFull(e)) {
            String needed = total > 0 ? "; the snapshot needs " + Sizes.format(total + MANIFEST_ALLOWANCE) : "";
            return new CruiseException(ExitCode.USAGE, "cannot write snapshot into " + store + ": disk full" + where
                    + needed, e);
        }
        return new CruiseException(ExitCode.USAGE, "cannot write snapshot into " + store + where + ": " + reason(e), e);
    }

    /** ENOSPC and EDQUOT, however Java or libelf phrased them. */
    static boolean isDiskFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (String text : new String[] { t.getMessage(), t instanceof FileSystemException f ? f.getReason() : null }) {
                if (text != null && (text.contains("No space left on device") || text.contains("Disk quota exceeded"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** An I/O failure in words: Java leaves the reason out of the message of some exceptions. */
    static String reason(IOException e) {
        if (e instanceof NoSuchFileException f) {
            return f.getFile() + ": no such file or directory";
        }
        if (e instanceof AccessDeniedException f) {
            return f.getFile() + ": permission denied";
        }
        if (e instanceof FileAlreadyExistsException f) {
            return f.getFile() + ": already exists";
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
