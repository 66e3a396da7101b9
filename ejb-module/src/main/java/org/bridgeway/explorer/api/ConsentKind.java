package org.bridgeway.explorer.api;

/** Kinds of consent a guardian (or an adult participant) signs. */
public enum ConsentKind {
    PARTICIPATION, EMERGENCY_MEDICAL, PHOTO_MEDIA, RIDE_ALONG
}
