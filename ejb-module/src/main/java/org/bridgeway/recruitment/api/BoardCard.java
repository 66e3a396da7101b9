package org.bridgeway.recruitment.api;

import java.io.Serializable;

/** A card on the board: name, source (and partner), days in the step, whether deferred. */
public record BoardCard(long id, String name, ApplicantSource source, String partnerName, long daysInStep,
        ApplicantState state, String preferredLanguage) implements Serializable {

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public ApplicantSource getSource() {
        return source;
    }

    public String getPartnerName() {
        return partnerName;
    }

    public long getDaysInStep() {
        return daysInStep;
    }

    public ApplicantState getState() {
        return state;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }
}
