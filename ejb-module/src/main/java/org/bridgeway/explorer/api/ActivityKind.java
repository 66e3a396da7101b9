package org.bridgeway.explorer.api;

public enum ActivityKind {
    MEETING, TRAINING, COMMUNITY_SERVICE, RIDE_ALONG, COMPETITION, OTHER
}
