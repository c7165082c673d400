package org.cruise.core.diff;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;

import org.cruise.core.diff.Binary.Sym;
import org.cruise.core.disasm.Instruction;
import org.cruise.core.disasm.Operand;
import org.cruise.core.disasm.X86Decoder;
import org.cruise.core.elf.ElfRelocation;
import org.cruise.core.elf.ElfSection;

/**
 * Turns each function of one {@link Binary} into a list of normalised instructions that compare
 * equal across two builds exactly when the code does the same thing, whatever moved:
 * <ul>
 * <li>the bytes of every displacement or immediate that holds an address (branch targets,
 * rip-relative operands, and in fixed-address executables absolute addresses) are masked, and the
 * address is named instead: {@code self+0x1c} inside the function itself, {@code fn ID+off} for
 * another function, {@code obj ID+off} for a data object, {@code plt NAME} for a PLT stub,
 * {@code got NAME} for a GOT slot the loader fills in;</li>
 * <li>read-only data without a symbol is named by its contents: a memory read by the bytes read
 * (the operand's size); otherwise a jump table ({@code jt32}/{@code jt64}) by its entries, each
 * named like a branch target and read while it lands in a function and before the next boundary;
 * a string literal by its text up to the NUL (up to 4096 bytes, strict UTF-8, no control
 * characters but tab, newline, CR, FF, VT, ESC); anything else by the bytes up to the next
 * boundary, at most 256. A boundary is the next address any instruction of the program
 * refers to, the next symbol, or the end of the section.</li>
 * </ul>
 * Used in two passes: {@link #decode()} reads every function and learns which functions refer
 * to which data objects (what function-local statics are matched by); {@link #tokens} then
 * normalises with the identities {@link ProgramDiffer} assigned in between.
 */
final class CodeNormalizer {

    enum Access {
        BRANCH, READ, ADDRESS, INDEXED
    }

    record Ref(long target, Access access, int size, int maskOffset, int maskSize) {
    }

    private static final int STRING_LIMIT = 4096;
    private static final int WINDOW_LIMIT = 256;
    private static final HexFormat HEX = HexFormat.of();

    private final Binary binary;
    private final X86Decoder decoder;
    private final Map<Sym, List<Instruction>> code = new HashMap<>();
    private final NavigableSet<Long> targets = new TreeSet<>(Long::compareUnsigned);
    private final Map<Sym, Set<Sym>> owners = new HashMap<>();

    CodeNormalizer(Binary binary, X86Decoder decoder) {
        this.binary = binary;
        this.decoder = decoder;
    }

    /** Pass 1: decodes every function, collects the addresses referred to and who refers to each data object. */
    void decode() {
        for (Sym function : binary.functions) {
            byte[] bytes = function.symbol.size() > Integer.MAX_VALUE ? null
                    : binary.bytes(function.symbol.address(), (int) function.symbol.size());
            List<Instruction> instructions = bytes == null ? List.of() : decoder.decode(bytes, function.symbol.address());
            code.put(function, instructions);
            for (Instruction insn : instructions) {
                for (Ref ref : refs(insn)) {
                    targets.add(ref.target());
                    Sym target = binary.symbolAt(ref.target());
                    if (target != null && !target.symbol.function()) {
                        owners.computeIfAbsent(target, t -> new LinkedHashSet<>()).add(function);
                    }
                }
            }
        }
        for (ElfRelocation relocation : binary.relocations.values()) {
            if (relocation.type() == ElfRelocation.R_X86_64_RELATIVE && relocation.symbol() == null) {
                targets.add(relocation.addend());
            }
        }
    }

    /** The functions whose code refers to a data object, in the order first seen. */
    Set<Sym> owners(Sym data) {
        return owners.getOrDefault(data, Set.of());
    }

    List<Instruction> instructions(Sym function) {
        return code.getOrDefault(function, List.of());
    }

    /** Pass 2: one normalised string per instruction of the function. */
    List<String> tokens(Sym function) {
        List<Instruction> instructions = instructions(function);
        List<String> tokens = new ArrayList<>(instructions.size());
        for (Instruction insn : instructions) {
            tokens.add(token(insn, function));
        }
        return tokens;
    }

