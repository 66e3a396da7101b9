package org.bridgeway.explorer.api;

/** Optional, from a fixed list; SELF_DESCRIBED goes with a short self-description. */
public enum Gender {
    FEMALE, MALE, NON_BINARY, SELF_DESCRIBED, PREFER_NOT_TO_SAY
}
