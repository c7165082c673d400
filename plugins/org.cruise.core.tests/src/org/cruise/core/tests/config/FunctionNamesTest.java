package org.cruise.core.tests.config;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cruise.core.config.FunctionNames;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FunctionNamesTest {

    @ParameterizedTest
    @ValueSource(strings = { "main", "_start", "handle_request2", "foo.constprop.0", "foo.isra.0", "foo.part.0",
            "foo.cold", "foo.isra.0.cold", "foo.constprop.0.isra.0", "foo.lto_priv.0", "foo.cold.1",
            "libc.so.6:malloc", "libssl.so.3:SSL_read", "libstdc++.so.6:_ZdlPv", "libfoo:bar.part.1" })
    void accepts(String name) {
        assertTrue(FunctionNames.isValid(name), name);
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "2fast", "foo bar", "foo.", "foo.constprop", "foo.bar.0", ":malloc", "libc.so.6:",
            "a:b:c", "foo()", "ns::func", "foo-bar" })
    void rejects(String name) {
        assertFalse(FunctionNames.isValid(name), name);
    }
}
