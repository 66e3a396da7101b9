package org.bridgeway.identity.api;

import jakarta.ejb.Local;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The shared screening record of adults; the Explorer and mentorship contexts ask it before attaching one. */
@Local
public interface Screening {

    /** Requires screening:manage. Dates must be in order (done on or before expiry). */
    void record(long accountId, LocalDate trainingCompletedOn, LocalDate trainingExpiresOn,
            LocalDate backgroundCheckedOn, LocalDate backgroundCheckExpiresOn);

    /** Requires screening:manage. */
    Optional<ScreeningStatus> statusOf(long accountId);

    /** For other contexts' rules; checks no permission and reveals nothing but yes or no. */
    boolean isCleared(long accountId, LocalDate on);

    /** For other contexts' rules, many at once: the accounts among these that are cleared on the day. */
    java.util.Set<Long> clearedAmong(java.util.Collection<Long> accountIds, LocalDate on);

    /** Requires screening:manage. Hours above zero, expiry (if any) on or after completion. */
    long recordTraining(long accountId, TrainingRecord.Kind kind, String course, LocalDate completedOn,
            java.math.BigDecimal hours, LocalDate expiresOn);

    /** Requires screening:manage. Newest first. */
    List<TrainingRecord> trainingOf(long accountId);

    /** Requires screening:manage. */
    void removeTraining(long trainingRecordId);

    /** Requires screening:manage. Cleared adults whose training or check expires within the days, soonest first. */
    List<ScreeningStatus> expiringWithin(LocalDate from, int days);
}
