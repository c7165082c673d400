package org.cruise.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.cruise.core.CruiseException;
import org.cruise.core.update.LiveUpdate;
import org.cruise.core.update.SafePoint;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code cruise check --pid PID --to NEW [--updated FILE]}: the restorability check on a running
 * process, frame by frame. Exit 0 when it could switch now, 3 when a changed function is on a stack.
 */
@Command(name = "check",
        description = { "Check whether a running process could switch to NEW now: every frame of every thread"
                + " with its verdict (an unchanged function is ok; an updated or removed one blocks).",
                "Exit code 0 when restorable now, 3 when not. The process is stopped for a moment and runs on unchanged." },
        mixinStandardHelpOptions = true)
final class CheckCommand implements Callable<Integer> {

    @Mixin
    UpdateTarget target;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws CruiseException {
        LiveUpdate.CheckResult r = LiveUpdate.check(target.pid, target.newProgram, target.changeSource());
        PrintWriter out = spec.commandLine().getOut();
        out.println("pid " + target.pid + ": " + r.oldProgram() + " -> " + target.newProgram);
        out.println("updated functions: " + (r.changes().changedKeys().isEmpty() ? "none" : String.join(", ", r.changes().changedKeys())));
        if (!r.changes().removedKeys().isEmpty()) {
            out.println("removed functions: " + String.join(", ", r.changes().removedKeys()));
        }
        for (SafePoint.FrameVerdict f : r.safePoint().frames()) {
            out.println("  " + f.describe());
        }
        for (String s : r.safePoint().incomplete()) {
            out.println("  call chain incomplete: " + s);
        }
        boolean safe = r.safePoint().safe();
        out.println(safe ? "restorable now" : "not restorable now: "
                + r.safePoint().blocking().size() + " blocking frame(s)"
                + (r.safePoint().incomplete().isEmpty() ? "" : ", incomplete call chains"));
        out.flush();
        return safe ? 0 : 3;
    }
}
