package org.bridgeway.identity.api;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * An adult's youth-protection training and background check, each with the date it was done and the date it
 * expires. An adult may advise a post, supervise minors or mentor only while both are valid.
 */
public record ScreeningStatus(long accountId, long version, LocalDate trainingCompletedOn, LocalDate trainingExpiresOn,
        LocalDate backgroundCheckedOn, LocalDate backgroundCheckExpiresOn) implements Serializable {

    /** Both valid on the day (an expiry date is the last valid day). */
    public boolean isClearedOn(LocalDate day) {
        return trainingCompletedOn != null && backgroundCheckedOn != null
                && !trainingCompletedOn.isAfter(day) && !backgroundCheckedOn.isAfter(day)
                && trainingExpiresOn != null && !trainingExpiresOn.isBefore(day)
                && backgroundCheckExpiresOn != null && !backgroundCheckExpiresOn.isBefore(day);
    }

    /** The earlier of the two expiries: the day after it, the adult is no longer cleared. */
    public LocalDate clearedUntil() {
        if (trainingExpiresOn == null || backgroundCheckExpiresOn == null) {
            return null;
        }
        return trainingExpiresOn.isBefore(backgroundCheckExpiresOn) ? trainingExpiresOn : backgroundCheckExpiresOn;
    }
}
