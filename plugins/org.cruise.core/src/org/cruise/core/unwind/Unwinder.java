package org.cruise.core.unwind;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cruise.core.CruiseException;
import org.cruise.core.ExitCode;
import org.cruise.core.proc.Mapping;
import org.cruise.core.proc.ProcMaps;
import org.cruise.core.ptrace.ProcessMemory;
import org.cruise.core.ptrace.UserRegs;
import org.cruise.core.sys.LibC;
import org.cruise.core.sys.NativeException;
import org.cruise.model.CruiseFactory;
import org.cruise.model.Frame;

import com.sun.jna.CallbackReference;
import com.sun.jna.Function;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;

/**
 * Computes call chains of a process's stopped threads from DWARF call frame information
 * (.eh_frame, or .debug_frame from the module or its debug file), never from frame pointers, so
 * code built with -fomit-frame-pointer unwinds correctly. The unwinding itself is elfutils'
 * libdwfl; CRUISE only supplies the state of the thread:
 * <ul>
 * <li>the registers, which the caller passes in (usually from PTRACE_GETREGS on the tracer
 * thread). libdwfl never ptraces: its process callbacks here are CRUISE's own, so an Unwinder
 * works on any thread and does not disturb the {@link org.cruise.core.ptrace.Tracer};</li>
 * <li>the memory, read word by word with process_vm_readv. The thread must stay stopped while it
 * is unwound.</li>
 * </ul>
 * One Unwinder serves all threads of one process for as long as wanted. Modules are reported
 * from /proc/PID/maps when it is opened and again on {@link #refresh()} (call it once per
 * checkpoint, since the process may have mapped libraries since); modules that did not move keep
 * their already loaded ELF, symbol and CFI data, which makes repeated unwinding cheap. A module
 * whose file was deleted or replaced on disk since it was mapped (a program after an update) is
 * read through /proc, so that its frames keep their names.
 * <p>
 * Two steps, because only the first needs the thread stopped: {@link #unwindAddresses} finds the
 * frames (pc, CFA, return-address slot), {@link #symbolize} names them (module, function, offset,
 * source line). Naming is the slow part the first time (libdwfl searches symbol tables linearly
 * and loads line tables), so a checkpointer that must keep the stop short names frames after the
 * process runs on; results are cached per address until the module list changes.
 * {@link #unwind} does both.
 * <p>
 * libdwfl continues with a frame-pointer heuristic where no CFI covers a pc. CRUISE does not
 * accept guessed frames: the chain then stops at the frame without CFI and
 * {@link CallChain#stopReason()} says so.
 * <p>
 * Methods are synchronized: one unwind at a time per Unwinder (libdwfl sessions are not
 * thread-safe).
 */
public final class Unwinder implements AutoCloseable {

    /** Deeper chains are cut off: a corrupt stack must not keep the process stopped for long. */
    public static final int MAX_FRAMES = 1024;

    /** DWARF register numbers of x86-64 (the psABI): rsp is 7, the return address column 16 is rip. */
    private static final int DWARF_RSP = 7;
    private static final int DWARF_REGISTERS = 17;
    /** How /proc/PID/maps marks a file deleted or replaced since it was mapped. */
    private static final String DELETED = " (deleted)";

    private final int pid;
    private final ProcessMemory memory;
    /** Dwfl_Callbacks and Dwfl_Thread_Callbacks: libdwfl keeps pointers to both until dwfl_end. */
    private final Memory callbacks = new Memory(LibDw.DWFL_CALLBACKS_SIZE);
    private final Memory threadCallbacks = new Memory(LibDw.THREAD_CALLBACKS_SIZE);
    /**
     * Strong references for the Dwfl's lifetime: JNA frees a callback's native trampoline once
     * its Java object is garbage, and libdwfl would then call into freed memory.
     */
    private final LibDw.NextThread nextThread = this::nextThread;
    private final LibDw.GetThread getThread = this::getThread;
    private final LibDw.MemoryRead memoryRead = this::memoryRead;
    private final LibDw.SetInitialRegisters setInitialRegisters = this::setInitialRegisters;
    private final LibDw.FrameCallback frameCallback = this::onFrame;
    private final LibDw.ModuleCallback moduleCallback = this::onModule;
    private final LibDw.ModuleCallback preloadCallback = this::preloadModule;
    private final LibDw.FindElf findElf = this::findElf;
    private final Function standardFindElf = LibDw.function("dwfl_linux_proc_find_elf");

