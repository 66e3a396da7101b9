package org.bridgeway.explorer.api;

/**
 * Where a participant is in the program. APPLICANT → ELIGIBLE or INELIGIBLE → AWAITING_CONSENT → PROBATION →
 * ACTIVE / AT_RISK / INACTIVE → ALUMNI; which moves are allowed is {@code ParticipantLifecycle}'s rule.
 */
public enum ParticipantStatus {
    APPLICANT, ELIGIBLE, INELIGIBLE, AWAITING_CONSENT, PROBATION, ACTIVE, AT_RISK, INACTIVE, ALUMNI;

    /** Members have joined a post and their standing is computed each month. */
    public boolean isMember() {
        return this == PROBATION || this == ACTIVE || this == AT_RISK || this == INACTIVE;
    }
}
