package org.bridgeway.recruitment.api;

/** Where an applicant stands in the process as a whole; the step says where inside it. */
public enum ApplicantState {
    ACTIVE, DEFERRED, WITHDRAWN, NOT_SELECTED, HIRED,
    /** Folded into another record of the same person; its timeline now shows on that record. */
    MERGED;

    public boolean isOpen() {
        return this == ACTIVE || this == DEFERRED;
    }
}
