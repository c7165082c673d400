package org.cruise.core.capture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.cruise.core.CruiseException;
import org.cruise.core.ExitCode;
import org.cruise.core.proc.ProcStatus;
import org.cruise.core.sys.NativeException;

/**
 * Reads files of /proc/PID and turns failures into messages for the user: the target ending
 * while we read it, or a file we may not read, is a problem with the target (exit code 4), not a
 * crash of CRUISE.
 */
final class Procfs {
    private Procfs() {
    }

    static Path path(int pid, String name) {
        return Path.of("/proc", Integer.toString(pid)).resolve(name);
    }

    static String readString(int pid, String name) throws CruiseException {
        try {
            return Files.readString(path(pid, name));
        } catch (IOException e) {
            throw failure(pid, "read /proc/" + pid + "/" + name, e);
        }
    }

    static byte[] readBytes(int pid, String name) throws CruiseException {
        try {
            return Files.readAllBytes(path(pid, name));
        } catch (IOException e) {
            throw failure(pid, "read /proc/" + pid + "/" + name, e);
        }
    }

    static String readLink(int pid, String name) throws CruiseException {
        try {
            return Files.readSymbolicLink(path(pid, name)).toString();
        } catch (IOException e) {
            throw failure(pid, "read link /proc/" + pid + "/" + name, e);
        }
    }

    /** What went wrong reading /proc/PID: the process ended, or we may not look at it. */
    static CruiseException failure(int pid, String what, IOException e) {
        if (!ProcStatus.exists(pid)) {
            return new CruiseException(ExitCode.TARGET, "pid " + pid + " ended during the checkpoint", e);
        }
        if (e instanceof NoSuchFileException) {
            return new CruiseException(ExitCode.TARGET, "cannot " + what + ": it no longer exists", e);
        }
        return new CruiseException(ExitCode.TARGET, "cannot " + what + ": " + e.getMessage()
                + " (run as root or as the owner of pid " + pid + ")", e);
    }

    /** A system call on behalf of the capture failed: ESRCH means the target is gone. */
    static CruiseException failure(int pid, NativeException e) {
        if (!ProcStatus.exists(pid)) {
            return new CruiseException(ExitCode.TARGET, "pid " + pid + " ended during the checkpoint", e);
        }
        return new CruiseException(ExitCode.TARGET, e.getMessage() + " (capturing pid " + pid + ")", e);
    }
}
