package org.bridgeway.mentorship;

import org.bridgeway.shared.SqlValues;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bridgeway.explorer.api.ExplorerDirectory;
import org.bridgeway.explorer.api.MenteeCard;
import org.bridgeway.identity.api.AccountDirectory;
import org.bridgeway.identity.api.Screening;
import org.bridgeway.mentorship.Recurrence.Frequency;
import org.bridgeway.mentorship.Recurrence.Occurrence;
import org.bridgeway.mentorship.api.PostSession;
import org.bridgeway.mentorship.api.SessionKind;
import org.bridgeway.mentorship.api.SessionPlan;
import org.bridgeway.mentorship.api.SessionStatus;
import org.bridgeway.mentorship.api.SessionSummary;
import org.bridgeway.mentorship.api.Sessions;
import org.bridgeway.shared.AgencyCalendar;
import org.bridgeway.shared.BusinessException;
import org.bridgeway.shared.NotFoundException;
import org.bridgeway.shared.calendar.CalendarCommitments;
import org.bridgeway.shared.freetext.IdentityNumbers;

@Stateless
public class SessionsBean implements Sessions {

    /** Source type of the calendar commitments a session writes. */
    static final String SOURCE = "mentorship-session";
    static final int NOTE_MAX = 500;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private MentorshipScope scope;

    @Inject
    private ExplorerDirectory explorer;

    @Inject
    private Screening screening;

    @Inject
    private CalendarCommitments commitments;

    @Inject
    private AgencyCalendar calendar;

    @Inject
    private SessionNotices notices;

    @Inject
    private AccountDirectory accounts;

    /** The match a session belongs to: ids and status, after checking the caller may work with it. */
    private record Match(long id, long mentorId, long participantId, long postId, String status) {
    }

    @Override
    public List<Long> schedule(long matchId, SessionPlan plan) {
        Match match = match(matchId);
        if (!"ACTIVE".equals(match.status())) {
            throw new BusinessException("mentorship.error.matchNotActive");
        }
        if (plan.firstStart() == null || plan.kind() == null || plan.repeat() == null) {
            throw new BusinessException("mentorship.error.planIncomplete");
        }
        MenteeCard mentee = explorer.mentee(match.participantId()).orElseThrow(NotFoundException::new);
        List<Occurrence> occurrences = Recurrence.expand(plan.firstStart(), Duration.ofMinutes(plan.minutes()),
                Frequency.valueOf(plan.repeat().name()), plan.occurrences(), calendar.zone());
        if (occurrences.get(0).start().isBefore(calendar.now())) {
            throw new BusinessException("mentorship.error.inThePast");
        }
        UUID series = UUID.randomUUID();
        List<Long> ids = new ArrayList<>();
        for (Occurrence occurrence : occurrences) {
            check(match, mentee, plan.kind(), plan.secondAdultAccountId(), occurrence);
            Object id = em.createNativeQuery("""
                    insert into mentorship_session (match_id, series_id, kind, starts_at, ends_at,
                                                    second_adult_account_id, status, created_at, updated_at)
                    values (?1, ?2, ?3, ?4, ?5, cast(?6 as bigint), 'SCHEDULED', now(), now()) returning id""")
                    .setParameter(1, matchId).setParameter(2, series).setParameter(3, plan.kind().name())
                    .setParameter(4, Timestamp.from(occurrence.start())).setParameter(5, Timestamp.from(occurrence.end()))
                    .setParameter(6, plan.secondAdultAccountId()).getSingleResult();
            long sessionId = ((Number) id).longValue();
            book(match, plan.secondAdultAccountId(), sessionId, occurrence);
            ids.add(sessionId);
        }
        return ids;
    }

