package org.bridgeway.recruitment.api;

/** The sworn-hiring requirements the pipeline records as met / not met / pending. */
public enum Requirement {
    AGE, EDUCATION, RESIDENCY,
    /** A state certification such as peace-officer eligibility, where the agency's process needs one. */
    STATE_CERTIFICATION;

    public enum Status {
        YES, NO, PENDING
    }
}
