package org.bridgeway.mentorship;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bridgeway.explorer.api.ExplorerDirectory;
import org.bridgeway.explorer.api.MenteeCard;
import org.bridgeway.identity.api.AccountDirectory;
import org.bridgeway.identity.api.CurrentUser;
import org.bridgeway.identity.api.Screening;
import org.bridgeway.mentorship.MatchScoring.Mentee;
import org.bridgeway.mentorship.MatchScoring.Mentor;
import org.bridgeway.mentorship.api.MatchStatus;
import org.bridgeway.mentorship.api.MatchSuggestion;
import org.bridgeway.mentorship.api.MatchSummary;
import org.bridgeway.mentorship.api.Matching;
import org.bridgeway.mentorship.api.Slot;
import org.bridgeway.shared.AgencyCalendar;
import org.bridgeway.shared.BusinessException;
import org.bridgeway.shared.NotFoundException;
import org.bridgeway.shared.calendar.CalendarCommitments;

@Stateless
public class MatchingBean implements Matching {

    private static final int SUGGESTIONS = 20;
    private static final int SCREENING_BATCH = 100;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private MentorshipScope scope;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private ExplorerDirectory explorer;

    @Inject
    private AccountDirectory accounts;

    @Inject
    private Screening screening;

    @Inject
    private AgencyCalendar calendar;

    @Inject
    private MentorRepository mentors;

    @Inject
    private CalendarCommitments commitments;

    @Inject
    private SessionNotices notices;

    @Override
    public List<MatchSuggestion> suggestions(long participantId) {
        MenteeCard card = scope.managedMentee(participantId);
        List<Mentor> candidates = mentors.unscreenedCandidates(card.postId(), explorer.advisorsOf(card.postId()));
        var ranked = MatchScoring.rank(mentee(card), candidates);
        // Screening only for the best-ranked, a batch at a time, until enough cleared mentors are found.
        List<MatchScoring.Suggestion> top = new ArrayList<>();
        var today = calendar.today();
        for (int from = 0; from < ranked.size() && top.size() < SUGGESTIONS; from += SCREENING_BATCH) {
            var batch = ranked.subList(from, Math.min(ranked.size(), from + SCREENING_BATCH));
            var cleared = screening.clearedAmong(batch.stream().map(MatchScoring.Suggestion::mentorId).toList(), today);
            for (var suggestion : batch) {
                if (cleared.contains(suggestion.mentorId()) && top.size() < SUGGESTIONS) {
                    top.add(suggestion);
                }
            }
        }
        Map<Long, String> names = accounts.displayNames(top.stream().map(MatchScoring.Suggestion::mentorId).toList());
        return top.stream().map(s -> new MatchSuggestion(s.mentorId(), names.getOrDefault(s.mentorId(), "#" + s.mentorId()),
                s.score(), s.reasons().stream().map(r -> new MatchSuggestion.ScoreReason(r.key(), r.argument(),
                        r.points())).toList())).toList();
    }

    private Mentee mentee(MenteeCard card) {
        Set<String> languages = new HashSet<>(card.languages());
        languages.add(card.preferredLanguage());
        Set<String> guardianLanguages = new HashSet<>();
        card.guardians().forEach(g -> guardianLanguages.add(g.preferredLanguage()));
        return new Mentee(languages, guardianLanguages, new HashSet<>(card.interests()),
                mentors.menteeAvailability(card.participantId()), card.postId());
    }

    @Override
    public long propose(long participantId, long mentorAccountId) {
        MenteeCard card = scope.managedMentee(participantId);
        requireEligibleMentor(mentorAccountId);
        int score = MatchScoring.score(mentee(card), mentors.candidate(mentorAccountId, card.postId(),
                explorer.advisorsOf(card.postId()))).score();
        @SuppressWarnings("unchecked")
        List<Object> id = em.createNativeQuery("""
                insert into mentorship_match (mentor_account_id, participant_id, post_id, status, score, created_by,
                                              created_at, updated_at)
                values (?1, ?2, ?3, 'PROPOSED', ?4, ?5, now(), now())
                on conflict do nothing returning id""")
                .setParameter(1, mentorAccountId).setParameter(2, participantId).setParameter(3, card.postId())
                .setParameter(4, score).setParameter(5, currentUser.auditActor()).getResultList();
        if (id.isEmpty()) {
            throw new BusinessException("mentorship.error.alreadyMatched");
        }
        return ((Number) id.get(0)).longValue();
    }

    /** Screened today and with a free place; locks the mentor's profile so two confirmations queue. */
    private void requireEligibleMentor(long mentorAccountId) {
        @SuppressWarnings("unchecked")
        List<Object> capacity = em.createNativeQuery("select capacity from mentor_profile where account_id = ?1"
                + " for update").setParameter(1, mentorAccountId).getResultList();
        if (capacity.isEmpty()) {
            throw new BusinessException("mentorship.error.noProfile");
        }
        if (!screening.isCleared(mentorAccountId, calendar.today())) {
            throw new BusinessException("mentorship.error.mentorNotCleared");
        }
        long active = ((Number) em.createNativeQuery("select count(*) from mentorship_match where mentor_account_id = ?1"
                + " and status = 'ACTIVE'").setParameter(1, mentorAccountId).getSingleResult()).longValue();
        if (active >= ((Number) capacity.get(0)).intValue()) {
            throw new BusinessException("mentorship.error.mentorFull");
        }
    }