    /** Scratch out-parameters, reused by every call (calls are serialized). */
    private final Memory pcOut = new Memory(8);
    private final Memory activationOut = new Memory(8);
    private final Memory registerOut = new Memory(8);
    private final Memory offsetOut = new Memory(8);
    private final Memory symbolOut = new Memory(LibDw.GELF_SYM_SIZE);
    private final Memory lineOut = new Memory(8);
    private final Memory biasOut = new Memory(8);
    private final Memory cfiFrameOut = new Memory(8);
    private final Memory signalOut = new Memory(8);

    private Pointer dwfl;

    /**
     * The stack page libdwfl read last, valid for one unwind (the thread is stopped meanwhile): a
     * frame's words are read one by one, each through a call-back and a system call otherwise.
     */
    private static final int PAGE = 4096;
    private final Memory pageCache = new Memory(PAGE);
    private long cachedPage = -1;

    /**
     * A thread's last unwind and every word it read. Unwinding is a function of the registers, the
     * words read and the modules: a thread found again with the same registers and the same words
     * (checked with a read per page) has the same frames. Threads that waited meanwhile (blocked
     * in a system call) then cost a few system calls at the next stop instead of an unwind each:
     * a live update's check at its stop, a checkpoint of a process with idle threads.
     */
    private record Unwound(long[] registers, long[] addresses, long[] words, int modules, CallChain chain) {
    }

    private final Map<Integer, Unwound> unwound = new HashMap<>();
    /** Changes whenever the module list does: a reused chain must have been unwound with the same modules. */
    private int modulesGeneration;
    /** The words the unwind in progress read, in order. */
    private long[] readAddresses = new long[64];
    private long[] readWords = new long[64];
    private int reads;
    private boolean readFailed;
    private long reused;

    /** Names per lookup address, valid while the module list is {@link #moduleList}. */
    private final Map<Long, Location> locations = new HashMap<>();
    private List<String> moduleList = List.of();
    private List<String> modulesSeen;

    /** The unwind in progress. */
    private int currentTid;
    private long[] currentRegisters;
    private List<RawFrame> frames;
    private String stopReason;

    /** What the frame callback learnt; CFAs are filled in from the next frame's stack pointer. */
    private record RawFrame(long pc, boolean activation, long sp, boolean spKnown, boolean hasCfi,
            boolean signalTrampoline) {

        long lookup() {
            return activation ? pc : pc - 1;
        }
    }

    /** Module, symbol and line of one lookup address; offset is relative to the lookup address. */
    private record Location(String module, String function, long offset, String sourceFile, int line) {
    }

    private Unwinder(int pid) {
        this.pid = pid;
        this.memory = new ProcessMemory(pid);
    }

    /**
     * Starts a libdwfl session for pid and reports its modules. The process need not be stopped
     * for this, only for unwinding. Fails with exit code 4 if the process is gone, 1 if libdw is
     * not installed.
     */
    public static Unwinder open(int pid) throws CruiseException {
        Throwable failure = LibDw.loadFailure();
        if (failure != null) {
            throw new CruiseException(ExitCode.INTERNAL, LibDw.SONAME
                    + " could not be loaded (install the Debian package libdw1): " + failure.getMessage(), failure);
        }
        Unwinder unwinder = new Unwinder(pid);
        try {
            unwinder.start();
            return unwinder;
        } catch (CruiseException | RuntimeException e) {
            unwinder.close();
            throw e;
        }
    }

