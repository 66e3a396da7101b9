package org.bridgeway.mentorship.api;

public enum SessionStatus {
    SCHEDULED, HELD, NO_SHOW, CANCELLED
}
