package org.cruise.core.tests.checkpoint;

import static org.cruise.core.tests.checkpoint.Checks.assertCodeAsInFile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.cruise.core.checkpoint.CheckpointSession.End;
import org.cruise.core.ptrace.Tracer;
import org.cruise.core.sys.LibC;
import org.cruise.core.tests.tracee.Build;
import org.cruise.core.tests.tracee.Tracee;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * After the checkpointer has gone, the process runs on exactly as before: its output continues,
 * a read() blocked in another thread all along was not broken, no breakpoint byte is left in its
 * code, nobody traces it, no stray signal kills it, and it exits normally.
 */
class CheckpointDetachTest {

    @TempDir
    Path dir;

    private static Tracer parent;

    @BeforeAll
    static void startParent() {
        parent = new Tracer();
    }

    @AfterAll
    static void stopParent() {
        parent.close();
    }

    @ParameterizedTest
    @EnumSource(value = Build.class, names = { "O0_PIE", "O2_PIE", "O2_NO_PIE" })
    void theProcessRunsOnUnharmedAfterDetach(Build build) throws Exception {
        Path store = dir.resolve("store");
        try (CheckpointTarget target = CheckpointTarget.start(parent, build, dir.resolve("target"))) {
            int pid = target.pid();
            int reader = target.readerTid();
            long counter;
            try (Checkpointer checkpointer = Checkpointer.start(pid, store, 2, "handle_request", "work")) {
                List<Integer> tracers = target.tracerPids();
                assertEquals(1, tracers.stream().distinct().count(), "one tracer for all threads: " + tracers);
                assertTrue(tracers.get(0) > 0, "every thread is traced while watched: " + tracers);
                counter = target.request(3)[1];
                checkpointer.awaitSnapshots(1, target::output);
                // The second snapshot comes from a work return; the session then ends while the other burst
                // threads are still inside work, each with a return breakpoint pending.
                int burst = target.startBurst();
                assertEquals(End.COUNT_REACHED, checkpointer.awaitEnd(target::output));
                checkpointer.assertNothingLeftBehind();
                assertEquals("handle_request", checkpointer.written.get(0).hit().function().name());
                assertEquals("work", checkpointer.written.get(1).hit().function().name());
                target.awaitBurst(burst);
            }

            String context = target.output();
            assertEquals(List.of(0), target.tracerPids().stream().distinct().toList(), "TracerPid of every thread\n"
                    + context);
            assertCodeAsInFile(pid, target.program, "handle_request", "work");
            assertEquals(List.of(), target.children(), "children of the target (copies of it for the snapshots)");
            // The reader has been blocked in read() all along, through attach, checkpoints and detach.
            target.await("the reader back in read()", () -> target.tracee().syscall(reader)
                    .map(call -> call[0] == Tracee.SYS_READ).orElse(false));

            long[] answer = target.request(6);
            assertEquals(CheckpointTarget.expectedResult(6), answer[0], target::output);
            assertEquals(counter + 1, answer[1], target::output);
            int from = target.mark();
            target.send("feed");
            target.awaitLine(Pattern.compile("reader got 5 bytes: hello"), from);
            target.burst();
            target.burst();
            int status = target.quit();
            String output = target.output();
            assertTrue(LibC.exited(status), "exited normally, not killed by a signal: status 0x"
                    + Integer.toHexString(status) + "\n" + output);
            assertEquals(0, LibC.exitStatus(status), output);
            assertTrue(output.contains("bye counter " + (counter + 1)), output);
            assertFalse(output.contains("reader read"), "read() failed in the reader (EINTR?)\n" + output);
            assertFalse(output.contains("feed:"), output);
        }
    }
}
