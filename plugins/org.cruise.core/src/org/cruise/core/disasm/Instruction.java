package org.cruise.core.disasm;

import java.util.List;

/**
 * One decoded x86-64 instruction, with the detail cruise diff needs to normalise it.
 *
 * @param address its (link-time) address
 * @param bytes its encoding
 * @param id capstone's x86_insn id (the mnemonic as a number)
 * @param mnemonic e.g. "lea"
 * @param operandText e.g. "rdi, [rip + 0xe8c]"
 * @param jump a jump (conditional, direct or indirect)
 * @param call a call
 * @param ret a return
 * @param relativeBranch a branch whose target is encoded relative to the next instruction
 * @param operands the operands
 * @param displacementOffset where the displacement is in {@link #bytes()}, 0 if none
 * @param immediateOffset where the immediate (or a relative branch's offset) is, 0 if none
 * @param immediateSize its size in bytes, 0 if none
 */
public record Instruction(long address, byte[] bytes, int id, String mnemonic, String operandText, boolean jump,
        boolean call, boolean ret, boolean relativeBranch, List<Operand> operands, int displacementOffset,
        int immediateOffset, int immediateSize) {

    public int length() {
        return bytes.length;
    }

    /** The address of the next instruction, which rip-relative operands are relative to. */
    public long next() {
        return address + bytes.length;
    }

    /** lea computes an address without reading memory. */
    public boolean isLea() {
        return "lea".equals(mnemonic);
    }

    @Override
    public String toString() {
        return "0x" + Long.toHexString(address) + ": " + mnemonic + (operandText.isEmpty() ? "" : " " + operandText);
    }
}
