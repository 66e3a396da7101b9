package org.bridgeway.recruitment.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * One row of an applicant's timeline: who, when, what (kind), from which step to which, the outcome or new
 * state, and the note — withheld (null, {@code noteWithheld}) from people without the step's note permission.
 */
public record TimelineEntry(long id, Instant at, String actor, String kind, StepView step, StepView toStep,
        StepOutcome outcome, Integer score, ApplicantState toState, String reasonCode, String note,
        boolean noteWithheld) implements Serializable {

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getKind() {
        return kind;
    }

    public StepView getStep() {
        return step;
    }

    public StepView getToStep() {
        return toStep;
    }

    public StepOutcome getOutcome() {
        return outcome;
    }

    public Integer getScore() {
        return score;
    }

    public ApplicantState getToState() {
        return toState;
    }

    public String getReasonCode() {
        return reasonCode;
    }

    public String getNote() {
        return note;
    }

    public boolean isNoteWithheld() {
        return noteWithheld;
    }
}
