package org.bridgeway.recruitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bridgeway.recruitment.HiringProcess.Attempt;
import org.bridgeway.recruitment.HiringProcess.Progress;
import org.bridgeway.recruitment.api.ApplicantState;
import org.bridgeway.recruitment.api.NotSelectedReason;
import org.bridgeway.recruitment.api.OutcomeKind;
import org.bridgeway.recruitment.api.StepDefinition;
import org.bridgeway.recruitment.api.StepKind;
import org.bridgeway.recruitment.api.StepOutcome;
import org.bridgeway.shared.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HiringProcessTest {

    private static final List<StepDefinition> POLICE = HiringTemplates.defaultPoliceTemplate();
    private static final int INTEREST = 0;
    private static final int APPLICATION = 1;
    private static final int WRITTEN = 2;
    private static final int PHYSICAL = 3;
    private static final int BACKGROUND = 5;
    private static final LocalDate TODAY = LocalDate.of(2027, 5, 10);

    private static Progress at(int step, StepOutcome latest, LocalDate on) {
        return new Progress(ApplicantState.ACTIVE, step, latest == null ? null : new Attempt(latest, on));
    }

    @Test
    void aStepWithoutAResultIsLeftByAdvancingAndAPassedOneToo() {
        assertThatCode(() -> HiringProcess.checkAdvance(POLICE, at(INTEREST, null, null), APPLICATION))
                .doesNotThrowAnyException();
        assertThatCode(() -> HiringProcess.checkAdvance(POLICE, at(APPLICATION, StepOutcome.PASS, TODAY), WRITTEN))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> HiringProcess.checkAdvance(POLICE, at(APPLICATION, null, null), WRITTEN))
                .hasMessage("recruitment.error.resultMissing");
    }

    @Test
    void noRequiredStepIsSkippedAndAnOptionalOneMayBe() {
        assertThatThrownBy(() -> HiringProcess.checkAdvance(POLICE, at(APPLICATION, StepOutcome.PASS, TODAY), PHYSICAL))
                .isInstanceOf(BusinessException.class).hasMessage("recruitment.error.skipRequired")
                .satisfies(e -> assertThat(((BusinessException) e).arguments())
                        .containsExactly("i18n:StepKind.WRITTEN_EXAM"));
        List<StepDefinition> optionalExam = new ArrayList<>(POLICE);
        optionalExam.set(WRITTEN, new StepDefinition("written-exam", StepKind.WRITTEN_EXAM, "Written exam (waivable)",
                OutcomeKind.SCORE, 70, 90, false));
        assertThatCode(() -> HiringProcess.checkAdvance(optionalExam, at(APPLICATION, StepOutcome.PASS, TODAY), PHYSICAL))
                .doesNotThrowAnyException();
    }

    @Test
    void onlyForward() {
        assertThatThrownBy(() -> HiringProcess.checkAdvance(POLICE, at(WRITTEN, StepOutcome.PASS, TODAY), APPLICATION))
                .hasMessage("recruitment.error.forwardOnly");
        assertThatThrownBy(() -> HiringProcess.checkAdvance(POLICE, at(WRITTEN, StepOutcome.PASS, TODAY), WRITTEN))
                .hasMessage("recruitment.error.forwardOnly");
    }

    @Test
    void aFailedStepBlocksAdvancingAndItsRetestWaitsForTheWaitingPeriod() {
        LocalDate failedOn = TODAY.minusDays(89); // written exam: 90 days
        var failed = at(WRITTEN, StepOutcome.FAIL, failedOn);
        assertThatThrownBy(() -> HiringProcess.checkAdvance(POLICE, failed, PHYSICAL))
                .hasMessage("recruitment.error.failedStep")
                .satisfies(e -> assertThat(((BusinessException) e).arguments()).contains(failedOn.plusDays(90).toString()));
        assertThatThrownBy(() -> HiringProcess.checkResult(POLICE, failed, TODAY))
                .hasMessage("recruitment.error.retestWait");
        assertThatCode(() -> HiringProcess.checkResult(POLICE, failed, TODAY.plusDays(1))).doesNotThrowAnyException();
        // Background investigation: no retest at all.
        assertThatThrownBy(() -> HiringProcess.checkResult(POLICE, at(BACKGROUND, StepOutcome.FAIL, failedOn), TODAY))
                .hasMessage("recruitment.error.noRetest");
        assertThatThrownBy(() -> HiringProcess.checkAdvance(POLICE, at(BACKGROUND, StepOutcome.FAIL, failedOn), 6))
                .hasMessage("recruitment.error.failedNoRetest");
        // A no-show counts as a failed attempt.
        assertThatThrownBy(() -> HiringProcess.checkAdvance(POLICE, at(WRITTEN, StepOutcome.NO_SHOW, TODAY), PHYSICAL))
                .hasMessage("recruitment.error.failedStep");
    }

    @Test
    void aPassedStepIsNotRetaken() {
        assertThatThrownBy(() -> HiringProcess.checkResult(POLICE, at(WRITTEN, StepOutcome.PASS, TODAY), TODAY))
                .hasMessage("recruitment.error.alreadyPassed");
        assertThatThrownBy(() -> HiringProcess.checkResult(POLICE, at(INTEREST, null, null), TODAY))
                .hasMessage("recruitment.error.noOutcome");
    }

    @ParameterizedTest(name = "score {0} against 70 -> {1}")
    @CsvSource({"69, FAIL", "70, PASS", "100, PASS", "0, FAIL"})
    void aScoreIsJudgedByTheCutOff(int score, StepOutcome expected) {
        assertThat(HiringProcess.outcomeFor(POLICE.get(WRITTEN), null, score)).isEqualTo(expected);
    }

    @Test
    void outcomesMustFitTheStep() {
        assertThatThrownBy(() -> HiringProcess.outcomeFor(POLICE.get(WRITTEN), StepOutcome.PASS, null))
                .hasMessage("recruitment.error.scoreRequired");
        assertThat(HiringProcess.outcomeFor(POLICE.get(WRITTEN), StepOutcome.NO_SHOW, null)).isEqualTo(StepOutcome.NO_SHOW);
        assertThatThrownBy(() -> HiringProcess.outcomeFor(POLICE.get(PHYSICAL), StepOutcome.ATTENDED, null))
                .hasMessage("recruitment.error.outcomeKind");
        assertThatThrownBy(() -> HiringProcess.outcomeFor(POLICE.get(7), StepOutcome.PASS, null))
                .hasMessage("recruitment.error.outcomeKind");
    }

    @Test
    void exitsNeedWhatTheyNeedAndOnlyOpenApplicantsExit() {
        var active = at(WRITTEN, null, null);
        assertThatCode(() -> HiringProcess.checkExit(active, ApplicantState.WITHDRAWN, null, null, TODAY))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> HiringProcess.checkExit(active, ApplicantState.NOT_SELECTED, null, null, TODAY))
                .hasMessage("recruitment.error.reasonCode");
        assertThatCode(() -> HiringProcess.checkExit(active, ApplicantState.NOT_SELECTED,
                NotSelectedReason.BELOW_CUT_OFF, null, TODAY)).doesNotThrowAnyException();
        assertThatThrownBy(() -> HiringProcess.checkExit(active, ApplicantState.DEFERRED, null, TODAY, TODAY))
                .hasMessage("recruitment.error.recontactDate");
        assertThatCode(() -> HiringProcess.checkExit(active, ApplicantState.DEFERRED, null, TODAY.plusMonths(6), TODAY))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> HiringProcess.checkExit(active, ApplicantState.HIRED, null, null, TODAY))
                .hasMessage("recruitment.error.notAnExit");
        var withdrawn = new Progress(ApplicantState.WITHDRAWN, WRITTEN, null);
        assertThatThrownBy(() -> HiringProcess.checkExit(withdrawn, ApplicantState.WITHDRAWN, null, null, TODAY))
                .hasMessage("recruitment.error.notOpen");
        assertThatThrownBy(() -> HiringProcess.checkAdvance(POLICE, withdrawn, PHYSICAL))
                .hasMessage("recruitment.error.notActive");
    }

    @Test
    void aDeferredApplicantResumesButDoesNotMoveWhileDeferred() {
        var deferred = new Progress(ApplicantState.DEFERRED, WRITTEN, null);
        assertThatCode(() -> HiringProcess.checkResume(deferred)).doesNotThrowAnyException();
        assertThatThrownBy(() -> HiringProcess.checkResume(at(WRITTEN, null, null)))
                .hasMessage("recruitment.error.notDeferred");
        assertThatThrownBy(() -> HiringProcess.checkResult(POLICE, deferred, TODAY))
                .hasMessage("recruitment.error.notActive");
        assertThatCode(() -> HiringProcess.checkExit(deferred, ApplicantState.WITHDRAWN, null, null, TODAY))
                .doesNotThrowAnyException();
    }

    @Test
    void arrivingAtTheLastStepMeansHired() {
        assertThat(HiringProcess.stateOnArrival(POLICE, POLICE.size() - 1)).isEqualTo(ApplicantState.HIRED);
        assertThat(HiringProcess.stateOnArrival(POLICE, PHYSICAL)).isEqualTo(ApplicantState.ACTIVE);
    }
}
