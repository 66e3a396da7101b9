package org.bridgeway.explorer.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * What other contexts (mentorship) may know of a participant: the preferred name, age facts, languages,
 * interests, the post and its youth-protection policy, and guardian contacts. Never a residency basis, never a
 * family name, school or home details. The e-mail address is for notices only.
 */
public record MenteeCard(long participantId, long postId, Long accountId, String preferredName, LocalDate birthDate,
        ParticipantStatus status, String preferredLanguage, String email, List<String> languages, List<String> interests,
        List<GuardianContact> guardians, boolean allowVirtualOneOnOne, boolean allowPublicOneOnOne)
        implements Serializable {

    public record GuardianContact(String name, String phone, String email, String preferredLanguage)
            implements Serializable {

        public String getName() {
            return name;
        }

        public String getPhone() {
            return phone;
        }

        public String getEmail() {
            return email;
        }

        public String getPreferredLanguage() {
            return preferredLanguage;
        }
    }

    public String getPreferredName() {
        return preferredName;
    }

    public List<String> getLanguages() {
        return languages;
    }

    public List<String> getInterests() {
        return interests;
    }

    public List<GuardianContact> getGuardians() {
        return guardians;
    }
}
