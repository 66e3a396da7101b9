package org.bridgeway.mentorship;

import static org.assertj.core.api.Assertions.assertThat;

import org.bridgeway.mentorship.YouthProtection.Policy;
import org.bridgeway.mentorship.api.SessionKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every session kind at 17 and 18, with and without a second adult, under the strict and the open policy. */
class YouthProtectionTest {

    @ParameterizedTest(name = "age {0}, {1}, second adult {2}, virtual ok {3}, public ok {4} -> {5}")
    @CsvSource({
        // a minor, one-on-one, strict policy: only group sessions
        "17, IN_PERSON_STATION, false, false, false, mentorship.protection.privateOneOnOne",
        "17, IN_PERSON_PUBLIC,  false, false, false, mentorship.protection.publicNeedsSecondAdult",
        "17, VIRTUAL,           false, false, false, mentorship.protection.virtualNeedsSecondAdult",
        "17, GROUP_ACTIVITY,    false, false, false, ",
        // a second screened adult makes any kind safe
        "17, IN_PERSON_STATION, true,  false, false, ",
        "17, IN_PERSON_PUBLIC,  true,  false, false, ",
        "17, VIRTUAL,           true,  false, false, ",
        // the post's policy may allow virtual or public one-on-ones, never a private one at the station
        "17, VIRTUAL,           false, true,  false, ",
        "17, IN_PERSON_PUBLIC,  false, false, true,  ",
        "17, IN_PERSON_PUBLIC,  false, true,  false, mentorship.protection.publicNeedsSecondAdult",
        "17, IN_PERSON_STATION, false, true,  true,  mentorship.protection.privateOneOnOne",
        "14, VIRTUAL,           false, false, false, mentorship.protection.virtualNeedsSecondAdult",
        // from 18, adults choose
        "18, IN_PERSON_STATION, false, false, false, ",
        "18, VIRTUAL,           false, false, false, ",
        "20, IN_PERSON_PUBLIC,  false, false, false, ",
    })
    void decidesEachKindAndAge(int age, SessionKind kind, boolean secondAdult, boolean virtualOk, boolean publicOk,
            String refusal) {
        var decision = YouthProtection.decide(age, kind, secondAdult, new Policy(virtualOk, publicOk));
        assertThat(decision.allowed()).isEqualTo(refusal == null);
        assertThat(decision.reasonKey()).isEqualTo(refusal);
    }
}
