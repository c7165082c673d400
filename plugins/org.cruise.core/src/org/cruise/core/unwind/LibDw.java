package org.cruise.core.unwind;

import com.sun.jna.Callback;
import com.sun.jna.Function;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Platform;
import com.sun.jna.Pointer;

/**
 * elfutils' libdw/libdwfl bound with JNA direct mapping: the process-report, unwinding and
 * symbol/line lookup calls {@link Unwinder} needs, with the layouts of elfutils 0.188's libdwfl.h
 * on Linux x86-64. C {@code bool} results are declared as byte (only the low byte of the return
 * register is defined); out-parameters are passed as caller-owned scratch memory.
 */
final class LibDw {

    /** Debian package libdw1 ships it; loading by soname works without the -dev symlink. */
    static final String SONAME = "libdw.so.1";

    static final int DWARF_CB_OK = 0;
    static final int DWARF_CB_ABORT = 1;

    /** Size of Dwfl_Callbacks: find_elf, find_debuginfo, section_address, debuginfo_path. */
    static final int DWFL_CALLBACKS_SIZE = 4 * Native.POINTER_SIZE;
    /**
     * Size of Dwfl_Thread_Callbacks: next_thread, get_thread, memory_read,
     * set_initial_registers, detach, thread_detach.
     */
    static final int THREAD_CALLBACKS_SIZE = 6 * Native.POINTER_SIZE;
    /** sizeof(GElf_Sym): st_name, st_info, st_other, st_shndx, st_value, st_size. */
    static final int GELF_SYM_SIZE = 24;

    private static final Throwable LOAD_FAILURE;
    private static final NativeLibrary LIBRARY;

    static {
        Throwable failure = null;
        NativeLibrary library = null;
        try {
            // libdwfl asks a debuginfod server for missing debug files when DEBUGINFOD_URLS is set,
            // and reads the variable once, when the library is loaded. A checkpointer must never
            // keep a process stopped while it downloads: clear it before the first load.
            Function.getFunction(Platform.C_LIBRARY_NAME, "unsetenv").invokeInt(new Object[] { "DEBUGINFOD_URLS" });
            library = NativeLibrary.getInstance(SONAME);
            Native.register(LibDw.class, library);
        } catch (UnsatisfiedLinkError e) {
            failure = e;
        }
        LOAD_FAILURE = failure;
        LIBRARY = library;
    }

    private LibDw() {
    }

    /** Null if libdw is usable, else why not. */
    static Throwable loadFailure() {
        return LOAD_FAILURE;
    }

    /** A function of libdw by name, to store in a callbacks table. */
    static Function function(String name) {
        return LIBRARY.getFunction(name);
    }

    /** The text of libdwfl's most recent error in this thread. */
    static String lastError() {
        String message = dwfl_errmsg(-1);
        return message == null ? "unknown libdwfl error" : message;
    }

    // ---- session and modules ----

    static native Pointer dwfl_begin(Pointer callbacks);

    static native void dwfl_end(Pointer dwfl);

    /** A string owned by libdwfl; -1 means "the most recent error, or a legal string". */
    static native String dwfl_errmsg(int error);

    static native void dwfl_report_begin(Pointer dwfl);

    /** 0 on success, an errno value, or -1 for a libdwfl error. */
    static native int dwfl_linux_proc_report(Pointer dwfl, int pid);

    static native int dwfl_report_end(Pointer dwfl, Pointer removed, Pointer arg);

    static native Pointer dwfl_addrmodule(Pointer dwfl, long address);

    /** Calls callback for every module until it returns non-zero; 0 at the end, -1 on error. */
    static native long dwfl_getmodules(Pointer dwfl, ModuleCallback callback, Pointer arg, long offset);

    /** The module's name: for dwfl_linux_proc_report, its path in /proc/PID/maps or "[vdso: PID]". */
    static native String dwfl_module_info(Pointer module, Pointer userdata, Pointer start, Pointer end, Pointer dwbias,
            Pointer symbias, Pointer mainfile, Pointer debugfile);

    /** The symbol containing address, with *offset = address - its value; null if none. */
    static native String dwfl_module_addrinfo(Pointer module, long address, Pointer offset, Pointer sym,
            Pointer shndx, Pointer elf, Pointer bias);

    static native Pointer dwfl_module_getsrc(Pointer module, long address);

    /** The line record's file name; *line is its line number. */
    static native String dwfl_lineinfo(Pointer line, Pointer address, Pointer lineNumber, Pointer column,
            Pointer mtime, Pointer length);

    static native Pointer dwfl_module_eh_cfi(Pointer module, Pointer bias);

    static native Pointer dwfl_module_dwarf_cfi(Pointer module, Pointer bias);

    // ---- unwinding ----

    static native byte dwfl_attach_state(Pointer dwfl, Pointer elf, int pid, Pointer threadCallbacks, Pointer arg);

    static native byte dwfl_thread_state_registers(Pointer thread, int firstRegister, int count, long[] registers);

    static native int dwfl_getthread_frames(Pointer dwfl, int tid, FrameCallback callback, Pointer arg);

    /** *isActivation (a C bool) is one byte. */
    static native byte dwfl_frame_pc(Pointer frame, Pointer pc, Pointer isActivation);

    /** 0 on success, 1 if the register's value is unknown in that frame, -1 on error. */
    static native int dwfl_frame_reg(Pointer frame, int register, Pointer value);

    /** 0 and a malloc'ed Dwarf_Frame (free it) if CFI covers address, else -1. */
    static native int dwarf_cfi_addrframe(Pointer cfi, long address, Pointer frame);

    /** The return address register; *signal (a C bool) tells whether the CIE marks a signal frame. */
    static native int dwarf_frame_info(Pointer frame, Pointer start, Pointer end, Pointer signal);

    // ---- callbacks (JNA requires public interfaces) ----

    /** Dwfl_Thread_Callbacks.next_thread: the next tid, 0 when there are no more. */
    public interface NextThread extends Callback {
        int invoke(Pointer dwfl, Pointer dwflArg, Pointer threadArgp);
    }

    /** Dwfl_Thread_Callbacks.get_thread. */
    public interface GetThread extends Callback {
        boolean invoke(Pointer dwfl, int tid, Pointer dwflArg, Pointer threadArgp);
    }

    /** Dwfl_Thread_Callbacks.memory_read: one word at address into *result. */
    public interface MemoryRead extends Callback {
        boolean invoke(Pointer dwfl, long address, Pointer result, Pointer dwflArg);
    }

    /** Dwfl_Thread_Callbacks.set_initial_registers. */
    public interface SetInitialRegisters extends Callback {
        boolean invoke(Pointer thread, Pointer threadArg);
    }

    /** Dwfl_Callbacks.find_elf: an fd of the module's file (libdwfl owns it), *fileName malloc'ed. */
    public interface FindElf extends Callback {
        int invoke(Pointer module, Pointer userdata, String moduleName, long base, Pointer fileName, Pointer elf);
    }

    /** The callback of dwfl_getmodules. */
    public interface ModuleCallback extends Callback {
        int invoke(Pointer module, Pointer userdata, String name, long start, Pointer arg);
    }

    /** The per-frame callback of dwfl_getthread_frames. */
    public interface FrameCallback extends Callback {
        int invoke(Pointer frame, Pointer arg);
    }
}