    @Override
    public void activate(long matchId) {
        Object[] match = load(matchId);
        MatchStatus status = MatchStatus.valueOf((String) match[3]);
        if (status != MatchStatus.PROPOSED && status != MatchStatus.PAUSED) {
            throw new BusinessException("mentorship.error.transition", status.name(), MatchStatus.ACTIVE.name());
        }
        requireEligibleMentor(((Number) match[1]).longValue());
        move(matchId, MatchStatus.ACTIVE, null);
    }

    @Override
    public void pause(long matchId, String reason) {
        Object[] match = load(matchId);
        if (MatchStatus.valueOf((String) match[3]) != MatchStatus.ACTIVE) {
            throw new BusinessException("mentorship.error.transition", match[3], MatchStatus.PAUSED.name());
        }
        move(matchId, MatchStatus.PAUSED, requireReason(reason));
    }

    @Override
    public void close(long matchId, String reason) {
        Object[] match = load(matchId);
        if (MatchStatus.valueOf((String) match[3]) == MatchStatus.CLOSED) {
            throw new BusinessException("mentorship.error.transition", match[3], MatchStatus.CLOSED.name());
        }
        move(matchId, MatchStatus.CLOSED, requireReason(reason));
        // Future sessions of a closed match are cancelled and their time freed.
        @SuppressWarnings("unchecked")
        List<Object[]> future = em.createNativeQuery("update mentorship_session s set status = 'CANCELLED',"
                        + " change_reason = ?2, updated_at = now() from mentorship_match m where m.id = s.match_id"
                        + " and s.match_id = ?1 and s.status = 'SCHEDULED' and s.starts_at > now()"
                        + " returning s.id, s.second_adult_account_id, s.starts_at, m.mentor_account_id, m.participant_id")
                .setParameter(1, matchId).setParameter(2, reason.strip()).getResultList();
        for (Object[] r : future) {
            long sessionId = ((Number) r[0]).longValue();
            commitments.release(SessionsBean.SOURCE, sessionId);
            notices.cancelled(sessionId, ((Number) r[3]).longValue(), r[1] == null ? null : ((Number) r[1]).longValue(),
                    ((Number) r[4]).longValue(), org.bridgeway.shared.SqlValues.instant(r[2]));
        }
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank() || reason.length() > 200) {
            throw new BusinessException("mentorship.error.reasonRequired");
        }
        return reason.strip();
    }

    private void move(long matchId, MatchStatus to, String reason) {
        em.createNativeQuery("update mentorship_match set status = ?2, status_reason = ?3, version = version + 1,"
                        + " updated_at = now() where id = ?1")
                .setParameter(1, matchId).setParameter(2, to.name()).setParameter(3, reason).executeUpdate();
    }

    /** id, mentor, post, status — after checking the caller manages the post. */
    private Object[] load(long matchId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, mentor_account_id, post_id, status from mentorship_match"
                + " where id = ?1 for update").setParameter(1, matchId).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException();
        }
        Object[] match = rows.get(0);
        currentUser.checkPermission(org.bridgeway.identity.api.Permission.MENTORSHIP_MANAGE);
        if (!scope.manages(((Number) match[2]).longValue())) {
            throw new NotFoundException();
        }
        return match;
    }

    @Override
    public List<MatchSummary> matchesOf(long participantId) {
        MenteeCard card = scope.managedMentee(participantId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, version, mentor_account_id, status, status_reason, score"
                + " from mentorship_match where participant_id = ?1 order by created_at desc, id desc")
                .setParameter(1, participantId).getResultList();
        Map<Long, String> names = accounts.displayNames(rows.stream().map(r -> ((Number) r[2]).longValue()).toList());
        List<MatchSummary> result = new ArrayList<>();
        for (Object[] r : rows) {
            long mentor = ((Number) r[2]).longValue();
            result.add(new MatchSummary(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), mentor,
                    names.getOrDefault(mentor, "#" + mentor), participantId, card.preferredName(), card.postId(),
                    MatchStatus.valueOf((String) r[3]), (String) r[4], ((Number) r[5]).intValue()));
        }
        return result;
    }

    @Override
    public List<Slot> menteeAvailability(long participantId) {
        scope.managedMentee(participantId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select day_of_week, from_minute, to_minute from mentee_availability"
                + " where participant_id = ?1 order by day_of_week, from_minute").setParameter(1, participantId)
                .getResultList();
        return rows.stream().map(r -> new Slot(((Number) r[0]).intValue(), ((Number) r[1]).intValue(),
                ((Number) r[2]).intValue())).toList();
    }

    @Override
    public void setMenteeAvailability(long participantId, List<Slot> slots) {
        scope.managedMentee(participantId);
        em.createNativeQuery("delete from mentee_availability where participant_id = ?1").setParameter(1, participantId)
                .executeUpdate();
        for (Slot slot : slots) {
            em.createNativeQuery("insert into mentee_availability (participant_id, day_of_week, from_minute, to_minute)"
                            + " values (?1, ?2, ?3, ?4)").setParameter(1, participantId)
                    .setParameter(2, slot.dayOfWeek()).setParameter(3, slot.fromMinute())
                    .setParameter(4, slot.toMinute()).executeUpdate();
        }
    }

    static Map<Long, List<String>> grouped(List<Object[]> rows) {
        Map<Long, List<String>> byId = new HashMap<>();
        rows.forEach(r -> byId.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>()).add((String) r[1]));
        return byId;
    }
}
