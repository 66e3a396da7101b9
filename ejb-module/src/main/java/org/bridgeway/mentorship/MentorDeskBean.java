package org.bridgeway.mentorship;

import org.bridgeway.shared.SqlValues;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bridgeway.explorer.api.ExplorerDirectory;
import org.bridgeway.identity.api.CurrentUser;
import org.bridgeway.identity.api.Permission;
import org.bridgeway.mentorship.api.MatchStatus;
import org.bridgeway.mentorship.api.MenteeView;
import org.bridgeway.mentorship.api.MentorDesk;
import org.bridgeway.mentorship.api.SessionKind;
import org.bridgeway.mentorship.api.SessionStatus;
import org.bridgeway.mentorship.api.SessionSummary;

@Stateless
public class MentorDeskBean implements MentorDesk {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private MentorshipScope scope;

    @Inject
    private ExplorerDirectory explorer;

    @Override
    public List<MenteeView> myMentees() {
        currentUser.checkPermission(Permission.MENTORSHIP_MENTOR);
        long me = scope.callerId();
        @SuppressWarnings("unchecked")
        List<Object[]> matches = em.createNativeQuery("select id, participant_id, status from mentorship_match"
                + " where mentor_account_id = ?1 and status <> 'CLOSED' order by created_at").setParameter(1, me)
                .getResultList();
        Map<Long, List<SessionSummary>> sessions = sessionsOf(matches.stream().map(r -> ((Number) r[0]).longValue())
                .toList());
        List<MenteeView> views = new ArrayList<>();
        for (Object[] r : matches) {
            long matchId = ((Number) r[0]).longValue();
            explorer.mentee(((Number) r[1]).longValue()).ifPresent(card -> views.add(new MenteeView(matchId,
                    MatchStatus.valueOf((String) r[2]), card.preferredName(), card.languages(), card.interests(),
                    card.guardians(), sessions.getOrDefault(matchId, List.of()))));
        }
        return views;
    }

    @Override
    public List<SessionSummary> mySessions() {
        currentUser.checkPermission(Permission.EXPLORER_SELF);
        Long participant = explorer.participantOfAccount(scope.callerId()).orElse(null);
        if (participant == null) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object> matches = em.createNativeQuery("select id from mentorship_match where participant_id = ?1")
                .setParameter(1, participant).getResultList();
        return sessionsOf(matches.stream().map(o -> ((Number) o).longValue()).toList()).values().stream()
                .flatMap(List::stream).filter(s -> s.status() != SessionStatus.CANCELLED)
                .sorted(java.util.Comparator.comparing(SessionSummary::startsAt)).toList();
    }

    /** Sessions of many matches in one query. */
    private Map<Long, List<SessionSummary>> sessionsOf(List<Long> matchIds) {
        Map<Long, List<SessionSummary>> byMatch = new HashMap<>();
        if (matchIds.isEmpty()) {
            return byMatch;
        }
        String in = matchIds.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, match_id, kind, starts_at, ends_at, status, change_reason"
                + " from mentorship_session where match_id in (" + in + ") order by starts_at").getResultList();
        for (Object[] r : rows) {
            var summary = new SessionSummary(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                    SessionKind.valueOf((String) r[2]), SqlValues.instant(r[3]), SqlValues.instant(r[4]),
                    SessionStatus.valueOf((String) r[5]), (String) r[6]);
            byMatch.computeIfAbsent(summary.matchId(), k -> new ArrayList<>()).add(summary);
        }
        return byMatch;
    }

}
