package org.bridgeway.explorer.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * What recruitment may copy from an Explorer participant referred to the hiring pipeline: the person's own name,
 * contact, birth date and languages — no guardian, no residency record, nothing about the post's records.
 */
public record RecruitCard(long participantId, long postId, ParticipantStatus status, String givenName,
        String familyName, String email, String phone, LocalDate birthDate, String preferredLanguage,
        List<String> languages) implements Serializable {
}
