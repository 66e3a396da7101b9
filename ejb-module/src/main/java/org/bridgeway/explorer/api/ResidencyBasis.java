package org.bridgeway.explorer.api;

/**
 * The only residency fact the system can hold, and only where a post's policy needs it on file. Lawful
 * permanent residents are always accepted; there is no place for a document number, alien number, country of
 * birth or visa type.
 */
public enum ResidencyBasis {
    US_CITIZEN, LAWFUL_PERMANENT_RESIDENT, OTHER_LAWFUL_STATUS, DECLINED_TO_STATE
}
