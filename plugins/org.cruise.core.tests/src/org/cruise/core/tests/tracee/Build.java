package org.cruise.core.tests.tracee;

import java.util.List;

/**
 * The four ways the test programs are built: unoptimised and optimised without frame pointers,
 * each as a position-independent executable (ET_DYN, loaded at a random base) and as a
 * fixed-address one (ET_EXEC). Always with -g, so that frames have source lines as in gdb.
 */
public enum Build {
    O0_PIE(true, "-O0", "-fPIE", "-pie"),
    O0_NO_PIE(false, "-O0", "-fno-pie", "-no-pie"),
    O2_PIE(true, "-O2", "-fomit-frame-pointer", "-fPIE", "-pie"),
    O2_NO_PIE(false, "-O2", "-fomit-frame-pointer", "-fno-pie", "-no-pie");

    private final boolean pie;
    private final List<String> flags;

    Build(boolean pie, String... flags) {
        this.pie = pie;
        this.flags = List.of(flags);
    }

    public List<String> flags() {
        return flags;
    }

    public boolean pie() {
        return pie;
    }

    /** -O2: the compiler clones, splits and reorders functions. */
    public boolean optimized() {
        return flags.contains("-O2");
    }

    /** A file-name-friendly tag, e.g. "o2-pie". */
    public String tag() {
        return name().toLowerCase().replace('_', '-');
    }
}
