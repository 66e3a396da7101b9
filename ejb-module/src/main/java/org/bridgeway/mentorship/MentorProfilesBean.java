package org.bridgeway.mentorship;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.bridgeway.identity.api.CurrentUser;
import org.bridgeway.identity.api.Permission;
import org.bridgeway.mentorship.api.MentorProfile;
import org.bridgeway.mentorship.api.MentorProfiles;
import org.bridgeway.mentorship.api.Slot;
import org.bridgeway.shared.BusinessException;

@Stateless
public class MentorProfilesBean implements MentorProfiles {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private MentorshipScope scope;

    @Override
    public Optional<MentorProfile> myProfile() {
        currentUser.checkPermission(Permission.MENTORSHIP_MENTOR);
        long me = scope.callerId();
        @SuppressWarnings("unchecked")
        List<Object> capacity = em.createNativeQuery("select capacity from mentor_profile where account_id = ?1")
                .setParameter(1, me).getResultList();
        if (capacity.isEmpty()) {
            return Optional.empty();
        }
        List<String> languages = strings("select language from mentor_language where account_id = ?1 order by position", me);
        List<String> interests = strings("select interest from mentor_interest where account_id = ?1 order by position", me);
        @SuppressWarnings("unchecked")
        List<Object[]> slots = em.createNativeQuery("select day_of_week, from_minute, to_minute from mentor_availability"
                + " where account_id = ?1 order by day_of_week, from_minute").setParameter(1, me).getResultList();
        return Optional.of(new MentorProfile(me, ((Number) capacity.get(0)).intValue(), languages, interests,
                slots.stream().map(r -> new Slot(((Number) r[0]).intValue(), ((Number) r[1]).intValue(),
                        ((Number) r[2]).intValue())).toList()));
    }

    @Override
    public void saveMyProfile(int capacity, List<String> languages, List<String> interests, List<Slot> availability) {
        currentUser.checkPermission(Permission.MENTORSHIP_MENTOR);
        long me = scope.callerId();
        if (capacity < 0 || capacity > 20) {
            throw new BusinessException("mentorship.error.capacity");
        }
        if (languages.stream().anyMatch(l -> l == null || !l.matches("[a-z]{2,3}"))) {
            throw new BusinessException("explorer.error.languageCode");
        }
        if (interests.stream().anyMatch(i -> i == null || i.isBlank() || i.length() > 60)) {
            throw new BusinessException("mentorship.error.interest");
        }
        em.createNativeQuery("""
                insert into mentor_profile (account_id, capacity, updated_at) values (?1, ?2, now())
                on conflict (account_id) do update set capacity = excluded.capacity,
                    version = mentor_profile.version + 1, updated_at = now()""")
                .setParameter(1, me).setParameter(2, capacity).executeUpdate();
        for (String table : List.of("mentor_language", "mentor_interest", "mentor_availability")) {
            em.createNativeQuery("delete from " + table + " where account_id = ?1").setParameter(1, me).executeUpdate();
        }
        List<String> distinctLanguages = languages.stream().distinct().toList();
        for (int i = 0; i < distinctLanguages.size(); i++) {
            em.createNativeQuery("insert into mentor_language (account_id, position, language) values (?1, ?2, ?3)")
                    .setParameter(1, me).setParameter(2, i).setParameter(3, distinctLanguages.get(i)).executeUpdate();
        }
        List<String> distinctInterests = interests.stream().map(String::strip).distinct().toList();
        for (int i = 0; i < distinctInterests.size(); i++) {
            em.createNativeQuery("insert into mentor_interest (account_id, position, interest) values (?1, ?2, ?3)")
                    .setParameter(1, me).setParameter(2, i).setParameter(3, distinctInterests.get(i)).executeUpdate();
        }
        for (Slot slot : availability) {
            em.createNativeQuery("insert into mentor_availability (account_id, day_of_week, from_minute, to_minute)"
                            + " values (?1, ?2, ?3, ?4)").setParameter(1, me).setParameter(2, slot.dayOfWeek())
                    .setParameter(3, slot.fromMinute()).setParameter(4, slot.toMinute()).executeUpdate();
        }
    }

    private List<String> strings(String sql, long id) {
        @SuppressWarnings("unchecked")
        List<Object> values = em.createNativeQuery(sql).setParameter(1, id).getResultList();
        return values.stream().map(String::valueOf).toList();
    }
}
