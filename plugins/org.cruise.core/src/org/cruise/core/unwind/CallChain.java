package org.cruise.core.unwind;

import java.util.List;

import org.cruise.model.Frame;

/**
 * One thread's call chain, innermost frame first.
 *
 * @param tid the thread
 * @param frames the frames found, at least the innermost one
 * @param activations per frame, whether its pc is the instruction that was executing or about to
 *        execute (the innermost frame, and a frame interrupted by a signal) rather than a return
 *        address. Only a return address may be mapped to the instruction after a call
 * @param stopReason null when unwinding reached the outermost frame (_start, clone3: the frame
 *        whose CFI says the return address is undefined); otherwise why it stopped early, and
 *        the chain ends with the last frame that could be trusted
 */
public record CallChain(int tid, List<Frame> frames, List<Boolean> activations, String stopReason) {

    public CallChain {
        frames = List.copyOf(frames);
        activations = List.copyOf(activations);
        if (frames.size() != activations.size()) {
            throw new IllegalArgumentException("one activation flag per frame");
        }
    }

    /** Whether the chain goes all the way to the thread's first frame. */
    public boolean complete() {
        return stopReason == null;
    }

    /** Whether frame index's pc is an executing instruction rather than a return address. */
    public boolean isActivation(int index) {
        return activations.get(index);
    }

    /** Function names, innermost first ("??" for frames without a symbol), e.g. for messages. */
    public List<String> functionNames() {
        return frames.stream().map(f -> f.getFunction() == null ? "??" : f.getFunction()).toList();
    }

    /** gdb-like text, one frame per line: "#1  0x401271 in c+17 (chain.c:23) from /tmp/chain". */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("thread ").append(tid).append(':');
        for (Frame frame : frames) {
            text.append("\n#").append(frame.getIndex()).append("  0x").append(Long.toHexString(frame.getPc()))
                    .append(" in ").append(frame.getFunction() == null ? "??" : frame.getFunction() + "+" + frame.getOffset());
            if (frame.getSourceFile() != null) {
                text.append(" (").append(frame.getSourceFile()).append(':').append(frame.getLine()).append(')');
            }
            if (frame.getModule() != null) {
                text.append(" from ").append(frame.getModule());
            }
        }
        if (stopReason != null) {
            text.append("\n(stopped: ").append(stopReason).append(')');
        }
        return text.toString();
    }
}