    private void start() throws CruiseException {
        // Modules are the files named in /proc/PID/maps, opened by libdwfl's standard callback
        // except for deleted files (see findElf); debug files are looked up by build-id and
        // .gnu_debuglink under /usr/lib/debug.
        callbacks.clear();
        callbacks.setPointer(0, CallbackReference.getFunctionPointer(findElf));
        callbacks.setPointer(Native.POINTER_SIZE, LibDw.function("dwfl_standard_find_debuginfo"));
        dwfl = LibDw.dwfl_begin(callbacks);
        if (dwfl == null) {
            throw new CruiseException(ExitCode.INTERNAL, "libdwfl cannot start a session: " + LibDw.lastError());
        }
        refresh();
        threadCallbacks.clear();
        threadCallbacks.setPointer(0, CallbackReference.getFunctionPointer(nextThread));
        threadCallbacks.setPointer(Native.POINTER_SIZE, CallbackReference.getFunctionPointer(getThread));
        threadCallbacks.setPointer(2L * Native.POINTER_SIZE, CallbackReference.getFunctionPointer(memoryRead));
        threadCallbacks.setPointer(3L * Native.POINTER_SIZE, CallbackReference.getFunctionPointer(setInitialRegisters));
        // detach and thread_detach stay NULL: there is nothing to release per thread.
        if (LibDw.dwfl_attach_state(dwfl, null, pid, threadCallbacks, null) == 0) {
            throw new CruiseException(ExitCode.TARGET,
                    "cannot prepare unwinding of pid " + pid + ": " + LibDw.lastError());
        }
    }

    public int pid() {
        return pid;
    }

    /**
     * Reports the process's modules again from /proc/PID/maps. Call it before unwinding at a new
     * checkpoint: libraries may have been loaded or unloaded. Cheap for modules that stayed.
     */
    public synchronized void refresh() throws CruiseException {
        ensureOpen();
        LibDw.dwfl_report_begin(dwfl);
        int result = LibDw.dwfl_linux_proc_report(dwfl, pid);
        // Always end the report, also after a failure, so that the session stays consistent.
        LibDw.dwfl_report_end(dwfl, null, null);
        if (result != 0) {
            String why = result > 0 ? "errno " + result : LibDw.lastError();
            throw new CruiseException(ExitCode.TARGET, "cannot read the modules of pid " + pid + " (" + why
                    + "); is the process gone?");
        }
        modulesSeen = new ArrayList<>();
        LibDw.dwfl_getmodules(dwfl, moduleCallback, null, 0);
        if (!modulesSeen.equals(moduleList)) {
            // A library went or came: an address may now belong to another module.
            locations.clear();
            moduleList = List.copyOf(modulesSeen);
            modulesGeneration++;
        }
        modulesSeen = null;
    }

    /**
     * Opens every module's file and call-frame information now, while the process may still run,
     * so that the first unwind at a stop (a live update's downtime) does not pay for it.
     */
    public synchronized void preload() {
        ensureOpen();
        LibDw.dwfl_getmodules(dwfl, preloadCallback, null, 0);
    }

    private int preloadModule(Pointer module, Pointer userdata, String name, long start, Pointer arg) {
        if (LibDw.dwfl_module_eh_cfi(module, biasOut) == null) {
            LibDw.dwfl_module_dwarf_cfi(module, biasOut);
        }
        return LibDw.DWARF_CB_OK;
    }

    /**
     * The named call chain of thread tid, whose registers (as PTRACE_GETREGS gives them) are
     * regs: {@link #unwindAddresses} then {@link #symbolize}. The thread must be stopped and stay
     * stopped until this returns.
     */
    public synchronized CallChain unwind(int tid, UserRegs regs) throws CruiseException {
        return symbolize(unwindAddresses(tid, regs));
    }

