package org.cruise.core.ptrace;

import java.util.Arrays;

import com.sun.jna.Memory;

/**
 * x86-64 {@code struct user_regs_struct}, as PTRACE_GETREGS fills it: 27 unsigned 64-bit words
 * in kernel order. Kept as a plain array so that saving and restoring a thread's full register
 * set (which injected syscalls clobber: rcx, r11) is one copy.
 */
public final class UserRegs {
    public static final int R15 = 0, R14 = 1, R13 = 2, R12 = 3, RBP = 4, RBX = 5, R11 = 6, R10 = 7, R9 = 8,
            R8 = 9, RAX = 10, RCX = 11, RDX = 12, RSI = 13, RDI = 14, ORIG_RAX = 15, RIP = 16, CS = 17,
            EFLAGS = 18, RSP = 19, SS = 20, FS_BASE = 21, GS_BASE = 22, DS = 23, ES = 24, FS = 25, GS = 26;
    public static final int COUNT = 27;
    public static final int SIZE = COUNT * 8;

    /** Register names in kernel order, as gdb and /proc spell them. */
    public static final String[] NAMES = { "r15", "r14", "r13", "r12", "rbp", "rbx", "r11", "r10", "r9", "r8",
            "rax", "rcx", "rdx", "rsi", "rdi", "orig_rax", "rip", "cs", "eflags", "rsp", "ss", "fs_base",
            "gs_base", "ds", "es", "fs", "gs" };

    private final long[] words;

    public UserRegs() {
        this(new long[COUNT]);
    }

    private UserRegs(long[] words) {
        this.words = words;
    }

    static UserRegs read(Memory m) {
        long[] w = new long[COUNT];
        m.read(0, w, 0, COUNT);
        return new UserRegs(w);
    }

    void write(Memory m) {
        m.write(0, words, 0, COUNT);
    }

    public long get(int index) {
        return words[index];
    }

    public void set(int index, long value) {
        words[index] = value;
    }

    public long rip() {
        return words[RIP];
    }

    public long rsp() {
        return words[RSP];
    }

    public long rax() {
        return words[RAX];
    }

    public UserRegs copy() {
        return new UserRegs(words.clone());
    }

    /** The raw words, kernel order; a copy. */
    public long[] toArray() {
        return words.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UserRegs r && Arrays.equals(words, r.words);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(words);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < COUNT; i++) {
            b.append(i == 0 ? "" : " ").append(NAMES[i]).append('=').append(Long.toHexString(words[i]));
        }
        return b.toString();
    }
}
