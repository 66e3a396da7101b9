package org.bridgeway.recruitment;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bridgeway.explorer.api.ExplorerDirectory;
import org.bridgeway.explorer.api.ParticipantStatus;
import org.bridgeway.explorer.api.RecruitCard;
import org.bridgeway.identity.api.AccountDirectory;
import org.bridgeway.identity.api.CurrentUser;
import org.bridgeway.identity.api.Permission;
import org.bridgeway.partners.api.PartnerDirectory;
import org.bridgeway.recruitment.HiringProcess.Attempt;
import org.bridgeway.recruitment.HiringProcess.Progress;
import org.bridgeway.recruitment.api.ApplicantDetails;
import org.bridgeway.recruitment.api.ApplicantDetails.RequirementView;
import org.bridgeway.recruitment.api.ApplicantDraft;
import org.bridgeway.recruitment.api.ApplicantSource;
import org.bridgeway.recruitment.api.ApplicantState;
import org.bridgeway.recruitment.api.Applicants;
import org.bridgeway.recruitment.api.BulkResult;
import org.bridgeway.recruitment.api.CreatedApplicant;
import org.bridgeway.recruitment.api.DuplicateCandidate;
import org.bridgeway.recruitment.api.NotSelectedReason;
import org.bridgeway.recruitment.api.Requirement;
import org.bridgeway.recruitment.api.StepDefinition;
import org.bridgeway.recruitment.api.StepOutcome;
import org.bridgeway.recruitment.api.StepView;
import org.bridgeway.recruitment.api.TimelineEntry;
import org.bridgeway.shared.AgencyCalendar;
import org.bridgeway.shared.BusinessException;
import org.bridgeway.shared.ConcurrentChangeException;
import org.bridgeway.shared.NotFoundException;
import org.bridgeway.shared.SqlValues;
import org.bridgeway.shared.Validated;
import org.bridgeway.shared.freetext.IdentityNumbers;
import org.bridgeway.shared.protect.ProtectedKind;
import org.bridgeway.shared.protect.ProtectedValues;

@Stateless
public class ApplicantsBean implements Applicants {

    /** Owner type of the protected values and audit rows of applicants. */
    static final String OWNER = "applicant";
    static final int NOTE_MAX = 1000;
    static final int MAX_BULK = 500;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private StepCatalog catalog;

    @Inject
    private ApplicantTimeline timeline;

    @Inject
    private AgencyCalendar calendar;

    @Inject
    private ProtectedValues protectedValues;

    @Inject
    private ExplorerDirectory explorer;

    @Inject
    private PartnerDirectory partners;

    @Inject
    private AccountDirectory accounts;

    @Inject
    private jakarta.validation.Validator validator;

    @Inject
    private org.bridgeway.shared.extensions.Extensions extensions;

    @Override
    public CreatedApplicant create(ApplicantDraft draft) {
        currentUser.checkPermission(Permission.RECRUITMENT_WRITE);
        Validated.check(validator, draft);
        checkSource(draft);
        Applicant applicant = start(draft);
        return new CreatedApplicant(applicant.getId(), duplicates(applicant));
    }

    /** A new applicant at the default template's first step, with its first timeline row and pending requirements. */
    Applicant start(ApplicantDraft draft) {
        long templateId = catalog.defaultTemplateId();
        StepView first = catalog.steps(templateId).get(0);
        Instant now = Instant.now();
        var applicant = new Applicant(draft, templateId, first.id(), currentUser.auditActor(), now);
        em.persist(applicant);
        em.flush();
        timeline.arrive(applicant.getId(), first.id(), now);
        timeline.event(applicant.getId(), "CREATED", null, first.id(), null, null, ApplicantState.ACTIVE, null, null,
                false);
        for (Requirement requirement : Requirement.values()) {
            em.createNativeQuery("insert into applicant_requirement (applicant_id, requirement, status)"
                    + " values (?1, ?2, 'PENDING')").setParameter(1, applicant.getId())
                    .setParameter(2, requirement.name()).executeUpdate();
        }
        return applicant;
    }

