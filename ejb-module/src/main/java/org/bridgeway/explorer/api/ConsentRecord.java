package org.bridgeway.explorer.api;

import java.io.Serializable;
import java.time.LocalDate;

/** A signed consent; guardianName is null when the participant consented for themselves. */
public record ConsentRecord(long id, ConsentKind kind, Long guardianId, String guardianName, int textVersion,
        String language, LocalDate signedOn, LocalDate expiresOn, boolean valid) implements Serializable {

    public long getId() {
        return id;
    }

    public ConsentKind getKind() {
        return kind;
    }

    public String getGuardianName() {
        return guardianName;
    }

    public int getTextVersion() {
        return textVersion;
    }

    public String getLanguage() {
        return language;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public boolean isValid() {
        return valid;
    }
}
