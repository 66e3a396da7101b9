package org.bridgeway.explorer;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.bridgeway.explorer.api.AgencyRuleDecision;
import org.bridgeway.explorer.api.ConsentKind;
import org.bridgeway.explorer.api.ConsentRecord;
import org.bridgeway.explorer.api.ParticipantDetails;
import org.bridgeway.explorer.api.ParticipantDraft;
import org.bridgeway.explorer.api.ParticipantFilter;
import org.bridgeway.explorer.api.ParticipantStatus;
import org.bridgeway.explorer.api.ParticipantSummary;
import org.bridgeway.explorer.api.Participants;
import org.bridgeway.explorer.api.ResidencyBasis;
import org.bridgeway.explorer.api.ResidencyRecord;
import org.bridgeway.explorer.api.StatusChange;
import org.bridgeway.extension.api.ApplicantFacts;
import org.bridgeway.identity.api.AccountDirectory;
import org.bridgeway.identity.api.CurrentUser;
import org.bridgeway.identity.api.Permission;
import org.bridgeway.identity.api.Role;
import org.bridgeway.shared.AgencyCalendar;
import org.bridgeway.shared.BusinessException;
import org.bridgeway.shared.ConcurrentChangeException;
import org.bridgeway.shared.NotFoundException;
import org.bridgeway.shared.Page;
import org.bridgeway.shared.PageRequest;
import org.bridgeway.shared.SqlValues;
import org.bridgeway.shared.extensions.ExtensionRegistry;
import org.bridgeway.shared.extensions.Extensions;
import org.bridgeway.shared.protect.ProtectedKind;
import org.bridgeway.shared.protect.ProtectedValues;

@Stateless
public class ParticipantsBean implements Participants {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private PostScope scope;

    @Inject
    private AgencyCalendar calendar;

    @Inject
    private ProtectedValues protectedValues;

    @Inject
    private AccountDirectory directory;

    @Inject
    private ParticipantQueries queries;

    @Inject
    private ConsentLedger consentLedger;

    @Inject
    private jakarta.validation.Validator validator;

    @Inject
    private Extensions extensions;

    // ---- list ----------------------------------------------------------------------------------------------

    @Override
    public Page<ParticipantSummary> findParticipants(ParticipantFilter filter, PageRequest page) {
        currentUser.checkPermission(Permission.EXPLORER_READ);
        long total = queries.count(filter, calendar.today());
        return new Page<>(total == 0 ? List.of() : queries.rows(filter, page, calendar.today()), total);
    }

    @Override
    public long countParticipants(ParticipantFilter filter) {
        currentUser.checkPermission(Permission.EXPLORER_READ);
        return queries.count(filter, calendar.today());
    }

    @Override
    public List<ParticipantSummary> listParticipants(ParticipantFilter filter, PageRequest page) {
        currentUser.checkPermission(Permission.EXPLORER_READ);
        return queries.rows(filter, page, calendar.today());
    }

    // ---- one participant -----------------------------------------------------------------------------------

    @Override
    public ParticipantDetails getParticipant(long participantId) {
        Participant p = readable(participantId);
        LocalDate today = calendar.today();
        String linked = p.getAccountId() == null ? null
                : directory.byId(p.getAccountId()).map(e -> e.username()).orElse(null);
        return new ParticipantDetails(p.getId(), p.getVersion(), p.toDraft(), p.getStatus(), p.getStatusReason(),
                p.ageOn(today), p.isMinorOn(today), linked, latestAgencyRules(p.getId()));
    }

    @Override
    public long enroll(ParticipantDraft draft) {
        org.bridgeway.shared.Validated.check(validator, draft);
        scope.checkChangeable(draft.getPostId());
        Post post = post(draft.getPostId());
        checkCohort(draft);
        checkGuardians(draft);
        Instant now = calendar.now();
        var participant = new Participant(draft, now);
        if (!agencyRuleSwitchedOn(post.getId())) {
            participant.forgetResidenceZip();
        }
        em.persist(participant);
        em.flush();
        logChange(participant, null, ParticipantStatus.APPLICANT, "explorer.reason.enrolled." + draft.getSource());
        assess(participant, post);
        return participant.getId();
    }

