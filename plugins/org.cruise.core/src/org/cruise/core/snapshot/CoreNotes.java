package org.cruise.core.snapshot;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.cruise.core.ptrace.ThreadRegisters;
import org.cruise.core.ptrace.UserRegs;
import org.cruise.model.MemoryRegion;
import org.cruise.model.ProcessInfo;
import org.cruise.model.Snapshot;
import org.cruise.model.ThreadState;

/**
 * Builds the contents of the core file's PT_NOTE segment the way Linux writes it for its own x86-64
 * core dumps (fs/binfmt_elf.c), so that gdb, eu-stack, readelf and other tools read our cores like
 * the kernel's:
 * <pre>
 * first thread:  NT_PRSTATUS, NT_PRPSINFO, NT_AUXV, NT_FILE, NT_PRFPREG, NT_X86_XSTATE
 * other threads: NT_PRSTATUS, NT_PRFPREG, NT_X86_XSTATE
 * </pre>
 * The first thread is the one that fired the trigger; gdb makes it the current thread. Each note is
 * {namesz, descsz, type} (32-bit words), the name with its NUL, padded to 4 bytes, and the
 * descriptor, padded to 4 bytes. Struct layouts are those of the x86-64 kernel ABI, documented field
 * by field below and in docs/snapshot-format.md.
 */
final class CoreNotes {

    static final int NT_PRSTATUS = 1;
    static final int NT_PRFPREG = 2;
    static final int NT_PRPSINFO = 3;
    static final int NT_AUXV = 6;
    static final int NT_FILE = 0x46494c45;
    static final int NT_X86_XSTATE = 0x202;

    /** sizeof(struct elf_prstatus) on x86-64. */
    static final int PRSTATUS_SIZE = 336;
    /** sizeof(struct elf_prpsinfo) on x86-64. */
    static final int PRPSINFO_SIZE = 136;
    /** The unit NT_FILE gives file offsets in; Linux uses its page size. */
    static final long PAGE_SIZE = 4096;

    static final int SIGTRAP = 5;

    private static final String CORE = "CORE";
    /** The kernel files the XSAVE area under "LINUX", not "CORE". */
    private static final String LINUX = "LINUX";

    private CoreNotes() {
    }

    /** The whole note segment, little-endian. */
    static byte[] build(CapturedState state) {
        Snapshot model = state.model();
        ProcessInfo process = model.getProcess();
        ByteArrayOutputStream out = new ByteArrayOutputStream(16384);
        int first = state.firstThread();

        List<ThreadState> order = new ArrayList<>();
        order.add(thread(model, first));
        for (ThreadState t : model.getThreads()) {
            if (t.getTid() != first) {
                order.add(t);
            }
        }
        // The signal gdb reports as the reason the program stopped ("Program terminated with signal
        // SIGTRAP"): a trigger is a breakpoint-like stop. Like the kernel, which puts the dump signal
        // into every thread's pr_cursig, we set it for all threads: bfd keeps the last thread's value.
        int signal = model.getTrigger() != null ? SIGTRAP : 0;
        boolean isFirst = true;
        for (ThreadState thread : order) {
            ThreadRegisters regs = state.registers().get(thread.getTid());
            note(out, CORE, NT_PRSTATUS, prstatus(regs, signal, process.getPpid()));
            if (isFirst) {
                note(out, CORE, NT_PRPSINFO, prpsinfo(model));
                note(out, CORE, NT_AUXV, auxv(state.auxv()));
                note(out, CORE, NT_FILE, fileMappings(model.getRegions()));
            }
            note(out, CORE, NT_PRFPREG, regs.fpregs());
            note(out, LINUX, NT_X86_XSTATE, regs.xstate());
            isFirst = false;
        }
        return out.toByteArray();
    }

    private static ThreadState thread(Snapshot model, int tid) {
        return model.getThreads().stream().filter(t -> t.getTid() == tid).findFirst().orElseThrow();
    }

    private static void note(ByteArrayOutputStream out, String name, int type, byte[] descriptor) {
        byte[] nameBytes = name.getBytes(StandardCharsets.US_ASCII);
        ByteBuffer header = little(12);
        header.putInt(nameBytes.length + 1).putInt(descriptor.length).putInt(type);
        out.writeBytes(header.array());
        out.writeBytes(nameBytes);
        out.write(0);
        pad(out, nameBytes.length + 1);
        out.writeBytes(descriptor);
        pad(out, descriptor.length);
    }

    private static void pad(ByteArrayOutputStream out, int length) {
        for (int i = length; i % 4 != 0; i++) {
            out.write(0);
        }
    }

