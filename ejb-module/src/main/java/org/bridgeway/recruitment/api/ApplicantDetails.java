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

    public long getId() {
        return id;
    }

    public ApplicantDraft getDraft() {
        return draft;
    }

    public StepView getCurrentStep() {
        return currentStep;
    }

    public ApplicantState getState() {
        return state;
    }

    public NotSelectedReason getNotSelectedReason() {
        return notSelectedReason;
    }

    public LocalDate getRecontactOn() {
        return recontactOn;
    }

    public Instant getPartnerSharingSince() {
        return partnerSharingSince;
    }

    public Long getMergedIntoId() {
        return mergedIntoId;
    }

    public String getSourcePartnerName() {
        return sourcePartnerName;
    }

    public String getRecruiterName() {
        return recruiterName;
    }

    public Map<Requirement, RequirementView> getRequirements() {
        return requirements;
    }

    public String fullName() {
        return draft.getGivenName() + " " + draft.getFamilyName();
    }
}
