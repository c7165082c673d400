package org.cruise.core.elf;

/** One program header (segment), widened to 64 bits by libelf whatever the file's class. */
public record ProgramHeader(int type, int flags, long offset, long vaddr, long paddr, long fileSize, long memSize,
        long align) {

    public static final int PT_LOAD = 1;
    public static final int PT_DYNAMIC = 2;
    public static final int PT_INTERP = 3;
}