    /** An instruction as the difference report shows it: its text and what its addresses name. */
    String describe(Instruction insn, Sym function) {
        StringBuilder text = new StringBuilder(insn.mnemonic());
        if (!insn.operandText().isEmpty()) {
            text.append(' ').append(insn.operandText());
        }
        for (Ref ref : refs(insn)) {
            text.append(" <").append(name(ref.target(), ref.access(), ref.size(), function, 0)).append('>');
        }
        return text.toString();
    }

    private String token(Instruction insn, Sym function) {
        byte[] bytes = insn.bytes().clone();
        List<Ref> refs = refs(insn);
        StringBuilder names = new StringBuilder();
        for (Ref ref : refs) {
            for (int i = ref.maskOffset(); i < ref.maskOffset() + ref.maskSize(); i++) {
                bytes[i] = 0;
            }
            names.append(" <").append(name(ref.target(), ref.access(), ref.size(), function, 0)).append('>');
        }
        return HEX.formatHex(bytes) + names;
    }

    /** The operands of an instruction that hold addresses of this program, with where they are encoded. */
    List<Ref> refs(Instruction insn) {
        List<Ref> refs = new ArrayList<>(1);
        int length = insn.length();
        for (Operand op : insn.operands()) {
            switch (op.kind()) {
                case IMMEDIATE -> {
                    if (insn.jump() || insn.call() || insn.relativeBranch()) {
                        // A target that is no place of the program (capstone 4 mis-decoding an
                        // AVX-512 instruction, data in code) keeps its raw bytes; 0 is a call to an
                        // undefined weak symbol, whose displacement changes with the caller's address.
                        if (insn.relativeBranch() && valid(insn.immediateOffset(), insn.immediateSize(), length)
                                && (isProgramAddress(op.immediate()) || op.immediate() == 0)) {
                            refs.add(new Ref(op.immediate(), Access.BRANCH, 0, insn.immediateOffset(),
                                    insn.immediateSize()));
                        }
                    } else if (binary.fixedAddress && insn.immediateSize() >= 4
                            && valid(insn.immediateOffset(), insn.immediateSize(), length)
                            && isAddressConstant(op.immediate())) {
                        // Only fixed-address programs have absolute addresses in their code; in a PIE
                        // an immediate is never an address (that would need a text relocation).
                        refs.add(new Ref(op.immediate(), Access.ADDRESS, 0, insn.immediateOffset(),
                                insn.immediateSize()));
                    }
                }
                case MEMORY -> {
                    Access access = insn.isLea() ? Access.ADDRESS
                            : op.index() != Operand.NO_REGISTER ? Access.INDEXED : Access.READ;
                    // rip-relative and absolute (no base register) displacements are always 32 bits in
                    // 64-bit mode; capstone's disp_size is not reliable with an operand-size prefix.
                    if (op.isRipRelative() && valid(insn.displacementOffset(), 4, length)
                            && isProgramAddress(insn.next() + op.displacement())) {
                        refs.add(new Ref(insn.next() + op.displacement(), access, op.size(), insn.displacementOffset(), 4));
                    } else if (binary.fixedAddress && op.isAbsoluteMemory() && valid(insn.displacementOffset(), 4, length)
                            && binary.sectionAt(op.displacement()) != null) {
                        refs.add(new Ref(op.displacement(), access, op.size(), insn.displacementOffset(), 4));
                    } else if (binary.fixedAddress && op.kind() == Operand.Kind.MEMORY && op.segment() == Operand.NO_REGISTER
                            && valid(insn.displacementOffset(), 4, length) && isAddressConstant(op.displacement())) {
                        // [reg + table] in a fixed-address program: an array of the program indexed by a
                        // register ("mov rax, [rax + 0x402108]" reads commands[i].handler).
                        refs.add(new Ref(op.displacement(), Access.INDEXED, op.size(), insn.displacementOffset(), 4));
                    }
                }
                default -> {
                }
            }
        }
        return refs;
    }

    /** Inside a section, at a symbol outside them (_end), or mapped outside sections (the ELF header). */
    private boolean isProgramAddress(long addr) {
        return binary.sectionAt(addr) != null || binary.labelAt(addr) != null || binary.isMapped(addr);
    }

