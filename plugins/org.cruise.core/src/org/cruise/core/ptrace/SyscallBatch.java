package org.cruise.core.ptrace;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

import org.cruise.core.CruiseException;
import org.cruise.core.sys.NativeException;

/**
 * Several system calls made by a stopped thread in one round trip. Each call injected on its own
 * ({@link SyscallInjector}) costs a register save, a single step and a wake-up of the target: tens
 * of microseconds each on a busy two-CPU machine, which adds up in the few milliseconds a live
 * update may keep a process stopped. A batch is instead emitted as a short function (the calls'
 * numbers and arguments as immediates, each result stored into a results array) and run with one
 * {@link FunctionInjector#call}; compel's parasite in CRIU does the same with compiled code.
 * <p>
 * A call added with {@link #add} ends the batch when it fails (result in -4095..-1): later calls
 * are not made and their results read {@link #NOT_RUN}; {@link #addTolerant} calls go on either way.
 * <p>
 * The emitted code uses five instruction forms only (movabs reg, imm64; syscall; movabs moffs64,
 * rax; cmp rax, imm32; jae rel32; ret); SyscallBatchTest disassembles it with capstone.
 */
public final class SyscallBatch {

    /** The result of a call that was not made (an earlier one failed): not a value a system call returns. */
    public static final long NOT_RUN = 0x7eadbeefdeadbeefL;

    /** One call: number, six arguments, whether a failure ends the batch, where else to store the result. */
    private record Call(long nr, long[] args, boolean stopOnError, long alsoStoreAt) {
    }

    private final List<Call> calls = new ArrayList<>();

    /** Adds a call that ends the batch if it fails; returns its index in the results. */
    public int add(long nr, long... args) {
        return add(nr, true, 0, args);
    }

    /** Adds a call whose failure does not end the batch. */
    public int addTolerant(long nr, long... args) {
        return add(nr, false, 0, args);
    }

    /**
     * Adds a call (ending the batch if it fails) whose result is also stored at an address in the
     * target, where a later call of the same batch reads it (brk's answer into a prctl_mm_map).
     */
    public int addStoringResult(long storeAt, long nr, long... args) {
        if (storeAt == 0) {
            throw new IllegalArgumentException("no address to store the result at");
        }
        return add(nr, true, storeAt, args);
    }

    private int add(long nr, boolean stopOnError, long alsoStoreAt, long... args) {
        if (args.length > 6) {
            throw new IllegalArgumentException("at most 6 system call arguments");
        }
        calls.add(new Call(nr, java.util.Arrays.copyOf(args, 6), stopOnError, alsoStoreAt));
        return calls.size() - 1;
    }

    public int size() {
        return calls.size();
    }

    public boolean isEmpty() {
        return calls.isEmpty();
    }

    /** Bytes of the results array: one word per call. */
    public int resultsSize() {
        return 8 * calls.size();
    }

    /** Opcode bytes of movabs r64, imm64 for rax, rdi, rsi, rdx, r10, r8, r9 (the syscall ABI's order). */
    private static final byte[][] LOAD = { { 0x48, (byte) 0xb8 }, { 0x48, (byte) 0xbf }, { 0x48, (byte) 0xbe },
            { 0x48, (byte) 0xba }, { 0x49, (byte) 0xba }, { 0x49, (byte) 0xb8 }, { 0x49, (byte) 0xb9 } };

    /**
     * The batch as code to be placed at codeAddress, storing results at resultsAddress. The code
     * is position-dependent only through the results' addresses (jumps are relative).
     */
    public byte[] code(long resultsAddress) {
        ByteBuffer b = ByteBuffer.allocate(128 * calls.size() + 1).order(ByteOrder.LITTLE_ENDIAN);
        List<Integer> exits = new ArrayList<>();
        for (int i = 0; i < calls.size(); i++) {
            Call c = calls.get(i);
            b.put(LOAD[0]).putLong(c.nr());
            for (int a = 0; a < 6; a++) {
                b.put(LOAD[a + 1]).putLong(c.args()[a]);
            }
            b.put((byte) 0x0f).put((byte) 0x05); // syscall
            b.put((byte) 0x48).put((byte) 0xa3).putLong(resultsAddress + 8L * i); // movabs [results+8i], rax
            if (c.alsoStoreAt() != 0) {
                b.put((byte) 0x48).put((byte) 0xa3).putLong(c.alsoStoreAt());
            }
            if (c.stopOnError() && i + 1 < calls.size()) {
                // cmp rax, -4095 (sign-extended imm32); jae to the ret: an error return is -4095..-1,
                // i.e. unsigned >= 0xfffffffffffff001.
                b.put((byte) 0x48).put((byte) 0x3d).putInt(-4095);
                b.put((byte) 0x0f).put((byte) 0x83);
                exits.add(b.position());
                b.putInt(0); // patched below
            }
        }
        int ret = b.position();
        b.put((byte) 0xc3); // ret
        for (int at : exits) {
            b.putInt(at, ret - (at + 4));
        }
        byte[] out = new byte[b.position()];
        b.get(0, out);
        return out;
    }

    /**
     * Runs the batch in thread tid: writes the code to codeAddress (an executable page of the
     * target, written through /proc/PID/mem) and the results array, pre-filled with
     * {@link #NOT_RUN}, to resultsAddress; makes the call; returns the results. The thread's
     * registers are as before afterwards.
     */
    public long[] run(FunctionInjector functions, ProcessMemory memory, int tid, long codeAddress, int codeSpace,
            long resultsAddress) throws NativeException, CruiseException {
        byte[] code = code(resultsAddress);
        if (code.length > codeSpace) {
            throw new IllegalArgumentException("a batch of " + calls.size() + " calls needs " + code.length
                    + " bytes of code, " + codeSpace + " are available");
        }
        ByteBuffer initial = ByteBuffer.allocate(resultsSize()).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < calls.size(); i++) {
            initial.putLong(NOT_RUN);
        }
        memory.write(resultsAddress, initial.array());
        memory.write(codeAddress, code);
        functions.call(tid, codeAddress);
        ByteBuffer r = ByteBuffer.wrap(memory.read(resultsAddress, resultsSize())).order(ByteOrder.LITTLE_ENDIAN);
        long[] results = new long[calls.size()];
        for (int i = 0; i < results.length; i++) {
            results[i] = r.getLong(8 * i);
        }
        return results;
    }

    /** Whether a result is a failure (-errno). */
    public static boolean failed(long result) {
        return result < 0 && result > -4096;
    }
}
