package org.cruise.core.tests.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.cruise.core.capture.RegionCapture;
import org.cruise.core.proc.Mapping;
import org.cruise.core.proc.ProcMaps;
import org.cruise.core.ptrace.Tracer;
import org.cruise.model.MemoryRegion;
import org.cruise.model.RegionKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The memory map of capture_target.c, its kinds and the save policy of the checkpoint issue. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegionCaptureTest {
    private Tracer tracer;
    private CaptureTarget target;
    private List<Mapping> maps;
    /** Captured with every thread's stack pointer. */
    private List<MemoryRegion> regions;
    /** Captured without stack pointers. */
    private List<MemoryRegion> regionsWithoutSp;
    private String exe;

    @BeforeAll
    void captureOnce(@TempDir Path dir) throws Exception {
        tracer = new Tracer();
        Path binary = CaptureTarget.compile(Files.createDirectories(dir.resolve("bin")));
        exe = binary.toRealPath().toString();
        target = CaptureTarget.start(tracer, binary, Files.createDirectories(dir.resolve("run")), 0, false);
        target.stop();
        List<Long> sps = target.stackPointers();
        maps = ProcMaps.read(target.pid);
        regions = RegionCapture.capture(target.pid, sps);
        regionsWithoutSp = RegionCapture.capture(target.pid, List.of());
        target.detach();
    }

    @AfterAll
    void end() throws Exception {
        if (target != null) {
            target.close();
        }
        tracer.close();
    }

    private MemoryRegion at(List<MemoryRegion> in, long address) {
        return in.stream().filter(r -> r.contains(address)).findFirst()
                .orElseThrow(() -> new AssertionError("no region holds 0x" + Long.toHexString(address)));
    }

    private MemoryRegion at(String fact) throws Exception {
        return at(regions, target.factLong(fact));
    }

    private MemoryRegion named(String path) {
        return regions.stream().filter(r -> path.equals(r.getPath())).findFirst()
                .orElseThrow(() -> new AssertionError("no region " + path));
    }

    @Test
    void oneRegionPerMapsLineInAddressOrder() {
        assertEquals(maps.size(), regions.size());
        for (int i = 0; i < maps.size(); i++) {
            Mapping m = maps.get(i);
            MemoryRegion r = regions.get(i);
            assertEquals(m.start(), r.getStart());
            assertEquals(m.end(), r.getEnd());
            assertEquals(m.perms(), r.getPermissions());
            assertEquals(m.offset(), r.getOffset());
            assertEquals(m.device(), r.getDevice());
            assertEquals(m.inode(), r.getInode());
            assertEquals(m.path().isEmpty() ? null : m.path(), r.getPath());
            assertNull(r.getBuildId(), "filled by the ELF layer");
            assertFalse(r.getFlags().isEmpty(), "VmFlags of " + m);
        }
    }

    @Test
    void heapAndMainStack() {
        MemoryRegion heap = named("[heap]");
        assertEquals(RegionKind.HEAP, heap.getKind());
        assertTrue(heap.isSaved());
        MemoryRegion stack = named("[stack]");
        assertEquals(RegionKind.STACK, stack.getKind());
        assertTrue(stack.getFlags().contains("gd"), stack.getFlags()::toString);
        assertTrue(stack.isSaved());
        assertEquals(stack.getStart(), at(regionsWithoutSp, stack.getStart()).getStart());
        assertEquals(RegionKind.STACK, at(regionsWithoutSp, stack.getStart()).getKind(), "[stack] needs no rsp");
    }

    /** A pthread stack is a plain anonymous mapping: only a thread's rsp tells it is a stack. */
    @Test
    void threadStackByStackPointer() throws Exception {
        MemoryRegion withSp = at("thread.stack");
        assertEquals(RegionKind.STACK, withSp.getKind());
        assertNull(withSp.getPath());
        assertTrue(withSp.isSaved());
        MemoryRegion withoutSp = at(regionsWithoutSp, target.factLong("thread.stack"));
        assertEquals(RegionKind.ANONYMOUS, withoutSp.getKind());
        assertTrue(withoutSp.isSaved());
        // Its guard page below: no access, recorded, not saved.
        MemoryRegion guard = at(regions, withSp.getStart() - 1);
        assertEquals("---p", guard.getPermissions());
        assertFalse(guard.isSaved());
    }

    @Test
    void sharedAnonymousAndMemfdAreSaved() throws Exception {
        MemoryRegion shanon = at("shanon.map");
        assertEquals(RegionKind.SHARED_ANONYMOUS, shanon.getKind());
        assertEquals("/dev/zero (deleted)", shanon.getPath());
        assertEquals("rw-s", shanon.getPermissions());
        assertTrue(shanon.getFlags().containsAll(List.of("rd", "wr", "sh")), shanon.getFlags()::toString);
        assertTrue(shanon.isSaved());

        MemoryRegion memfd = at("memfd.map");
        assertEquals(RegionKind.MEMFD, memfd.getKind());
        assertEquals("/memfd:cruise-test (deleted)", memfd.getPath());
        assertEquals(8192, memfd.size());
        assertTrue(memfd.isSaved());
    }

    @Test
    void privateAnonymousIsSavedAndProtNoneIsNot() throws Exception {
        MemoryRegion anon = at("anon.map");
        assertEquals(RegionKind.ANONYMOUS, anon.getKind());
        assertEquals("rw-p", anon.getPermissions());
        assertNull(anon.getPath());
        assertTrue(anon.isSaved());

        MemoryRegion reserved = at("reserved.map");
        assertEquals(RegionKind.ANONYMOUS, reserved.getKind());
        assertEquals("---p", reserved.getPermissions());
        assertEquals(16 * 4096, reserved.size());
        assertFalse(reserved.isSaved(), "no read permission: recorded, not saved");
    }

    @Test
    void privateFileMappingsAreSavedOnlyWhenChanged() throws Exception {
        String data = target.fact("file.path");
        long inode = (Long) Files.getAttribute(Path.of(data), "unix:ino");

        MemoryRegion ro = at("ro.map");
        assertEquals(RegionKind.FILE_PRIVATE, ro.getKind());
        assertEquals(data, ro.getPath());
        assertEquals(0, ro.getOffset());
        assertEquals(inode, ro.getInode());
        assertFalse(ro.isSaved(), "read-only and untouched: the file holds it");

        MemoryRegion cow = at("cow.map");
        assertEquals(RegionKind.FILE_PRIVATE, cow.getKind());
        assertEquals("r--p", cow.getPermissions());
        assertEquals(4096, cow.getOffset());
        assertTrue(cow.isSaved(), "read-only now, but written before: it differs from the file");
    }

    @Test
    void theProgramItself() {
        List<MemoryRegion> own = regions.stream().filter(r -> exe.equals(r.getPath())).toList();
        assertTrue(own.size() >= 3, own::toString);
        for (MemoryRegion r : own) {
            assertEquals(RegionKind.FILE_PRIVATE, r.getKind());
            if (r.getPermissions().equals("r-xp")) {
                assertFalse(r.isSaved(), "code comes from the file");
            }
            if (r.getPermissions().equals("rw-p")) {
                assertTrue(r.isSaved(), ".data/.bss");
            }
        }
        // RELRO (.got, .data.rel.ro): relocated by ld.so, then made read-only. It lies just below
        // .data; its page differs from the file, so it is saved.
        int data = own.indexOf(own.stream().filter(r -> r.getPermissions().equals("rw-p")).findFirst().orElseThrow());
        MemoryRegion relro = own.get(data - 1);
        assertEquals("r--p", relro.getPermissions());
        assertEquals(relro.getEnd(), own.get(data).getStart());
        assertTrue(relro.isSaved(), "RELRO holds relocated pointers");
        assertFalse(own.get(0).isSaved(), "the ELF header page is the file's");
    }

    @Test
    void kernelPages() {
        MemoryRegion vdso = named("[vdso]");
        assertEquals(RegionKind.VDSO, vdso.getKind());
        assertTrue(vdso.isSaved(), "gdb reads the vDSO from the core");
        assertEquals(RegionKind.VVAR, named("[vvar]").getKind());
        assertFalse(named("[vvar]").isSaved());
        regions.stream().filter(r -> "[vvar_vclock]".equals(r.getPath())).forEach(r -> {
            assertEquals(RegionKind.VVAR, r.getKind());
            assertFalse(r.isSaved());
        });
        regions.stream().filter(r -> "[vsyscall]".equals(r.getPath())).forEach(r -> {
            assertEquals(RegionKind.VSYSCALL, r.getKind());
            assertFalse(r.isSaved());
        });
    }
}
