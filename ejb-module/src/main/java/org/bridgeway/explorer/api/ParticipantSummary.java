package org.bridgeway.explorer.api;

import java.io.Serializable;

/** One row of the participant list: what a coordinator needs to find someone, nothing more. */
public record ParticipantSummary(long id, String displayName, String familyName, String postName,
        String cohortName, ParticipantStatus status, int age, String preferredLanguage) implements Serializable {

    public long getId() {
        return id;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public String getPostName() {
        return postName;
    }

    public String getCohortName() {
        return cohortName;
    }

    public ParticipantStatus getStatus() {
        return status;
    }

    public int getAge() {
        return age;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }
}