    private void checkSource(ApplicantDraft draft) {
        if (draft.getSource() == ApplicantSource.PARTNER
                && partners.names(List.of(draft.getSourcePartnerId())).isEmpty()) {
            throw new BusinessException("recruitment.applicant.sourceDetail");
        }
        if (draft.getSource() == ApplicantSource.EXPLORER) {
            // Only a referral from the Explorer program itself says so; it links the participant.
            throw new BusinessException("recruitment.error.explorerSourceByReferral");
        }
    }

    @Override
    public ApplicantDetails get(long applicantId) {
        currentUser.checkPermission(Permission.RECRUITMENT_READ);
        Applicant a = find(applicantId);
        StepView step = catalog.byIds(List.of(a.getCurrentStepId())).get(a.getCurrentStepId());
        String partnerName = a.getSourcePartnerId() == null ? null
                : partners.names(List.of(a.getSourcePartnerId())).get(a.getSourcePartnerId());
        String recruiterName = a.getRecruiterAccountId() == null ? null
                : accounts.displayNames(List.of(a.getRecruiterAccountId())).get(a.getRecruiterAccountId());
        return new ApplicantDetails(a.getId(), a.getVersion(), a.toDraft(), a.getTemplateId(), step,
                a.getStepEnteredAt(), a.getState(), a.getNotSelectedReason(), a.getRecontactOn(),
                a.getExplorerParticipantId(), a.getPartnerSharingSince(), a.getMergedIntoId(), partnerName,
                recruiterName, requirements(applicantId));
    }

