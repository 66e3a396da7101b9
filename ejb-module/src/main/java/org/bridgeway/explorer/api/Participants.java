package org.bridgeway.explorer.api;

import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bridgeway.shared.Page;
import org.bridgeway.shared.PageRequest;

/**
 * Participants of the posts the caller runs (explorer:read / explorer:write): enrolment with eligibility,
 * guardians, consent, the lifecycle and the residency record. Any id outside the caller's posts is not found.
 */
@Local
public interface Participants {

    Page<ParticipantSummary> findParticipants(ParticipantFilter filter, PageRequest page);

    long countParticipants(ParticipantFilter filter);

    List<ParticipantSummary> listParticipants(ParticipantFilter filter, PageRequest page);

    ParticipantDetails getParticipant(long participantId);

    /**
     * Records an applicant and assesses eligibility at once: INELIGIBLE with the reason, or ELIGIBLE and then
     * AWAITING_CONSENT. A minor needs at least one guardian.
     */
    long enroll(@NotNull @Valid ParticipantDraft draft);

    /** Optimistic: a stale version fails with a concurrent-change error and saves nothing. */
    void updateParticipant(long participantId, long version, @NotNull @Valid ParticipantDraft draft);

    List<StatusChange> history(long participantId);

    /**
     * Whether the post has an agency eligibility rule switched on (docs/extensions.md): only then is the home ZIP
     * code asked and kept.
     */
    boolean asksResidenceArea(long postId);

    /**
     * Decides eligibility again for an INELIGIBLE or AWAITING_CONSENT participant — after the agency's rules
     * changed, say — with the same rules as at enrolment.
     */
    void reassessEligibility(long participantId);

    /** How many of the post's participants are INELIGIBLE because an agency rule was not met. */
    long countAgencyRuleRefusals(long postId);

    /**
     * Decides again for every participant of the post refused by an agency rule — after a rule was switched off,
     * its bundle removed or its settings changed. Returns how many were decided again and how many are now eligible.
     */
    Reassessment reassessAgencyRuleRefusals(long postId);

    /** The outcome of deciding again for several participants. */
    record Reassessment(int decided, int nowEligible) implements java.io.Serializable {
    }

    /** AWAITING_CONSENT → PROBATION; needs valid participation consent (a guardian's for a minor). */
    void activate(long participantId);

    /** INACTIVE → ACTIVE, by a coordinator, with a reason. */
    void reinstate(long participantId, @NotNull String reason);

    /** A recorded leave: months it covers do not count for standing. */
    void recordLeave(long participantId, @NotNull LocalDate from, @NotNull LocalDate until);

    /** Links a YOUTH account so that youth sees this record (and only this one). */
    void linkYouthAccount(long participantId, @NotNull String username);

    List<ConsentRecord> consents(long participantId);

    /**
     * Records a signed paper form of the current text of the kind in the language. guardianId null: the
     * participant signed for themselves (18 or older). expiresOn null: one year after signing.
     */
    long recordConsent(long participantId, @NotNull ConsentKind kind, Long guardianId, @NotNull String language,
            @NotNull LocalDate signedOn, LocalDate expiresOn);

    /** Whether a residency record is needed and its verification state; never the basis itself. */
    ResidencyRecord residencyRecord(long participantId);

    /** residency:write; only where the post's policy needs a basis on file. */
    void recordResidencyBasis(long participantId, @NotNull ResidencyBasis basis);

    /** residency:read; audited. Empty once verified under a policy that does not keep the basis. */
    Optional<ResidencyBasis> readResidencyBasis(long participantId);

    /** residency:write; marks verified by the caller today and, unless the post keeps it, deletes the basis. */
    void verifyResidency(long participantId);
}
