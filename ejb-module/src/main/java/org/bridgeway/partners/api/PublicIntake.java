package org.bridgeway.partners.api;

import jakarta.ejb.Local;
import java.util.Map;

/**
 * The public interest forms (no sign-in). A submission is stored first, in a transaction of its own, and only then
 * turned into a lead: a youth becomes an Explorer applicant of the chosen post (its coordinators see them), an
 * adult interested in police careers a recruitment applicant; a partner code in the link sets the source.
 */
@Local
public interface PublicIntake {

    /** What happened to a submission. */
    enum Outcome {
        ACCEPTED, INVALID, RATE_LIMITED
    }

    /** The outcome, and for INVALID what is wrong (to show in the visitor's language). */
    record Result(Outcome outcome, java.util.Set<jakarta.validation.ConstraintViolation<InterestForm>> violations) {
    }

    /**
     * Counts the attempt for the client address (hashed; a limit per hour, invalid attempts included), validates
     * (INVALID, or a translated business error: nothing stored), stores, then creates the lead.
     */
    Result submit(InterestForm form, String referralCode, String clientAddress);

    /** Posts a youth may choose, by id, with their names (public information). */
    Map<Long, String> posts();
}