    /**
     * Whether an immediate of a fixed-address program is taken for an address: one inside data
     * (any offset: string literals are referred to in the middle of merged strings), or exactly a
     * function's entry or a PLT stub in code. Flag masks such as 0x410000 fall inside .text of a
     * static program but not on an entry.
     */
    private boolean isAddressConstant(long value) {
        ElfSection section = binary.sectionAt(value);
        if (section == null) {
            return false;
        }
        if (!section.isExecutable()) {
            return true;
        }
        Sym sym = binary.symbolAt(value);
        return sym != null && sym.symbol.function() && sym.symbol.address() == value
                || section.name().startsWith(".plt");
    }

    private static boolean valid(int offset, int size, int length) {
        return offset > 0 && size > 0 && offset + size <= length;
    }

    /** What an address of this program is, independent of where the linker put things. */
    String name(long target, Access access, int size, Sym self, int depth) {
        if (self != null && self.symbol.size() > 0 && self.symbol.contains(target)) {
            return "self+0x" + Long.toHexString(target - self.symbol.address());
        }
        Sym sym = binary.symbolAt(target);
        if (sym != null) {
            return (sym.symbol.function() ? "fn " : "obj ") + sym.id + offset(target - sym.symbol.address());
        }
        String marker = binary.labelAt(target);
        if (marker != null) {
            // Linker-defined markers: __rela_iplt_start, __init_array_start, __bss_start, _end...
            return "label " + marker;
        }
        ElfSection section = binary.sectionAt(target);
        if (section == null) {
            String before = binary.isMapped(target) ? binary.labelBefore(target) : null;
            return before != null ? "mapped " + before : "abs 0x" + Long.toHexString(target);
        }
        if (section.name().startsWith(".plt")) {
            return "plt " + pltName(target, section);
        }
        ElfRelocation relocation = binary.relocations.get(target);
        if (relocation != null) {
            if (relocation.symbolName() != null) {
                return "got " + relocation.symbolName() + offset(relocation.addend());
            }
            if (depth == 0) {
                return "got -> " + name(relocation.addend(), Access.ADDRESS, 0, self, 1);
            }
        }
        if (section.isExecutable()) {
            String label = binary.label(target, section);
            return "code " + (label != null ? label : section.name() + offset(target - section.address()));
        }
        if (section.isWritable() || section.isNoBits()) {
            String label = binary.label(target, section);
            return "var " + (label != null ? label : section.name() + offset(target - section.address()));
        }
        return "ro " + contents(target, access, size, self);
    }

    private static String offset(long offset) {
        return offset == 0 ? "" : (offset > 0 ? "+0x" + Long.toHexString(offset) : "-0x" + Long.toHexString(-offset));
    }

    /** Read-only data without a symbol, named by what it holds (see the class comment). */
    private String contents(long target, Access access, int size, Sym self) {
        long end = binary.sectionEnd(target);
        if (access == Access.READ && size > 0) {
            return "const " + HEX.formatHex(binary.bytes(target, (int) Math.min(size, end - target)));
        }
        long bound = end;
        Long nextTarget = targets.higher(target);
        if (nextTarget != null && Long.compareUnsigned(nextTarget, bound) < 0) {
            bound = nextTarget;
        }
        long nextSymbol = binary.nextSymbolStart(target);
        if (nextSymbol != -1 && Long.compareUnsigned(nextSymbol, bound) < 0) {
            bound = nextSymbol;
        }
        String table = jumpTable(target, bound, self);
        if (table != null) {
            return table;
        }
        String string = string(target, end);
        if (string != null && !string.isEmpty()) {
            return "str \"" + escape(string) + "\"";
        }
        return "data " + HEX.formatHex(binary.bytes(target, (int) Math.min(bound - target, WINDOW_LIMIT)));
    }

