package org.bridgeway.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One row per cell of the table in docs/explorer-standing.md. */
class StandingRulesTest {

    @ParameterizedTest(name = "{0} after {1} counted months, month {2}, 21: {3} -> {4}")
    @CsvSource({
        // probation: the first counted months stay on probation; the third decides
        "PROBATION, 0, MET,         false, PROBATION",
        "PROBATION, 0, MISSED,      false, PROBATION",
        "PROBATION, 1, MET,         false, PROBATION",
        "PROBATION, 1, MISSED,      false, PROBATION",
        "PROBATION, 2, MET,         false, ACTIVE",
        "PROBATION, 2, MISSED,      false, AT_RISK",
        "PROBATION, 2, NOT_COUNTED, false, PROBATION",
        "PROBATION, 0, NOT_COUNTED, false, PROBATION",
        // active
        "ACTIVE,    9, MET,         false, ACTIVE",
        "ACTIVE,    9, MISSED,      false, AT_RISK",
        "ACTIVE,    9, NOT_COUNTED, false, ACTIVE",
        // at risk: a second month below in a row makes the member inactive
        "AT_RISK,   9, MET,         false, ACTIVE",
        "AT_RISK,   9, MISSED,      false, INACTIVE",
        "AT_RISK,   9, NOT_COUNTED, false, AT_RISK",
        // inactive: only a coordinator's reinstatement brings them back
        "INACTIVE,  9, MET,         false, INACTIVE",
        "INACTIVE,  9, MISSED,      false, INACTIVE",
        "INACTIVE,  9, NOT_COUNTED, false, INACTIVE",
        // 21: alumni from every standing, and alumni stay alumni
        "PROBATION, 0, MET,         true,  ALUMNI",
        "ACTIVE,    9, MET,         true,  ALUMNI",
        "AT_RISK,   9, MISSED,      true,  ALUMNI",
        "INACTIVE,  9, NOT_COUNTED, true,  ALUMNI",
        "ALUMNI,    9, MET,         false, ALUMNI",
        "ALUMNI,    9, MISSED,      false, ALUMNI",
        "ALUMNI,    9, NOT_COUNTED, false, ALUMNI"})
    void everyCellOfTheTable(Standing current, int counted, MonthOutcome outcome, boolean turned21, Standing expected) {
        assertThat(StandingRules.next(current, counted, outcome, turned21)).isEqualTo(expected);
    }
}
