package org.bridgeway.partners;

import java.util.List;
import org.bridgeway.explorer.api.GuardianDraft;
import org.bridgeway.explorer.api.ParticipantDraft;
import org.bridgeway.explorer.api.ParticipantSource;
import org.bridgeway.partners.api.InterestForm;
import org.bridgeway.recruitment.api.ApplicantDraft;
import org.bridgeway.recruitment.api.ApplicantSource;
import org.bridgeway.shared.Strings;

/**
 * A lead from an interest form - filled in by the person on the public site or by a liaison at an outreach event -
 * as the draft the Explorer or recruitment context takes: only what the person gave, nothing else.
 */
final class Leads {

    private Leads() {
    }

    static ParticipantDraft youth(InterestForm form, ParticipantSource source) {
        var draft = new ParticipantDraft();
        draft.setPostId(form.getPostId());
        draft.setGivenName(form.getGivenName().strip());
        draft.setFamilyName(form.getFamilyName().strip());
        draft.setBirthDate(form.getBirthDate());
        draft.setPreferredLanguage(form.getLanguage());
        draft.setLanguages(List.of(form.getLanguage()));
        draft.setEmail(Strings.blankToNull(form.getEmail()));
        draft.setPhone(Strings.blankToNull(form.getPhone()));
        draft.setSource(source);
        if (Strings.blankToNull(form.getGuardianName()) != null) {
            var guardian = new GuardianDraft();
            guardian.setName(form.getGuardianName().strip());
            guardian.setRelationship("Guardian");
            guardian.setPhone(Strings.blankToNull(form.getGuardianPhone()));
            guardian.setEmail(Strings.blankToNull(form.getGuardianEmail()));
            guardian.setPreferredLanguage(form.getLanguage());
            draft.setGuardians(List.of(guardian));
        }
        return draft;
    }

    static ApplicantDraft adult(InterestForm form, ApplicantSource source, Long partnerId, String eventName) {
        var draft = new ApplicantDraft();
        draft.setGivenName(form.getGivenName().strip());
        draft.setFamilyName(form.getFamilyName().strip());
        draft.setEmail(Strings.blankToNull(form.getEmail()));
        draft.setPhone(Strings.blankToNull(form.getPhone()));
        draft.setBirthDate(form.getBirthDate());
        draft.setPreferredLanguage(form.getLanguage());
        draft.setLanguages(List.of(form.getLanguage()));
        draft.setHeardHow(eventName != null ? eventName : "Public interest form");
        draft.setSource(source);
        draft.setSourcePartnerId(partnerId);
        draft.setSourceEvent(eventName);
        return draft;
    }
}
