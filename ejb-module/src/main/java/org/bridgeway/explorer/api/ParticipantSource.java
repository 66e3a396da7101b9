package org.bridgeway.explorer.api;

/** How an applicant reached the program. */
public enum ParticipantSource {
    WALK_IN, PUBLIC_FORM, PARTNER, EVENT
}
