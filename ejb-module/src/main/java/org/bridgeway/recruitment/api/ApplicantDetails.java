package org.bridgeway.recruitment.api;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** An applicant as recruiters see them. Self-identification never appears here. */
public record ApplicantDetails(long id, long version, ApplicantDraft draft, long templateId, StepView currentStep,
        Instant stepEnteredAt, ApplicantState state, NotSelectedReason notSelectedReason, LocalDate recontactOn,
        Long explorerParticipantId, Instant partnerSharingSince, Long mergedIntoId, String sourcePartnerName,
        String recruiterName, Map<Requirement, RequirementView> requirements) implements Serializable {

    /** A requirement's status and who verified it when; whether a protected basis is on file. */
    public record RequirementView(Requirement requirement, Requirement.Status status, String verifiedBy,
            Instant verifiedAt, boolean basisOnFile) implements Serializable {

        public Requirement.Status getStatus() {
            return status;
        }

        public String getVerifiedBy() {
            return verifiedBy;
        }

        public Instant getVerifiedAt() {
            return verifiedAt;
        }

        public boolean isBasisOnFile() {
            return basisOnFile;
        }
    }

    public String fullName() {
        return draft.getGivenName() + " " + draft.getFamilyName();
    }
}
