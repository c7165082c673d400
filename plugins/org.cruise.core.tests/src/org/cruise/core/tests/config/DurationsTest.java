package org.cruise.core.tests.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.cruise.core.config.Durations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {

    @ParameterizedTest
    @CsvSource({
            "500ms, 500",
            "0ms, 0",
            "2s, 2000",
            "0.25s, 250",
            "1.5m, 90000",
            "1h, 3600000",
            "' 3s ', 3000",
            "106751991167h, 384307168201200000" })
    void parses(String text, long millis) {
        assertEquals(millis, Durations.parseMillis(text));
    }

    @ParameterizedTest
    @ValueSource(strings = { "5 sec", "5sec", "2S", "1d", "ms", "-1s", "1.s", ".5s", "1e3ms", "", "2s5ms" })
    void rejectsOtherForms(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Durations.parseMillis(text));
        assertEquals("expected " + Durations.EXPECTED_FORM + ", found '" + text + "'", e.getMessage());
    }

    @Test
    void suggestsAUnitForABareNumber() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Durations.parseMillis("5"));
        assertEquals("expected a duration such as 500ms, 2s, 1.5m or 1h (a number followed by ms, s, m or h),"
                + " found '5'; add a unit, e.g. 5s", e.getMessage());
    }

    @Test
    void rejectsFractionsOfAMillisecondAndOverflow() {
        assertEquals("'1.5ms' is not a whole number of milliseconds",
                assertThrows(IllegalArgumentException.class, () -> Durations.parseMillis("1.5ms")).getMessage());
        assertEquals("'9999999999999999h' is too long a duration",
                assertThrows(IllegalArgumentException.class, () -> Durations.parseMillis("9999999999999999h")).getMessage());
    }

    @ParameterizedTest
    @CsvSource({ "0, 0ms", "1, 1ms", "1500, 1500ms", "2000, 2s", "90000, 90s", "120000, 2m", "7200000, 2h" })
    void formatsTheShortestExactForm(long millis, String text) {
        assertEquals(text, Durations.format(millis));
        assertEquals(millis, Durations.parseMillis(text));
    }
}
