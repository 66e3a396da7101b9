package org.bridgeway.recruitment.api;

/** How a step's result is recorded. NONE: reaching the step is all there is (interest, hired). */
public enum OutcomeKind {
    PASS_FAIL, SCORE, ATTENDED, NONE
}
