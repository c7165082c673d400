package org.cruise.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.cruise.core.CruiseException;
import org.cruise.core.ExitCode;
import org.junit.jupiter.api.Test;

class ExitCodeTest {

    /** Scripts depend on these numbers. */
    @Test
    void numbersAreTheDocumentedOnes() {
        assertEquals(0, ExitCode.OK.code());
        assertEquals(1, ExitCode.INTERNAL.code());
        assertEquals(2, ExitCode.USAGE.code());
        assertEquals(3, ExitCode.REFUSED.code());
        assertEquals(4, ExitCode.TARGET.code());
        assertEquals(5, ExitCode.values().length);
    }

    @Test
    void exceptionCarriesItsExitCodeAndMessage() {
        IllegalStateException cause = new IllegalStateException("ptrace");
        CruiseException e = new CruiseException(ExitCode.TARGET, "process 42 is gone", cause);
        assertEquals(ExitCode.TARGET, e.exitCode());
        assertEquals("process 42 is gone", e.getMessage());
        assertSame(cause, e.getCause());
    }
}
