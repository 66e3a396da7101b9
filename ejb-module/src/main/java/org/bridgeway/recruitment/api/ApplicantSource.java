package org.bridgeway.recruitment.api;

/** How an applicant came to the pipeline. PARTNER carries the partner's id; OUTREACH_EVENT the event's name. */
public enum ApplicantSource {
    PARTNER, OUTREACH_EVENT, EXPLORER, WEBSITE, OFFICER_REFERRAL
}