    /**
     * The frames of thread tid, whose registers (as PTRACE_GETREGS gives them) are regs, with only
     * what needs the stopped thread: each frame's index, pc (the return address for outer
     * frames), CFA (its caller's stack pointer) and the stack slot holding its return address.
     * The thread must be stopped and stay stopped until this returns.
     */
    public synchronized CallChain unwindAddresses(int tid, UserRegs regs) throws CruiseException {
        ensureOpen();
        long[] registers = dwarfRegisters(regs);
        cachedPage = -1;
        Unwound last = unwound.remove(tid);
        if (last != null && last.modules() == modulesGeneration && Arrays.equals(last.registers(), registers)
                && sameWords(last)) {
            reused++;
            unwound.put(tid, last);
            return copy(last.chain());
        }
        currentTid = tid;
        currentRegisters = registers;
        frames = new ArrayList<>();
        stopReason = null;
        reads = 0;
        readFailed = false;
        try {
            int result = LibDw.dwfl_getthread_frames(dwfl, tid, frameCallback, null);
            if (frames.isEmpty()) {
                throw new CruiseException(ExitCode.TARGET, "cannot unwind thread " + tid + " of pid " + pid + ": "
                        + (stopReason != null ? stopReason : LibDw.lastError()));
            }
            String reason = null;
            if (result == LibDw.DWARF_CB_ABORT) {
                reason = stopReason;
            } else if (result != LibDw.DWARF_CB_OK) {
                reason = "no caller found for " + describe(frames.get(frames.size() - 1)) + ": " + LibDw.lastError();
            }
            CallChain chain = toChain(tid, frames, reason);
            if (!readFailed) {
                unwound.put(tid, new Unwound(registers, Arrays.copyOf(readAddresses, reads), Arrays.copyOf(readWords, reads),
                        modulesGeneration, copy(chain)));
            }
            return chain;
        } finally {
            frames = null;
            currentRegisters = null;
        }
    }

    /**
     * Fills in each frame's module, function, offset, source file and line, as of the modules
     * reported last (so naming after the process ran on is still right for the checkpoint's
     * chain, as long as {@link #refresh()} was not called in between). Frames are updated in
     * place; returns chain.
     */
    public synchronized CallChain symbolize(CallChain chain) {
        ensureOpen();
        for (int i = 0; i < chain.frames().size(); i++) {
            Frame frame = chain.frames().get(i);
            boolean activation = chain.isActivation(i);
            long lookup = activation ? frame.getPc() : frame.getPc() - 1;
            Location location = locations.computeIfAbsent(lookup, this::locate);
            frame.setModule(location.module());
            frame.setFunction(location.function());
            frame.setOffset(location.function() == null ? 0 : location.offset() + (frame.getPc() - lookup));
            frame.setSourceFile(location.sourceFile());
            frame.setLine(location.line());
        }
        return chain;
    }

    @Override
    public synchronized void close() {
        if (dwfl != null) {
            LibDw.dwfl_end(dwfl);
            dwfl = null;
        }
        memory.close();
    }

    private void ensureOpen() {
        if (dwfl == null) {
            throw new IllegalStateException("Unwinder for pid " + pid + " is closed");
        }
    }

    /** PTRACE_GETREGS order to the DWARF order: rax, rdx, rcx, rbx, rsi, rdi, rbp, rsp, r8-r15, rip. */
    static long[] dwarfRegisters(UserRegs regs) {
        return new long[] { regs.get(UserRegs.RAX), regs.get(UserRegs.RDX), regs.get(UserRegs.RCX),
                regs.get(UserRegs.RBX), regs.get(UserRegs.RSI), regs.get(UserRegs.RDI), regs.get(UserRegs.RBP),
                regs.get(UserRegs.RSP), regs.get(UserRegs.R8), regs.get(UserRegs.R9), regs.get(UserRegs.R10),
                regs.get(UserRegs.R11), regs.get(UserRegs.R12), regs.get(UserRegs.R13), regs.get(UserRegs.R14),
                regs.get(UserRegs.R15), regs.get(UserRegs.RIP) };
    }

    // ---- libdwfl callbacks. They run on the thread that called into libdwfl and must not throw. ----

