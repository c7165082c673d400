package org.cruise.core.proc;

/**
 * One line of /proc/PID/maps. Addresses are unsigned 64-bit values in longs.
 *
 * @param path the backing file, a pseudo-name such as "[heap]", or "" for anonymous memory;
 *        a deleted file keeps its " (deleted)" suffix
 */
public record Mapping(long start, long end, String perms, long offset, String device, long inode, String path) {

    public long size() {
        return end - start;
    }

    public boolean readable() {
        return perms.charAt(0) == 'r';
    }

    public boolean writable() {
        return perms.charAt(1) == 'w';
    }

    public boolean executable() {
        return perms.charAt(2) == 'x';
    }

    public boolean shared() {
        return perms.charAt(3) == 's';
    }

    public boolean contains(long address) {
        return Long.compareUnsigned(address, start) >= 0 && Long.compareUnsigned(address, end) < 0;
    }

    /*
     * equals and hashCode written out: a record's generated ones are linked through method handles
     * the first time they run (milliseconds), and a checkpoint looks mappings up in a map while
     * the target is stopped.
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Mapping m && start == m.start && end == m.end && offset == m.offset && inode == m.inode
                && perms.equals(m.perms) && device.equals(m.device) && path.equals(m.path);
    }

    @Override
    public int hashCode() {
        int h = Long.hashCode(start);
        h = 31 * h + Long.hashCode(end);
        h = 31 * h + perms.hashCode();
        h = 31 * h + Long.hashCode(offset);
        h = 31 * h + device.hashCode();
        h = 31 * h + Long.hashCode(inode);
        return 31 * h + path.hashCode();
    }

    /** True for memory backed by a file (not anonymous, not a kernel pseudo-mapping). */
    public boolean fileBacked() {
        return path.startsWith("/") && inode != 0;
    }
}
