package org.bridgeway.explorer.api;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What may be shown about a participant's residency record without reading the protected basis: whether the
 * post needs one, whether a basis is on file, and whether, by whom ("account:ID") and when it was verified.
 */
public record ResidencyRecord(boolean required, boolean basisOnFile, boolean verified, String verifiedBy,
        LocalDate verifiedOn) implements Serializable {

    public boolean isRequired() {
        return required;
    }

    public boolean isBasisOnFile() {
        return basisOnFile;
    }

    public boolean isVerified() {
        return verified;
    }

    public String getVerifiedBy() {
        return verifiedBy;
    }

    public LocalDate getVerifiedOn() {
        return verifiedOn;
    }
}
