package org.cruise.core.checkpoint;

import java.util.List;

import org.cruise.core.CruiseException;
import org.cruise.core.ExitCode;
import org.cruise.core.checkpoint.CheckpointSession.CaptureContext;
import org.cruise.core.sys.NativeException;

/**
 * Chooses the {@link MemoryFreeze} route: userfaultfd write protection where the kernel allows it
 * (root, or vm.unprivileged_userfaultfd=1, and a kernel with UFFD_FEATURE_WP_UNPOPULATED: 6.4),
 * otherwise the fork. The environment variable CRUISE_FREEZE (or the system property cruise.freeze)
 * set to "fork" or "userfaultfd" forces one route, for benchmarks and tests; a forced userfaultfd
 * that is unavailable is an error instead of a fallback.
 */
final class MemoryFreezes {
    static final String FORK = "fork";
    static final String USERFAULTFD = "userfaultfd";

    private MemoryFreezes() {
    }

    /** Freezes the memory of the stopped target through its stopped thread tid. */
    static MemoryFreeze freeze(CaptureContext ctx, int tid, List<Long> stackPointers, KnownRegions known)
            throws CruiseException, NativeException {
        String forced = System.getProperty("cruise.freeze", System.getenv("CRUISE_FREEZE"));
        if (!FORK.equals(forced)) {
            MemoryFreeze uffd = UffdFreeze.tryCreate(ctx, tid, stackPointers, known);
            if (uffd != null) {
                return uffd;
            }
            if (USERFAULTFD.equals(forced)) {
                throw new CruiseException(ExitCode.REFUSED, "CRUISE_FREEZE=userfaultfd, but the kernel refused"
                        + " write protection for pid " + ctx.process().pid() + " (set CRUISE_TIMING=1 to see why)");
            }
        }
        return ForkFreeze.create(ctx, tid, stackPointers, known);
    }
}
