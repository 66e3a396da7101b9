package org.bridgeway.recruitment.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * What a partner sees of one referral who agreed to share: the step reached and whether they are in process,
 * hired or no longer in process — never why (no scores, reasons or notes).
 */
public record ReferralProgress(String name, StepView stepReached, Stage stage, Instant sharingSince)
        implements Serializable {

    public enum Stage {
        IN_PROCESS, HIRED, EXITED;

        static Stage of(ApplicantState state) {
            return switch (state) {
                case ACTIVE, DEFERRED -> IN_PROCESS;
                case HIRED -> HIRED;
                default -> EXITED;
            };
        }
    }

    public static ReferralProgress of(String name, StepView stepReached, ApplicantState state, Instant sharingSince) {
        return new ReferralProgress(name, stepReached, Stage.of(state), sharingSince);
    }

    public String getName() {
        return name;
    }

    public StepView getStepReached() {
        return stepReached;
    }

    public Stage getStage() {
        return stage;
    }
}
