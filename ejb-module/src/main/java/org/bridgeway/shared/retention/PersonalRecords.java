package org.bridgeway.shared.retention;

import java.time.Duration;
import java.time.Instant;

/**
 * One kind of personal record, as its context declares it to the retention registry. Each context adds its
 * kinds as CDI beans implementing this; the nightly retention job and "erase this person" find them all.
 * Implementations run inside the caller's transaction and must never log personal data.
 */
public interface PersonalRecords {

    /** A stable name, used in configuration (bridgeway.retention.KIND-days) and in the run log. */
    String kind();

    /** How long records are kept when the installation does not configure otherwise. */
    Duration defaultRetention();

    /** Deletes or anonymises the records whose retention ended before the cutoff; returns how many. */
    int purgeExpired(Instant cutoff);

    /** Deletes or anonymises everything of this kind that belongs to the person; returns how many. */
    int erase(PersonRef person);
}
