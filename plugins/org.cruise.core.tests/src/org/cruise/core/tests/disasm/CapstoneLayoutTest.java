package org.cruise.core.tests.disasm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cruise.core.disasm.Instruction;
import org.cruise.core.disasm.Operand;
import org.cruise.core.disasm.X86Decoder;
import org.cruise.core.tests.tracee.CProgram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The capstone binding against the installed capstone 4 headers and library. */
class CapstoneLayoutTest {

    /**
     * Every offset and constant the binding reads equals offsetof()/the enum value compiled
     * against /usr/include/capstone (libcapstone-dev). Skipped parts would make decoding read
     * garbage silently, so this compiles a C program rather than trusting the numbers.
     */
    @Test
    void structOffsetsMatchTheInstalledHeaders(@TempDir Path dir) throws Exception {
        Map<String, Integer> layout = X86Decoder.structLayout();
        StringBuilder c = new StringBuilder("#include <stdio.h>\n#include <stddef.h>\n#include <capstone/capstone.h>\n"
                + "int main(void) {\n");
        for (String key : layout.keySet()) {
            String expression;
            if (key.startsWith("sizeof(")) {
                expression = key;
            } else if (key.contains(".")) {
                int dot = key.indexOf('.');
                expression = "offsetof(" + key.substring(0, dot) + ", " + key.substring(dot + 1) + ")";
            } else {
                expression = key;
            }
            c.append("    printf(\"%s=%ld\\n\", \"").append(key).append("\", (long) (").append(expression).append("));\n");
        }
        c.append("    return 0;\n}\n");
        Path source = Files.writeString(dir.resolve("layout.c"), c);
        Path program = dir.resolve("layout");
        if (!Files.exists(Path.of("/usr/include/capstone/capstone.h"))) {
            throw new AssertionError("/usr/include/capstone/capstone.h missing: install libcapstone-dev to check the binding");
        }
        CProgram.run(List.of("gcc", "-o", program.toString(), source.toString()));
        Map<String, Integer> actual = new LinkedHashMap<>();
        for (String line : CProgram.run(List.of(program.toString())).split("\n")) {
            if (line.contains("=")) {
                actual.put(line.substring(0, line.indexOf('=')), Integer.parseInt(line.substring(line.indexOf('=') + 1)));
            }
        }
        assertEquals(layout, actual);
    }

    @Test
    void decodesBranchesAndRipRelativeOperands() throws Exception {
        // call +0x10; lea rdi, [rip + 0x10]; movsd xmm0, [rip + 8]; 0x06 (invalid in 64-bit mode); ret
        byte[] code = HexFormat.of().parseHex("e810000000" + "488d3d10000000" + "f20f100508000000" + "06" + "c3");
        try (X86Decoder decoder = X86Decoder.open()) {
            List<Instruction> insns = decoder.decode(code, 0x1000);
            assertEquals(5, insns.size(), insns::toString);
            Instruction call = insns.get(0);
            assertTrue(call.call() && call.relativeBranch());
            assertEquals(0x1015, call.operands().get(0).immediate());
            assertEquals(1, call.immediateOffset());
            assertEquals(4, call.immediateSize());
            Instruction lea = insns.get(1);
            Operand memory = lea.operands().get(1);
            assertTrue(memory.isRipRelative());
            assertEquals(0x10, memory.displacement());
            assertEquals(3, lea.displacementOffset());
            Instruction movsd = insns.get(2);
            assertEquals(8, movsd.operands().get(1).size());
            assertEquals("(bad)", insns.get(3).mnemonic());
            assertTrue(insns.get(4).ret());
        }
    }
}
