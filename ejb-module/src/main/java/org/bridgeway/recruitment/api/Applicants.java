package org.bridgeway.recruitment.api;

import jakarta.ejb.Local;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Applicants and their way through the hiring steps. Reading needs recruitment:read; changes
 * recruitment:write; results and notes of background, polygraph, psychological and medical steps need
 * recruitment:sensitive. Every change writes a timeline row (who, when, from, to, note).
 */
@Local
public interface Applicants {

    /** Starts the applicant at the first step of the default template; warns of likely duplicates. */
    CreatedApplicant create(ApplicantDraft draft);

    ApplicantDetails get(long applicantId);

    void update(long applicantId, long version, ApplicantDraft draft);

    List<TimelineEntry> timeline(long applicantId);

    /** A result at the applicant's current step (pass/fail, score against the cut-off, attended/no-show). */
    void recordResult(long applicantId, StepOutcome outcome, Integer score, String note);

    /** Each to their next step (targetStepId null) or to a later one; each checked on its own. */
    BulkResult advance(List<Long> applicantIds, Long targetStepId, String note);

    /** Withdrawn, not selected (with a reason code) or deferred (with a re-contact date). */
    BulkResult exit(List<Long> applicantIds, ApplicantState exit, NotSelectedReason reason, LocalDate recontactOn,
            String note);

    /** A deferred applicant comes back at the step they left. */
    void resume(long applicantId, String note);

    /** Requirement met yes/no/pending, verified by the caller; a basis (optional) is a protected value. */
    void setRequirement(long applicantId, Requirement requirement, Requirement.Status status, String basis);

    /** recruitment:sensitive; audited. */
    Optional<String> readRequirementBasis(long applicantId, Requirement requirement);

    List<DuplicateCandidate> duplicatesOf(long applicantId);

    /** Folds {@code mergedId} into {@code keptId}: both timelines stay, on the kept record. */
    void merge(long keptId, long mergedId);

    /** The applicant's own agreement (dated; withdrawable) that the referring partner may see their progress. */
    void setPartnerSharing(long applicantId, boolean sharing);

    /**
     * "Refer to recruitment" from an Explorer member or alumnus aged 18 or over, with the person's own consent:
     * an applicant linked to the same person, source Explorer program, without guardian or residency data.
     * Allowed to the participant's coordinators (explorer:write) and recruiters.
     */
    long referFromExplorer(long participantId, boolean personConsented);
}