    /** Only the thread being unwound exists as far as libdwfl is concerned. */
    private int nextThread(Pointer session, Pointer dwflArg, Pointer threadArgp) {
        if (threadArgp.getPointer(0) != null) {
            return 0;
        }
        threadArgp.setPointer(0, Pointer.createConstant(1)); // "already returned": any non-null marker
        return currentTid;
    }

    private boolean getThread(Pointer session, int tid, Pointer dwflArg, Pointer threadArgp) {
        return tid == currentTid && currentRegisters != null;
    }

    private boolean memoryRead(Pointer session, long address, Pointer result, Pointer dwflArg) {
        try {
            long word = readWord(address);
            result.setLong(0, word);
            if (reads == readAddresses.length) {
                readAddresses = Arrays.copyOf(readAddresses, 2 * reads);
                readWords = Arrays.copyOf(readWords, 2 * reads);
            }
            readAddresses[reads] = address;
            readWords[reads++] = word;
            return true;
        } catch (NativeException | RuntimeException e) {
            readFailed = true;
            return false; // unreadable: unwinding ends there and unwindAddresses() reports it
        }
    }

    /** A word of the stopped process, through the page read last when it lies in it. */
    private long readWord(long address) throws NativeException {
        long page = address & -PAGE;
        if (address + 8 <= page + PAGE) {
            if (page != cachedPage) {
                cachedPage = -1;
                if (memory.read(page, pageCache, PAGE) == PAGE) {
                    cachedPage = page;
                }
            }
            if (page == cachedPage) {
                return pageCache.getLong(address - page);
            }
        }
        return memory.readLong(address);
    }

    /** Whether every word the last unwind read still holds what it held. */
    private boolean sameWords(Unwound last) {
        try {
            for (int i = 0; i < last.addresses().length; i++) {
                if (readWord(last.addresses()[i]) != last.words()[i]) {
                    return false;
                }
            }
            return true;
        } catch (NativeException | RuntimeException e) {
            return false;
        }
    }

    /** How many unwinds were answered from a thread's unchanged last one. */
    public synchronized long reusedUnwinds() {
        return reused;
    }

    private static CallChain copy(CallChain chain) {
        return new CallChain(chain.tid(), new ArrayList<>(org.eclipse.emf.ecore.util.EcoreUtil.copyAll(chain.frames())),
                chain.activations(), chain.stopReason());
    }

    private boolean setInitialRegisters(Pointer thread, Pointer threadArg) {
        long[] registers = currentRegisters;
        return registers != null && LibDw.dwfl_thread_state_registers(thread, 0, DWARF_REGISTERS, registers) != 0;
    }

    /**
     * Opens a module's file. A file deleted since the process mapped it (the usual state of a
     * program after an update replaced it on disk) is opened through /proc: /proc/PID/exe for the
     * program, /proc/PID/map_files for a library (needs CAP_SYS_ADMIN). libdwfl's standard
     * callback would rebuild it from the process's memory instead, which lacks the symbol table
     * and debug information, so the frames of the old program would have no names.
     */
    private int findElf(Pointer module, Pointer userdata, String name, long base, Pointer fileName, Pointer elf) {
        try {
            if (name != null && name.endsWith(DELETED)) {
                for (String candidate : deletedFileCandidates(name, base)) {
                    int fd = LibC.open(candidate, LibC.O_RDONLY | LibC.O_CLOEXEC, 0);
                    if (fd >= 0) {
                        byte[] path = Native.toByteArray(candidate);
                        long copy = Native.malloc(path.length); // libdwfl frees it
                        if (copy == 0) {
                            LibC.close(fd);
                            break;
                        }
                        new Pointer(copy).write(0, path, 0, path.length);
                        fileName.setPointer(0, new Pointer(copy));
                        return fd;
                    }
                }
            }
        } catch (RuntimeException | Error e) {
            // fall back to the standard callback
        }
        return standardFindElf.invokeInt(new Object[] { module, userdata, name, base, fileName, elf });
    }

