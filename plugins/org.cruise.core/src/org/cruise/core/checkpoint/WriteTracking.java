package org.cruise.core.checkpoint;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.cruise.core.CruiseException;
import org.cruise.core.proc.Mapping;
import org.cruise.core.proc.PagemapScan;
import org.cruise.core.ptrace.RemoteUserfaultfd;
import org.cruise.core.ptrace.SyscallInjector;
import org.cruise.core.sys.NativeException;

import com.sun.jna.Memory;

/**
 * The target's large private anonymous regions, kept registered and write-protected with one
 * synchronous userfaultfd for the whole session (from arming on), so that a checkpoint has to
 * re-protect only the pages written since the previous one instead of every page: the stopped
 * time then follows what the target wrote, not its size (issue #3).
 * <p>
 * Between checkpoints nobody saves pages: the handler thread lifts the protection of a written
 * page (and its aligned 64 KiB) as soon as its fault arrives (one fault per first write of such
 * a chunk and interval, the cost the target pays for this route; docs/benchmarks.md). While a snapshot is being written ({@link #capture} set)
 * it first hands the page's contents to the {@link UffdFreeze}. At a checkpoint, with the target
 * stopped, PAGEMAP_SCAN of /proc/PID/pagemap names the pages of each tracked region that are no
 * longer protected (written, or freed by madvise: an empty entry counts as written), and only
 * those runs are protected again; regions that appeared since are registered and protected
 * whole, vanished ones are forgotten.
 * <p>
 * The userfaultfd is ours (its creation left no trace in the target's file table); {@link #close}
 * unregisters everything, which also clears every protection, so the target runs on unwatched.
 */
final class WriteTracking implements AutoCloseable {
    private static final long PAGE = 4096;
    /**
     * Between snapshots a fault lifts the protection of the aligned 64 KiB around the page: a
     * program writing its memory in order takes one fault per 16 pages instead of one per page,
     * and the next checkpoint re-protects one run of 16 pages (a cost per run, not per page).
     */
    private static final long IDLE_CHUNK = 16 * PAGE;
    private static final long FEATURES = RemoteUserfaultfd.FEATURE_WP_UNPOPULATED
            | RemoteUserfaultfd.FEATURE_EVENT_REMOVE | RemoteUserfaultfd.FEATURE_EVENT_UNMAP
            | RemoteUserfaultfd.FEATURE_EVENT_REMAP;

    private final int pid;
    private final RemoteUserfaultfd uffd;
    private final PagemapScan pagemap;
    /** Held while messages are handled and while {@link #capture} changes. */
    private final Object lock = new Object();
    /** The regions registered and protected at the last checkpoint (or arming), as maps lines. */
    private Set<Mapping> tracked = new HashSet<>();
    /** The snapshot being written, which keeps the old contents of written pages; null between snapshots. */
    private UffdFreeze capture;
    private final Thread handler;
    private volatile boolean stopping;
    private volatile Throwable handlerFailure;
    private boolean closed;

    private WriteTracking(int pid, RemoteUserfaultfd uffd, PagemapScan pagemap) {
        this.pid = pid;
        this.uffd = uffd;
        this.pagemap = pagemap;
        this.handler = Thread.ofPlatform().name("cruise-uffd-" + pid).daemon().unstarted(this::handleFaults);
    }

    /**
     * A userfaultfd for the memory of the stopped target, through its stopped thread tid; null if
     * the kernel offers none (the target is unchanged then).
     */
    static WriteTracking tryCreate(SyscallInjector injector, int pid, int tid) throws CruiseException {
        RemoteUserfaultfd uffd;
        try {
            uffd = RemoteUserfaultfd.create(injector, pid, tid, FEATURES);
        } catch (NativeException e) {
            Phases.note("userfaultfd unavailable: " + e.getMessage());
            return null;
        }
        PagemapScan pagemap;
        try {
            pagemap = PagemapScan.open(pid);
        } catch (NativeException e) {
            uffd.close();
            Phases.note("no pagemap: " + e.getMessage());
            return null;
        }
        WriteTracking t = new WriteTracking(pid, uffd, pagemap);
        t.handler.start();
        return t;
    }

    /**
     * With the target stopped: makes every protectable region of maps protected again, as cheaply
     * as possible, and from now on saves written pages into freeze (null: nobody saves, at arming).
     * Returns the protected ranges, or null if the kernel refused to register a region (then the
     * caller closes this tracking). A NativeException leaves the protection unknown: close it too.
     */
    List<long[]> protect(List<Mapping> maps, UffdFreeze freeze) throws NativeException {
        // Before anything is protected again: a fault still queued from before the stop must
        // save the page (its contents are still those of the checkpoint), not just lift its protection.
        synchronized (lock) {
            capture = freeze;
        }
        Set<Mapping> now = new HashSet<>();
        List<long[]> toProtect = new ArrayList<>();
        List<long[]> ranges = new ArrayList<>();
        long written = 0;
        for (Mapping m : maps) {
            if (!UffdFreeze.protectable(m)) {
                continue;
            }
            if (tracked.contains(m)) {
                for (long[] run : pagemap.written(m.start(), m.end())) {
                    toProtect.add(run);
                    written += run[1] - run[0];
                }
            } else {
                try {
                    // Registering again a range that is registered already (a region that grew) is allowed.
                    uffd.registerWriteProtect(m.start(), m.end());
                } catch (NativeException e) {
                    Phases.note("userfaultfd refused " + Long.toHexString(m.start()) + ": " + e.getMessage());
                    return null;
                }
                toProtect.add(new long[] { m.start(), m.end() });
                written += m.size();
            }
            now.add(m);
            ranges.add(new long[] { m.start(), m.end() });
        }
        Phases.mark("scan written pages", written >> 10, "KiB");
        writeProtect(toProtect);
        tracked = now;
        Phases.mark("write-protect");
        return ranges;
    }

