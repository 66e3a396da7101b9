package org.bridgeway.recruitment.api;

/** Reason codes for "not selected": coded, so reports can count them and no free text travels with them. */
public enum NotSelectedReason {
    BELOW_CUT_OFF, MINIMUM_QUALIFICATIONS, BACKGROUND_FINDINGS, DID_NOT_APPEAR, POSITION_FILLED, OTHER
}
