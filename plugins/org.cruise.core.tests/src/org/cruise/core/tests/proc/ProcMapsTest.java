package org.cruise.core.tests.proc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.cruise.core.proc.Mapping;
import org.cruise.core.proc.ProcMaps;
import org.junit.jupiter.api.Test;

/** The hand-cut parser of /proc/PID/maps lines against the kernel's own text. */
class ProcMapsTest {

    @Test
    void everyLineOfARealMapsFileParsesAsItsFieldsSay() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("/proc/self/maps"));
        assertTrue(lines.size() > 10, "a JVM has many mappings");
        for (String line : lines) {
            String[] f = line.split("\\s+", 6);
            Mapping m = ProcMaps.parse(line);
            String[] range = f[0].split("-");
            assertEquals(Long.parseUnsignedLong(range[0], 16), m.start(), line);
            assertEquals(Long.parseUnsignedLong(range[1], 16), m.end(), line);
            assertEquals(f[1], m.perms(), line);
            assertEquals(Long.parseUnsignedLong(f[2], 16), m.offset(), line);
            assertEquals(f[3], m.device(), line);
            assertEquals(Long.parseLong(f[4]), m.inode(), line);
            assertEquals(f.length > 5 ? f[5].strip() : "", m.path(), line);
        }
    }

    @Test
    void pathsKeepTheirSpacesAndTheDeletedMark() {
        Mapping m = ProcMaps.parse("7f0000001000-7f0000003000 r-xp 00002000 fe:01 123456                     "
                + "/tmp/a dir/my server (deleted)");
        assertEquals(0x7f0000001000L, m.start());
        assertEquals(0x7f0000003000L, m.end());
        assertEquals("r-xp", m.perms());
        assertEquals(0x2000, m.offset());
        assertEquals("fe:01", m.device());
        assertEquals(123456, m.inode());
        assertEquals("/tmp/a dir/my server (deleted)", m.path());
        Mapping anon = ProcMaps.parse("ffffffffff600000-ffffffffff601000 --xp 00000000 00:00 0 ");
        assertEquals(0xffffffffff600000L, anon.start());
        assertEquals("", anon.path());
        assertEquals("", ProcMaps.parse("7f0000001000-7f0000003000 rw-p 00000000 00:00 0").path());
    }
}
