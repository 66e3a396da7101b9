package org.bridgeway.recruitment.api;

import java.util.Set;

/**
 * What a hiring step is. The kind decides who may read its notes and whether notes are kept at all; the name
 * an installation gives a step is only a label.
 */
public enum StepKind {
    INTEREST, APPLICATION, WRITTEN_EXAM, PHYSICAL_ABILITY, ORAL_BOARD, BACKGROUND, POLYGRAPH, CONDITIONAL_OFFER,
    PSYCHOLOGICAL, MEDICAL, PSYCHOLOGICAL_MEDICAL, ACADEMY, HIRED, OTHER;

    /** Steps that may only follow a conditional offer of employment (disability law). */
    public static final Set<StepKind> AFTER_OFFER_ONLY = Set.of(PSYCHOLOGICAL, MEDICAL, PSYCHOLOGICAL_MEDICAL);

    /** Notes readable only with recruitment:sensitive (background investigators and administrators). */
    public boolean hasRestrictedNotes() {
        return this == BACKGROUND || this == POLYGRAPH || AFTER_OFFER_ONLY.contains(this);
    }

    /** Medical and psychological steps keep the outcome only: no note, no score. */
    public boolean keepsOutcomeOnly() {
        return AFTER_OFFER_ONLY.contains(this);
    }
}
