package org.bridgeway.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.bridgeway.identity.api.ScreeningStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScreeningStatusTest {

    private static final ScreeningStatus BOTH = new ScreeningStatus(1, 0, LocalDate.of(2026, 1, 10),
            LocalDate.of(2027, 1, 10), LocalDate.of(2026, 2, 1), LocalDate.of(2026, 12, 31));

    @ParameterizedTest(name = "{0} -> cleared {1}")
    @CsvSource({
        "2026-01-31, false", // training done, background check not yet
        "2026-02-01, true",
        "2026-12-31, true",  // the expiry date is the last valid day
        "2027-01-01, false", // background check expired
        "2027-01-11, false"})
    void clearedOnlyWhileBothAreValid(LocalDate day, boolean cleared) {
        assertThat(BOTH.isClearedOn(day)).isEqualTo(cleared);
        assertThat(BOTH.clearedUntil()).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "none", value = {
        "none,       none,       2026-02-01, 2026-12-31",
        "2026-01-10, 2027-01-10, none,       none",
        "2026-01-10, none,       2026-02-01, 2026-12-31"})
    void aMissingTrainingOrCheckNeverClears(LocalDate trained, LocalDate trainingExpires, LocalDate checked,
            LocalDate checkExpires) {
        var partial = new ScreeningStatus(1, 0, trained, trainingExpires, checked, checkExpires);
        assertThat(partial.isClearedOn(LocalDate.of(2026, 6, 1))).isFalse();
    }
}
