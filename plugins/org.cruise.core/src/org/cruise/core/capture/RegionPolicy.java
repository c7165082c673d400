package org.cruise.core.capture;

import org.cruise.core.proc.Mapping;
import org.cruise.core.proc.SmapsEntry;
import org.cruise.model.RegionKind;

/**
 * What backs a memory region, and whether a snapshot copies its contents (the checkpoint issue's
 * policy: copy what the program can have changed, refer to files for the rest).
 * <p>
 * Saved:
 * <ul>
 * <li>heap, stacks and every other private anonymous mapping;</li>
 * <li>shared anonymous memory (mmap MAP_SHARED|MAP_ANONYMOUS, which maps as "/dev/zero (deleted)";
 * System V shm, "/SYSV........ (deleted)") and memfd mappings: no file outside the process
 * holds their contents;</li>
 * <li>private file mappings that are writable, or that hold copy-on-write pages (smaps
 * "Anonymous" > 0), such as RELRO after the dynamic linker relocated it and made it read-only
 * again. This is the Linux core dumper's own rule (a private mapping with an anon_vma is dumped
 * whole): the file no longer says what the program sees;</li>
 * <li>[vdso]: 8 KiB, and gdb reads its symbols and unwind tables from the core.</li>
 * </ul>
 * Recorded by reference, not saved:
 * <ul>
 * <li>read-only private file mappings without copied pages: the file holds the contents;</li>
 * <li>shared file mappings: the file IS the memory; writing old contents back at restore would
 * undo what others wrote to it since (the core dumper skips them by default too);</li>
 * <li>[vvar], [vvar_vclock], [vsyscall]: kernel pages, per boot, recreated by the kernel;</li>
 * <li>VM_IO / VM_PFNMAP mappings (VmFlags "io", "pf": device memory): reading them can have side
 * effects or fail, and a restore must map the device again anyway;</li>
 * <li>regions without read permission: guard pages under thread stacks, PROT_NONE address space
 * reservations (allocators, JITs). Their pages are normally never touched; neither the program
 * nor gdb can read them, and process_vm_readv fails on them. Not supported: a program that
 * revokes read access from memory holding live data (some garbage collectors and sandboxes do)
 * loses that data in the snapshot.</li>
 * </ul>
 * MADV_DONTDUMP ("dd") is deliberately ignored: it keeps memory out of crash dumps, but a restore
 * needs it as much as any other.
 */
public final class RegionPolicy {
    private RegionPolicy() {
    }

    /**
     * @param holdsStackPointer whether some thread's stack pointer lies in the region (pthread
     *        stacks are plain anonymous mappings: nothing else marks them)
     */
    public static RegionKind kind(Mapping m, boolean hasGrowsDownFlag, boolean holdsStackPointer) {
        String path = m.path();
        switch (path) {
        case "[heap]":
            return RegionKind.HEAP;
        case "[stack]":
            return RegionKind.STACK;
        case "[vdso]":
            return RegionKind.VDSO;
        case "[vvar]", "[vvar_vclock]":
            return RegionKind.VVAR;
        case "[vsyscall]":
            return RegionKind.VSYSCALL;
        default:
            break;
        }
        if (path.startsWith("/memfd:")) {
            return RegionKind.MEMFD;
        }
        if (isSharedMemoryObject(path) || path.startsWith("[anon_shmem:")) {
            return m.shared() ? RegionKind.SHARED_ANONYMOUS : RegionKind.ANONYMOUS;
        }
        boolean anonymous = path.isEmpty() || path.startsWith("[anon:");
        if (anonymous) {
            if (m.shared()) {
                return RegionKind.SHARED_ANONYMOUS;
            }
            return hasGrowsDownFlag || holdsStackPointer ? RegionKind.STACK : RegionKind.ANONYMOUS;
        }
        if (path.startsWith("/")) {
            return m.shared() ? RegionKind.FILE_SHARED : RegionKind.FILE_PRIVATE;
        }
        return RegionKind.OTHER; // e.g. [uprobes], the kernel's out-of-line single-step page
    }

    /**
     * Files the kernel itself creates for anonymous memory: shared anonymous mappings are backed
     * by a deleted "/dev/zero" shmem file, System V segments by "/SYSV%08x", anonymous hugetlb by
     * "/anon_hugepage". They have no contents outside the process.
     */
    private static boolean isSharedMemoryObject(String path) {
        return path.equals("/dev/zero (deleted)") || path.startsWith("/SYSV") && path.endsWith(" (deleted)")
                || path.startsWith("/anon_hugepage");
    }

    /** Whether the region's contents go into the snapshot; see the class comment. */
    public static boolean saved(RegionKind kind, SmapsEntry e) {
        Mapping m = e.mapping();
        if (!m.readable() || e.hasFlag("io") || e.hasFlag("pf")) {
            return false;
        }
        return switch (kind) {
        case HEAP, STACK, ANONYMOUS, SHARED_ANONYMOUS, MEMFD, VDSO -> true;
        case FILE_PRIVATE -> m.writable() || e.kb("Anonymous") > 0;
        case FILE_SHARED, VVAR, VSYSCALL, OTHER -> false;
        };
    }
}