    @Override
    public void updateParticipant(long participantId, long version, ParticipantDraft draft) {
        org.bridgeway.shared.Validated.check(validator, draft);
        Participant p = changeable(participantId);
        if (p.getVersion() != version) {
            throw new ConcurrentChangeException();
        }
        if (draft.getPostId() != p.getPostId()) {
            scope.checkChangeable(draft.getPostId());
        }
        checkCohort(draft);
        checkGuardians(draft);
        p.apply(draft, calendar.now());
        if (!agencyRuleSwitchedOn(p.getPostId())) {
            p.forgetResidenceZip();
        }
        ParticipantStatus status = p.getStatus();
        if (status == ParticipantStatus.INELIGIBLE || status == ParticipantStatus.AWAITING_CONSENT) {
            assess(p, post(p.getPostId()));
        }
    }

    @Override
    public boolean asksResidenceArea(long postId) {
        currentUser.checkPermission(Permission.EXPLORER_READ);
        return agencyRuleSwitchedOn(postId);
    }

    private static final String AGENCY_RULE_REFUSAL = "explorer.eligibility.agencyRule";

    @Override
    public long countAgencyRuleRefusals(long postId) {
        currentUser.checkPermission(Permission.EXPLORER_READ);
        scope.checkVisible(postId);
        return SqlValues.longValue(em.createNativeQuery("select count(*) from explorer_participant"
                        + " where post_id = ?1 and status = 'INELIGIBLE' and status_reason = ?2")
                .setParameter(1, postId).setParameter(2, AGENCY_RULE_REFUSAL).getSingleResult());
    }

    @Override
    public Reassessment reassessAgencyRuleRefusals(long postId) {
        currentUser.checkPermission(Permission.EXPLORER_WRITE);
        scope.checkChangeable(postId);
        Post post = post(postId);
        List<Participant> refused = em.createQuery("select m from Participant m where m.postId = :post"
                        + " and m.status = :status and m.statusReason = :reason", Participant.class)
                .setParameter("post", postId).setParameter("status", ParticipantStatus.INELIGIBLE)
                .setParameter("reason", AGENCY_RULE_REFUSAL).getResultList();
        int nowEligible = 0;
        for (Participant p : refused) {
            assess(p, post);
            if (p.getStatus() != ParticipantStatus.INELIGIBLE) {
                nowEligible++;
            }
        }
        return new Reassessment(refused.size(), nowEligible);
    }

    private boolean agencyRuleSwitchedOn(long postId) {
        return !extensions.switchedOn(ExtensionRegistry.Kind.ELIGIBILITY_RULE, postId).isEmpty();
    }

    @Override
    public void reassessEligibility(long participantId) {
        Participant p = changeable(participantId);
        if (p.getStatus() != ParticipantStatus.INELIGIBLE && p.getStatus() != ParticipantStatus.AWAITING_CONSENT) {
            throw new BusinessException("explorer.error.notReassessable");
        }
        assess(p, post(p.getPostId()));
    }

    /**
     * Eligibility by the post's age and grade rules, then — only when those pass — by the agency's extension rules
     * switched on for the post. Residency never takes part.
     */
    private void assess(Participant p, Post post) {
        LocalDate today = calendar.today();
        em.createNativeQuery("update explorer_participant set eligibility_assessed_at = now() where id = ?1")
                .setParameter(1, p.getId()).executeUpdate();
        var result = Eligibility.assess(p.getBirthDate(), p.getHighestGrade(), today, post.eligibilityPolicy());
        if (result.eligible()) {
            result = agencyRules(p, post, today);
        }
        if (result.eligible()) {
            if (p.getStatus() != ParticipantStatus.AWAITING_CONSENT) {
                move(p, ParticipantStatus.ELIGIBLE, null);
                move(p, ParticipantStatus.AWAITING_CONSENT, null);
            }
        } else if (p.getStatus() != ParticipantStatus.INELIGIBLE
                || !result.reasonKey().equals(p.getStatusReason())) {
            move(p, ParticipantStatus.INELIGIBLE, result.reasonKey());
        }
    }

