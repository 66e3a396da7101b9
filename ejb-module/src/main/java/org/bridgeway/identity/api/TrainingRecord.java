package org.bridgeway.identity.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A course an officer completed, kept beside their screening record: cultural competency, a language, youth
 * protection. Current means not expired on the day it was read.
 */
public record TrainingRecord(long id, Kind kind, String course, LocalDate completedOn, BigDecimal hours,
        LocalDate expiresOn, boolean current) implements Serializable {

    public enum Kind {
        CULTURAL_COMPETENCY, LANGUAGE, YOUTH_PROTECTION
    }
}
