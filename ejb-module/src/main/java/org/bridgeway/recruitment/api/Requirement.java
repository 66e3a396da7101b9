package org.bridgeway.recruitment.api;

/** The sworn-hiring requirements the pipeline records as met / not met / pending. */
public enum Requirement {
    AGE, EDUCATION, RESIDENCY;

    public enum Status {
        YES, NO, PENDING
    }
}
