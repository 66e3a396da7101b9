package org.bridgeway.partners;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bridgeway.explorer.api.ExplorerDirectory;
import org.bridgeway.explorer.api.ParticipantSource;
import org.bridgeway.explorer.api.Participants;
import org.bridgeway.identity.api.CurrentUser;
import org.bridgeway.partners.api.InterestForm;
import org.bridgeway.partners.api.PartnerDirectory;
import org.bridgeway.partners.api.PublicIntake;
import org.bridgeway.recruitment.api.ApplicantSource;
import org.bridgeway.recruitment.api.Applicants;
import org.bridgeway.shared.BusinessException;
import org.bridgeway.shared.Hashes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * No permission: anyone may submit. What guards it: a per-address limit counted in PostgreSQL (shared
 * EventCounters, hashed address), Bean Validation (no markup, sizes), and the honeypot the page checks.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PublicIntakeBean implements PublicIntake {

    @Inject
    private Validator validator;

    @Inject
    private PublicSubmissions submissions;

    @Inject
    private PartnerDirectory partners;

    @Inject
    private ExplorerDirectory explorer;

    @Inject
    private Participants participants;

    @Inject
    private Applicants applicants;

    @Inject
    private CurrentUser currentUser;

    @Inject
    @ConfigProperty(name = "bridgeway.public.max-submissions-per-hour", defaultValue = "10")
    int maxPerHour;

    @Override
    public Result submit(InterestForm form, String referralCode, String clientAddress) {
        if (submissions.countAttempt("public-form:" + Hashes.sha256Hex(clientAddress == null ? "" : clientAddress),
                Duration.ofHours(1)) > maxPerHour) {
            return new Result(Outcome.RATE_LIMITED, java.util.Set.of());
        }
        var violations = validator.validate(form);
        if (!violations.isEmpty()) {
            return new Result(Outcome.INVALID, violations);
        }
        if (form.getKind() == InterestForm.Kind.YOUTH) {
            int age = Period.between(form.getBirthDate(), LocalDate.now()).getYears();
            if (age < 14 || age > 20) {
                throw new BusinessException("public.youth.age");
            }
            if (form.getPostId() == null || !posts().containsKey(form.getPostId())) {
                throw new BusinessException("public.youth.post");
            }
        }
        Long partnerId = referralCode == null || referralCode.isBlank() ? null
                : partners.partnerByReferralCode(referralCode.strip()).orElse(null);
        // Stored first, committed on its own: whatever happens next, the person's request is not lost.
        long submission = submissions.store(form, partnerId);
        try {
            if (form.getKind() == InterestForm.Kind.YOUTH) {
                long participant = currentUser.runAsSystem(() -> participants.enroll(Leads.youth(form,
                        partnerId != null ? ParticipantSource.PARTNER : ParticipantSource.PUBLIC_FORM)));
                submissions.processed(submission, "EXPLORER_PARTICIPANT", participant, null);
            } else if (form.getInterest() == InterestForm.Interest.CAREERS) {
                long applicant = currentUser.runAsSystem(() -> applicants.create(Leads.adult(form,
                        partnerId != null ? ApplicantSource.PARTNER : ApplicantSource.WEBSITE, partnerId, null)).id());
                submissions.processed(submission, "RECRUITMENT_APPLICANT", applicant, null);
            } else {
                submissions.processed(submission, "COMMUNITY_" + form.getInterest().name(), null, null);
            }
        } catch (BusinessException | jakarta.validation.ConstraintViolationException e) {
            // Kept for staff follow-up; the visitor still gets their confirmation.
            submissions.processed(submission, null, null, e instanceof BusinessException b ? b.messageKey()
                    : "validation");
        }
        return new Result(Outcome.ACCEPTED, java.util.Set.of());
    }

    @Override
    public Map<Long, String> posts() {
        Map<Long, String> names = explorer.postNames(explorer.allPosts());
        Map<Long, String> sorted = new LinkedHashMap<>();
        names.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }
}
