package org.cruise.core.trigger;

import java.util.List;
import java.util.Optional;

import org.cruise.core.CruiseException;
import org.cruise.core.sys.NativeException;

/**
 * How returns of watched functions are caught. The ptrace backend plants breakpoints; a kernel
 * module backend (uretprobes) comes with its own issue. All methods run on the tracer thread
 * while the relevant thread is stopped.
 */
public interface TriggerBackend {

    /** Starts watching a function; at once, also while the process runs. */
    void arm(WatchedFunction function) throws NativeException, CruiseException;

    /**
     * Stops watching every entry armed under name; calls already inside the function no longer
     * fire either.
     */
    void disarm(String name) throws NativeException, CruiseException;

    List<WatchedFunction> armed();

    /**
     * A thread stopped with SIGTRAP whose si_code, read at the stop, was trapCode. Returns the hit if a watched function returned (the thread
     * stays stopped at the return address; call {@link #resume} after the checkpoint), or empty
     * when the backend dealt with the trap itself and resumed the thread: its own breakpoints,
     * and SIGTRAPs of the program's own, which are delivered to it.
     */
    Optional<TriggerHit> onTrap(int tid, int trapCode) throws NativeException, CruiseException;

    /** Lets a thread stopped at a hit run on. */
    void resume(int tid) throws NativeException, CruiseException;

    /**
     * The original bytes under every breakpoint now planted, by address: a copy of the process
     * (a snapshot's memory) must show the program's code, not our int3s.
     */
    java.util.Map<Long, Byte> plantedBytes();

    /** Removes every trace of the backend from the process (no breakpoint left); threads stay stopped. */
    void removeAll() throws NativeException, CruiseException;
}
