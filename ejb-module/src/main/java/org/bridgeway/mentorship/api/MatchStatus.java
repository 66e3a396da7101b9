package org.bridgeway.mentorship.api;

/** PROPOSED → ACTIVE → PAUSED / CLOSED (a paused match may become active again). */
public enum MatchStatus {
    PROPOSED, ACTIVE, PAUSED, CLOSED
}
