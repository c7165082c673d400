package org.cruise.core.snapshot;

import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.cruise.core.ptrace.ThreadRegisters;
import org.cruise.model.Snapshot;
import org.cruise.model.ThreadState;

/**
 * Everything a capture hands to the {@link SnapshotWriter}: the manifest model and what does not
 * belong in it (register files, the raw auxiliary vector, the memory itself, extra files).
 *
 * @param model the manifest: process, threads (with frames), regions (with {@code saved} set for
 *        every region whose contents go into the core), file descriptors, signal actions and the
 *        trigger. The writer never modifies it: it writes a copy completed with id, format version,
 *        register fields and the file list.
 * @param registers each thread's registers by tid, exactly one entry per thread of the model
 * @param auxv the auxiliary vector as read from /proc/PID/auxv (pairs of 64-bit words, ending with
 *        AT_NULL); gdb needs it to relocate a position-independent program
 * @param memory where the saved regions are read from
 * @param executable the program's executable file, copied into the snapshot because an update
 *        overwrites it in place (/proc/PID/exe also works for an executable deleted meanwhile)
 * @param extraFiles further files by name (e.g. TCP queue contents), see
 *        {@link SnapshotFormat#isValidExtraFileName}
 */
public record CapturedState(Snapshot model, Map<Integer, ThreadRegisters> registers, byte[] auxv,
        MemorySource memory, Path executable, Map<String, byte[]> extraFiles) {

    /** Size of the FXSAVE area every thread must have (NT_PRFPREG). */
    static final int FPREGS_SIZE = 512;
    /** The XSAVE area starts with the FXSAVE area and a 64-byte header. */
    static final int XSTATE_MIN_SIZE = FPREGS_SIZE + 64;

    /**
     * @throws IllegalArgumentException if the parts do not fit together (a thread without
     *         registers, registers of a thread not in the model, a malformed auxiliary vector,
     *         register areas of the wrong size, a bad extra file name): these are bugs of the capture
     */
    public CapturedState {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(model.getProcess(), "model.process");
        Objects.requireNonNull(memory, "memory");
        Objects.requireNonNull(executable, "executable");
        Objects.requireNonNull(auxv, "auxv");
        registers = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(registers, "registers")));
        extraFiles = Collections.unmodifiableMap(new LinkedHashMap<>(extraFiles == null ? Map.of() : extraFiles));

        if (model.getThreads().isEmpty()) {
            throw new IllegalArgumentException("the model has no threads");
        }
        Set<Integer> tids = new HashSet<>();
        for (ThreadState thread : model.getThreads()) {
            if (!tids.add(thread.getTid())) {
                throw new IllegalArgumentException("thread " + thread.getTid() + " appears twice in the model");
            }
            ThreadRegisters r = registers.get(thread.getTid());
            if (r == null) {
                throw new IllegalArgumentException("no registers for thread " + thread.getTid());
            }
            if (r.tid() != thread.getTid()) {
                throw new IllegalArgumentException("registers of thread " + r.tid() + " filed under " + thread.getTid());
            }
            if (r.fpregs() == null || r.fpregs().length != FPREGS_SIZE) {
                throw new IllegalArgumentException("thread " + thread.getTid() + ": FXSAVE area must be "
                        + FPREGS_SIZE + " bytes");
            }
            if (r.xstate() == null || r.xstate().length < XSTATE_MIN_SIZE) {
                throw new IllegalArgumentException("thread " + thread.getTid() + ": XSAVE area must be at least "
                        + XSTATE_MIN_SIZE + " bytes");
            }
        }
        for (Integer tid : registers.keySet()) {
            if (!tids.contains(tid)) {
                throw new IllegalArgumentException("registers given for thread " + tid + ", which is not in the model");
            }
        }
        if (model.getTrigger() != null && !tids.contains(model.getTrigger().getThreadId())) {
            throw new IllegalArgumentException("trigger thread " + model.getTrigger().getThreadId()
                    + " is not among the threads");
        }
        if (auxv.length == 0 || auxv.length % 16 != 0) {
            throw new IllegalArgumentException("auxv must be pairs of 64-bit words, got " + auxv.length + " bytes");
        }
        for (String name : extraFiles.keySet()) {
            if (!SnapshotFormat.isValidExtraFileName(name)) {
                throw new IllegalArgumentException("invalid extra file name '" + name + "'");
            }
            Objects.requireNonNull(extraFiles.get(name), name);
        }
    }

    /**
     * The thread that fired the trigger, or the model's first thread when there is no trigger: it
     * comes first in the core, so gdb makes it the current thread.
     */
    public int firstThread() {
        return model.getTrigger() != null ? model.getTrigger().getThreadId() : model.getThreads().get(0).getTid();
    }
}