    /**
     * A switch's jump table: 32-bit offsets from the table (PIE code) or, in fixed-address
     * programs, 64-bit absolute addresses, each landing in a function.
     */
    private String jumpTable(long target, long bound, Sym self) {
        List<String> entries = new ArrayList<>();
        for (long p = target; Long.compareUnsigned(p + 4, bound) <= 0; p += 4) {
            long destination = target + ByteBuffer.wrap(binary.bytes(p, 4)).order(ByteOrder.LITTLE_ENDIAN).getInt();
            if (!isCode(destination)) {
                break;
            }
            entries.add(name(destination, Access.BRANCH, 0, self, 1));
        }
        if (!entries.isEmpty()) {
            return "jt32 " + entries;
        }
        if (binary.fixedAddress) {
            for (long p = target; Long.compareUnsigned(p + 8, bound) <= 0; p += 8) {
                long destination = ByteBuffer.wrap(binary.bytes(p, 8)).order(ByteOrder.LITTLE_ENDIAN).getLong();
                if (!isCode(destination)) {
                    break;
                }
                entries.add(name(destination, Access.BRANCH, 0, self, 1));
            }
            if (!entries.isEmpty()) {
                return "jt64 " + entries;
            }
        }
        return null;
    }

    private boolean isCode(long addr) {
        Sym sym = binary.symbolAt(addr);
        return sym != null && sym.symbol.function();
    }

    /** The NUL-terminated text at target, or null if the bytes there are not text. */
    private String string(long target, long end) {
        int limit = (int) Math.min(STRING_LIMIT, end - target);
        byte[] bytes = binary.bytes(target, limit);
        if (bytes == null) {
            return null;
        }
        int nul = -1;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                nul = i;
                break;
            }
        }
        if (nul < 0) {
            return null;
        }
        CharBuffer text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, 0, nul));
        } catch (CharacterCodingException e) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x0b && c != 0x1b) {
                return null;
            }
        }
        return text.toString();
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\x%02x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** The import a PLT stub jumps to through its GOT slot, or the stub's place if it cannot be told. */
    private String pltName(long stub, ElfSection section) {
        long end = section.address() + section.size();
        int length = (int) Math.min(32, end - stub);
        byte[] bytes = binary.bytes(stub, length);
        if (bytes != null) {
            List<Instruction> instructions = decoder.decode(bytes, stub);
            for (int i = 0; i < instructions.size() && i < 3; i++) {
                Instruction insn = instructions.get(i);
                if (insn.jump() && insn.operands().size() == 1 && insn.operands().get(0).isRipRelative()) {
                    long slot = insn.next() + insn.operands().get(0).displacement();
                    ElfRelocation relocation = binary.relocations.get(slot);
                    if (relocation != null && relocation.symbolName() != null) {
                        return relocation.symbolName();
                    }
                    if (relocation != null && relocation.type() == ElfRelocation.R_X86_64_IRELATIVE) {
                        return "ifunc " + name(relocation.addend(), Access.BRANCH, 0, null, 1);
                    }
                    break;
                }
            }
        }
        return section.name() + offset(stub - section.address());
    }

    /**
     * The contents of a read-only data object with its pointers named like code references (PIE:
     * the words the loader relocates; fixed-address programs: aligned words that hold an address
     * of the program), for comparing constant tables across builds.
     */
    List<String> dataTokens(Sym object) {
        List<String> tokens = new ArrayList<>();
        long start = object.symbol.address();
        long size = object.symbol.size();
        byte[] bytes = size > 1 << 24 ? null : binary.bytes(start, (int) size);
        if (bytes == null) {
            return tokens;
        }
        StringBuilder raw = new StringBuilder();
        for (int i = 0; i < bytes.length;) {
            long addr = start + i;
            String pointer = null;
            if (addr % 8 == 0 && i + 8 <= bytes.length) {
                ElfRelocation relocation = binary.relocations.get(addr);
                if (relocation != null) {
                    pointer = relocation.symbolName() != null ? "sym " + relocation.symbolName() + offset(relocation.addend())
                            : name(relocation.addend(), Access.ADDRESS, 0, null, 1);
                } else if (binary.fixedAddress) {
                    long value = ByteBuffer.wrap(bytes, i, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
                    if (value != 0 && binary.sectionAt(value) != null) {
                        pointer = name(value, Access.ADDRESS, 0, null, 1);
                    }
                }
            }
            if (pointer != null) {
                if (!raw.isEmpty()) {
                    tokens.add(raw.toString());
                    raw.setLength(0);
                }
                tokens.add("<" + pointer + ">");
                i += 8;
            } else {
                raw.append(HEX.toHexDigits(bytes[i]));
                i++;
            }
        }
        if (!raw.isEmpty()) {
            tokens.add(raw.toString());
        }
        return tokens;
    }
}
