package org.bridgeway.recruitment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.bridgeway.recruitment.api.OutcomeKind;
import org.bridgeway.recruitment.api.StepDefinition;
import org.bridgeway.recruitment.api.StepKind;
import org.bridgeway.shared.BusinessException;

/** The shipped police hiring template and the rules every template must keep. Pure; unit-tested. */
public final class HiringTemplates {

    static final int MAX_STEPS = 30;
    static final int MAX_RETEST_WAIT_DAYS = 730;
    private static final Pattern CODE = Pattern.compile("[a-z0-9-]{1,40}");

    private HiringTemplates() {
    }

    /** interest → application → written exam → physical → oral board → background → polygraph → offer → psych/medical → academy → hired. */
    public static List<StepDefinition> defaultPoliceTemplate() {
        return List.of(
                new StepDefinition("interest", StepKind.INTEREST, null, OutcomeKind.NONE, null, null, true),
                new StepDefinition("application", StepKind.APPLICATION, null, OutcomeKind.PASS_FAIL, null, 0, true),
                new StepDefinition("written-exam", StepKind.WRITTEN_EXAM, null, OutcomeKind.SCORE, 70, 90, true),
                new StepDefinition("physical", StepKind.PHYSICAL_ABILITY, null, OutcomeKind.PASS_FAIL, null, 30, true),
                new StepDefinition("oral-board", StepKind.ORAL_BOARD, null, OutcomeKind.SCORE, 70, 180, true),
                new StepDefinition("background", StepKind.BACKGROUND, null, OutcomeKind.PASS_FAIL, null, null, true),
                new StepDefinition("polygraph", StepKind.POLYGRAPH, null, OutcomeKind.PASS_FAIL, null, 365, true),
                new StepDefinition("offer", StepKind.CONDITIONAL_OFFER, null, OutcomeKind.ATTENDED, null, null, true),
                new StepDefinition("psych-medical", StepKind.PSYCHOLOGICAL_MEDICAL, null, OutcomeKind.PASS_FAIL, null,
                        null, true),
                new StepDefinition("academy", StepKind.ACADEMY, null, OutcomeKind.PASS_FAIL, null, null, true),
                new StepDefinition("hired", StepKind.HIRED, null, OutcomeKind.NONE, null, null, true));
    }

    /** Refuses a template that breaks a rule, with a translated reason naming the step. */
    public static void validate(List<StepDefinition> steps) {
        if (steps == null || steps.size() < 2 || steps.size() > MAX_STEPS) {
            throw new BusinessException("recruitment.template.size", MAX_STEPS);
        }
        Set<String> codes = new HashSet<>();
        boolean offerSeen = false;
        for (int i = 0; i < steps.size(); i++) {
            StepDefinition step = steps.get(i);
            String label = label(step, i);
            if (step.code() == null || !CODE.matcher(step.code()).matches() || !codes.add(step.code())) {
                throw new BusinessException("recruitment.template.code", label);
            }
            if (step.kind() == null || step.outcomeKind() == null) {
                throw new BusinessException("recruitment.template.incomplete", label);
            }
            if ((step.outcomeKind() == OutcomeKind.SCORE) != (step.cutOff() != null)
                    || (step.cutOff() != null && (step.cutOff() < 0 || step.cutOff() > 1000))) {
                throw new BusinessException("recruitment.template.cutOff", label);
            }
            if (step.retestWaitDays() != null
                    && (step.retestWaitDays() < 0 || step.retestWaitDays() > MAX_RETEST_WAIT_DAYS)) {
                throw new BusinessException("recruitment.template.retest", label, MAX_RETEST_WAIT_DAYS);
            }
            if (step.kind() == StepKind.CONDITIONAL_OFFER) {
                offerSeen = true;
            }
            if (StepKind.AFTER_OFFER_ONLY.contains(step.kind()) && !offerSeen) {
                // Americans with Disabilities Act: medical and psychological exams only after a conditional offer.
                throw new BusinessException("recruitment.template.medicalBeforeOffer", label);
            }
            boolean last = i == steps.size() - 1;
            if ((step.kind() == StepKind.HIRED) != last) {
                throw new BusinessException("recruitment.template.hiredLast");
            }
        }
        StepDefinition hired = steps.get(steps.size() - 1);
        if (hired.outcomeKind() != OutcomeKind.NONE || !hired.required()) {
            throw new BusinessException("recruitment.template.hiredLast");
        }
    }

    /** A copy with one step moved from one position to another (a template editor's "up/down"). */
    public static List<StepDefinition> moved(List<StepDefinition> steps, int from, int to) {
        List<StepDefinition> copy = new ArrayList<>(steps);
        copy.add(to, copy.remove(from));
        return copy;
    }

    private static String label(StepDefinition step, int index) {
        if (step.name() != null && !step.name().isBlank()) {
            return step.name();
        }
        return step.kind() != null ? BusinessException.translated("StepKind." + step.kind())
                : String.valueOf(index + 1);
    }
}