    /** Screening of the adults and the youth-protection rule, for one occurrence. */
    private void check(Match match, MenteeCard mentee, SessionKind kind, Long secondAdult, Occurrence occurrence) {
        LocalDate day = calendar.toLocal(occurrence.start()).toLocalDate();
        if (!screening.isCleared(match.mentorId(), day)) {
            throw new BusinessException("mentorship.error.mentorNotClearedOn", day.toString());
        }
        boolean secondAdultCleared = false;
        if (secondAdult != null) {
            if (secondAdult == match.mentorId() || !screening.isCleared(secondAdult, day)) {
                throw new BusinessException("mentorship.error.secondAdultNotCleared", day.toString());
            }
            secondAdultCleared = true;
        }
        int age = Period.between(mentee.birthDate(), day).getYears();
        var decision = YouthProtection.decide(age, kind, secondAdultCleared,
                new YouthProtection.Policy(mentee.allowVirtualOneOnOne(), mentee.allowPublicOneOnOne()));
        if (!decision.allowed()) {
            throw new BusinessException(decision.reasonKey());
        }
    }

    private void book(Match match, Long secondAdult, long sessionId, Occurrence occurrence) {
        commitments.book(CalendarCommitments.account(match.mentorId()), occurrence.start(), occurrence.end(), SOURCE,
                sessionId);
        commitments.book(CalendarCommitments.participant(match.participantId()), occurrence.start(), occurrence.end(),
                SOURCE, sessionId);
        if (secondAdult != null) {
            commitments.book(CalendarCommitments.account(secondAdult), occurrence.start(), occurrence.end(), SOURCE,
                    sessionId);
        }
    }

    @Override
    public void reschedule(long sessionId, LocalDateTime newStart, String reason) {
        Object[] session = scheduled(sessionId);
        Match match = match(((Number) session[1]).longValue());
        Instant oldStart = SqlValues.instant(session[3]);
        Duration length = Duration.between(oldStart, SqlValues.instant(session[4]));
        Instant start = calendar.toInstant(newStart);
        if (start.isBefore(calendar.now())) {
            throw new BusinessException("mentorship.error.inThePast");
        }
        var occurrence = new Occurrence(start, start.plus(length));
        Long secondAdult = session[5] == null ? null : ((Number) session[5]).longValue();
        MenteeCard mentee = explorer.mentee(match.participantId()).orElseThrow(NotFoundException::new);
        check(match, mentee, SessionKind.valueOf((String) session[2]), secondAdult, occurrence);
        commitments.release(SOURCE, sessionId);
        // A new time gets a new reminder; the old one, if still unsent, is withdrawn by the notice.
        em.createNativeQuery("update mentorship_session set starts_at = ?2, ends_at = ?3, change_reason = ?4,"
                        + " reminder_sent_at = null, version = version + 1, updated_at = now() where id = ?1")
                .setParameter(1, sessionId).setParameter(2, Timestamp.from(occurrence.start()))
                .setParameter(3, Timestamp.from(occurrence.end())).setParameter(4, requireReason(reason))
                .executeUpdate();
        book(match, secondAdult, sessionId, occurrence);
        notices.rescheduled(sessionId, match.mentorId(), secondAdult, match.participantId(), oldStart,
                occurrence.start());
    }

    @Override
    public void cancel(long sessionId, String reason) {
        Object[] session = scheduled(sessionId);
        Match match = match(((Number) session[1]).longValue());
        em.createNativeQuery("update mentorship_session set status = 'CANCELLED', change_reason = ?2,"
                        + " version = version + 1, updated_at = now() where id = ?1")
                .setParameter(1, sessionId).setParameter(2, requireReason(reason)).executeUpdate();
        commitments.release(SOURCE, sessionId);
        notices.cancelled(sessionId, match.mentorId(), session[5] == null ? null : ((Number) session[5]).longValue(),
                match.participantId(), SqlValues.instant(session[3]));
    }

    @Override
    public void recordOutcome(long sessionId, SessionStatus outcome, String note) {
        Object[] session = scheduled(sessionId);
        match(((Number) session[1]).longValue());
        if (outcome != SessionStatus.HELD && outcome != SessionStatus.NO_SHOW) {
            throw new BusinessException("mentorship.error.outcome");
        }
        if (SqlValues.instant(session[3]).isAfter(calendar.now())) {
            throw new BusinessException("mentorship.error.notYetHeld");
        }
        String clean = note == null || note.isBlank() ? null : note.strip();
        if (clean != null && (clean.length() > NOTE_MAX || IdentityNumbers.containsOne(clean))) {
            throw new BusinessException(clean.length() > NOTE_MAX ? "mentorship.error.noteTooLong"
                    : "mentorship.error.noteIdentityNumber");
        }
        em.createNativeQuery("update mentorship_session set status = ?2, note = ?3, version = version + 1,"
                        + " updated_at = now() where id = ?1")
                .setParameter(1, sessionId).setParameter(2, outcome.name()).setParameter(3, clean).executeUpdate();
    }