    /**
     * Asks the agency's rules switched on for the post with the facts they may see (age, grade, post, home ZIP
     * code) and records what each said for this decision; a rule that fails or times out is skipped by
     * {@link Extensions}. Not eligible when any rule was not met.
     */
    private Eligibility.Result agencyRules(Participant p, Post post, LocalDate today) {
        var facts = new ApplicantFacts(p.ageOn(today), p.getHighestGrade(), post.getId(), post.getName(),
                p.getResidenceZip());
        var outcomes = extensions.checkEligibility(post.getId(), facts);
        for (var outcome : outcomes) {
            JsonObjectBuilder reason = Json.createObjectBuilder();
            if (!outcome.passed() && outcome.reason() != null) {
                outcome.reason().forEach(reason::add);
            }
            em.createNativeQuery("""
                    insert into explorer_rule_decision (participant_id, decided_at, rule_id, eligible, reason_key, reason)
                    values (?1, now(), ?2, ?3, ?4, cast(?5 as jsonb))""")
                    .setParameter(1, p.getId()).setParameter(2, outcome.ruleId()).setParameter(3, outcome.passed())
                    .setParameter(4, outcome.passed() ? null : outcome.reasonKey())
                    .setParameter(5, reason.build().toString()).executeUpdate();
        }
        boolean allMet = outcomes.stream().allMatch(Extensions.RuleOutcome::passed);
        return allMet ? Eligibility.Result.accept() : Eligibility.Result.refuse(AGENCY_RULE_REFUSAL);
    }

