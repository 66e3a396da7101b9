package org.bridgeway.shared.freetext;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentityNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Her A-number is A123456789", "A-123-456-789", "a 12345678 on the card", "A123 456 789",
        "SSN 123-45-6789", "ssn: 123 45 6789", "number 123456789 noted",
        "passport C12345678", "Passport no. AB1234567"})
    void refusesIdentityNumbers(String text) {
        assertThat(IdentityNumbers.containsOne(text)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Call +1 (612) 555-0142 after 5pm", "612-555-0142", "6125550142", "+252 61 5550142",
        "Meeting on 2026-11-28 at 10:30", "ZIP 55401", "Room A12, building 3", "Hodan Ali, 3 kids, grade 8",
        "Cohort Fall 2027 met 12 times", "Order 12345678-A", ""})
    void acceptsOrdinaryNotes(String text) {
        assertThat(IdentityNumbers.containsOne(text)).as(text).isFalse();
    }
}
