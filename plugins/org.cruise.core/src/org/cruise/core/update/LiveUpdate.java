package org.cruise.core.update;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.cruise.core.CruiseException;
import org.cruise.core.ExitCode;
import org.cruise.core.elf.ElfSymbol;
import org.cruise.core.proc.ProcMaps;
import org.cruise.core.ptrace.ProcessMemory;
import org.cruise.core.ptrace.TracedProcess;
import org.cruise.core.ptrace.Tracer;
import org.cruise.core.sys.NativeException;
import org.cruise.core.unwind.Unwinder;

/**
 * {@code cruise check} and {@code cruise update} on a running process: attach, find a safe point
 * (waiting while a changed function is on some stack, paper 5.2.2), switch to NEW in place
 * ({@link InPlaceUpdate}), detach. Everything runs on one {@link Tracer} thread.
 */
public final class LiveUpdate {

    /** Which functions count as updated, decided once both builds are known. */
    @FunctionalInterface
    public interface ChangeSource {
        ChangeSet changes(ProgramImage oldImage, ProgramImage newImage) throws CruiseException;
    }

    public record Request(int pid, Path newProgram, ChangeSource changes, Duration timeout, boolean dryRun,
            boolean allowDataChange) {
    }

    /** The frames of every thread with their verdicts, and the change set they were judged by. */
    public record CheckResult(SafePoint.Result safePoint, ChangeSet changes, Path oldProgram) {
    }

    private static final int REHEARSALS = 300;

    private LiveUpdate() {
    }

    /** The OLD program of a running process, as /proc/PID/exe opens it (also if replaced on disk). */
    public static ProgramImage oldProgram(int pid) throws CruiseException {
        Path exe = Path.of("/proc", Integer.toString(pid), "exe");
        if (!exe.toFile().exists()) {
            throw new CruiseException(ExitCode.TARGET, "no process with pid " + pid);
        }
        return ProgramImage.load(exe);
    }

    /** Refuses a NEW that is not a version of OLD at all, or whose thread-local layout changed. */
    static void checkSameProgram(ProgramImage oldImage, Path oldPath, ProgramImage newImage, boolean allowDataChange)
            throws CruiseException {
        Set<String> oldNames = programFunctionNames(oldImage), newNames = programFunctionNames(newImage);
        long common = oldNames.stream().filter(newNames::contains).count();
        if (!newNames.contains("main") || !oldNames.contains("main") || common * 2 <= oldNames.size()) {
            throw new CruiseException(ExitCode.REFUSED, newImage.path() + " is a different program, not a version of "
                    + oldPath + " (only " + common + " of its " + oldNames.size() + " functions are in both)");
        }
        long oldTls = oldImage.tls().map(p -> p.memSize()).orElse(0L), newTls = newImage.tls().map(p -> p.memSize()).orElse(0L);
        if (oldTls != newTls && !allowDataChange) {
            throw new CruiseException(ExitCode.REFUSED, "thread-local storage changed (" + oldTls + " -> " + newTls
                    + " bytes): running threads' TLS blocks cannot be re-laid out in place");
        }
    }

    /** The program's own function names, without what the C runtime and the linker add to every program. */
    private static Set<String> programFunctionNames(ProgramImage image) {
        Set<String> names = new TreeSet<>();
        for (ElfSymbol f : image.functions()) {
            String n = f.name();
            if (!n.startsWith("_") && !CRT.contains(n)) {
                names.add(n);
            }
        }
        return names;
    }

    private static final Set<String> CRT = Set.of("deregister_tm_clones", "register_tm_clones", "frame_dummy");

    public static CheckResult check(int pid, Path newProgram, ChangeSource source) throws CruiseException {
        ProgramImage oldImage = oldProgram(pid);
        Path oldPath = InPlaceUpdate.exePath(pid);
        ProgramImage newImage = ProgramImage.load(newProgram);
        ChangeSet changes = source.changes(oldImage, newImage);
        try (Tracer tracer = new Tracer()) {
            return tracer.call(() -> {
                TracedProcess process = TracedProcess.seize(pid);
                try (Unwinder unwinder = Unwinder.open(pid)) {
                    process.stopAll();
                    long bias = InPlaceUpdate.findBias(pid, oldImage, maps(pid));
                    return new CheckResult(SafePoint.check(process, unwinder, oldImage, bias, changes, true), changes, oldPath);
                } catch (NativeException e) {
                    throw new CruiseException(ExitCode.TARGET, "pid " + pid + ": " + e.getMessage(), e);
                } finally {
                    detachQuietly(process);
                }
            });
        }
    }

