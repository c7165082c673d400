package org.cruise.core.disasm;

import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.LongByReference;
import com.sun.jna.ptr.PointerByReference;

/**
 * The one place where capstone 4 (Debian package libcapstone4, soname libcapstone.so.4) is bound
 * (JNA direct mapping). Struct layouts are read at fixed offsets rather than through JNA Structures:
 * cs_insn and cs_detail are large unions read for every instruction of a program. The offsets are
 * those of capstone 4.0.2's capstone.h/x86.h on x86-64 (checked against the installed headers by
 * a test that compiles offsetof() of each field).
 */
final class Capstone {

    static final String SONAME = "libcapstone.so.4";

    static final int CS_ARCH_X86 = 3;
    static final int CS_MODE_64 = 1 << 3;
    static final int CS_OPT_DETAIL = 2;
    static final int CS_OPT_ON = 3;

    /** cs_group_type. */
    static final int CS_GRP_JUMP = 1;
    static final int CS_GRP_CALL = 2;
    static final int CS_GRP_RET = 3;
    static final int CS_GRP_BRANCH_RELATIVE = 7;

    /** x86_op_type. */
    static final int X86_OP_REG = 1;
    static final int X86_OP_IMM = 2;
    static final int X86_OP_MEM = 3;

    /** x86_reg values we look for. */
    static final int X86_REG_INVALID = 0;
    static final int X86_REG_RIP = 41;

    // cs_insn
    static final int INSN_SIZE = 240;
    static final int INSN_ID = 0;
    static final int INSN_ADDRESS = 8;
    static final int INSN_LENGTH = 16;
    static final int INSN_BYTES = 18;
    static final int INSN_MNEMONIC = 34;
    static final int INSN_OP_STR = 66;
    static final int INSN_DETAIL = 232;

    // cs_detail
    static final int DETAIL_GROUPS = 67;
    static final int DETAIL_GROUPS_COUNT = 75;
    static final int DETAIL_X86 = 80;

    // cs_x86, relative to DETAIL_X86
    static final int X86_OP_COUNT = 64;
    static final int X86_OPERANDS = 72;
    static final int X86_ENCODING = 456;

    // cs_x86_op
    static final int OP_SIZE_OF = 48;
    static final int OP_TYPE = 0;
    static final int OP_REG = 8;
    static final int OP_IMM = 8;
    static final int OP_MEM_SEGMENT = 8;
    static final int OP_MEM_BASE = 12;
    static final int OP_MEM_INDEX = 16;
    static final int OP_MEM_SCALE = 20;
    static final int OP_MEM_DISP = 24;
    static final int OP_SIZE = 32;
    static final int OP_ACCESS = 33;

    // cs_x86_encoding, relative to X86_ENCODING
    static final int ENC_DISP_OFFSET = 1;
    static final int ENC_DISP_SIZE = 2;
    static final int ENC_IMM_OFFSET = 3;
    static final int ENC_IMM_SIZE = 4;

    private static final Throwable LOAD_FAILURE;

    static {
        Throwable failure = null;
        try {
            Native.register(Capstone.class, NativeLibrary.getInstance(SONAME));
        } catch (UnsatisfiedLinkError e) {
            failure = e;
        }
        LOAD_FAILURE = failure;
    }

    private Capstone() {
    }

    /** Why capstone could not be bound, or null if it was. */
    static Throwable loadFailure() {
        return LOAD_FAILURE;
    }

    static native int cs_version(Pointer major, Pointer minor);

    static native int cs_open(int arch, int mode, LongByReference handle);

    static native int cs_close(LongByReference handle);

    static native int cs_option(long handle, int type, long value);

    static native long cs_disasm(long handle, byte[] code, long codeSize, long address, long count,
            PointerByReference insn);

    static native void cs_free(Pointer insn, long count);

    static native int cs_errno(long handle);

    static native String cs_strerror(int code);
}
