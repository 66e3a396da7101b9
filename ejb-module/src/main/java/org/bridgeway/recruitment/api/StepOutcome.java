package org.bridgeway.recruitment.api;

/** A recorded result of one attempt at a step. */
public enum StepOutcome {
    PASS, FAIL, ATTENDED, NO_SHOW;

    public boolean passes() {
        return this == PASS || this == ATTENDED;
    }
}
