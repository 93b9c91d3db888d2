package org.hotline2110.intake.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One masking rule for phone numbers of every length: at least 4 digits hidden, never more than 3 shown at the front
 * and 4 at the end, and always fewer shown than typed; the stars do not tell how many digits they hide.
 */
class PhoneMaskTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "13857112345, 138****2345",         // mobile
            "+86 138 5711 2345, 861****2345",   // mobile with country code
            "87654321, ****4321",               // 8-digit landline without area code
            "8765432, ****432",                 // 7-digit landline without area code
            "0571-87654321, 057****4321",       // landline with area code
            "0571 8765432, 057****5432",        // 7-digit landline with area code
            "0571-87654321-8023, 057****8023",  // with an extension
            "12345, ****5",
    })
    void masks(String typed, String masked) {
        assertThat(PhoneMask.mask(typed)).isEqualTo(masked);
    }

    @Test
    void everyLengthHidesAtLeastFourDigitsAndShowsFewerThanTyped() {
        IntStream.rangeClosed(1, 20).forEach(length -> {
            String digits = "9876543210987654321098".substring(0, length);
            String masked = PhoneMask.mask(digits);
            long shown = masked.chars().filter(Character::isDigit).count();
            assertThat(length - shown).as("hidden of " + length).isGreaterThanOrEqualTo(Math.min(4, length));
            assertThat(shown).as("shown of " + length).isLessThan(length);
            assertThat(masked).as(length + " digits").matches("\\d{0,3}\\*{4}\\d{0,4}");
        });
    }
}
