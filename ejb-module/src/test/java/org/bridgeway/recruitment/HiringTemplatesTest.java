package org.bridgeway.recruitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.bridgeway.recruitment.api.OutcomeKind;
import org.bridgeway.recruitment.api.StepDefinition;
import org.bridgeway.recruitment.api.StepKind;
import org.bridgeway.shared.BusinessException;
import org.junit.jupiter.api.Test;

class HiringTemplatesTest {

    private static final List<StepDefinition> POLICE = HiringTemplates.defaultPoliceTemplate();

    private static int indexOf(List<StepDefinition> steps, StepKind kind) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).kind() == kind) {
                return i;
            }
        }
        throw new AssertionError(kind);
    }

    @Test
    void theShippedPoliceTemplateIsValidAndInTheUsualOrder() {
        assertThatCode(() -> HiringTemplates.validate(POLICE)).doesNotThrowAnyException();
        assertThat(POLICE).extracting(StepDefinition::kind).containsExactly(StepKind.INTEREST, StepKind.APPLICATION,
                StepKind.WRITTEN_EXAM, StepKind.PHYSICAL_ABILITY, StepKind.ORAL_BOARD, StepKind.BACKGROUND,
                StepKind.POLYGRAPH, StepKind.CONDITIONAL_OFFER, StepKind.PSYCHOLOGICAL_MEDICAL, StepKind.ACADEMY,
                StepKind.HIRED);
    }

    @Test
    void thePolygraphMayMoveAfterTheConditionalOffer() {
        var reordered = HiringTemplates.moved(POLICE, indexOf(POLICE, StepKind.POLYGRAPH),
                indexOf(POLICE, StepKind.CONDITIONAL_OFFER));
        assertThat(indexOf(reordered, StepKind.POLYGRAPH)).isGreaterThan(indexOf(reordered, StepKind.CONDITIONAL_OFFER));
        assertThatCode(() -> HiringTemplates.validate(reordered)).doesNotThrowAnyException();
    }

    @Test
    void aMedicalOrPsychologicalStepBeforeTheConditionalOfferIsRefused() {
        var medicalFirst = HiringTemplates.moved(POLICE, indexOf(POLICE, StepKind.PSYCHOLOGICAL_MEDICAL),
                indexOf(POLICE, StepKind.CONDITIONAL_OFFER));
        assertThatThrownBy(() -> HiringTemplates.validate(medicalFirst)).isInstanceOf(BusinessException.class)
                .hasMessage("recruitment.template.medicalBeforeOffer");

        for (StepKind kind : StepKind.AFTER_OFFER_ONLY) {
            List<StepDefinition> steps = new ArrayList<>(POLICE);
            steps.add(2, new StepDefinition("early-" + kind.name().toLowerCase().replace('_', '-'), kind, null,
                    OutcomeKind.PASS_FAIL, null, null, true));
            assertThatThrownBy(() -> HiringTemplates.validate(steps)).as(kind.name())
                    .hasMessage("recruitment.template.medicalBeforeOffer");
        }
        // Without any conditional offer there is no place a medical step could go.
        List<StepDefinition> noOffer = new ArrayList<>(POLICE);
        noOffer.remove(indexOf(POLICE, StepKind.CONDITIONAL_OFFER));
        assertThatThrownBy(() -> HiringTemplates.validate(noOffer)).hasMessage("recruitment.template.medicalBeforeOffer");
    }

    @Test
    void hiredComesLastAndCodesAreUnique() {
        var hiredEarly = HiringTemplates.moved(POLICE, POLICE.size() - 1, 3);
        assertThatThrownBy(() -> HiringTemplates.validate(hiredEarly)).hasMessage("recruitment.template.hiredLast");
        List<StepDefinition> twice = new ArrayList<>(POLICE);
        twice.add(1, POLICE.get(1));
        assertThatThrownBy(() -> HiringTemplates.validate(twice)).hasMessage("recruitment.template.code");
    }

    @Test
    void aScoreStepNeedsACutOffAndOnlyScoreStepsHaveOne() {
        List<StepDefinition> steps = new ArrayList<>(POLICE);
        steps.set(2, new StepDefinition("written-exam", StepKind.WRITTEN_EXAM, null, OutcomeKind.SCORE, null, 90, true));
        assertThatThrownBy(() -> HiringTemplates.validate(steps)).hasMessage("recruitment.template.cutOff");
        steps.set(2, new StepDefinition("written-exam", StepKind.WRITTEN_EXAM, null, OutcomeKind.PASS_FAIL, 70, 90, true));
        assertThatThrownBy(() -> HiringTemplates.validate(steps)).hasMessage("recruitment.template.cutOff");
        steps.set(2, new StepDefinition("written-exam", StepKind.WRITTEN_EXAM, null, OutcomeKind.SCORE, 70, 999, true));
        assertThatThrownBy(() -> HiringTemplates.validate(steps)).hasMessage("recruitment.template.retest");
    }
}