    /** What the agency's rules said when eligibility was last decided (both stamped with the transaction's time). */
    private List<AgencyRuleDecision> latestAgencyRules(long participantId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select d.rule_id, d.eligible, d.reason::text, d.decided_at
                  from explorer_rule_decision d join explorer_participant m on m.id = d.participant_id
                 where d.participant_id = ?1 and d.decided_at = m.eligibility_assessed_at
                 order by d.rule_id""").setParameter(1, participantId).getResultList();
        return rows.stream().map(r -> new AgencyRuleDecision((String) r[0], (Boolean) r[1], texts((String) r[2]),
                SqlValues.instant(r[3]))).toList();
    }

    private static Map<String, String> texts(String json) {
        Map<String, String> texts = new LinkedHashMap<>();
        try (var reader = Json.createReader(new StringReader(json))) {
            JsonObject object = reader.readObject();
            object.keySet().forEach(language -> texts.put(language, object.getString(language)));
        }
        return texts;
    }

    private void checkCohort(ParticipantDraft draft) {
        if (draft.getCohortId() == null) {
            return;
        }
        Cohort cohort = em.find(Cohort.class, draft.getCohortId());
        if (cohort == null || cohort.getPostId() != draft.getPostId()) {
            throw new BusinessException("explorer.error.cohortNotInPost");
        }
    }

    private void checkGuardians(ParticipantDraft draft) {
        boolean minor = draft.getBirthDate() != null
                && draft.getBirthDate().plusYears(ConsentRules.ADULT_AGE).isAfter(calendar.today());
        if (minor && draft.getGuardians().isEmpty()) {
            throw new BusinessException("explorer.error.guardianRequired");
        }
    }

    @Override
    public List<StatusChange> history(long participantId) {
        readable(participantId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select from_status, to_status, reason, actor, changed_at"
                        + " from explorer_status_change where participant_id = ?1 order by changed_at, id")
                .setParameter(1, participantId).getResultList();
        return rows.stream().map(r -> new StatusChange(
                r[0] == null ? null : ParticipantStatus.valueOf((String) r[0]),
                ParticipantStatus.valueOf((String) r[1]), (String) r[2], (String) r[3],
                SqlValues.instant(r[4]))).toList();
    }

    @Override
    public void activate(long participantId) {
        Participant p = changeable(participantId);
        LocalDate today = calendar.today();
        if (p.getStatus() != ParticipantStatus.AWAITING_CONSENT) {
            throw new BusinessException("explorer.error.transition", p.getStatus().name(),
                    ParticipantStatus.PROBATION.name());
        }
        if (!consentLedger.hasValid(p, ConsentKind.PARTICIPATION, today)) {
            throw new BusinessException(p.isMinorOn(today) ? "explorer.error.guardianConsentMissing"
                    : "explorer.error.selfConsentMissing");
        }
        // Standing counts from the first whole month of membership.
        p.setMemberSince(today.withDayOfMonth(1).plusMonths(1));
        move(p, ParticipantStatus.PROBATION, null);
    }

    @Override
    public void reinstate(long participantId, String reason) {
        Participant p = changeable(participantId);
        if (reason.isBlank() || reason.length() > 200) {
            throw new BusinessException("explorer.error.reasonRequired");
        }
        if (p.getStatus() != ParticipantStatus.INACTIVE) {
            throw new BusinessException("explorer.error.transition", p.getStatus().name(),
                    ParticipantStatus.ACTIVE.name());
        }
        move(p, ParticipantStatus.ACTIVE, reason.strip());
    }

    @Override
    public void recordLeave(long participantId, LocalDate from, LocalDate until) {
        changeable(participantId);
        if (until.isBefore(from)) {
            throw new BusinessException("explorer.validation.endBeforeStart");
        }
        em.createNativeQuery("insert into explorer_leave (participant_id, starts_on, ends_on) values (?1, ?2, ?3)")
                .setParameter(1, participantId).setParameter(2, Date.valueOf(from))
                .setParameter(3, Date.valueOf(until)).executeUpdate();
    }

    @Override
    public void linkYouthAccount(long participantId, String username) {
        Participant p = changeable(participantId);
        var entry = directory.byUsername(username.strip())
                .filter(e -> e.enabled() && e.roles().contains(Role.YOUTH))
                .orElseThrow(() -> new BusinessException("explorer.error.notYouthAccount"));
        Long linkedElsewhere = em.createQuery("select count(m) from Participant m where m.accountId = :account"
                + " and m.id <> :id", Long.class).setParameter("account", entry.id()).setParameter("id", p.getId())
                .getSingleResult();
        if (linkedElsewhere > 0) {
            throw new BusinessException("explorer.error.accountLinkedElsewhere");
        }
        p.linkAccount(entry.id());
    }

    // ---- consent --------------------------------------------------------------------------------------------

    @Override
    public List<ConsentRecord> consents(long participantId) {
        Participant p = readable(participantId);
        return consentLedger.consentsOf(p, calendar.today());
    }

    @Override
    public long recordConsent(long participantId, ConsentKind kind, Long guardianId, String language,
            LocalDate signedOn, LocalDate expiresOn) {
        Participant p = changeable(participantId);
        return consentLedger.record(p, kind, guardianId, language, signedOn, expiresOn, calendar.today());
    }

    // ---- residency record -----------------------------------------------------------------------------------

    @Override
    public ResidencyRecord residencyRecord(long participantId) {
        Participant p = readable(participantId);
        boolean required = post(p.getPostId()).isResidencyRecordRequired();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select basis_on_file, verified, verified_by, verified_on"
                + " from explorer_residency_record where participant_id = ?1").setParameter(1, participantId)
                .getResultList();
        if (rows.isEmpty()) {
            return new ResidencyRecord(required, false, false, null, null);
        }
        Object[] r = rows.get(0);
        return new ResidencyRecord(required, (Boolean) r[0], (Boolean) r[1], (String) r[2],
                r[3] == null ? null : ((Date) r[3]).toLocalDate());
    }

    @Override
    public void recordResidencyBasis(long participantId, ResidencyBasis basis) {
        currentUser.checkPermission(Permission.RESIDENCY_WRITE);
        Participant p = changeable(participantId);
        if (!post(p.getPostId()).isResidencyRecordRequired()) {
            // By default nothing is recorded: only a post whose policy needs a basis on file accepts one.
            throw new BusinessException("explorer.residency.notRequired");
        }
        protectedValues.write(ProtectedKind.RESIDENCY_BASIS, Participant.OWNER_TYPE, participantId, basis.name());
        em.createNativeQuery("""
                insert into explorer_residency_record (participant_id, basis_on_file, verified, updated_at)
                values (?1, true, false, now())
                on conflict (participant_id) do update set basis_on_file = true, verified = false,
                    verified_by = null, verified_on = null, updated_at = now()""")
                .setParameter(1, participantId).executeUpdate();
    }

    @Override
    public Optional<ResidencyBasis> readResidencyBasis(long participantId) {
        currentUser.checkPermission(Permission.RESIDENCY_READ);
        readable(participantId);
        return protectedValues.read(ProtectedKind.RESIDENCY_BASIS, Participant.OWNER_TYPE, participantId)
                .map(ResidencyBasis::valueOf);
    }

    @Override
    public void verifyResidency(long participantId) {
        currentUser.checkPermission(Permission.RESIDENCY_WRITE);
        Participant p = changeable(participantId);
        ResidencyRecord record = residencyRecord(participantId);
        if (!record.basisOnFile()) {
            throw new BusinessException("explorer.residency.nothingToVerify");
        }
        boolean keep = post(p.getPostId()).isKeepResidencyBasis();
        if (!keep) {
            // Once verified, only "verified, by, on" remains: the ciphertext itself is deleted.
            protectedValues.write(ProtectedKind.RESIDENCY_BASIS, Participant.OWNER_TYPE, participantId, null);
        }
        em.createNativeQuery("update explorer_residency_record set verified = true, verified_by = ?2,"
                        + " verified_on = ?3, basis_on_file = ?4, updated_at = now() where participant_id = ?1")
                .setParameter(1, participantId).setParameter(2, currentUser.auditActor())
                .setParameter(3, Date.valueOf(calendar.today())).setParameter(4, keep).executeUpdate();
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private void move(Participant p, ParticipantStatus to, String reason) {
        ParticipantStatus from = p.getStatus();
        ParticipantLifecycle.check(from, to);
        p.changeStatus(to, reason, calendar.now());
        logChange(p, from, to, reason);
    }

    private void logChange(Participant p, ParticipantStatus from, ParticipantStatus to, String reason) {
        em.createNativeQuery("insert into explorer_status_change (participant_id, from_status, to_status, reason,"
                        + " actor, changed_at) values (?1, ?2, ?3, ?4, ?5, now())")
                .setParameter(1, p.getId()).setParameter(2, from == null ? null : from.name())
                .setParameter(3, to.name()).setParameter(4, reason).setParameter(5, currentUser.auditActor())
                .executeUpdate();
    }

    private Participant readable(long participantId) {
        currentUser.checkPermission(Permission.EXPLORER_READ);
        Participant p = em.find(Participant.class, participantId);
        if (p == null) {
            throw new NotFoundException();
        }
        scope.checkVisible(p.getPostId());
        return p;
    }

    private Participant changeable(long participantId) {
        currentUser.checkPermission(Permission.EXPLORER_WRITE);
        Participant p = em.find(Participant.class, participantId);
        if (p == null || !scope.mayChange(p.getPostId())) {
            throw new NotFoundException();
        }
        return p;
    }

    private Post post(long postId) {
        Post post = em.find(Post.class, postId);
        if (post == null) {
            throw new NotFoundException();
        }
        return post;
    }

    static String likePattern(String text) {
        String escaped = text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
