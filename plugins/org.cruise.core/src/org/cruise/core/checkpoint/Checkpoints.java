package org.cruise.core.checkpoint;

import java.nio.file.Path;

import org.cruise.core.CruiseException;
import org.cruise.core.snapshot.SnapshotWriter;
import org.cruise.core.symbols.FunctionResolver;
import org.cruise.core.symbols.ResolvedFunction;
import org.cruise.core.trigger.WatchedFunction;

/** The engine's default parts for a checkpoint session: symbol lookup and the snapshot taker. */
public final class Checkpoints {

    /** Bytes written of total, for progress display. */
    @FunctionalInterface
    public interface ProgressListener {
        void progress(long done, long total);
    }

    private Checkpoints() {
    }

    /** Resolves names through the target's symbol tables (program and loaded libraries). */
    public static CheckpointSession.FunctionLookup functionLookup() {
        return (pid, name) -> {
            ResolvedFunction r = FunctionResolver.forProcess(pid).resolve(name);
            return r.entries().stream().map(e -> new WatchedFunction(name, e.symbol(), e.address())).toList();
        };
    }

    /**
     * Checks the store before anything is attached (a typo in --store must not even stop the
     * target): creates it 0700 if missing, refuses a store that is not a writable directory.
     */
    public static void prepareStore(Path store) throws CruiseException {
        SnapshotWriter.open(store);
        // Leftovers of a checkpointer that died mid-write are not snapshots; their writer is gone.
        org.cruise.core.snapshot.Snapshots.removeStale(store);
    }

    /** Writes snapshots into store, keeping the newest keepLast (0: all). */
    public static CheckpointSession.SnapshotTaker snapshotTaker(Path store, boolean tcp, int keepLast,
            ProgressListener progress) throws CruiseException {
        return SnapshotCapture.into(store, tcp, keepLast, progress::progress);
    }
}
