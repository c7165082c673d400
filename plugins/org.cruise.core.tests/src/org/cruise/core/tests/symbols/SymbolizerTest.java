package org.cruise.core.tests.symbols;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.cruise.core.proc.Mapping;
import org.cruise.core.ptrace.Tracer;
import org.cruise.core.symbols.CodeLocation;
import org.cruise.core.symbols.FunctionEntry;
import org.cruise.core.symbols.FunctionResolver;
import org.cruise.core.symbols.LoadedModule;
import org.cruise.core.symbols.ProcessModules;
import org.cruise.core.symbols.ResolvedFunction;
import org.cruise.core.symbols.Symbolizer;
import org.cruise.core.tests.tracee.Build;
import org.cruise.core.tests.tracee.Tracee;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Run-time addresses of a running process named back: module, function, offset. */
class SymbolizerTest {

    @TempDir
    static Path dir;

    private static Tracer tracer;

    @BeforeAll
    static void startTracer() {
        tracer = new Tracer();
    }

    @AfterAll
    static void stopTracer() {
        tracer.close();
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void resolvedEntriesAndAddressesInsideFunctionsAreNamedBack(Build build) throws Exception {
        Path program = ResolveProgram.build(dir, build);
        try (Tracee tracee = Tracee.launch(tracer, program)) {
            tracee.awaitSyscall(tracee.pid(), Tracee.SYS_PAUSE);
            ProcessModules modules = ProcessModules.read(tracee.pid());
            FunctionResolver resolver = new FunctionResolver(modules);
            Symbolizer symbolizer = new Symbolizer(modules);

            for (String name : List.of("compute_total", "a.c:helper", "b.c:helper", "scale", "main", "libc:puts",
                    "libc:read")) {
                ResolvedFunction function = resolver.resolve(name);
                for (FunctionEntry entry : function.entries()) {
                    CodeLocation start = symbolizer.symbolize(entry.address());
                    assertEquals(function.module(), start.module(), name);
                    assertEquals(0, start.offset(), name);
                    long inside = entry.address() + entry.size() - 1;
                    CodeLocation last = symbolizer.symbolize(inside);
                    assertEquals(start.function(), last.function(), name);
                    assertEquals(entry.size() - 1, last.offset(), name);
                    if (function.module().equals(program.toString())) {
                        // The program has one name per function; libraries have aliases (puts, _IO_puts).
                        assertEquals(entry.symbol(), start.function(), name);
                    }
                }
            }

            ProcessModules sameModules = symbolizer.modules();
            LoadedModule main = sameModules.mainProgram();
            assertEquals(program.toString(), main.path());
            assertTrue(main.isMainProgram());
            assertEquals(build.pie() ? main.start() : 0, main.bias(), "ET_EXEC programs load at their link address");

            // The ELF header at the start of the program is in the module but in no function.
            CodeLocation header = symbolizer.symbolize(main.start());
            assertEquals(program.toString(), header.module());
            assertNull(header.function());

            Mapping stack = modules.mappings().stream().filter(m -> m.path().equals("[stack]")).findFirst().orElseThrow();
            CodeLocation onStack = symbolizer.symbolize(stack.start() + 64);
            assertNull(onStack.module());
            assertNull(onStack.function());
            assertEquals("0x" + Long.toHexString(stack.start() + 64), onStack.toString());
        }
    }
}
