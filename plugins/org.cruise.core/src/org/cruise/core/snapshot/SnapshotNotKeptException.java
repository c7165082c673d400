package org.cruise.core.snapshot;

import org.cruise.core.CruiseException;
import org.cruise.core.ExitCode;

/**
 * The memory source could not vouch that what it delivered was the memory of one instant
 * ({@link MemorySource#finish}), e.g. the target freed memory while it was being saved. Nothing was
 * left in the store; the target is unaffected, and a checkpointer may simply wait for the next
 * trigger.
 */
public final class SnapshotNotKeptException extends CruiseException {
    private static final long serialVersionUID = 1L;

    public SnapshotNotKeptException(String message, Throwable cause) {
        super(ExitCode.TARGET, message, cause);
    }
}
