package org.cruise.core.tests.ptrace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.cruise.core.ptrace.ProcessMemory;
import org.cruise.core.ptrace.SyscallInjector;
import org.cruise.core.ptrace.TracedProcess;
import org.cruise.core.ptrace.Tracer;
import org.cruise.core.tests.tracee.Tracee;
import org.junit.jupiter.api.Test;

/** Many words written at once into a real process, also onto pages it may only read. */
class ProcessMemoryTest {
    private static final long SYS_MMAP = 9, SYS_MPROTECT = 10;
    private static final int PAGE = 4096;

    @Test
    void writeLongsReachesWritableAndReadOnlyPagesAlike() throws Exception {
        try (Tracer tracer = new Tracer(); Tracee sleep = Tracee.launch(tracer, Path.of("/bin/sleep"), "600")) {
            int pid = sleep.pid();
            Thread.sleep(100);
            tracer.call(() -> {
                TracedProcess p = TracedProcess.seize(pid);
                try (ProcessMemory mem = new ProcessMemory(pid)) {
                    p.stopAll();
                    SyscallInjector inject = new SyscallInjector(p, mem);
                    // rw page, read-only page, rw page
                    long base = inject.syscall(pid, SYS_MMAP, 0, 3 * PAGE, 3, 0x22, -1, 0);
                    assertTrue(base > 0);
                    assertEquals(0, inject.syscall(pid, SYS_MPROTECT, base + PAGE, PAGE, 1));
                    long[] at = { base + 8, base + 16, base + PAGE, base + PAGE + 8, base + PAGE + 16, base + PAGE + 4000,
                            base + 2 * PAGE, base + 2 * PAGE + 64 };
                    long[] values = new long[at.length];
                    for (int i = 0; i < at.length; i++) {
                        values[i] = 0x1111_0000_0000_0000L * (i + 1) + i;
                    }
                    mem.writeLongs(at, values, at.length);
                    for (int i = 0; i < at.length; i++) {
                        assertEquals(values[i], mem.readLong(at[i]), "word " + i + " at 0x" + Long.toHexString(at[i]));
                    }
                    assertEquals(0, mem.readLong(base), "nothing else written");
                    assertEquals(0, mem.readLong(base + PAGE + 24), "nothing else written");
                    p.resumeAll();
                } finally {
                    p.detach();
                }
                return null;
            });
        }
    }
}