    private Map<Requirement, RequirementView> requirements(long applicantId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select r.requirement, r.status, r.verified_by, r.verified_at,"
                + " exists (select 1 from protected_value v where v.owner_type = ?2"
                + "         and v.owner_id = cast(r.applicant_id as varchar) || ':' || r.requirement)"
                + " from applicant_requirement r where r.applicant_id = ?1").setParameter(1, applicantId)
                .setParameter(2, OWNER).getResultList();
        Map<Requirement, RequirementView> views = new EnumMap<>(Requirement.class);
        Map<String, String> verifiers = timeline.actorNames(rows.stream().filter(r -> r[2] != null)
                .map(r -> (String) r[2]).distinct().toList());
        for (Object[] r : rows) {
            Requirement requirement = Requirement.valueOf((String) r[0]);
            String verifiedBy = r[2] == null ? null : verifiers.getOrDefault((String) r[2], (String) r[2]);
            views.put(requirement, new RequirementView(requirement, Requirement.Status.valueOf((String) r[1]),
                    verifiedBy, SqlValues.instant(r[3]), (Boolean) r[4]));
        }
        return views;
    }

    @Override
    public void update(long applicantId, long version, ApplicantDraft draft) {
        currentUser.checkPermission(Permission.RECRUITMENT_WRITE);
        Validated.check(validator, draft);
        Applicant a = find(applicantId);
        if (a.getVersion() != version) {
            throw new ConcurrentChangeException();
        }
        if (draft.getSource() != a.getSource() && (draft.getSource() == ApplicantSource.EXPLORER
                || a.getSource() == ApplicantSource.EXPLORER)) {
            throw new BusinessException("recruitment.error.explorerSourceByReferral");
        }
        if (draft.getSource() != ApplicantSource.EXPLORER) {
            checkSource(draft);
        }
        a.apply(draft, Instant.now());
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChangeException();
        }
    }

    @Override
    public List<TimelineEntry> timeline(long applicantId) {
        currentUser.checkPermission(Permission.RECRUITMENT_READ);
        find(applicantId);
        return timeline.entries(applicantId, currentUser.isPermitted(Permission.RECRUITMENT_SENSITIVE));
    }

    @Override
    public void recordResult(long applicantId, StepOutcome outcome, Integer score, String note) {
        currentUser.checkPermission(Permission.RECRUITMENT_READ);
        Applicant a = lockedForChange(applicantId);
        List<StepView> steps = catalog.steps(a.getTemplateId());
        int current = indexOf(steps, a.getCurrentStepId());
        StepView step = steps.get(current);
        if (step.kind().hasRestrictedNotes()) {
            currentUser.checkPermission(Permission.RECRUITMENT_SENSITIVE);
        } else {
            currentUser.checkPermission(Permission.RECRUITMENT_WRITE);
        }
        String cleanNote = cleanNote(note);
        if (step.kind().keepsOutcomeOnly() && (cleanNote != null || score != null)) {
            // Medical and psychological evaluations stay with the evaluator; the pipeline keeps pass or fail.
            throw new BusinessException("recruitment.error.outcomeOnly");
        }
        HiringProcess.checkResult(definitions(steps), progress(a, current), calendar.today());
        StepOutcome result = HiringProcess.outcomeFor(step.definition(), outcome, score);
        timeline.event(applicantId, "RESULT", step.id(), null, result,
                step.outcomeKind() == org.bridgeway.recruitment.api.OutcomeKind.SCORE ? score : null, null, null,
                cleanNote, step.kind().hasRestrictedNotes());
    }

    @Override
    public BulkResult advance(List<Long> applicantIds, Long targetStepId, String note) {
        currentUser.checkPermission(Permission.RECRUITMENT_WRITE);
        String cleanNote = cleanNote(note);
        return bulk(applicantIds, a -> {
            List<StepView> steps = catalog.steps(a.getTemplateId());
            int current = indexOf(steps, a.getCurrentStepId());
            int target = targetStepId == null ? current + 1 : indexOf(steps, targetStepId);
            HiringProcess.checkAdvance(definitions(steps), progress(a, current), target);
            String checked = extensionChecks(a, steps, current, target);
            Instant now = Instant.now();
            ApplicantState state = HiringProcess.stateOnArrival(definitions(steps), target);
            long from = a.getCurrentStepId();
            long to = steps.get(target).id();
            a.moveTo(to, state, now);
            timeline.leave(a.getId(), from, now);
            timeline.arrive(a.getId(), to, now);
            timeline.event(a.getId(), "ADVANCED", from, to, null, null, state, null,
                    checked == null ? cleanNote : cleanNote == null ? checked : cleanNote + " · " + checked, false);
        });
    }

    /**
     * The agency's extension checks switched on for the applicant's hiring template (docs/extensions.md), given
     * only non-sensitive facts; a failing or "needs review" answer refuses the move with the check's own reason in
     * the recruiter's language. Returns which checks took part, for the timeline.
     */
    private String extensionChecks(Applicant a, List<StepView> steps, int current, int target) {
        @SuppressWarnings("unchecked")
        List<String> met = em.createNativeQuery("select requirement from applicant_requirement where applicant_id = ?1"
                + " and status = 'YES'").setParameter(1, a.getId()).getResultList();
        int age = a.getBirthDate() == null ? -1
                : java.time.Period.between(a.getBirthDate(), calendar.today()).getYears();
        var facts = new org.bridgeway.extension.api.StepFacts(steps.get(current).code(), steps.get(target).code(), age,
                a.getEducation() == null ? null : a.getEducation().name(), java.util.Set.copyOf(met),
                java.util.Set.of(a.getPreferredLanguage()), java.util.Map.of());
        var outcomes = extensions.checkStep(a.getTemplateId(), facts);
        if (outcomes.isEmpty()) {
            return null;
        }
        String language = currentUser.accountId().flatMap(accounts::byId).map(AccountDirectory.Entry::language)
                .orElse("en");
        for (var outcome : outcomes) {
            if (!outcome.passed()) {
                String reason = outcome.reason().getOrDefault(language, outcome.reason().getOrDefault("en",
                        outcome.reasonKey()));
                throw new BusinessException(outcome.needsReview() ? "recruitment.error.extensionReview"
                        : "recruitment.error.extensionCheck", outcome.ruleId(), reason);
            }
        }
        return "checks passed: " + String.join(", ", outcomes.stream().map(o -> o.ruleId()).toList());
    }

    @Override
    public BulkResult exit(List<Long> applicantIds, ApplicantState exit, NotSelectedReason reason,
            LocalDate recontactOn, String note) {
        currentUser.checkPermission(Permission.RECRUITMENT_WRITE);
        String cleanNote = cleanNote(note);
        LocalDate today = calendar.today();
        return bulk(applicantIds, a -> {
            HiringProcess.checkExit(new Progress(a.getState(), 0, null), exit, reason, recontactOn, today);
            Instant now = Instant.now();
            a.exit(exit, reason, recontactOn, now);
            if (!exit.isOpen()) {
                timeline.leave(a.getId(), a.getCurrentStepId(), now);
            }
            timeline.event(a.getId(), "EXITED", a.getCurrentStepId(), null, null, null, exit,
                    reason == null ? null : reason.name(), cleanNote, false);
        });
    }

    @Override
    public void resume(long applicantId, String note) {
        currentUser.checkPermission(Permission.RECRUITMENT_WRITE);
        Applicant a = lockedForChange(applicantId);
        HiringProcess.checkResume(new Progress(a.getState(), 0, null));
        a.changeState(ApplicantState.ACTIVE, Instant.now());
        timeline.event(applicantId, "RESUMED", a.getCurrentStepId(), null, null, null, ApplicantState.ACTIVE, null,
                cleanNote(note), false);
    }

    /** Each applicant checked and changed on its own; a refusal names the applicant and its reason. */
    private BulkResult bulk(List<Long> applicantIds, java.util.function.Consumer<Applicant> change) {
        if (applicantIds == null || applicantIds.isEmpty()) {
            throw new BusinessException("recruitment.error.noneChosen");
        }
        if (applicantIds.size() > MAX_BULK) {
            throw new BusinessException("recruitment.error.tooMany", MAX_BULK);
        }
        List<Long> done = new ArrayList<>();
        List<BulkResult.Refusal> refused = new ArrayList<>();
        // In id order, so two recruiters moving overlapping groups lock rows in the same order.
        for (long id : applicantIds.stream().distinct().sorted().toList()) {
            Applicant a = lockedForChange(id);
            try {
                change.accept(a);
                done.add(id);
            } catch (BusinessException e) {
                refused.add(new BulkResult.Refusal(id, a.getGivenName() + " " + a.getFamilyName(), e.messageKey(),
                        e.arguments()));
            }
        }
        return new BulkResult(done, refused);
    }

    @Override
    public void setRequirement(long applicantId, Requirement requirement, Requirement.Status status, String basis) {
        // Recruiters and background investigators (who see the documents) both verify requirements.
        if (!currentUser.isPermitted(Permission.RECRUITMENT_SENSITIVE)) {
            currentUser.checkPermission(Permission.RECRUITMENT_WRITE);
        }
        if (requirement == null || status == null) {
            throw new BusinessException("recruitment.error.requirement");
        }
        find(applicantId);
        if (basis != null && !basis.isBlank()) {
            if (basis.length() > 200) {
                throw new BusinessException("recruitment.error.basisTooLong");
            }
            // The shared protected-value store: encrypted, its own permission, every read audited.
            protectedValues.write(ProtectedKind.SWORN_ELIGIBILITY_BASIS, OWNER, applicantId + ":" + requirement,
                    basis.strip());
        }
        em.createNativeQuery("update applicant_requirement set status = ?1, verified_by = ?2, verified_at = now()"
                        + " where applicant_id = ?3 and requirement = ?4")
                .setParameter(1, status.name()).setParameter(2, currentUser.auditActor())
                .setParameter(3, applicantId).setParameter(4, requirement.name()).executeUpdate();
        timeline.event(applicantId, "ELIGIBILITY", null, null, null, null, null, requirement + ":" + status, null,
                false);
    }

    @Override
    public Optional<String> readRequirementBasis(long applicantId, Requirement requirement) {
        currentUser.checkPermission(Permission.RECRUITMENT_READ);
        find(applicantId);
        return protectedValues.read(ProtectedKind.SWORN_ELIGIBILITY_BASIS, OWNER, applicantId + ":" + requirement);
    }

    @Override
    public List<DuplicateCandidate> duplicatesOf(long applicantId) {
        currentUser.checkPermission(Permission.RECRUITMENT_READ);
        return duplicates(find(applicantId));
    }

    /** Other records with the same e-mail or phone, or the same name (loosely) and birth date. */
    List<DuplicateCandidate> duplicates(Applicant a) {
        return possibleDuplicates(a.getId(), a.getEmailKey(), a.getPhoneKey(), a.getBirthDate(), a.getGivenName(),
                a.getFamilyName());
    }

    List<DuplicateCandidate> possibleDuplicates(Long exceptId, String emailKey, String phoneKey, LocalDate birthDate,
            String givenName, String familyName) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, given_name, family_name, state, email_key, phone_key,"
                        + " birth_date from applicant where id <> ?1 and state <> 'MERGED'"
                        + " and (email_key = ?2 or phone_key = ?3 or birth_date = cast(?4 as date)) order by id limit 50")
                .setParameter(1, exceptId == null ? -1L : exceptId).setParameter(2, emailKey == null ? "" : emailKey)
                .setParameter(3, phoneKey == null ? "" : phoneKey)
                .setParameter(4, birthDate == null ? null : java.sql.Date.valueOf(birthDate)).getResultList();
        List<DuplicateCandidate> found = new ArrayList<>();
        for (Object[] r : rows) {
            String reason = null;
            if (emailKey != null && emailKey.equals(r[4])) {
                reason = "EMAIL";
            } else if (phoneKey != null && phoneKey.equals(r[5])) {
                reason = "PHONE";
            } else if (birthDate != null && birthDate.equals(SqlValues.date(r[6]))
                    && DuplicateKeys.sameName(givenName, familyName, (String) r[1], (String) r[2])) {
                reason = "NAME_AND_BIRTH_DATE";
            }
            if (reason != null) {
                found.add(new DuplicateCandidate(((Number) r[0]).longValue(), r[1] + " " + r[2], reason,
                        ApplicantState.valueOf((String) r[3])));
            }
        }
        return found;
    }

    @Override
    public void merge(long keptId, long mergedId) {
        currentUser.checkPermission(Permission.RECRUITMENT_WRITE);
        if (keptId == mergedId) {
            throw new BusinessException("recruitment.error.mergeSelf");
        }
        // Both rows locked in id order.
        Applicant first = lockedForChange(Math.min(keptId, mergedId));
        Applicant second = lockedForChange(Math.max(keptId, mergedId));
        Applicant kept = first.getId() == keptId ? first : second;
        Applicant merged = kept == first ? second : first;
        if (kept.getState() == ApplicantState.MERGED || merged.getState() == ApplicantState.MERGED) {
            throw new BusinessException("recruitment.error.alreadyMerged");
        }
        Instant now = Instant.now();
        // Both timelines stay: the merged record's rows now show on the kept one, after a row saying so.
        em.createNativeQuery("update applicant_event set applicant_id = ?1 where applicant_id = ?2")
                .setParameter(1, keptId).setParameter(2, mergedId).executeUpdate();
        em.createNativeQuery("insert into applicant_self_identification (applicant_id, gender, race_ethnicity,"
                        + " veteran, recorded_at) select ?1, gender, race_ethnicity, veteran, recorded_at"
                        + " from applicant_self_identification where applicant_id = ?2 on conflict do nothing")
                .setParameter(1, keptId).setParameter(2, mergedId).executeUpdate();
        if (merged.getState().isOpen()) {
            timeline.leave(mergedId, merged.getCurrentStepId(), now);
        }
        merged.mergeInto(keptId, now);
        timeline.event(keptId, "MERGED", null, null, null, null, null, String.valueOf(mergedId),
                merged.getGivenName() + " " + merged.getFamilyName() + " (#" + mergedId + ")", false);
    }

    @Override
    public void setPartnerSharing(long applicantId, boolean sharing) {
        currentUser.checkPermission(Permission.RECRUITMENT_WRITE);
        Applicant a = lockedForChange(applicantId);
        a.setPartnerSharing(sharing, Instant.now());
        timeline.event(applicantId, "SHARING", null, null, null, null, null, sharing ? "ON" : "OFF", null, false);
    }

    @Override
    public long referFromExplorer(long participantId, boolean personConsented) {
        RecruitCard card = explorer.recruitCard(participantId).orElseThrow(NotFoundException::new);
        if (!currentUser.isPermitted(Permission.RECRUITMENT_WRITE) && !coordinates(card.postId())) {
            if (!currentUser.isPermitted(Permission.EXPLORER_WRITE)) {
                currentUser.checkPermission(Permission.RECRUITMENT_WRITE);
            }
            throw new NotFoundException();
        }
        if (!card.status().isMember() && card.status() != ParticipantStatus.ALUMNI) {
            throw new BusinessException("recruitment.error.notMemberOrAlumnus");
        }
        if (Period.between(card.birthDate(), calendar.today()).getYears() < 18) {
            throw new BusinessException("recruitment.error.under18");
        }
        if (!personConsented) {
            throw new BusinessException("recruitment.error.consentRequired");
        }
        Number open = (Number) em.createNativeQuery("select count(*) from applicant where explorer_participant_id = ?1"
                + " and state in ('ACTIVE', 'DEFERRED')").setParameter(1, participantId).getSingleResult();
        if (open.longValue() > 0) {
            throw new BusinessException("recruitment.error.alreadyReferred");
        }
        var draft = new ApplicantDraft();
        draft.setGivenName(card.givenName());
        draft.setFamilyName(card.familyName());
        draft.setEmail(card.email());
        draft.setPhone(card.phone());
        draft.setBirthDate(card.birthDate());
        draft.setPreferredLanguage(card.preferredLanguage());
        draft.setLanguages(card.languages());
        draft.setSource(ApplicantSource.EXPLORER);
        if (!draft.isReachable()) {
            throw new BusinessException("recruitment.applicant.contact");
        }
        Applicant applicant = start(draft);
        applicant.linkExplorer(participantId, Instant.now());
        return applicant.getId();
    }

    private boolean coordinates(long postId) {
        if (!currentUser.isPermitted(Permission.EXPLORER_WRITE)) {
            return false;
        }
        if (currentUser.isPermitted(Permission.EXPLORER_CONFIGURE)) {
            return true;
        }
        return currentUser.accountId().map(id -> explorer.postsCoordinatedBy(id).contains(postId)).orElse(false);
    }

    private Applicant find(long applicantId) {
        Applicant a = em.find(Applicant.class, applicantId);
        if (a == null) {
            throw new NotFoundException();
        }
        return a;
    }

    private Applicant lockedForChange(long applicantId) {
        Applicant a = em.find(Applicant.class, applicantId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (a == null) {
            throw new NotFoundException();
        }
        return a;
    }

    private Progress progress(Applicant a, int current) {
        Attempt latest = timeline.latestResult(a.getId(), a.getCurrentStepId());
        return new Progress(a.getState(), current, latest);
    }

    private static int indexOf(List<StepView> steps, long stepId) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).id() == stepId) {
                return i;
            }
        }
        throw new BusinessException("recruitment.error.stepNotInTemplate");
    }

    private static List<StepDefinition> definitions(List<StepView> steps) {
        return steps.stream().map(StepView::definition).toList();
    }

    private static String cleanNote(String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        if (note.length() > NOTE_MAX) {
            throw new BusinessException("recruitment.error.noteTooLong", NOTE_MAX);
        }
        if (IdentityNumbers.containsOne(note)) {
            throw new BusinessException("recruitment.error.noteIdentityNumber");
        }
        return note.strip();
    }
}