    /**
     * Updates the process. Returns the report; throws with exit code 3 (refused: not restorable
     * in time, data changed, different program) or 4 (the process) and the process unharmed when
     * anything fails before the point of no return.
     */
    public static UpdateReport update(Request request, Consumer<String> progress) throws CruiseException {
        int pid = request.pid();
        ProgramImage oldImage = oldProgram(pid);
        Path oldPath = InPlaceUpdate.exePath(pid);
        ProgramImage newImage = ProgramImage.load(request.newProgram());
        checkSameProgram(oldImage, oldPath, newImage, request.allowDataChange());
        ChangeSet changes = request.changes().changes(oldImage, newImage);
        progress.accept("updated functions: " + (changes.changedKeys().isEmpty() ? "none" : String.join(", ", changes.changedKeys()))
                + (changes.removedKeys().isEmpty() ? "" : "; removed: " + String.join(", ", changes.removedKeys())));
        UpdateReport report = new UpdateReport();
        report.dryRun(request.dryRun());
        try (Tracer tracer = new Tracer()) {
            return tracer.call(() -> {
                TracedProcess process = TracedProcess.seize(pid);
                InPlaceUpdate update = null;
                try (Unwinder unwinder = Unwinder.open(pid); ProcessMemory memory = new ProcessMemory(pid)) {
                    update = new InPlaceUpdate(process, oldImage, newImage, changes, report, request.allowDataChange());
                    update.prepare();
                    UnwinderWarmUp.run();
                    // A first short stop: room for NEW (an injected mmap the program never sees).
                    long pauseStart = System.nanoTime();
                    process.stopAll();
                    // Unwinding the stopped threads once loads their modules' call-frame information;
                    // before anything is injected, so that a thread found the same at the safe point
                    // (registers included: an injection leaves a blocking call set up to restart) is
                    // not unwound again (Unwinder reuses an unchanged thread's chain).
                    SafePoint.check(process, unwinder, oldImage, update.oldBias(), changes);
                    update.reserveWhileStopped();
                    process.resumeAll();
                    report.preparationPause(System.nanoTime() - pauseStart);
                    // Several times: the first runs interpreted; the stop itself should run compiled code.
                    for (int i = 0; i < REHEARSALS; i++) {
                        update.rehearse(i == 0);
                    }
                    long waitStart = System.nanoTime();
                    long deadline = waitStart + request.timeout().toNanos();
                    org.cruise.core.Timing timing = new org.cruise.core.Timing("safe point");
                    long stopped = System.nanoTime();
                    timing.mark("running");
                    process.stopAll();
                    timing.mark("stop all");
                    SafePoint.Result safe = SafePoint.check(process, unwinder, oldImage, update.oldBias(), changes);
                    timing.mark("check");
                    boolean announced = false;
                    SafePointWait wait = new SafePointWait(process, memory);
                    while (!safe.safe()) {
                        if (System.nanoTime() > deadline) {
                            throw notRestorable(pid, request.timeout(), safe);
                        }
                        if (!announced) {
                            progress.accept("waiting for a safe point: " + describe(safe));
                            announced = true;
                        }
                        unwinder.refresh(); // (modules loaded meanwhile: while stopped, not yet downtime)
                        stopped = wait.await(safe, deadline);
                        timing.restart();
                        safe = SafePoint.check(process, unwinder, oldImage, update.oldBias(), changes);
                        timing.mark("check");
                    }
                    report.waitLooks(wait.looks());
                    report.waited(announced ? stopped - waitStart : 0);
                    int inOld = 0;
                    for (SafePoint.FrameVerdict f : safe.frames()) {
                        if (f.function() != null) {
                            inOld++; // (a loop, not a stream: no first-use set-up while the process waits)
                        }
                    }
                    report.framesRewritten(inOld);
                    update.plan();
                    if (request.dryRun()) {
                        update.abort();
                        return report;
                    }
                    update.commit();
                    process.resumeAll();
                    report.downtime(System.nanoTime() - stopped);
                    timing.report();
                    update.reportTiming();
                    update.endTracking();
                    return report;
                } catch (NativeException e) {
                    throw new CruiseException(ExitCode.TARGET, "pid " + pid + ": " + e.getMessage(), e);
                } catch (CruiseException | RuntimeException e) {
                    if (update != null && !update.pastPointOfNoReturn()) {
                        update.abort();
                    }
                    throw e;
                } finally {
                    if (update != null) {
                        update.endTracking();
                    }
                    detachQuietly(process);
                }
            });
        }
    }

    private static CruiseException notRestorable(int pid, Duration timeout, SafePoint.Result safe) {
        return new CruiseException(ExitCode.REFUSED, "pid " + pid + " did not reach a safe point within "
                + timeout.toMillis() + " ms: " + describe(safe) + "; the process runs on unchanged");
    }

    static String describe(SafePoint.Result safe) {
        List<String> parts = new java.util.ArrayList<>();
        for (SafePoint.FrameVerdict f : safe.blocking()) {
            parts.add(f.function() + " (" + f.reason() + ") on thread " + f.tid() + " frame #" + f.index());
        }
        parts.addAll(safe.incomplete().stream().map(s -> "call chain incomplete: " + s).toList());
        return String.join(", ", parts);
    }

    private static List<org.cruise.core.proc.Mapping> maps(int pid) throws CruiseException {
        try {
            return ProcMaps.read(pid);
        } catch (IOException e) {
            throw new CruiseException(ExitCode.TARGET, "cannot read /proc/" + pid + "/maps: " + e.getMessage(), e);
        }
    }

    private static void detachQuietly(TracedProcess process) {
        try {
            process.detach();
        } catch (NativeException e) {
            // The process is gone or no longer ours: nothing left to release.
        }
    }
}
