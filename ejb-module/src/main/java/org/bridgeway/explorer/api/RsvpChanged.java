package org.bridgeway.explorer.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * Fired (CDI event, in the RSVP's transaction) when a youth says yes to an activity or withdraws, so other
 * contexts — mentorship's calendar commitments — can follow without reaching into Explorer's tables.
 */
public record RsvpChanged(long activityId, long participantId, Long accountId, Instant startsAt, Instant endsAt,
        boolean attending) implements Serializable {
}
