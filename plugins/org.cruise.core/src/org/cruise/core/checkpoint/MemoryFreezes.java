package org.cruise.core.checkpoint;

import java.io.IOException;
import java.util.List;

import org.cruise.core.CruiseException;
import org.cruise.core.ExitCode;
import org.cruise.core.checkpoint.CheckpointSession.CaptureContext;
import org.cruise.core.proc.ProcMaps;
import org.cruise.core.sys.NativeException;

/**
 * Chooses the {@link MemoryFreeze} route for one session: userfaultfd write protection where the
 * kernel allows it (root, or vm.unprivileged_userfaultfd=1, and a kernel with
 * UFFD_FEATURE_WP_UNPOPULATED: 6.4, and PAGEMAP_SCAN: 6.7), otherwise the fork. The environment
 * variable CRUISE_FREEZE (or the system property cruise.freeze) set to "fork" or "userfaultfd"
 * forces one route, for benchmarks and tests; a forced userfaultfd that is unavailable is an error
 * instead of a fallback.
 * <p>
 * The userfaultfd route keeps its {@link WriteTracking} from arming to detach, so that each
 * checkpoint re-protects only what was written since the last.
 */
final class MemoryFreezes implements AutoCloseable {
    static final String FORK = "fork";
    static final String USERFAULTFD = "userfaultfd";

    private WriteTracking tracking;

    private static String forced() {
        return System.getProperty("cruise.freeze", System.getenv("CRUISE_FREEZE"));
    }

    /**
     * While the target is stopped for arming (thread tid stopped): protects its memory now, so
     * that the first checkpoint is as short as the later ones. A refusal is not an error here; the
     * first checkpoint then tries again or forks.
     */
    void arm(CaptureContext ctx, int tid) throws CruiseException {
        if (FORK.equals(forced()) || tracking != null) {
            return;
        }
        int pid = ctx.process().pid();
        tracking = WriteTracking.tryCreate(ctx.injector(), pid, tid);
        if (tracking == null) {
            return;
        }
        try {
            if (tracking.protect(ProcMaps.read(pid), null) == null) {
                dropTracking();
            }
        } catch (NativeException | IOException e) {
            dropTracking();
        }
    }

    /** Freezes the memory of the stopped target through its stopped thread tid. */
    MemoryFreeze freeze(CaptureContext ctx, int tid, List<Long> stackPointers, KnownRegions known)
            throws CruiseException, NativeException {
        String forced = forced();
        if (!FORK.equals(forced)) {
            if (tracking == null) {
                tracking = WriteTracking.tryCreate(ctx.injector(), ctx.process().pid(), tid);
            }
            if (tracking != null) {
                MemoryFreeze uffd;
                try {
                    uffd = UffdFreeze.tryCreate(ctx, tid, stackPointers, known, tracking);
                } catch (CruiseException | NativeException | RuntimeException e) {
                    dropTracking(); // what is protected is not known any more
                    throw e;
                }
                if (uffd != null) {
                    return uffd;
                }
                dropTracking();
            }
            if (USERFAULTFD.equals(forced)) {
                throw new CruiseException(ExitCode.REFUSED, "CRUISE_FREEZE=userfaultfd, but the kernel refused"
                        + " write protection for pid " + ctx.process().pid() + " (set CRUISE_TIMING=1 to see why)");
            }
        }
        return ForkFreeze.create(ctx, tid, stackPointers, known);
    }

    private void dropTracking() {
        if (tracking != null) {
            tracking.close();
            tracking = null;
        }
    }

    /** At detach: the target keeps no registration, protection or file of ours. */
    @Override
    public void close() {
        dropTracking();
    }
}
