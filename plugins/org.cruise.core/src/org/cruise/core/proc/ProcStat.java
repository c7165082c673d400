package org.cruise.core.proc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * /proc/PID/stat, fields numbered as in proc(5) (1 = pid, 2 = comm, 3 = state, ...).
 * <p>
 * The command name (field 2) is in parentheses and may itself contain spaces and parentheses
 * (a thread can name itself "a) (b" with PR_SET_NAME), so the line is split at the LAST ')':
 * what precedes it is pid and comm, what follows is fields 3 onwards, space separated.
 */
public final class ProcStat {
    /** proc(5) field numbers of the memory layout (all unsigned addresses). */
    public static final int PPID = 4, START_CODE = 26, END_CODE = 27, START_STACK = 28, START_DATA = 45,
            END_DATA = 46, START_BRK = 47, ARG_START = 48, ARG_END = 49, ENV_START = 50, ENV_END = 51;

    private final int pid;
    private final String comm;
    /** fields[n] is proc(5) field n; fields[0..2] unused (pid and comm are kept apart). */
    private final String[] fields;

    private ProcStat(int pid, String comm, String[] fields) {
        this.pid = pid;
        this.comm = comm;
        this.fields = fields;
    }

    public static ProcStat read(int pid) throws IOException {
        return parse(Files.readString(Path.of("/proc", Integer.toString(pid), "stat")));
    }

    public static ProcStat parse(String line) {
        int open = line.indexOf('(');
        int close = line.lastIndexOf(')');
        if (open < 0 || close < open) {
            throw new IllegalArgumentException("not a /proc/PID/stat line: " + line);
        }
        int pid = Integer.parseInt(line.substring(0, open).trim());
        String comm = line.substring(open + 1, close);
        String[] rest = line.substring(close + 1).trim().split("\\s+");
        String[] fields = new String[rest.length + 3];
        System.arraycopy(rest, 0, fields, 3, rest.length);
        return new ProcStat(pid, comm, fields);
    }

    public int pid() {
        return pid;
    }

    /** The command name without the parentheses. */
    public String comm() {
        return comm;
    }

    /** One-letter state, e.g. "S", "t" (traced stop). */
    public String state() {
        return fields[3];
    }

    public int ppid() {
        return Integer.parseInt(fields[PPID]);
    }

    /** Field n (proc(5) numbering, n >= 3) as text. */
    public String field(int n) {
        if (n < 3 || n >= fields.length) {
            throw new IllegalArgumentException("/proc/" + pid + "/stat has no field " + n + " here (fields 3.."
                    + (fields.length - 1) + ")");
        }
        return fields[n];
    }

    /** Field n as an unsigned 64-bit value held in a long (addresses above 2^63 stay exact). */
    public long unsigned(int n) {
        return Long.parseUnsignedLong(field(n));
    }
}
