package org.bridgeway.partners;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.List;
import org.bridgeway.partners.api.PartnerDraft;
import org.bridgeway.partners.api.PartnerType;
import org.junit.jupiter.api.Test;

/** The form rules of a partner, shared by the draft (forms, API) and the entity (last line of defence). */
class PartnerDraftValidationTest {

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    private static PartnerDraft valid() {
        var draft = new PartnerDraft();
        draft.setName("Somali American Police Association");
        draft.setType(PartnerType.ADVOCACY_GROUP);
        draft.setLanguagesServed(List.of("so", "en"));
        draft.setContactPhone("+1 (612) 555-0142");
        draft.setContactEmail("info@example.org");
        return draft;
    }

    private List<String> violations(PartnerDraft draft) {
        return validator.validate(draft).stream().map(v -> v.getPropertyPath().toString()).sorted().toList();
    }

    @Test
    void aCompleteDraftIsValid() {
        assertThat(violations(valid())).isEmpty();
    }

    @Test
    void nameIsRequiredAndBounded() {
        var empty = valid();
        empty.setName("  ");
        assertThat(violations(empty)).containsExactly("name");
        var tooLong = valid();
        tooLong.setName("x".repeat(201));
        assertThat(violations(tooLong)).containsExactly("name");
    }

    @Test
    void emailPhoneTypeAndLanguageCodesAreChecked() {
        var draft = valid();
        draft.setContactEmail("not-an-email");
        draft.setContactPhone("call me maybe");
        draft.setType(null);
        draft.setLanguagesServed(List.of("so", "Somali"));
        assertThat(violations(draft)).containsExactly("contactEmail", "contactPhone", "languagesServed[1].<list element>", "type");
    }

    @Test
    void theEntityTakesTheDraftTrimmedAndWithoutDuplicateLanguages() {
        var draft = valid();
        draft.setName("  Padded name  ");
        draft.setLanguagesServed(List.of("so", "so", "en"));
        draft.setNotes("   ");
        var partner = new PartnerOrganisation(draft, Instant.parse("2026-11-28T10:00:00Z"));
        assertThat(partner.toDraft().getName()).isEqualTo("Padded name");
        assertThat(partner.toDraft().getLanguagesServed()).containsExactly("so", "en");
        assertThat(partner.toDraft().getNotes()).isNull();
        assertThat(partner.isActive()).isTrue();
        assertThat(validator.validate(new PartnerOrganisation(draft, Instant.now()))).isEmpty();
    }
}
