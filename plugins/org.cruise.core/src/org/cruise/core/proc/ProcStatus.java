package org.cruise.core.proc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Fields of /proc/PID/status and /proc/PID/comm, read without ptrace. */
public final class ProcStatus {
    private ProcStatus() {
    }

    /** The named field's value (text after the colon, trimmed), or null if absent or unreadable. */
    public static String field(int pid, String name) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Integer.toString(pid), "status"))) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).equals(name)) {
                    return line.substring(colon + 1).trim();
                }
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }

    /** Pid of the process tracing pid, 0 if none, -1 if pid is unreadable. */
    public static int tracerPid(int pid) {
        String v = field(pid, "TracerPid");
        return v == null ? -1 : Integer.parseInt(v);
    }

    /** The command name of pid, or "?" if it is gone. */
    public static String comm(int pid) {
        try {
            return Files.readString(Path.of("/proc", Integer.toString(pid), "comm")).trim();
        } catch (IOException e) {
            return "?";
        }
    }

    public static boolean exists(int pid) {
        return Files.exists(Path.of("/proc", Integer.toString(pid), "status"));
    }
}