    /**
     * struct elf_prstatus (336 bytes):
     * <pre>
     *   0 elf_siginfo pr_info   {int si_signo, si_code, si_errno}
     *  12 short pr_cursig       (+2 padding)
     *  16 ulong pr_sigpend      pending signals (not recorded: 0)
     *  24 ulong pr_sighold      blocked signals
     *  32 int pr_pid, pr_ppid, pr_pgrp, pr_sid   (pid is the thread id; pgrp, sid not recorded: 0)
     *  48 timeval pr_utime, pr_stime, pr_cutime, pr_cstime (16 bytes each, not recorded: 0)
     * 112 elf_gregset_t pr_reg  27 x 64-bit: user_regs_struct as PTRACE_GETREGS returns it
     * 328 int pr_fpvalid        1: NT_PRFPREG follows  (+4 padding)
     * </pre>
     */
    static byte[] prstatus(ThreadRegisters regs, int signal, int ppid) {
        ByteBuffer b = little(PRSTATUS_SIZE);
        b.putInt(0, signal);
        b.putShort(12, (short) signal);
        b.putLong(24, regs.sigmask());
        b.putInt(32, regs.tid());
        b.putInt(36, ppid);
        long[] words = regs.regs().toArray();
        for (int i = 0; i < UserRegs.COUNT; i++) {
            b.putLong(112 + 8 * i, words[i]);
        }
        b.putInt(328, 1);
        return b.array();
    }

    /**
     * struct elf_prpsinfo (136 bytes):
     * <pre>
     *   0 char pr_state, pr_sname, pr_zomb, pr_nice   3, 'T' (stopped), 0, 0  (+4 padding)
     *   8 ulong pr_flag         0
     *  16 uint pr_uid, pr_gid   not recorded: 0
     *  24 int pr_pid, pr_ppid, pr_pgrp, pr_sid
     *  40 char pr_fname[16]     command name, NUL-terminated
     *  56 char pr_psargs[80]    the command line joined by spaces, NUL-terminated
     * </pre>
     * gdb prints pr_psargs as "Core was generated by `...'".
     */
    static byte[] prpsinfo(Snapshot model) {
        ProcessInfo process = model.getProcess();
        ByteBuffer b = little(PRPSINFO_SIZE);
        b.put(0, (byte) 3);
        b.put(1, (byte) 'T');
        b.putInt(24, process.getPid());
        b.putInt(28, process.getPpid());
        putString(b, 40, 16, commandName(model));
        putString(b, 56, 80, String.join(" ", process.getCmdline()));
        return b.array();
    }

    /** The main thread's name as /proc shows it (comm), else the executable's file name. */
    private static String commandName(Snapshot model) {
        int pid = model.getProcess().getPid();
        for (ThreadState t : model.getThreads()) {
            if (t.getTid() == pid && t.getName() != null && !t.getName().isEmpty()) {
                return t.getName();
            }
        }
        String exe = model.getProcess().getExePath();
        if (exe == null || exe.isEmpty()) {
            return "";
        }
        Path name = Path.of(exe).getFileName();
        return name == null ? "" : name.toString();
    }

    /** Writes at most size-1 bytes of s and leaves the rest zero, so the field is always terminated. */
    private static void putString(ByteBuffer b, int offset, int size, String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        b.put(offset, bytes, 0, Math.min(bytes.length, size - 1));
    }

    /** The auxiliary vector as /proc/PID/auxv gives it, with an AT_NULL pair appended if it lacks one. */
    static byte[] auxv(byte[] auxv) {
        ByteBuffer in = ByteBuffer.wrap(auxv).order(ByteOrder.LITTLE_ENDIAN);
        if (in.getLong(auxv.length - 16) == 0) {
            return auxv;
        }
        ByteBuffer out = little(auxv.length + 16);
        out.put(auxv);
        return out.array();
    }

    /**
     * NT_FILE: every file-backed mapping, saved or not, so that gdb reads code and read-only data that
     * are not in the core from the files themselves:
     * <pre>
     * ulong count, page_size
     * count x {ulong start, end, file_offset_in_pages}
     * count NUL-terminated paths
     * </pre>
     */
    static byte[] fileMappings(List<MemoryRegion> regions) {
        List<MemoryRegion> files = new ArrayList<>();
        for (MemoryRegion r : regions) {
            if (r.getPath() != null && r.getPath().startsWith("/")) {
                files.add(r);
            }
        }
        ByteArrayOutputStream names = new ByteArrayOutputStream();
        for (MemoryRegion r : files) {
            names.writeBytes(r.getPath().getBytes(StandardCharsets.UTF_8));
            names.write(0);
        }
        ByteBuffer b = little(16 + 24 * files.size() + names.size());
        b.putLong(files.size()).putLong(PAGE_SIZE);
        for (MemoryRegion r : files) {
            b.putLong(r.getStart()).putLong(r.getEnd()).putLong(Long.divideUnsigned(r.getOffset(), PAGE_SIZE));
        }
        b.put(names.toByteArray());
        return b.array();
    }

    private static ByteBuffer little(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }
}
