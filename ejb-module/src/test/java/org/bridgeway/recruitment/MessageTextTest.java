package org.bridgeway.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MessageTextTest {

    @Test
    void namedPlaceholdersAreFilledAndEverythingElseStaysAsWritten() {
        String template = "Hello {name}, the {step} is on {date} at {place}. Don't forget: {unknown} {NAME} $1 \\\\";
        String text = MessageText.render(template, Map.of("name", "Hodan", "step", "oral board", "date", "2027-03-05 09:00",
                "place", "Room $2 \\\\ East"));
        assertThat(text).isEqualTo("Hello Hodan, the oral board is on 2027-03-05 09:00 at Room $2 \\\\ East."
                + " Don't forget: {unknown} {NAME} $1 \\\\");
    }

    @Test
    void aMissingValueLeavesItsPlaceholder() {
        assertThat(MessageText.render("{name} / {recruiter}", Map.of("name", "Ayaan"))).isEqualTo("Ayaan / {recruiter}");
    }
}
