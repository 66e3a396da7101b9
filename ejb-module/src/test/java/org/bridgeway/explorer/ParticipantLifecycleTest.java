package org.bridgeway.explorer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.bridgeway.explorer.api.ParticipantStatus;
import org.bridgeway.shared.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParticipantLifecycleTest {

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
        "APPLICANT,        ELIGIBLE,         true",
        "APPLICANT,        INELIGIBLE,       true",
        "APPLICANT,        PROBATION,        false",
        "APPLICANT,        ACTIVE,           false",
        "INELIGIBLE,       ELIGIBLE,         true",
        "INELIGIBLE,       AWAITING_CONSENT, false",
        "ELIGIBLE,         AWAITING_CONSENT, true",
        "ELIGIBLE,         PROBATION,        false",
        "AWAITING_CONSENT, PROBATION,        true",
        "AWAITING_CONSENT, ACTIVE,           false",
        "PROBATION,        ACTIVE,           true",
        "PROBATION,        AT_RISK,          true",
        "PROBATION,        INACTIVE,         false",
        "ACTIVE,           AT_RISK,          true",
        "ACTIVE,           INACTIVE,         false",
        "AT_RISK,          INACTIVE,         true",
        "AT_RISK,          ACTIVE,           true",
        "INACTIVE,         ACTIVE,           true",
        "INACTIVE,         PROBATION,        false",
        "ACTIVE,           ALUMNI,           true",
        "INACTIVE,         ALUMNI,           true",
        "ALUMNI,           ACTIVE,           false",
        "ALUMNI,           APPLICANT,        false",
    })
    void allowsOnlyTheLifecycleMoves(ParticipantStatus from, ParticipantStatus to, boolean allowed) {
        assertThat(ParticipantLifecycle.allows(from, to)).isEqualTo(allowed);
    }

    @Test
    void aRefusedMoveNamesBothStatesForTheMessage() {
        assertThatThrownBy(() -> ParticipantLifecycle.check(ParticipantStatus.ALUMNI, ParticipantStatus.ACTIVE))
                .isInstanceOf(BusinessException.class)
                .satisfies(e -> {
                    var b = (BusinessException) e;
                    assertThat(b.messageKey()).isEqualTo("explorer.error.transition");
                    assertThat(b.arguments()).containsExactly("ALUMNI", "ACTIVE");
                });
    }
}
