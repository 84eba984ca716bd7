package com.sendclean.portal.smtpusers;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A limit is a whole number from 1 to 2,147,483,647, typed plainly or grouped exactly as the grid shows it. */
class LimitInputTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1|1",
            "  42  |42",
            "1,000|1000",
            "12,500|12500",
            "1,234,567|1234567",
            "2147483647|2147483647",
            "2,147,483,647|2147483647",
            "007|7"})
    void wholeNumbersPlainOrGroupedAsTheGridShowsThemAreRead(String typed, int limit) {
        assertThat(LimitInput.parse(typed)).hasValue(limit);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.5", "1e3", "2.500,5", "1,5", "1.000", "12,50", "1,0000", ",100", "100,", "1 000",
            "-5", "+5", "0", "0,000", "2147483648", "2,147,483,648", "99999999999", "", "   ", "abc", "١٢٣"})
    void everythingElseIsRefused(String typed) {
        assertThat(LimitInput.parse(typed)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 999, 1000, 12500, 2147483647})
    void whatTheGridShowsReadsBackAsTheSameNumber(int limit) {
        assertThat(LimitInput.parse(LimitInput.format(limit))).hasValue(limit);
    }
}
