package org.bridgeway.recruitment.api;

/** The installation's residency rule for sworn officers (state law differs); a setting, never per-person data. */
public enum ResidencyRule {
    CITIZEN_ONLY, CITIZEN_OR_PERMANENT_RESIDENT, WORK_AUTHORIZATION
}
