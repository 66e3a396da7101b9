package org.bridgeway.mentorship;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.bridgeway.mentorship.api.MatchGoal;
import org.bridgeway.mentorship.api.MatchGoals;
import org.bridgeway.shared.BusinessException;
import org.bridgeway.shared.NotFoundException;
import org.bridgeway.shared.freetext.IdentityNumbers;

@Stateless
public class MatchGoalsBean implements MatchGoals {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private MentorshipScope scope;

    @Override
    public List<MatchGoal> goals(long matchId) {
        checkMatch(matchId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, match_id, title, due_on, progress from mentorship_goal"
                + " where match_id = ?1 order by due_on nulls last, id").setParameter(1, matchId).getResultList();
        return rows.stream().map(r -> new MatchGoal(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                (String) r[2], r[3] == null ? null : ((Date) r[3]).toLocalDate(), ((Number) r[4]).intValue())).toList();
    }

    @Override
    public long addGoal(long matchId, String title, LocalDate dueOn) {
        checkMatch(matchId);
        if (title == null || title.isBlank() || title.length() > 120) {
            throw new BusinessException("mentorship.error.goalTitle");
        }
        if (IdentityNumbers.containsOne(title)) {
            throw new BusinessException("mentorship.error.noteIdentityNumber");
        }
        Object id = em.createNativeQuery("insert into mentorship_goal (match_id, title, due_on) values (?1, ?2, ?3)"
                        + " returning id").setParameter(1, matchId).setParameter(2, title.strip())
                .setParameter(3, dueOn == null ? null : Date.valueOf(dueOn)).getSingleResult();
        return ((Number) id).longValue();
    }

    @Override
    public void setProgress(long goalId, int progress) {
        if (progress < 0 || progress > 100) {
            throw new BusinessException("mentorship.error.progress");
        }
        @SuppressWarnings("unchecked")
        List<Object> match = em.createNativeQuery("select match_id from mentorship_goal where id = ?1")
                .setParameter(1, goalId).getResultList();
        if (match.isEmpty()) {
            throw new NotFoundException();
        }
        checkMatch(((Number) match.get(0)).longValue());
        em.createNativeQuery("update mentorship_goal set progress = ?2 where id = ?1").setParameter(1, goalId)
                .setParameter(2, progress).executeUpdate();
    }

    private void checkMatch(long matchId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select post_id, mentor_account_id from mentorship_match"
                + " where id = ?1").setParameter(1, matchId).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException();
        }
        scope.checkMatch(((Number) rows.get(0)[0]).longValue(), ((Number) rows.get(0)[1]).longValue());
    }
}
