package org.bridgeway.extension.residencerule;

import static org.assertj.core.api.Assertions.assertThat;

import org.bridgeway.extension.api.ApplicantFacts;
import org.junit.jupiter.api.Test;

class ResidenceAreaRuleTest {

    private final ResidenceAreaRule rule = new ResidenceAreaRule("55454, 55404");

    private static ApplicantFacts livingIn(String zip) {
        return new ApplicantFacts(16, 10, 7, "Cedar-Riverside Post", zip);
    }

    @Test
    void aListedZipCodeIsEligibleAlsoInZipPlusFour() {
        assertThat(rule.evaluate(livingIn("55454")).eligible()).isTrue();
        assertThat(rule.evaluate(livingIn("55404-1234")).eligible()).isTrue();
    }

    @Test
    void anotherOrMissingZipCodeIsIneligibleWithTheReasonInThreeLanguages() {
        var outside = rule.evaluate(livingIn("55101"));
        assertThat(outside.eligible()).isFalse();
        assertThat(outside.reasonKey()).isEqualTo("residence-area.outside");
        assertThat(outside.reason()).containsKeys("en", "es", "so");
        assertThat(outside.reason().get("es")).contains("55404, 55454");
        var missing = rule.evaluate(livingIn(null));
        assertThat(missing.eligible()).isFalse();
        assertThat(missing.reasonKey()).isEqualTo("residence-area.missing");
        assertThat(missing.reason().get("en")).startsWith("No home ZIP code").contains("55404, 55454");
    }

    @Test
    void malformedZipCodesInTheConfigurationAreIgnored() {
        var rule = new ResidenceAreaRule("55454,abc,123456,55404");
        assertThat(rule.description().get("en")).endsWith("55404, 55454");
    }
}
