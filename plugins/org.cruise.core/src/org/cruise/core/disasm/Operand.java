package org.cruise.core.disasm;

/**
 * One operand of a decoded x86-64 instruction.
 *
 * @param kind register, immediate or memory
 * @param immediate the value of an immediate; for a relative branch, capstone has already turned
 *        it into the absolute target address
 * @param base the base register of a memory operand (capstone's x86_reg), {@link #NO_REGISTER} if none
 * @param index the index register, {@link #NO_REGISTER} if none
 * @param scale the index scale
 * @param displacement the memory operand's displacement as encoded (for rip-relative operands,
 *        relative to the end of the instruction)
 * @param segment the segment register of a memory operand (fs/gs for TLS), {@link #NO_REGISTER} if none
 * @param size the operand's size in bytes
 */
public record Operand(Kind kind, int register, long immediate, int base, int index, int scale, long displacement,
        int segment, int size) {

    public enum Kind {
        REGISTER, IMMEDIATE, MEMORY, OTHER
    }

    public static final int NO_REGISTER = Capstone.X86_REG_INVALID;
    public static final int RIP = Capstone.X86_REG_RIP;

    public boolean isRipRelative() {
        return kind == Kind.MEMORY && base == RIP;
    }

    /** A memory operand addressed by its displacement alone or with an index (absolute addresses). */
    public boolean isAbsoluteMemory() {
        return kind == Kind.MEMORY && base == NO_REGISTER && segment == NO_REGISTER;
    }
}
