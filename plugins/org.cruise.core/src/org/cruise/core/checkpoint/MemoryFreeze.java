package org.cruise.core.checkpoint;

import java.nio.file.Path;
import java.util.List;

import org.cruise.core.CruiseException;
import org.cruise.core.capture.ProcessInfoCapture;
import org.cruise.core.snapshot.MemorySource;
import org.cruise.core.sys.NativeException;
import org.cruise.model.MemoryRegion;
import org.cruise.model.SignalAction;

/**
 * How the memory of the checkpoint instant is kept while the target runs on and the snapshot is
 * written: a route chosen while the target is stopped ({@link MemoryFreezes#freeze}). Either a
 * copy-on-write fork of the target ({@link ForkFreeze}), or write protection of the target's own
 * large anonymous memory by userfaultfd ({@link UffdFreeze}), whose protection is kept between
 * checkpoints ({@link WriteTracking}) so that its stopped time follows what the target wrote since
 * the last checkpoint rather than its size.
 * <p>
 * Life cycle, on the tracer thread: made while the target is stopped; the target is resumed;
 * {@link #view} and {@link #memory} serve the writer; {@link #end} after a written snapshot;
 * {@link #close} always (after a failure it cleans up as well as it can).
 */
interface MemoryFreeze extends AutoCloseable {

    /** What the snapshot holds about the process besides threads, fds and sockets, at the checkpoint instant. */
    record ProcessView(ProcessInfoCapture.Result info, List<SignalAction> signals, List<MemoryRegion> regions,
            Path executable, int procPid) {
    }

    /** "userfaultfd" or "fork", for the timing output. */
    String route();

    /** The process facts of the checkpoint instant. Called once, after the target was resumed. */
    ProcessView view() throws CruiseException, NativeException;

    /** The memory of the checkpoint instant, for the snapshot writer's threads. */
    MemorySource memory();

    /**
     * Ends the freeze after the snapshot was written; the target runs on as before (with the
     * userfaultfd route its memory stays write-protected for the next checkpoint, until detach).
     */
    void end() throws CruiseException, NativeException;

    /** Releases everything the freeze holds; after a failure also what {@link #end} would have released. */
    @Override
    void close();
}
