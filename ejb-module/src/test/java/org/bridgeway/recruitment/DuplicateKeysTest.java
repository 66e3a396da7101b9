package org.bridgeway.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DuplicateKeysTest {

    @ParameterizedTest(name = "{0} ~ {1} on one birth date: {2}")
    @CsvSource(delimiter = '|', value = {
            "María José|García López|Maria|Garcia|true",
            "MARIA|GARCÍA-LÓPEZ|maría josé|López|true",
            "José Luis|de la Cruz|Jose|Cruz|true",
            "Nuñez|Ana|Nunez|Ana|true",
            "Zoë|Brontë|Zoe|Bronte|true",
            "Hodan|Abdi Warsame|hodan|warsame|true",
            "Mohamed|Abdi|Mohammed|Abdi|false",
            "Maria|Garcia|Mariana|Garcia|false",
            "Maria|Garcia|Maria|Lopez|false",
            "Maria|de la|Maria|de los|false",
            "Ana|García|José|García|false",
    })
    void namesMatchWithoutAccentsCaseHyphensAndParticles(String given1, String family1, String given2, String family2,
            boolean same) {
        assertThat(DuplicateKeys.sameName(given1, family1, given2, family2)).isEqualTo(same);
        assertThat(DuplicateKeys.sameName(given2, family2, given1, family1)).as("symmetric").isEqualTo(same);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "(612) 555-0100|6125550100",
            "+1 612 555 0100|6125550100",
            "1-612-555-0100|6125550100",
            "612.555.0100|6125550100",
            "00252 61 555 0100|252615550100",
            "+252 61 555 0100|252615550100",
            "555|null",
            "null|null",
    })
    void phonesCompareByTheirDigits(String raw, String key) {
        assertThat(DuplicateKeys.phone(raw)).isEqualTo(key);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "  Hodan.Warsame@Example.ORG |hodan.warsame@example.org",
            "null|null",
            "'   '|null",
    })
    void emailsCompareWithoutCaseAndSpaces(String raw, String key) {
        assertThat(DuplicateKeys.email(raw)).isEqualTo(key);
    }
}
