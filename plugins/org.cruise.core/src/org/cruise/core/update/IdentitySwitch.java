package org.cruise.core.update;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.cruise.core.CruiseException;
import org.cruise.core.elf.ProgramHeader;
import org.cruise.core.proc.ProcStat;
import org.cruise.core.ptrace.ProcessMemory;
import org.cruise.core.ptrace.SyscallBatch;
import org.cruise.core.sys.LibC;
import org.cruise.core.sys.NativeException;

/**
 * The last step of an update: what the kernel and ps say about the process now names NEW
 * (/proc/PID/exe and the mm layout with PR_SET_MM_MAP, auxv's AT_PHDR and AT_ENTRY, the command
 * line, the thread name). Uses the update's scratch page in the target for the structures; the
 * command line stays there (the kernel keeps pointing at it).
 */
final class IdentitySwitch {

    private static final long SYS_BRK = 12, SYS_PRCTL = 157;
    private static final long PR_SET_NAME = 15, PR_SET_MM = 35, PR_SET_MM_MAP = 14;
    private static final long AT_PHDR = 3, AT_ENTRY = 9;

    private final int pid;
    private final ProcessMemory memory;
    private final UpdateReport report;

    IdentitySwitch(int pid, ProcessMemory memory, UpdateReport report) {
        this.pid = pid;
        this.memory = memory;
        this.report = report;
    }

    /**
     * Adds the switch to a batch of system calls (the update's last one): brk's current value into
     * the prepared prctl_mm_map, PR_SET_MM_MAP (/proc/PID/exe, the mm layout, auxv, the command
     * line) and PR_SET_NAME. Needs CAP_SYS_ADMIN or CAP_CHECKPOINT_RESTORE in the target for the
     * exe link; without it the process runs NEW all the same and {@link #report} says what could
     * not be switched. Returns the index of the PR_SET_MM_MAP call.
     */
    int addTo(SyscallBatch batch, Prepared p) {
        batch.addStoringResult(p.mapAt() + 40, SYS_BRK, 0);
        int setMap = batch.addTolerant(SYS_PRCTL, PR_SET_MM, PR_SET_MM_MAP, p.mapAt(), 104, 0);
        batch.addTolerant(SYS_PRCTL, PR_SET_NAME, p.nameAt(), 0, 0, 0);
        return setMap;
    }

    /** What the batch's PR_SET_MM_MAP answered, into the report. */
    void reportResult(long setMapResult) {
        if (SyscallBatch.failed(setMapResult)) {
            report.note("PR_SET_MM_MAP failed (" + LibC.strerror((int) -setMapResult) + "): /proc/" + pid
                    + "/exe and the command line still name OLD (needs CAP_CHECKPOINT_RESTORE in the target)");
        } else if (setMapResult == SyscallBatch.NOT_RUN) {
            report.note("PR_SET_MM_MAP was not attempted: /proc/" + pid + "/exe and the command line still name OLD");
        }
    }

    /** Where the prepared structures are in the scratch page. */
    record Prepared(long mapAt, long nameAt) {
    }

    /**
     * Reads the layout and writes the new command line, auxv, prctl_mm_map (brk still to fill in)
     * and name into the scratch page; no system call in the target. Null if /proc cannot be read
     * (the report says so). Also run while the process still runs, to have this code compiled.
     */
    Prepared prepare(ProgramImage newImage, long newBias, long newFd, AddressTranslator translator, long scratch)
            throws CruiseException, NativeException {
        String newPath = newImage.path().toAbsolutePath().normalize().toString();
        ProcStat stat;
        byte[] auxv;
        try {
            stat = ProcStat.read(pid);
            auxv = Files.readAllBytes(Path.of("/proc", Integer.toString(pid), "auxv"));
        } catch (IOException e) {
            report.note("could not read /proc/" + pid + "/stat or auxv: /proc/" + pid + "/exe still names OLD");
            return null;
        }
        ByteBuffer ax = ByteBuffer.wrap(auxv).order(ByteOrder.LITTLE_ENDIAN);
        for (int off = 0; off + 16 <= auxv.length; off += 16) {
            long type = ax.getLong(off);
            if (type == AT_PHDR || type == AT_ENTRY) {
                ax.putLong(off + 8, translator.translate(ax.getLong(off + 8)).value());
            }
        }
        // The command line: NEW's path, then the old arguments after argv[0].
        long argStart = stat.unsigned(ProcStat.ARG_START), argEnd = stat.unsigned(ProcStat.ARG_END);
        byte[] args = memory.read(argStart, (int) Math.min(argEnd - argStart, 1024));
        int first = 0;
        while (first < args.length && args[first] != 0) {
            first++;
        }
        byte[] pathBytes = newPath.getBytes(StandardCharsets.UTF_8);
        int cmdLen = Math.min(pathBytes.length + 1 + Math.max(0, args.length - first - 1), 1024);
        ByteBuffer cmd = ByteBuffer.allocate(cmdLen);
        cmd.put(pathBytes, 0, Math.min(pathBytes.length, cmdLen - 1)).put((byte) 0);
        if (first + 1 < args.length) {
            cmd.put(args, first + 1, Math.min(args.length - first - 1, cmd.remaining()));
        }
        long cmdAt = scratch + 256;
        memory.write(cmdAt, cmd.array());
        long auxvAt = scratch + 1280;
        memory.write(auxvAt, auxv.length <= 700 ? auxv : java.util.Arrays.copyOf(auxv, 700));
        ProgramHeader text = segment(newImage, 1), data = segment(newImage, 2);
        ByteBuffer map = ByteBuffer.allocate(104).order(ByteOrder.LITTLE_ENDIAN);
        map.putLong(newBias + text.vaddr()).putLong(newBias + text.vaddr() + text.memSize());
        map.putLong(newBias + data.vaddr()).putLong(newBias + data.vaddr() + data.fileSize());
        map.putLong(stat.unsigned(ProcStat.START_BRK)).putLong(0); // brk: read at the switch
        map.putLong(stat.unsigned(ProcStat.START_STACK));
        map.putLong(cmdAt).putLong(cmdAt + cmdLen);
        map.putLong(stat.unsigned(ProcStat.ENV_START)).putLong(stat.unsigned(ProcStat.ENV_END));
        map.putLong(auxvAt).putInt(Math.min(auxv.length, 700)).putInt((int) newFd);
        long mapAt = scratch + 2048 + 64;
        memory.write(mapAt, map.array());
        String base = newImage.path().getFileName().toString();
        byte[] name = (base.length() > 15 ? base.substring(0, 15) : base).getBytes(StandardCharsets.UTF_8);
        memory.write(scratch + 2048 + 192, java.util.Arrays.copyOf(name, name.length + 1));
        return new Prepared(mapAt, scratch + 2048 + 192);
    }

    /** The first PT_LOAD with these flags among X (1) or W (2). */
    private static ProgramHeader segment(ProgramImage image, int flag) {
        for (ProgramHeader ph : image.loads()) {
            if ((ph.flags() & flag) != 0) {
                return ph;
            }
        }
        return image.loads().get(image.loads().size() - 1);
    }
}
