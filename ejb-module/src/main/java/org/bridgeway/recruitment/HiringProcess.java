package org.bridgeway.recruitment;

import java.time.LocalDate;
import java.util.List;
import org.bridgeway.recruitment.api.ApplicantState;
import org.bridgeway.recruitment.api.OutcomeKind;
import org.bridgeway.recruitment.api.StepDefinition;
import org.bridgeway.recruitment.api.StepOutcome;
import org.bridgeway.shared.BusinessException;

/**
 * The transition rules of the hiring process, on a snapshot of one applicant: results at the current step,
 * advancing (never over a required step, never past a failed one), retests after the step's waiting period,
 * exits and resuming a deferred applicant. Pure; unit-tested; the service applies what these allow.
 */
public final class HiringProcess {

    /** The latest attempt at a step: its outcome and the day it was recorded. */
    public record Attempt(StepOutcome outcome, LocalDate on) {
    }

    /**
     * An applicant as the rules need them: overall state, the index of their current step and the latest
     * attempt at that step (null: none yet).
     */
    public record Progress(ApplicantState state, int current, Attempt latest) {
    }

    private HiringProcess() {
    }

    /** The outcome a result means at this step: a score against the cut-off, else the outcome given. */
    public static StepOutcome outcomeFor(StepDefinition step, StepOutcome given, Integer score) {
        return switch (step.outcomeKind()) {
            case NONE -> throw new BusinessException("recruitment.error.noOutcome");
            case SCORE -> {
                if (given == StepOutcome.NO_SHOW) {
                    yield StepOutcome.NO_SHOW;
                }
                if (score == null || score < 0 || score > 1000) {
                    throw new BusinessException("recruitment.error.scoreRequired");
                }
                yield score >= step.cutOff() ? StepOutcome.PASS : StepOutcome.FAIL;
            }
            case PASS_FAIL -> {
                if (given != StepOutcome.PASS && given != StepOutcome.FAIL && given != StepOutcome.NO_SHOW) {
                    throw new BusinessException("recruitment.error.outcomeKind");
                }
                yield given;
            }
            case ATTENDED -> {
                if (given != StepOutcome.ATTENDED && given != StepOutcome.NO_SHOW) {
                    throw new BusinessException("recruitment.error.outcomeKind");
                }
                yield given;
            }
        };
    }

    /** A result may be recorded at the current step: once passed it stands; a failure waits for its retest date. */
    public static void checkResult(List<StepDefinition> steps, Progress progress, LocalDate today) {
        requireActive(progress);
        StepDefinition step = steps.get(progress.current());
        if (step.outcomeKind() == OutcomeKind.NONE) {
            throw new BusinessException("recruitment.error.noOutcome");
        }
        Attempt latest = progress.latest();
        if (latest == null) {
            return;
        }
        if (latest.outcome().passes()) {
            throw new BusinessException("recruitment.error.alreadyPassed");
        }
        if (step.retestWaitDays() == null) {
            throw new BusinessException("recruitment.error.noRetest");
        }
        LocalDate retestFrom = latest.on().plusDays(step.retestWaitDays());
        if (today.isBefore(retestFrom)) {
            throw new BusinessException("recruitment.error.retestWait", retestFrom);
        }
    }

    /**
     * The applicant may move from their current step to {@code target}: forward only, the current step passed
     * (or one without a result), and no required step in between.
     */
    public static void checkAdvance(List<StepDefinition> steps, Progress progress, int target) {
        requireActive(progress);
        if (target <= progress.current() || target >= steps.size()) {
            throw new BusinessException("recruitment.error.forwardOnly");
        }
        StepDefinition current = steps.get(progress.current());
        if (current.outcomeKind() != OutcomeKind.NONE) {
            Attempt latest = progress.latest();
            if (latest == null) {
                throw new BusinessException("recruitment.error.resultMissing", label(current));
            }
            if (!latest.outcome().passes()) {
                if (current.retestWaitDays() == null) {
                    throw new BusinessException("recruitment.error.failedNoRetest", label(current));
                }
                throw new BusinessException("recruitment.error.failedStep", label(current),
                        latest.on().plusDays(current.retestWaitDays()));
            }
        }
        for (int i = progress.current() + 1; i < target; i++) {
            if (steps.get(i).required()) {
                throw new BusinessException("recruitment.error.skipRequired", label(steps.get(i)));
            }
        }
    }

    /** The state reached by arriving at a step: the last step (hired) closes the process. */
    public static ApplicantState stateOnArrival(List<StepDefinition> steps, int target) {
        return target == steps.size() - 1 ? ApplicantState.HIRED : ApplicantState.ACTIVE;
    }

    /** Withdrawn, not selected (a reason code) or deferred (a re-contact date after today), from an open state. */
    public static void checkExit(Progress progress, ApplicantState exit, Object reasonCode, LocalDate recontactOn,
            LocalDate today) {
        if (!progress.state().isOpen()) {
            throw new BusinessException("recruitment.error.notOpen");
        }
        switch (exit) {
            case WITHDRAWN -> { }
            case NOT_SELECTED -> {
                if (reasonCode == null) {
                    throw new BusinessException("recruitment.error.reasonCode");
                }
            }
            case DEFERRED -> {
                if (progress.state() == ApplicantState.DEFERRED) {
                    throw new BusinessException("recruitment.error.notActive");
                }
                if (recontactOn == null || !recontactOn.isAfter(today)) {
                    throw new BusinessException("recruitment.error.recontactDate");
                }
            }
            default -> throw new BusinessException("recruitment.error.notAnExit");
        }
    }

    /** A deferred applicant comes back at the step they left. */
    public static void checkResume(Progress progress) {
        if (progress.state() != ApplicantState.DEFERRED) {
            throw new BusinessException("recruitment.error.notDeferred");
        }
    }

    private static void requireActive(Progress progress) {
        if (progress.state() != ApplicantState.ACTIVE) {
            throw new BusinessException("recruitment.error.notActive");
        }
    }

    static String label(StepDefinition step) {
        return step.name() != null && !step.name().isBlank() ? step.name()
                : BusinessException.translated("StepKind." + step.kind());
    }
}
