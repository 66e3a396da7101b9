package org.bridgeway.recruitment.api;

import java.io.Serializable;

/** Another applicant record that looks like the same person, and why (EMAIL, PHONE or NAME_AND_BIRTH_DATE). */
public record DuplicateCandidate(long applicantId, String name, String reason, ApplicantState state)
        implements Serializable {

    public long getApplicantId() {
        return applicantId;
    }

    public String getName() {
        return name;
    }

    public String getReason() {
        return reason;
    }

    public ApplicantState getState() {
        return state;
    }
}
