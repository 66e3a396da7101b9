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

    /**
     * Every enabled mentor with a free place, with languages, interests and availability aggregated in the same
     * single query (no per-mentor queries, no huge id lists). Screening is not applied here: the caller checks
     * it for the best-ranked few only, which keeps suggestions fast with thousands of mentors.
     */
    List<Mentor> unscreenedCandidates(long postId, List<Long> postAdvisors) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select p.account_id, p.capacity, coalesce(a.active, 0), l.languages, i.interests, v.slots
                  from mentor_profile p
                  join account acc on acc.id = p.account_id and acc.enabled
                  left join (select mentor_account_id, count(*) as active from mentorship_match
                              where status = 'ACTIVE' group by mentor_account_id) a
                         on a.mentor_account_id = p.account_id
                  left join (select account_id, string_agg(language, ',') as languages from mentor_language
                              group by account_id) l on l.account_id = p.account_id
                  left join (select account_id, string_agg(interest, chr(31)) as interests from mentor_interest
                              group by account_id) i on i.account_id = p.account_id
                  left join (select account_id, string_agg(day_of_week || ':' || from_minute || ':' || to_minute, ',')
                                    as slots from mentor_availability group by account_id) v
                         on v.account_id = p.account_id
                 where p.capacity > coalesce(a.active, 0)""").getResultList();
        Set<Long> advisors = new HashSet<>(postAdvisors);
        List<Mentor> result = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            long id = ((Number) r[0]).longValue();
            result.add(new Mentor(id, split((String) r[3], ","), split((String) r[4], "\u001f"), slots((String) r[5]),
                    advisors.contains(id) ? Set.of(postId) : Set.of(), ((Number) r[1]).intValue(),
                    ((Number) r[2]).intValue(), true));
        }
        return result;
    }

    private static Set<String> split(String joined, String separator) {
        return joined == null ? Set.of() : new HashSet<>(List.of(joined.split(separator)));
    }

    private static List<Slot> slots(String joined) {
        if (joined == null) {
            return List.of();
        }
        List<Slot> slots = new ArrayList<>();
        for (String part : joined.split(",")) {
            String[] p = part.split(":");
            slots.add(new Slot(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2])));
        }
        return slots;
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
