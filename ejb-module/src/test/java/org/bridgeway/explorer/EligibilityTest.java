package org.bridgeway.explorer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.bridgeway.shared.BusinessException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class EligibilityTest {

    private static final LocalDate ON = LocalDate.of(2026, 9, 1);

    @ParameterizedTest(name = "born {0}, grade {1} -> {2} {3}")
    @CsvSource(nullValues = "none", value = {
        // 13 years and 364 days: too young even with 8th grade
        "2012-09-02, 8,    false, explorer.eligibility.tooYoung",
        // 14 today: with 8th grade yes, without no, unknown grade no
        "2012-09-01, 8,    true,  none",
        "2012-09-01, 9,    true,  none",
        "2012-09-01, 7,    false, explorer.eligibility.gradeNotCompleted",
        "2012-09-01, none, false, explorer.eligibility.gradeNotCompleted",
        // 15: whatever the grade
        "2011-09-01, 6,    true,  none",
        "2011-09-01, none, true,  none",
        // the day before the 21st birthday: still in; on the birthday: out
        "2005-09-02, 12,   true,  none",
        "2005-09-01, 12,   false, explorer.eligibility.tooOld",
        // born in the future or unknown
        "2027-01-01, 8,    false, explorer.eligibility.birthDateInvalid"})
    void programRuleAtTheEdges(LocalDate born, Integer grade, boolean eligible, String reason) {
        var result = Eligibility.assess(born, grade, ON, EligibilityPolicy.PROGRAM);
        assertThat(result.eligible()).isEqualTo(eligible);
        assertThat(result.reasonKey()).isEqualTo(reason);
    }

    @ParameterizedTest(name = "29 Feb birthday on {0} -> age counts as {1}")
    @CsvSource({
        "2022-02-28, false", // 13 on 28 Feb 2022: the 14th birthday falls on 1 March in a non-leap year
        "2022-03-01, true",
        "2024-02-28, true"})
    void leapDayBirthday(LocalDate on, boolean fourteen) {
        var result = Eligibility.assess(LocalDate.of(2008, 2, 29), 8, on, EligibilityPolicy.PROGRAM);
        assertThat(result.eligible()).isEqualTo(fourteen);
    }

    @Test
    void aPostMayTightenTheRuleButNeverLoosenIt() {
        var stricter = new EligibilityPolicy(15, 9, 16, 19);
        assertThat(Eligibility.assess(LocalDate.of(2011, 9, 1), 9, ON, stricter).eligible()).isTrue();
        assertThat(Eligibility.assess(LocalDate.of(2011, 9, 1), 8, ON, stricter).reasonKey())
                .isEqualTo("explorer.eligibility.gradeNotCompleted");
        assertThat(Eligibility.assess(LocalDate.of(2007, 9, 1), 12, ON, stricter).reasonKey())
                .isEqualTo("explorer.eligibility.tooOld");

        assertThatThrownBy(() -> new EligibilityPolicy(13, 8, 15, 21)).isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> new EligibilityPolicy(14, 7, 15, 21)).isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> new EligibilityPolicy(14, 8, 14, 21)).isInstanceOf(BusinessException.class)
                .hasMessage("explorer.policy.looserThanProgram");
        assertThatThrownBy(() -> new EligibilityPolicy(14, 8, 15, 22)).isInstanceOf(BusinessException.class);
    }

    @Test
    void noSettingCanMakeCitizenshipOrResidencyACondition() {
        Set<String> settings = Arrays.stream(EligibilityPolicy.class.getRecordComponents())
                .map(c -> c.getName().toLowerCase()).collect(Collectors.toSet());
        assertThat(settings).containsExactlyInAnyOrder("minimumagewithgrade", "requiredgrade", "minimumage", "agelimit");
        assertThat(Arrays.stream(Eligibility.class.getMethods()).flatMap(m -> Arrays.stream(m.getParameters()))
                .map(p -> p.getName().toLowerCase()))
                .noneMatch(name -> name.contains("citizen") || name.contains("residen") || name.contains("status"));
    }
}
