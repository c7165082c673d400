package org.cruise.core.tests.symbols;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.cruise.core.symbols.CompilerClones;
import org.cruise.core.symbols.CompilerClones.Clone;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which compiler-made symbols are entries of a function and which are only parts of it. */
class CompilerClonesTest {

    @ParameterizedTest
    @CsvSource({
            "scale.constprop.0, scale",
            "sum_fields.isra.0, sum_fields",
            "sum_fields.constprop.0.isra.0, sum_fields",
            "helper.lto_priv.0, helper",
            "f.clone.3, f",
            "f.specialize.1, f",
            "f.localalias, f",
            "f.llvm.8815325743624213425, f" })
    void specialisedCopiesAreEntries(String symbol, String base) {
        Clone clone = CompilerClones.parse(symbol).orElseThrow();
        assertEquals(base, clone.base());
        assertTrue(clone.entry(), symbol);
        assertFalse(clone.cold());
        assertEquals(base, CompilerClones.userName(symbol));
    }

    @ParameterizedTest
    @CsvSource({
            "process.part.0, process, false",
            "checked.cold, checked, true",
            "checked.cold.1, checked, true",
            "f.isra.0.part.0, f, false",
            "f.constprop.0.cold, f, true",
            "f.part.0.isra.0, f, false" })
    void splitOffPartsAreFragments(String symbol, String base, boolean cold) {
        Clone clone = CompilerClones.parse(symbol).orElseThrow();
        assertEquals(base, clone.base());
        assertTrue(clone.fragment(), symbol);
        assertEquals(cold, clone.cold());
        assertEquals(symbol, CompilerClones.userName(symbol), "a fragment is named by its full symbol");
    }

    @ParameterizedTest
    @ValueSource(strings = { "main", "f.constprop", "f.unknown.0", "f.part", ".cold", "f.", "counter.0" })
    void otherNamesAreNotClones(String symbol) {
        assertEquals(Optional.empty(), CompilerClones.parse(symbol));
        assertEquals(symbol, CompilerClones.userName(symbol));
    }
}