    /** Nobody saves pages any more: written pages are just unprotected. */
    void endCapture(UffdFreeze freeze) {
        synchronized (lock) {
            if (capture == freeze) {
                capture = null;
            }
        }
    }

    /** Handles every message pending now (so that the events up to now have reached the capture). */
    void drainNow() throws NativeException {
        synchronized (lock) {
            try (Memory messages = new Memory(RemoteUserfaultfd.MESSAGE_SIZE * 64)) {
                drain(messages);
            }
        }
        if (handlerFailure != null) {
            throw new NativeException("userfaultfd handler failed: " + handlerFailure, 5);
        }
    }

    /**
     * Write-protects the ranges. The kernel's cost is per page table entry (about 25 ms per
     * 500 MiB of populated 4 KiB pages); the ioctl holds the memory map only for reading, so two
     * threads protecting the two halves overlap on two cores.
     */
    private void writeProtect(List<long[]> ranges) throws NativeException {
        long total = 0;
        for (long[] p : ranges) {
            total += p[1] - p[0];
        }
        List<long[]> first = new ArrayList<>();
        List<long[]> second = new ArrayList<>();
        long half = total / 2;
        long seen = 0;
        for (long[] p : ranges) {
            // Split at a 2 MiB boundary: one page table page is never shared by the two threads.
            long split = Math.min(p[1], Math.max(p[0], (p[0] + half - seen) & ~((2L << 20) - 1)));
            if (split > p[0]) {
                first.add(new long[] { p[0], split });
            }
            if (split < p[1]) {
                second.add(new long[] { split, p[1] });
            }
            seen += p[1] - p[0];
        }
        NativeException[] failure = new NativeException[1];
        // A helper thread only pays off for a large amount (starting it costs ~0.1 ms).
        Thread helper = second.isEmpty() || total < (64L << 20) || Runtime.getRuntime().availableProcessors() < 2
                ? null
                : Thread.ofPlatform().name("cruise-uffd-protect").start(() -> {
                    try {
                        for (long[] p : second) {
                            uffd.writeProtect(p[0], p[1], true);
                        }
                    } catch (NativeException e) {
                        failure[0] = e;
                    }
                });
        for (long[] p : first) {
            uffd.writeProtect(p[0], p[1], true);
        }
        if (helper == null) {
            for (long[] p : second) {
                uffd.writeProtect(p[0], p[1], true);
            }
        } else {
            boolean interrupted = false;
            while (true) {
                try {
                    helper.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        if (failure[0] != null) {
            throw failure[0];
        }
    }

    /** The handler thread. */
    private void handleFaults() {
        try (Memory messages = new Memory(RemoteUserfaultfd.MESSAGE_SIZE * 64)) {
            while (!stopping) {
                // A short timeout: close() waits for this loop to notice it should stop.
                if (uffd.poll(2)) {
                    int handled;
                    synchronized (lock) {
                        handled = drain(messages);
                    }
                    if (handled == 0) {
                        Thread.sleep(1); // readable but nothing to read: the target's memory is going away
                    }
                }
            }
        } catch (Throwable t) {
            handlerFailure = t;
        }
    }

    /** Reads and handles every pending message; holds {@link #lock}. */
    private int drain(Memory messages) throws NativeException {
        int n;
        int total = 0;
        while ((n = uffd.readMessages(messages)) > 0) {
            total += n;
            for (int i = 0; i < n; i++) {
                long at = (long) i * RemoteUserfaultfd.MESSAGE_SIZE;
                int event = messages.getByte(at) & 0xff;
                long a = messages.getLong(at + 8);
                long b = messages.getLong(at + 16);
                switch (event) {
                case RemoteUserfaultfd.EVENT_PAGEFAULT -> {
                    long page = b & ~(PAGE - 1);
                    if (capture != null) {
                        capture.save(page);
                    } else {
                        long chunk = b & ~(IDLE_CHUNK - 1);
                        try {
                            uffd.writeProtect(chunk, chunk + IDLE_CHUNK, false);
                            continue;
                        } catch (NativeException e) {
                            // the chunk reaches beyond the registered region: just the page
                        }
                    }
                    try {
                        uffd.writeProtect(page, page + PAGE, false);
                    } catch (NativeException e) {
                        // unmapped since: an UNMAP event follows, and nobody waits on the page any more
                    }
                }
                // Between snapshots nothing to do: freed pages read as written at the next scan,
                // and a moved or unmapped region shows in the next memory map.
                case RemoteUserfaultfd.EVENT_REMOVE, RemoteUserfaultfd.EVENT_UNMAP -> {
                    if (capture != null) {
                        capture.removed(a, b);
                    }
                }
                case RemoteUserfaultfd.EVENT_REMAP -> {
                    if (capture != null) {
                        capture.removed(a, a + messages.getLong(at + 24));
                    }
                }
                default -> {
                }
                }
            }
        }
        return total;
    }

    /** Unregisters everything (clearing every protection) and closes the userfaultfd. Idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        stopping = true;
        boolean interrupted = false;
        while (handler.isAlive()) {
            try {
                handler.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        for (Mapping m : tracked) {
            try {
                uffd.unregister(m.start(), m.end());
            } catch (NativeException e) {
                // unmapped or changed meanwhile, or the target is gone: closing below ends the rest
            }
        }
        tracked.clear();
        uffd.close(); // ends every registration left, and wakes any thread still waiting on a fault
        pagemap.close();
    }

    int pid() {
        return pid;
    }
}
