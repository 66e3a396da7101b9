package org.bridgeway.explorer.api;

import java.io.Serializable;

/** Filters of the participant list; null means "any". Name matches given, family or preferred name. */
public record ParticipantFilter(Long postId, Long cohortId, ParticipantStatus status, String name)
        implements Serializable {

    public static ParticipantFilter none() {
        return new ParticipantFilter(null, null, null, null);
    }
}
