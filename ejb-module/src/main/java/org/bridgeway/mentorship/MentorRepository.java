package org.bridgeway.mentorship;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bridgeway.identity.api.Screening;
import org.bridgeway.mentorship.MatchScoring.Mentor;
import org.bridgeway.mentorship.MatchScoring.Slot;
import org.bridgeway.shared.AgencyCalendar;
import org.bridgeway.shared.BusinessException;

/**
 * Mentors as matching sees them, loaded in a fixed number of queries whatever their number: profiles with
 * room, languages, interests, availability, active mentees and screening.
 */
@ApplicationScoped
class MentorRepository {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Screening screening;

    @Inject
    private AgencyCalendar calendar;

    List<Mentor> candidates(long postId, List<Long> postAdvisors) {
        @SuppressWarnings("unchecked")
        List<Object[]> profiles = em.createNativeQuery("""
                select p.account_id, p.capacity,
                       (select count(*) from mentorship_match m where m.mentor_account_id = p.account_id
                           and m.status = 'ACTIVE') as active
                  from mentor_profile p join account a on a.id = p.account_id
                 where a.enabled and p.capacity > (select count(*) from mentorship_match m
                                                    where m.mentor_account_id = p.account_id and m.status = 'ACTIVE')""")
                .getResultList();
        return build(profiles, postId, postAdvisors);
    }

    Mentor candidate(long mentorId, long postId, List<Long> postAdvisors) {
        @SuppressWarnings("unchecked")
        List<Object[]> profiles = em.createNativeQuery("""
                select p.account_id, p.capacity,
                       (select count(*) from mentorship_match m where m.mentor_account_id = p.account_id
                           and m.status = 'ACTIVE')
                  from mentor_profile p where p.account_id = ?1""").setParameter(1, mentorId).getResultList();
        List<Mentor> built = build(profiles, postId, postAdvisors);
        if (built.isEmpty()) {
            throw new BusinessException("mentorship.error.noProfile");
        }
        return built.get(0);
    }

    private List<Mentor> build(List<Object[]> profiles, long postId, List<Long> postAdvisors) {
        if (profiles.isEmpty()) {
            return List.of();
        }
        List<Long> ids = profiles.stream().map(r -> ((Number) r[0]).longValue()).toList();
        String in = ids.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
        Map<Long, List<String>> languages = MatchingBean.grouped(query(
                "select account_id, language from mentor_language where account_id in (" + in + ")"));
        Map<Long, List<String>> interests = MatchingBean.grouped(query(
                "select account_id, interest from mentor_interest where account_id in (" + in + ")"));
        Map<Long, List<Slot>> availability = new HashMap<>();
        for (Object[] r : query("select account_id, day_of_week, from_minute, to_minute from mentor_availability"
                + " where account_id in (" + in + ")")) {
            availability.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>())
                    .add(new Slot(((Number) r[1]).intValue(), ((Number) r[2]).intValue(), ((Number) r[3]).intValue()));
        }
        Set<Long> cleared = screening.clearedAmong(ids, calendar.today());
        Set<Long> advisors = new HashSet<>(postAdvisors);
        List<Mentor> result = new ArrayList<>();
        for (Object[] r : profiles) {
            long id = ((Number) r[0]).longValue();
            result.add(new Mentor(id, new HashSet<>(languages.getOrDefault(id, List.of())),
                    new HashSet<>(interests.getOrDefault(id, List.of())), availability.getOrDefault(id, List.of()),
                    advisors.contains(id) ? Set.of(postId) : Set.of(), ((Number) r[1]).intValue(),
                    ((Number) r[2]).intValue(), cleared.contains(id)));
        }
        return result;
    }

    List<Slot> menteeAvailability(long participantId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select day_of_week, from_minute, to_minute from mentee_availability"
                + " where participant_id = ?1").setParameter(1, participantId).getResultList();
        return rows.stream().map(r -> new Slot(((Number) r[0]).intValue(), ((Number) r[1]).intValue(),
                ((Number) r[2]).intValue())).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> query(String sql) {
        return em.createNativeQuery(sql).getResultList();
    }
}
