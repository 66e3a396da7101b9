package org.bridgeway.extension.certificationcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.bridgeway.extension.api.CheckResult.Outcome;
import org.bridgeway.extension.api.StepFacts;
import org.junit.jupiter.api.Test;

class StateCertificationCheckTest {

    private final StateCertificationCheck check = new StateCertificationCheck("STATE_CERTIFICATION", "academy");

    private static StepFacts movingTo(String next, String... certifications) {
        return new StepFacts("conditional-offer", next, 24, "BACHELOR", Set.of(certifications), Set.of("so", "en"),
                Map.of());
    }

    @Test
    void beforeTheAcademyTheCertificationIsRequired() {
        var missing = check.check(movingTo("academy"));
        assertThat(missing.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(missing.reason()).containsKeys("en", "es", "so");
        assertThat(check.check(movingTo("academy", "STATE_CERTIFICATION")).outcome()).isEqualTo(Outcome.PASS);
        assertThat(check.check(movingTo("academy", "STATE_CERTIFICATION-PENDING")).outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
    }

    @Test
    void otherStepsAreNotConcerned() {
        assertThat(check.check(movingTo("written-exam")).outcome()).isEqualTo(Outcome.PASS);
    }
}
