package org.cruise.core.disasm;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.cruise.core.CruiseException;
import org.cruise.core.ExitCode;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.LongByReference;
import com.sun.jna.ptr.PointerByReference;

/**
 * Decodes x86-64 machine code with capstone 4 in detail mode. One decoder holds one capstone
 * handle; not thread-safe, close it when done.
 */
public final class X86Decoder implements AutoCloseable {

    private final LongByReference handle = new LongByReference();
    private boolean open;

    private X86Decoder() throws CruiseException {
        Throwable failure = Capstone.loadFailure();
        if (failure != null) {
            throw new CruiseException(ExitCode.INTERNAL, Capstone.SONAME
                    + " could not be loaded (install the Debian package libcapstone4): " + failure.getMessage(), failure);
        }
        int error = Capstone.cs_open(Capstone.CS_ARCH_X86, Capstone.CS_MODE_64, handle);
        if (error != 0) {
            throw new CruiseException(ExitCode.INTERNAL, "capstone cannot decode x86-64: " + Capstone.cs_strerror(error));
        }
        open = true;
        error = Capstone.cs_option(handle.getValue(), Capstone.CS_OPT_DETAIL, Capstone.CS_OPT_ON);
        if (error != 0) {
            close();
            throw new CruiseException(ExitCode.INTERNAL, "capstone has no detail mode: " + Capstone.cs_strerror(error));
        }
    }

    /**
     * The struct offsets this binding reads, by C name (e.g. "cs_insn.detail"), so that a test
     * can compare them with offsetof() compiled against the installed capstone headers.
     */
    public static java.util.Map<String, Integer> structLayout() {
        java.util.Map<String, Integer> layout = new java.util.LinkedHashMap<>();
        layout.put("sizeof(cs_insn)", Capstone.INSN_SIZE);
        layout.put("cs_insn.id", Capstone.INSN_ID);
        layout.put("cs_insn.address", Capstone.INSN_ADDRESS);
        layout.put("cs_insn.size", Capstone.INSN_LENGTH);
        layout.put("cs_insn.bytes", Capstone.INSN_BYTES);
        layout.put("cs_insn.mnemonic", Capstone.INSN_MNEMONIC);
        layout.put("cs_insn.op_str", Capstone.INSN_OP_STR);
        layout.put("cs_insn.detail", Capstone.INSN_DETAIL);
        layout.put("cs_detail.groups", Capstone.DETAIL_GROUPS);
        layout.put("cs_detail.groups_count", Capstone.DETAIL_GROUPS_COUNT);
        layout.put("cs_detail.x86", Capstone.DETAIL_X86);
        layout.put("cs_x86.op_count", Capstone.X86_OP_COUNT);
        layout.put("cs_x86.operands", Capstone.X86_OPERANDS);
        layout.put("cs_x86.encoding", Capstone.X86_ENCODING);
        layout.put("sizeof(cs_x86_op)", Capstone.OP_SIZE_OF);
        layout.put("cs_x86_op.type", Capstone.OP_TYPE);
        layout.put("cs_x86_op.reg", Capstone.OP_REG);
        layout.put("cs_x86_op.imm", Capstone.OP_IMM);
        layout.put("cs_x86_op.mem.segment", Capstone.OP_MEM_SEGMENT);
        layout.put("cs_x86_op.mem.base", Capstone.OP_MEM_BASE);
        layout.put("cs_x86_op.mem.index", Capstone.OP_MEM_INDEX);
        layout.put("cs_x86_op.mem.scale", Capstone.OP_MEM_SCALE);
        layout.put("cs_x86_op.mem.disp", Capstone.OP_MEM_DISP);
        layout.put("cs_x86_op.size", Capstone.OP_SIZE);
        layout.put("cs_x86_op.access", Capstone.OP_ACCESS);
        layout.put("cs_x86_encoding.disp_offset", Capstone.ENC_DISP_OFFSET);
        layout.put("cs_x86_encoding.disp_size", Capstone.ENC_DISP_SIZE);
        layout.put("cs_x86_encoding.imm_offset", Capstone.ENC_IMM_OFFSET);
        layout.put("cs_x86_encoding.imm_size", Capstone.ENC_IMM_SIZE);
        layout.put("X86_REG_RIP", Capstone.X86_REG_RIP);
        layout.put("X86_OP_REG", Capstone.X86_OP_REG);
        layout.put("X86_OP_IMM", Capstone.X86_OP_IMM);
        layout.put("X86_OP_MEM", Capstone.X86_OP_MEM);
        layout.put("CS_GRP_JUMP", Capstone.CS_GRP_JUMP);
        layout.put("CS_GRP_CALL", Capstone.CS_GRP_CALL);
        layout.put("CS_GRP_RET", Capstone.CS_GRP_RET);
        layout.put("CS_GRP_BRANCH_RELATIVE", Capstone.CS_GRP_BRANCH_RELATIVE);
        layout.put("CS_ARCH_X86", Capstone.CS_ARCH_X86);
        layout.put("CS_MODE_64", Capstone.CS_MODE_64);
        layout.put("CS_OPT_DETAIL", Capstone.CS_OPT_DETAIL);
        layout.put("CS_OPT_ON", Capstone.CS_OPT_ON);
        return layout;
    }

    public static X86Decoder open() throws CruiseException {
        return new X86Decoder();
    }

