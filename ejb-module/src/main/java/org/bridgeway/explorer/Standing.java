package org.bridgeway.explorer;

/** A member's standing, recomputed after each calendar month (docs/explorer-standing.md). */
public enum Standing {
    PROBATION, ACTIVE, AT_RISK, INACTIVE, ALUMNI
}
