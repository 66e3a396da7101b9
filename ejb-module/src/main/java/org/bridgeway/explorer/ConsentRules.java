package org.bridgeway.explorer;

import java.time.LocalDate;
import java.time.Period;

/**
 * When a signed consent counts. A guardian's consent counts only while the participant is under 18: at 18 it
 * lapses and the participant consents for themselves. Expiry dates are the last valid day.
 */
public final class ConsentRules {

    public static final int ADULT_AGE = 18;

    private ConsentRules() {
    }

    public static boolean isValid(boolean signedByGuardian, LocalDate birthDate, LocalDate signedOn,
            LocalDate expiresOn, LocalDate day) {
        if (day.isBefore(signedOn) || day.isAfter(expiresOn)) {
            return false;
        }
        boolean adult = Period.between(birthDate, day).getYears() >= ADULT_AGE;
        return signedByGuardian != adult;
    }

    /** Paper forms are valid for a year unless the coordinator writes another expiry. */
    public static LocalDate defaultExpiry(LocalDate signedOn) {
        return signedOn.minusDays(1).plusYears(1);
    }
}
