package org.bridgeway.mentorship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.bridgeway.mentorship.Recurrence.Frequency;
import org.bridgeway.shared.BusinessException;
import org.junit.jupiter.api.Test;

class RecurrenceTest {

    private static final ZoneId MINNEAPOLIS = ZoneId.of("America/Chicago");

    @Test
    void aWeeklySeriesKeepsItsLocalTimeAcrossTheAutumnClockChange() {
        // 2027-11-07 is the end of daylight saving time in the United States.
        var occurrences = Recurrence.expand(LocalDateTime.of(2027, 10, 27, 16, 0), Duration.ofMinutes(90),
                Frequency.WEEKLY, 3, MINNEAPOLIS);
        assertThat(occurrences).hasSize(3);
        assertThat(occurrences).extracting(o -> ZonedDateTime.ofInstant(o.start(), MINNEAPOLIS).toLocalTime().toString())
                .containsExactly("16:00", "16:00", "16:00");
        // In UTC the session moves by an hour: 21:00Z before, 22:00Z after the change.
        assertThat(occurrences).extracting(o -> o.start().toString())
                .containsExactly("2027-10-27T21:00:00Z", "2027-11-03T21:00:00Z", "2027-11-10T22:00:00Z");
        assertThat(occurrences).allMatch(o -> Duration.between(o.start(), o.end()).equals(Duration.ofMinutes(90)));
    }

    @Test
    void aSpringSeriesKeepsItsLocalTimeToo() {
        // 2027-03-14: clocks go forward.
        var occurrences = Recurrence.expand(LocalDateTime.of(2027, 3, 7, 10, 0), Duration.ofHours(1),
                Frequency.WEEKLY, 2, MINNEAPOLIS);
        assertThat(occurrences).extracting(o -> o.start().toString())
                .containsExactly("2027-03-07T16:00:00Z", "2027-03-14T15:00:00Z");
    }

    @Test
    void everyTwoWeeksSkipsAWeekAndOnceIsOneOccurrence() {
        var biweekly = Recurrence.expand(LocalDateTime.of(2027, 1, 5, 17, 0), Duration.ofHours(1),
                Frequency.EVERY_TWO_WEEKS, 3, ZoneId.of("UTC"));
        assertThat(biweekly).extracting(o -> o.start().toString())
                .containsExactly("2027-01-05T17:00:00Z", "2027-01-19T17:00:00Z", "2027-02-02T17:00:00Z");
        assertThat(Recurrence.expand(LocalDateTime.of(2027, 1, 5, 17, 0), Duration.ofHours(1), Frequency.ONCE, 9,
                ZoneId.of("UTC"))).hasSize(1);
    }

    @Test
    void impossibleSeriesAreRefused() {
        assertThatThrownBy(() -> Recurrence.expand(LocalDateTime.of(2027, 1, 5, 17, 0), Duration.ZERO,
                Frequency.ONCE, 1, MINNEAPOLIS)).isInstanceOf(BusinessException.class)
                .hasMessage("mentorship.error.length");
        assertThatThrownBy(() -> Recurrence.expand(LocalDateTime.of(2027, 1, 5, 17, 0), Duration.ofHours(1),
                Frequency.WEEKLY, 53, MINNEAPOLIS)).isInstanceOf(BusinessException.class)
                .hasMessage("mentorship.error.occurrences");
        assertThatThrownBy(() -> Recurrence.expand(LocalDateTime.of(2027, 1, 5, 17, 0), Duration.ofHours(1),
                Frequency.WEEKLY, 0, MINNEAPOLIS)).isInstanceOf(BusinessException.class);
    }
}
