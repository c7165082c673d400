package org.cruise.core.trigger;

import org.cruise.core.ptrace.UserRegs;

/**
 * A watched function has just returned in thread tid: its frame is popped, the PC is the return
 * address in the caller and rax holds the return value. The thread is stopped there.
 *
 * @param sequence 1 for the first hit of this session, counting up
 */
public record TriggerHit(WatchedFunction function, int tid, UserRegs regs, long sequence) {
}