    @Override
    public List<SessionSummary> sessionsOf(long matchId) {
        match(matchId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, match_id, kind, starts_at, ends_at, status, change_reason"
                + " from mentorship_session where match_id = ?1 order by starts_at, id").setParameter(1, matchId)
                .getResultList();
        return rows.stream().map(r -> new SessionSummary(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                SessionKind.valueOf((String) r[2]), SqlValues.instant(r[3]), SqlValues.instant(r[4]),
                SessionStatus.valueOf((String) r[5]), (String) r[6])).toList();
    }

    @Override
    public List<Long> calendarPosts() {
        return scope.managedPosts();
    }

    @Override
    public List<PostSession> postCalendar(Long postId, Instant from, Instant to) {
        if (from == null || to == null || !to.isAfter(from)
                || Duration.between(from, to).compareTo(Duration.ofDays(CALENDAR_RANGE_DAYS)) > 0) {
            throw new BusinessException("mentorship.error.calendarRange");
        }
        List<Long> posts = scope.managedPosts();
        if (postId != null) {
            if (!posts.contains(postId)) {
                throw new NotFoundException();
            }
            posts = List.of(postId);
        }
        if (posts.isEmpty()) {
            return List.of();
        }
        // Starts before the window's end and ends after its start: served by the (match_id, starts_at) index.
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select s.id, m.post_id, m.participant_id, m.mentor_account_id,"
                        + " s.kind, s.starts_at, s.ends_at, s.status from mentorship_match m"
                        + " join mentorship_session s on s.match_id = m.id"
                        + " where m.post_id = any(cast(?1 as bigint[])) and s.starts_at < ?3 and s.ends_at > ?2"
                        + " and s.starts_at > ?4 order by s.starts_at, s.id limit ?5")
                .setParameter(1, posts.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",", "{", "}")))
                .setParameter(2, Timestamp.from(from)).setParameter(3, Timestamp.from(to))
                // sessions last under a day (plus a daylight-saving hour): bounds the index range scan from below
                .setParameter(4, Timestamp.from(from.minus(Duration.ofDays(2))))
                .setParameter(5, CALENDAR_MAX_ROWS).getResultList();
        var mentees = explorer.menteeNames(rows.stream().map(r -> ((Number) r[2]).longValue()).distinct().toList());
        var mentors = accounts.displayNames(rows.stream().map(r -> ((Number) r[3]).longValue()).distinct().toList());
        return rows.stream().map(r -> new PostSession(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                mentees.get(((Number) r[2]).longValue()), mentors.get(((Number) r[3]).longValue()),
                SessionKind.valueOf((String) r[4]), SqlValues.instant(r[5]), SqlValues.instant(r[6]),
                SessionStatus.valueOf((String) r[7]))).toList();
    }

    /** id, match, kind, start, end, second adult — a session still SCHEDULED, locked for the change. */
    private Object[] scheduled(long sessionId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, match_id, kind, starts_at, ends_at,"
                + " second_adult_account_id, status from mentorship_session where id = ?1 for update")
                .setParameter(1, sessionId).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException();
        }
        Object[] session = rows.get(0);
        match(((Number) session[1]).longValue()); // access first: an outsider learns nothing about the status
        if (!"SCHEDULED".equals(session[6])) {
            throw new BusinessException("mentorship.error.sessionNotScheduled");
        }
        return session;
    }

    private Match match(long matchId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, mentor_account_id, participant_id, post_id, status"
                + " from mentorship_match where id = ?1").setParameter(1, matchId).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException();
        }
        Object[] r = rows.get(0);
        var match = new Match(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), ((Number) r[2]).longValue(),
                ((Number) r[3]).longValue(), (String) r[4]);
        scope.checkMatch(match.postId(), match.mentorId());
        return match;
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank() || reason.length() > 200) {
            throw new BusinessException("mentorship.error.reasonRequired");
        }
        return reason.strip();
    }

}
