package org.cruise.core.update;

import java.util.List;
import java.util.Map;

import org.cruise.core.CruiseException;
import org.cruise.core.ptrace.Ptrace;
import org.cruise.core.sys.LibC;
import org.cruise.core.sys.NativeException;
import org.cruise.core.sys.Spawn;
import org.cruise.core.unwind.Unwinder;

/**
 * The first unwind in a JVM costs a quarter of a second (native call-back and compilation set-up;
 * measured: later unwinds, also in a new libdwfl session, take 1-3 ms). An update must not pay it
 * while the process is stopped, so it is paid beforehand on a throwaway process of our own.
 */
final class UnwinderWarmUp {

    private static boolean done;

    private UnwinderWarmUp() {
    }

    /** On the tracer thread: unwinds a stopped child once. Best effort: a failure only costs time later. */
    static synchronized void run() {
        if (done) {
            return;
        }
        done = true;
        int child;
        try {
            child = Spawn.spawn("/bin/sleep", List.of("sleep", "60"), Map.of());
        } catch (NativeException e) {
            return;
        }
        try {
            Ptrace.seize(child, 0);
            Ptrace.interrupt(child);
            int[] status = new int[1];
            if (LibC.waitpid(child, status, LibC.WALL) == child && LibC.stopped(status[0])) {
                try (Unwinder unwinder = Unwinder.open(child)) {
                    unwinder.unwindAddresses(child, Ptrace.getRegs(child));
                }
            }
        } catch (NativeException | CruiseException | RuntimeException e) {
            // only a warm-up
        } finally {
            LibC.kill(child, LibC.SIGKILL);
            int[] status = new int[1];
            while (LibC.waitpid(child, status, LibC.WALL) == child && !(LibC.exited(status[0]) || LibC.signaled(status[0]))) {
                // ptrace stops on the way to the kill: keep waiting until it is reaped
            }
        }
    }
}
