package org.cruise.core.tests.symbols;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.cruise.core.tests.tracee.Build;
import org.cruise.core.tests.tracee.CProgram;

/**
 * The resolver's test program, from three source files. Which symbols gcc 12 makes of it:
 * <ul>
 * <li>compute_total: a global function, same at every level;</li>
 * <li>helper: a static function in a.c and another in b.c;</li>
 * <li>scale: static, always called with factor 7, so -O2 leaves only scale.constprop.0;</li>
 * <li>sum_fields: static, takes a struct by pointer and reads two fields, so -O2 leaves only
 * sum_fields.constprop.0.isra.0;</li>
 * <li>process: static and too big to inline but with an early-return test, so -O2 inlines that
 * test into main and keeps the rest as process.part.0: only a fragment remains;</li>
 * <li>checked: static with a rarely taken branch calling a cold function, so -O2 moves that
 * branch out of line as checked.cold next to checked itself.</li>
 * </ul>
 * At -O0 every function keeps its plain name. Symbols gcc makes only when it sees a benefit are
 * also defined directly in assembly (the same at every level), to pin down how clones are grouped
 * with the function they come from: joined and joined.constprop.0 (a static and its clone in
 * clones.c), exported and exported.isra.0 (a global and its clone), lone (a static in a.c) and
 * lone.constprop.0 (all that remains of another static lone in b.c). The program then blocks in
 * pause().
 */
final class ResolveProgram {

    static final String MAIN = """
            #include <stdio.h>
            #include <unistd.h>

            int from_a(int x);
            int from_b(int x);
            volatile int sink;
            static char buf[4096];

            __attribute__((noinline)) int compute_total(int x) {
                return x * 7 + sink;
            }

            static __attribute__((noinline)) int scale(int x, int factor) {
                return x * factor + (x >> 3) + sink;
            }

            struct big { int a, b, c, d, e, f; };

            static __attribute__((noinline)) int sum_fields(const struct big *p) {
                return p->a + p->c + sink;
            }

            static int process(const char *s) {
                if (s == NULL || s[0] == 0)
                    return 0;
                int n = 0;
                for (int i = 0; s[i]; i++) {
                    buf[i % 4096] ^= s[i];
                    n += buf[(i * 7) % 4096] * 3 + s[i];
                    if (n > 100000) {
                        n -= 17;
                        printf("wrap %d\\n", n);
                    }
                }
                snprintf(buf, sizeof buf, "%s-%d-%s", s, n, s);
                puts(buf);
                return n;
            }

            __attribute__((cold, noinline)) void report(const char *what, int x) {
                fprintf(stderr, "%s %d\\n", what, x);
            }

            static __attribute__((noinline)) int checked(int x) {
                if (x < 0) {
                    report("negative", x);
                    report("again", -x);
                    x = -x * 3 + 1;
                }
                return x * 2;
            }

            int main(int argc, char **argv) {
                struct big b = { argc, 2, argc * 3, 4, 5, 6 };
                int total = compute_total(argc) + scale(argc, 7) + scale(argc + 1, 7) + sum_fields(&b)
                        + checked(argc - 2) + from_a(argc) + from_b(argc);
                for (int i = 1; i < argc; i++)
                    total += process(argv[i]);
                total += process(argc > 5 ? "x" : NULL);
                sink = total;
                pause();
                return 0;
            }
            """;

    static final String A = """
            static __attribute__((noinline)) int helper(int x) {
                return x + 1;
            }

            int from_a(int x) {
                return helper(x) * 2;
            }

            __asm__(".text\\n"
                    ".type lone, @function\\nlone: ret\\n.size lone, .-lone\\n");
            """;

    static final String B = """
            static __attribute__((noinline)) int helper(int x) {
                return x - 1;
            }

            int from_b(int x) {
                return helper(x) * 3;
            }

            __asm__(".text\\n"
                    ".type lone.constprop.0, @function\\nlone.constprop.0: ret\\n.size lone.constprop.0, .-lone.constprop.0\\n");
            """;

    static final String CLONES = """
            __asm__(".text\\n"
                    ".type joined, @function\\njoined: ret\\n.size joined, .-joined\\n"
                    ".type joined.constprop.0, @function\\njoined.constprop.0: ret\\n.size joined.constprop.0, .-joined.constprop.0\\n"
                    ".globl exported\\n"
                    ".type exported, @function\\nexported: ret\\n.size exported, .-exported\\n"
                    ".type exported.isra.0, @function\\nexported.isra.0: ret\\n.size exported.isra.0, .-exported.isra.0\\n");
            """;

    private static final CProgram PROGRAM = CProgram.named("resolve").source("resolve.c", MAIN).source("a.c", A)
            .source("b.c", B).source("clones.c", CLONES);

    /** Builds by directory: each test class has its own temporary directory. */
    private static final Map<Path, Map<Build, Path>> BUILT = new HashMap<>();

    private ResolveProgram() {
    }

    /** The program in build, compiled once per test run into dir. */
    static synchronized Path build(Path dir, Build build) throws Exception {
        Map<Build, Path> builds = BUILT.computeIfAbsent(dir, d -> new EnumMap<>(Build.class));
        Path program = builds.get(build);
        if (program == null) {
            program = PROGRAM.build(dir, build).toRealPath();
            builds.put(build, program);
        }
        return program;
    }
}