    /** Where the mapped copy of a deleted module file may still be opened. */
    private List<String> deletedFileCandidates(String name, long base) {
        List<String> candidates = new ArrayList<>();
        String proc = "/proc/" + pid;
        try {
            if (Files.readSymbolicLink(Path.of(proc, "exe")).toString().equals(name)) {
                candidates.add(proc + "/exe");
            }
        } catch (IOException e) {
            // the process is gone or not ours to inspect: nothing to open
        }
        try {
            for (Mapping mapping : ProcMaps.read(pid)) {
                if (mapping.start() == base) {
                    candidates.add(proc + "/map_files/" + Long.toHexString(mapping.start()) + "-"
                            + Long.toHexString(mapping.end()));
                    break;
                }
            }
        } catch (IOException e) {
            // as above
        }
        return candidates;
    }

    private int onModule(Pointer module, Pointer userdata, String name, long start, Pointer arg) {
        modulesSeen.add(name + "@" + Long.toHexString(start));
        return LibDw.DWARF_CB_OK;
    }

    private int onFrame(Pointer frame, Pointer arg) {
        try {
            if (LibDw.dwfl_frame_pc(frame, pcOut, activationOut) == 0) {
                stopReason = "cannot get the pc of frame " + frames.size() + ": " + LibDw.lastError();
                return LibDw.DWARF_CB_ABORT;
            }
            long pc = pcOut.getLong(0);
            boolean activation = activationOut.getByte(0) != 0;
            boolean spKnown = LibDw.dwfl_frame_reg(frame, DWARF_RSP, registerOut) == 0;
            long sp = spKnown ? registerOut.getLong(0) : 0;
            if (!frames.isEmpty()) {
                RawFrame callee = frames.get(frames.size() - 1);
                if (!callee.hasCfi()) {
                    // libdwfl got this frame from its frame-pointer fallback: not trustworthy.
                    stopReason = "no call frame information covers " + describe(callee)
                            + "; its callers are not guessed from frame pointers";
                    return LibDw.DWARF_CB_ABORT;
                }
                if (pc == callee.pc() && sp == callee.sp()) {
                    stopReason = "unwinding made no progress at " + describe(callee);
                    return LibDw.DWARF_CB_ABORT;
                }
            }
            if (frames.size() == MAX_FRAMES) {
                stopReason = "the chain is deeper than " + MAX_FRAMES + " frames";
                return LibDw.DWARF_CB_ABORT;
            }
            frames.add(cfiFacts(pc, activation, sp, spKnown));
            return LibDw.DWARF_CB_OK;
        } catch (RuntimeException | Error e) {
            stopReason = "internal error while unwinding: " + e;
            return LibDw.DWARF_CB_ABORT;
        }
    }

    /**
     * Whether CFI covers the frame's pc, looked up as libdwfl will to find its caller (.eh_frame
     * first, then .debug_frame), and whether that CFI marks a signal trampoline. An outer frame's
     * pc is a return address, which may already belong to the next function (after a call to a
     * noreturn function): lookups use pc - 1, inside the call. The innermost frame and a frame
     * interrupted by a signal are "activations": their pc is the instruction itself.
     */
    private RawFrame cfiFacts(long pc, boolean activation, long sp, boolean spKnown) {
        long lookup = activation ? pc : pc - 1;
        Pointer module = LibDw.dwfl_addrmodule(dwfl, lookup);
        boolean hasCfi = false;
        boolean signalTrampoline = false;
        for (int source = 0; module != null && source < 2 && !hasCfi; source++) {
            Pointer cfi = source == 0 ? LibDw.dwfl_module_eh_cfi(module, biasOut)
                    : LibDw.dwfl_module_dwarf_cfi(module, biasOut);
            if (cfi != null && LibDw.dwarf_cfi_addrframe(cfi, lookup - biasOut.getLong(0), cfiFrameOut) == 0) {
                Pointer cfiFrame = cfiFrameOut.getPointer(0);
                signalOut.setByte(0, (byte) 0);
                LibDw.dwarf_frame_info(cfiFrame, null, null, signalOut);
                signalTrampoline = signalOut.getByte(0) != 0;
                Native.free(Pointer.nativeValue(cfiFrame)); // malloc'ed by libdw for us
                hasCfi = true;
            }
        }
        return new RawFrame(pc, activation, sp, spKnown, hasCfi, signalTrampoline);
    }

