package org.bridgeway.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConsentRulesTest {

    private static final LocalDate BORN = LocalDate.of(2010, 6, 15); // 18 on 2028-06-15

    @ParameterizedTest(name = "guardian {0}, signed {1}, expires {2}, on {3}: {4}")
    @CsvSource({
        // a guardian's consent for a minor, inside its dates
        "true,  2027-01-10, 2028-01-09, 2027-01-10, true",
        "true,  2027-01-10, 2028-01-09, 2028-01-09, true",
        // the day after the expiry date, and before signing
        "true,  2027-01-10, 2028-01-09, 2028-01-10, false",
        "true,  2027-01-10, 2028-01-09, 2027-01-09, false",
        // at 18 a guardian's consent lapses, even before its expiry date
        "true,  2028-03-01, 2029-02-28, 2028-06-14, true",
        "true,  2028-03-01, 2029-02-28, 2028-06-15, false",
        // an adult's own consent counts only from 18
        "false, 2028-06-15, 2029-06-14, 2028-06-15, true",
        "false, 2028-03-01, 2029-02-28, 2028-06-14, false",
    })
    void consentCountsOnlyWhileValidAndFromTheRightPerson(boolean byGuardian, LocalDate signedOn,
            LocalDate expiresOn, LocalDate day, boolean valid) {
        assertThat(ConsentRules.isValid(byGuardian, BORN, signedOn, expiresOn, day)).isEqualTo(valid);
    }

    @ParameterizedTest
    @CsvSource({"2027-01-10, 2028-01-09", "2028-02-29, 2029-02-28"})
    void aPaperFormLastsOneYearByDefault(LocalDate signedOn, LocalDate lastValidDay) {
        assertThat(ConsentRules.defaultExpiry(signedOn)).isEqualTo(lastValidDay);
    }
}
