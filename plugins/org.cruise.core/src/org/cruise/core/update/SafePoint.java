package org.cruise.core.update;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cruise.core.CruiseException;
import org.cruise.core.elf.ElfSymbol;
import org.cruise.core.ptrace.Ptrace;
import org.cruise.core.ptrace.TracedProcess;
import org.cruise.core.sys.NativeException;
import org.cruise.core.unwind.CallChain;
import org.cruise.core.unwind.Unwinder;
import org.cruise.model.Frame;

/**
 * The restorability check (paper 5.2.2): the process may switch to NEW only when no thread has a
 * frame of a changed or removed function on its stack, because such a frame would return into
 * code that no longer exists in that form. Frames are found by CFI unwinding.
 */
public final class SafePoint {

    public enum Verdict {
        /** Not OLD's code (a library) or an unchanged function: maps to the same place in NEW. */
        OK,
        /** A changed or removed function of OLD: blocks the update until it returns. */
        BLOCKS
    }

    /**
     * @param cfa the frame's canonical frame address: the caller's stack pointer, which the thread
     *        has again once this frame has returned
     */
    public record FrameVerdict(int tid, int index, long pc, long cfa, String function, long offset, Verdict verdict,
            String reason) {
        public String describe() {
            return String.format("thread %d #%d 0x%x %s%s: %s", tid, index, pc,
                    function == null ? "??" : function, function == null ? "" : "+" + offset,
                    verdict == Verdict.OK ? "ok" : "BLOCKS (" + reason + ")");
        }
    }

    public record Result(List<FrameVerdict> frames, List<String> incomplete) {
        public boolean safe() {
            // A chain cut short may hide a changed function's frame further out.
            if (!incomplete.isEmpty()) {
                return false;
            }
            for (FrameVerdict f : frames) {
                if (f.verdict() == Verdict.BLOCKS) {
                    return false;
                }
            }
            return true;
        }

        public List<FrameVerdict> blocking() {
            return frames.stream().filter(f -> f.verdict() == Verdict.BLOCKS).toList();
        }

        /**
         * Where each blocked thread becomes unblocked: the return of its outermost blocking frame
         * (then no changed frame is left below it), as {tid, return address, stack pointer after
         * the return}. A thread whose outermost blocking frame has no caller in the chain (a
         * changed main or thread function, or a chain cut short) has none.
         */
        public List<long[]> unblockingReturns() {
            List<long[]> out = new ArrayList<>();
            for (int i = 0; i < frames.size(); i++) {
                FrameVerdict f = frames.get(i);
                if (f.verdict() != Verdict.BLOCKS) {
                    continue;
                }
                boolean outermost = true;
                for (int j = i + 1; j < frames.size() && frames.get(j).tid() == f.tid(); j++) {
                    outermost &= frames.get(j).verdict() != Verdict.BLOCKS;
                }
                if (outermost && i + 1 < frames.size() && frames.get(i + 1).tid() == f.tid()) {
                    out.add(new long[] { f.tid(), frames.get(i + 1).pc(), f.cfa() });
                }
            }
            return out;
        }
    }

    private SafePoint() {
    }

    /** Checks every thread of a fully stopped process. */
    public static Result check(TracedProcess process, Unwinder unwinder, ProgramImage oldImage, long oldBias,
            ChangeSet changes) throws CruiseException, NativeException {
        return check(process, unwinder, oldImage, oldBias, changes, false);
    }

    /** As above; with names, frames outside OLD (libraries) are named too (for people, not for speed). */
    public static Result check(TracedProcess process, Unwinder unwinder, ProgramImage oldImage, long oldBias,
            ChangeSet changes, boolean names) throws CruiseException, NativeException {
        List<FrameVerdict> out = new ArrayList<>();
        List<String> incomplete = new ArrayList<>();
        long start = oldBias + oldImage.imageStart(), end = oldBias + oldImage.imageEnd();
        for (int tid : process.tids()) {
            CallChain chain = unwinder.unwindAddresses(tid, Ptrace.getRegs(tid));
            if (names) {
                chain = unwinder.symbolize(chain);
            }
            if (!chain.complete()) {
                incomplete.add("thread " + tid + ": " + chain.stopReason());
            }
            for (int i = 0; i < chain.frames().size(); i++) {
                Frame f = chain.frames().get(i);
                long pc = f.getPc();
                // A return address points after the call: the call itself belongs to the caller.
                long lookup = chain.isActivation(i) ? pc : pc - 1;
                if (Long.compareUnsigned(lookup - start, end - start) >= 0) {
                    out.add(new FrameVerdict(tid, i, pc, f.getCfa(), f.getFunction(), f.getFunction() == null ? 0 : f.getOffset(),
                            Verdict.OK, null));
                    continue;
                }
                Optional<ElfSymbol> fn = oldImage.functionAt(lookup - oldBias);
                if (fn.isEmpty()) {
                    out.add(new FrameVerdict(tid, i, pc, f.getCfa(), null, 0, Verdict.BLOCKS, "in OLD's code outside any function"));
                    continue;
                }
                String key = ProgramImage.key(fn.get());
                long offset = pc - oldBias - fn.get().value();
                if (changes.changed(key)) {
                    out.add(new FrameVerdict(tid, i, pc, f.getCfa(), fn.get().name(), offset, Verdict.BLOCKS, "updated"));
                } else if (changes.removed(key)) {
                    out.add(new FrameVerdict(tid, i, pc, f.getCfa(), fn.get().name(), offset, Verdict.BLOCKS, "removed in NEW"));
                } else {
                    out.add(new FrameVerdict(tid, i, pc, f.getCfa(), fn.get().name(), offset, Verdict.OK, null));
                }
            }
        }
        return new Result(out, incomplete);
    }
}