    /**
     * Model frames. A frame's CFA is its caller's stack pointer, which is the next frame's rsp as
     * libdwfl restored it; its return address sits just below, at CFA - 8, where the call pushed
     * it, except for a signal trampoline (__restore_rt), whose "caller" is the interrupted code:
     * that pc was saved in the signal frame's ucontext, not in a return-address slot, so the slot
     * is 0 (unknown). The outermost frame has no caller: CFA and slot 0.
     */
    private static CallChain toChain(int tid, List<RawFrame> raw, String stopReason) {
        List<Frame> out = new ArrayList<>(raw.size());
        List<Boolean> activations = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            RawFrame r = raw.get(i);
            RawFrame caller = i + 1 < raw.size() ? raw.get(i + 1) : null;
            long cfa = caller != null && caller.spKnown() ? caller.sp() : 0;
            Frame frame = CruiseFactory.eINSTANCE.createFrame();
            frame.setIndex(i);
            frame.setPc(r.pc());
            frame.setCfa(cfa);
            frame.setReturnAddressSlot(cfa != 0 && !r.signalTrampoline() ? cfa - 8 : 0);
            out.add(frame);
            activations.add(r.activation());
        }
        return new CallChain(tid, out, activations, stopReason);
    }

    /** Module, function and line of a lookup address, through libdwfl and its debug-file search. */
    private Location locate(long lookup) {
        Pointer module = LibDw.dwfl_addrmodule(dwfl, lookup);
        if (module == null) {
            return new Location(null, null, 0, null, 0);
        }
        String modulePath = modulePath(LibDw.dwfl_module_info(module, null, null, null, null, null, null, null));
        String function = LibDw.dwfl_module_addrinfo(module, lookup, offsetOut, symbolOut, null, null, null);
        long offset = function == null ? 0 : offsetOut.getLong(0);
        String sourceFile = null;
        int line = 0;
        Pointer lineRecord = LibDw.dwfl_module_getsrc(module, lookup);
        if (lineRecord != null) {
            lineOut.setInt(0, 0);
            sourceFile = LibDw.dwfl_lineinfo(lineRecord, null, lineOut, null, null, null);
            line = sourceFile == null ? 0 : lineOut.getInt(0);
        }
        return new Location(modulePath, unversioned(function), offset, sourceFile, line);
    }

    /**
     * Symbol names without a version: a debug file's .symtab spells versioned symbols
     * "__libc_start_main@@GLIBC_2.34", while CRUISE (like {@link org.cruise.core.elf.ElfSymbol})
     * names functions plainly.
     */
    private static String unversioned(String symbol) {
        if (symbol == null) {
            return null;
        }
        int at = symbol.indexOf('@');
        return at > 0 ? symbol.substring(0, at) : symbol;
    }

    /** libdwfl names modules as /proc/PID/maps does, the vDSO as "[vdso: PID]": make both maps-like. */
    private static String modulePath(String name) {
        if (name == null) {
            return null;
        }
        if (name.startsWith("[vdso")) {
            return "[vdso]";
        }
        return name.endsWith(DELETED) ? name.substring(0, name.length() - DELETED.length()) : name;
    }

    /** A frame for messages, e.g. "0x7f12... (read+76 in /usr/lib/x86_64-linux-gnu/libc.so.6)". */
    private String describe(RawFrame frame) {
        Location location = locate(frame.lookup());
        String where = location.function() != null
                ? location.function() + "+" + (location.offset() + frame.pc() - frame.lookup())
                : "no symbol";
        return "pc 0x" + Long.toHexString(frame.pc()) + " (" + where
                + (location.module() != null ? " in " + location.module() : ", in no module") + ")";
    }
}