    /**
     * Decodes {@code code}, which is at {@code address}, up to its end. Bytes capstone cannot decode
     * (data in code, padding) come back as instructions with id 0 and mnemonic "(bad)", one byte
     * each, so that the result always covers every byte.
     */
    public List<Instruction> decode(byte[] code, long address) {
        List<Instruction> result = new ArrayList<>();
        int offset = 0;
        while (offset < code.length) {
            byte[] rest = offset == 0 ? code : java.util.Arrays.copyOfRange(code, offset, code.length);
            PointerByReference insns = new PointerByReference();
            long count = Capstone.cs_disasm(handle.getValue(), rest, rest.length, address + offset, 0, insns);
            Pointer base = insns.getValue();
            try {
                for (long i = 0; i < count; i++) {
                    Instruction insn = read(base.share(i * Capstone.INSN_SIZE));
                    result.add(insn);
                    offset += insn.length();
                }
            } finally {
                if (count > 0) {
                    Capstone.cs_free(base, count);
                }
            }
            if (offset < code.length) {
                result.add(new Instruction(address + offset, new byte[] { code[offset] }, 0, "(bad)", "", false, false,
                        false, false, List.of(), 0, 0, 0));
                offset++;
            }
        }
        return result;
    }

    /** Bytes of cs_detail up to the end of cs_x86's encoding field: all we read of it. */
    private static final int DETAIL_READ = Capstone.DETAIL_X86 + Capstone.X86_ENCODING + Capstone.ENC_IMM_SIZE + 1;

    /**
     * One cs_insn and its cs_detail, each copied out with one native call and decoded in Java:
     * programs have millions of instructions and a JNA call per field would dominate.
     */
    private static Instruction read(Pointer pointer) {
        ByteBuffer insn = ByteBuffer.wrap(pointer.getByteArray(0, Capstone.INSN_SIZE)).order(ByteOrder.nativeOrder());
        long address = insn.getLong(Capstone.INSN_ADDRESS);
        int length = Short.toUnsignedInt(insn.getShort(Capstone.INSN_LENGTH));
        byte[] bytes = new byte[length];
        insn.get(Capstone.INSN_BYTES, bytes);
        String mnemonic = cString(insn, Capstone.INSN_MNEMONIC, Capstone.INSN_OP_STR - Capstone.INSN_MNEMONIC);
        String operandText = cString(insn, Capstone.INSN_OP_STR, Capstone.INSN_DETAIL - Capstone.INSN_OP_STR);
        int id = insn.getInt(Capstone.INSN_ID);
        ByteBuffer detail = ByteBuffer.wrap(pointer.getPointer(Capstone.INSN_DETAIL).getByteArray(0, DETAIL_READ))
                .order(ByteOrder.nativeOrder());
        boolean jump = false;
        boolean call = false;
        boolean ret = false;
        boolean relative = false;
        int groups = Byte.toUnsignedInt(detail.get(Capstone.DETAIL_GROUPS_COUNT));
        for (int g = 0; g < groups && g < 8; g++) {
            switch (Byte.toUnsignedInt(detail.get(Capstone.DETAIL_GROUPS + g))) {
                case Capstone.CS_GRP_JUMP -> jump = true;
                case Capstone.CS_GRP_CALL -> call = true;
                case Capstone.CS_GRP_RET -> ret = true;
                case Capstone.CS_GRP_BRANCH_RELATIVE -> relative = true;
                default -> {
                }
            }
        }
        int x86 = Capstone.DETAIL_X86;
        int count = Math.min(8, Byte.toUnsignedInt(detail.get(x86 + Capstone.X86_OP_COUNT)));
        List<Operand> operands = new ArrayList<>(count);
        for (int o = 0; o < count; o++) {
            int op = x86 + Capstone.X86_OPERANDS + o * Capstone.OP_SIZE_OF;
            int type = detail.getInt(op + Capstone.OP_TYPE);
            int size = Byte.toUnsignedInt(detail.get(op + Capstone.OP_SIZE));
            operands.add(switch (type) {
                case Capstone.X86_OP_REG -> new Operand(Operand.Kind.REGISTER, detail.getInt(op + Capstone.OP_REG), 0, 0,
                        0, 0, 0, 0, size);
                case Capstone.X86_OP_IMM -> new Operand(Operand.Kind.IMMEDIATE, 0, detail.getLong(op + Capstone.OP_IMM), 0,
                        0, 0, 0, 0, size);
                case Capstone.X86_OP_MEM -> new Operand(Operand.Kind.MEMORY, 0, 0, detail.getInt(op + Capstone.OP_MEM_BASE),
                        detail.getInt(op + Capstone.OP_MEM_INDEX), detail.getInt(op + Capstone.OP_MEM_SCALE),
                        detail.getLong(op + Capstone.OP_MEM_DISP), detail.getInt(op + Capstone.OP_MEM_SEGMENT), size);
                default -> new Operand(Operand.Kind.OTHER, 0, 0, 0, 0, 0, 0, 0, size);
            });
        }
        int encoding = x86 + Capstone.X86_ENCODING;
        return new Instruction(address, bytes, id, mnemonic, operandText, jump, call, ret, relative,
                List.copyOf(operands), Byte.toUnsignedInt(detail.get(encoding + Capstone.ENC_DISP_OFFSET)),
                Byte.toUnsignedInt(detail.get(encoding + Capstone.ENC_IMM_OFFSET)),
                Byte.toUnsignedInt(detail.get(encoding + Capstone.ENC_IMM_SIZE)));
    }

    private static String cString(ByteBuffer buffer, int offset, int max) {
        int end = offset;
        while (end < offset + max && buffer.get(end) != 0) {
            end++;
        }
        return new String(buffer.array(), offset, end - offset, StandardCharsets.US_ASCII);
    }

    @Override
    public void close() {
        if (open) {
            Capstone.cs_close(handle);
            open = false;
        }
    }
}
