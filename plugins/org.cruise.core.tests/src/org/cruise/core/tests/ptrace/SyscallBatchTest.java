package org.cruise.core.tests.ptrace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.cruise.core.disasm.Instruction;
import org.cruise.core.disasm.X86Decoder;
import org.cruise.core.ptrace.FunctionInjector;
import org.cruise.core.ptrace.ProcessMemory;
import org.cruise.core.ptrace.Ptrace;
import org.cruise.core.ptrace.SyscallBatch;
import org.cruise.core.ptrace.SyscallInjector;
import org.cruise.core.ptrace.TracedProcess;
import org.cruise.core.ptrace.Tracer;
import org.cruise.core.ptrace.UserRegs;
import org.cruise.core.tests.tracee.Tracee;
import org.junit.jupiter.api.Test;

/**
 * Batched system calls: the emitted code read back by capstone, and batches run by a real
 * stopped process (/bin/sleep), which runs on afterwards with its registers as they were.
 */
class SyscallBatchTest {
    private static final long SYS_WRITE = 1, SYS_MMAP = 9, SYS_MPROTECT = 10, SYS_GETPID = 39, SYS_GETPPID = 110;
    private static final long NO_SUCH_CALL = 100_000;
    private static final int PAGE = 4096, EBADF = 9, ENOSYS = 38;

    @Test
    void theCodeIsTheCallsThenRetAndAFailureJumpsToTheRet() throws Exception {
        SyscallBatch b = new SyscallBatch();
        b.addStoringResult(0x5000, SYS_GETPID);
        b.addTolerant(SYS_WRITE, 1, 0x6000, 3);
        b.add(SYS_GETPPID);
        long base = 0x400000;
        byte[] code = b.code(0x7000);
        try (X86Decoder d = X86Decoder.open()) {
            List<Instruction> insns = d.decode(code, base);
            List<String> mnemonics = insns.stream().map(Instruction::mnemonic).toList();
            List<String> call = List.of("movabs", "movabs", "movabs", "movabs", "movabs", "movabs", "movabs", "syscall");
            java.util.List<String> expected = new java.util.ArrayList<>();
            expected.addAll(call);
            expected.addAll(List.of("movabs", "movabs", "cmp", "jae")); // result, also stored, stop on error
            expected.addAll(call);
            expected.add("movabs"); // tolerant: no check
            expected.addAll(call);
            expected.add("movabs"); // the last: nothing after it to skip
            expected.add("ret");
            assertEquals(expected, mnemonics);
            assertEquals(code.length, insns.stream().mapToInt(Instruction::length).sum(), "every byte decoded");
            Instruction jae = insns.get(11);
            Instruction ret = insns.get(insns.size() - 1);
            assertTrue(jae.operandText().contains(Long.toHexString(ret.address())), jae + " must go to " + ret);
            assertEquals("rax, 0x27", insns.get(0).operandText(), "getpid's number first");
            assertTrue(insns.get(8).operandText().contains("0x7000"), "first result at the results array: " + insns.get(8));
            assertTrue(insns.get(9).operandText().contains("0x5000"), "then where it is also wanted: " + insns.get(9));
            assertEquals("rax, -0xfff", insns.get(10).operandText(), "the errno range starts at -4095");
        }
    }

    @Test
    void aStoppedProcessRunsTheBatchAndGoesOnAsBefore() throws Exception {
        try (Tracer tracer = new Tracer(); Tracee sleep = Tracee.launch(tracer, Path.of("/bin/sleep"), "600")) {
            int pid = sleep.pid();
            Files.readString(Path.of("/proc/" + pid + "/maps")); // started
            Thread.sleep(100); // in nanosleep by now
            tracer.call(() -> {
                TracedProcess p = TracedProcess.seize(pid);
                try (ProcessMemory mem = new ProcessMemory(pid)) {
                    p.stopAll();
                    UserRegs before = Ptrace.getRegs(pid);
                    SyscallInjector inject = new SyscallInjector(p, mem);
                    long pages = inject.syscall(pid, SYS_MMAP, 0, 2 * PAGE, 3, 0x22, -1, 0);
                    assertTrue(pages > 0, "mmap: " + pages);
                    long code = pages + PAGE;
                    assertEquals(0, inject.syscall(pid, SYS_MPROTECT, code, PAGE, 5));
                    FunctionInjector functions = new FunctionInjector(p, mem);

                    SyscallBatch ok = new SyscallBatch();
                    ok.addStoringResult(pages + 2048, SYS_GETPID);
                    ok.addTolerant(SYS_WRITE, -1, pages, 1); // EBADF, and the batch goes on
                    ok.add(SYS_GETPPID);
                    long[] r = ok.run(functions, mem, pid, code, PAGE, pages);
                    assertEquals(pid, r[0]);
                    assertEquals(-EBADF, r[1]);
                    assertEquals(ProcessHandle.of(pid).get().parent().map(ProcessHandle::pid).orElse(-1L), r[2]);
                    assertEquals(pid, mem.readLong(pages + 2048), "getpid's answer also stored where asked");

                    SyscallBatch stops = new SyscallBatch();
                    stops.add(SYS_GETPID);
                    stops.add(NO_SUCH_CALL);
                    stops.add(SYS_GETPID);
                    assertArrayEquals(new long[] { pid, -ENOSYS, SyscallBatch.NOT_RUN },
                            stops.run(functions, mem, pid, code, PAGE, pages), "a failure ends the batch");

                    UserRegs after = Ptrace.getRegs(pid);
                    // Stopped in nanosleep: set up to restart it (-ERESTART_RESTARTBLOCK), as the kernel would.
                    boolean restart = before.rax() <= -512 && before.rax() >= -516;
                    assertEquals(restart ? before.rip() - 2 : before.rip(), after.rip());
                    assertEquals(before.rsp(), after.rsp());
                    p.resumeAll();
                } finally {
                    p.detach();
                }
                return null;
            });
            Thread.sleep(100);
            String state = Files.readString(Path.of("/proc/" + pid + "/stat")).split("\\) ")[1].substring(0, 1);
            assertEquals("S", state, "sleep sleeps on after the batches");
        }
    }
}
