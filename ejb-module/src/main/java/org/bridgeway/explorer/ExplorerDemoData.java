package org.bridgeway.explorer;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.System.Logger.Level;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The dev run's Explorer demo (bridgeway.demo.explorer=true, set only by ./mvnw -Prun package): a post run by
 * the demo coordinator, a cohort, consent texts in English, Spanish and Somali, a few participants, the demo
 * youth's own record and some activities, so a newcomer sees every screen with something on it. Seeded once.
 */
@Startup
@Singleton
@DependsOn("AccountProvisioning")
public class ExplorerDemoData {

    private static final System.Logger LOG = System.getLogger(ExplorerDemoData.class.getName());
    static final String DEMO_POST = "Riverside Explorer Post 101";

    @PersistenceContext
    private EntityManager em;

    @Inject
    @ConfigProperty(name = "bridgeway.demo.explorer", defaultValue = "false")
    private boolean enabled;

    @PostConstruct
    void seed() {
        if (!enabled) {
            return;
        }
        em.createNativeQuery("select pg_advisory_xact_lock(4712)").getSingleResult();
        if (!em.createNativeQuery("select 1 from explorer_post where name = ?1").setParameter(1, DEMO_POST)
                .getResultList().isEmpty()) {
            return;
        }
        for (String sql : STATEMENTS) {
            em.createNativeQuery(sql.replace("DEMO_POST", DEMO_POST)).executeUpdate();
        }
        LOG.log(Level.INFO, "Seeded the Explorer demo post.");
    }

    private static final String[] STATEMENTS = {
        """
        insert into explorer_post (name, agency_unit, meeting_place, created_at, updated_at)
        values ('DEMO_POST', 'Community Engagement Unit', 'Riverside Community Center, room 2', now(), now())""",
        """
        insert into explorer_post_coordinator (post_id, account_id)
        select p.id, a.id from explorer_post p, account a where p.name = 'DEMO_POST' and a.username = 'coordinator'""",
        """
        insert into adult_screening (account_id, training_completed_on, training_expires_on, background_checked_on,
                                     background_check_expires_on, updated_at)
        select id, current_date - 200, current_date + 20, current_date - 200, current_date + 530, now()
          from account where username = 'mentor' on conflict do nothing""",
        """
        insert into explorer_post_advisor (post_id, account_id, attached_at)
        select p.id, a.id, now() from explorer_post p, account a where p.name = 'DEMO_POST' and a.username = 'mentor'""",
        """
        insert into explorer_cohort (post_id, name, starts_on, ends_on)
        select id, 'Fall ' || extract(year from current_date), current_date - 60, current_date + 120
          from explorer_post where name = 'DEMO_POST'""",
        """
        insert into consent_text (kind, language, version, title, body, published_at)
        select k.kind, l.language, 1, k.title || ' (' || l.language || ')',
               'Demo text: replace with the agency''s own consent text in this language.', now()
          from (values ('PARTICIPATION', 'Explorer participation'), ('EMERGENCY_MEDICAL', 'Emergency medical care'),
                       ('PHOTO_MEDIA', 'Photos and media'), ('RIDE_ALONG', 'Ride-along')) k(kind, title),
               (values ('en'), ('es'), ('so')) l(language)
        on conflict do nothing""",
        """
        insert into explorer_participant (post_id, cohort_id, account_id, given_name, family_name, preferred_name,
            birth_date, highest_grade, school, preferred_language, source, status, status_changed_at, member_since,
            created_at, updated_at)
        select p.id, c.id, case when d.n = 1 then (select id from account where username = 'youth') end,
               d.given, d.family, d.preferred, current_date - make_interval(years => d.age, days => 40 * d.n),
               d.grade, 'Roosevelt High School', d.lang, 'WALK_IN', d.status, now(),
               date_trunc('month', current_date - 90)::date, now(), now()
          from explorer_post p join explorer_cohort c on c.post_id = p.id,
               (values (1, 'Hodan', 'Warsame', 'Hodan', 15, 9, 'so', 'ACTIVE'),
                       (2, 'Mateo', 'Hernandez', null, 16, 10, 'es', 'ACTIVE'),
                       (3, 'Fartun', 'Ali', null, 17, 11, 'so', 'AT_RISK'),
                       (4, 'Lucia', 'Garcia', 'Lucy', 14, 8, 'es', 'PROBATION'),
                       (5, 'Abdi', 'Mohamed', null, 19, 12, 'so', 'ACTIVE'))
                   as d(n, given, family, preferred, age, grade, lang, status)
         where p.name = 'DEMO_POST'""",
        """
        insert into explorer_guardian (participant_id, position, name, relationship, phone, email, preferred_language,
                                       may_consent)
        select m.id, 0, 'Parent of ' || m.given_name, 'Parent', '+1 612 555 01' || lpad(m.id::text, 2, '0'),
               null, m.preferred_language, true
          from explorer_participant m join explorer_post p on p.id = m.post_id
         where p.name = 'DEMO_POST' and m.birth_date > current_date - interval '18 years'""",
        """
        insert into explorer_consent (participant_id, guardian_id, kind, text_id, signed_on, expires_on, recorded_by,
                                      recorded_at)
        select m.id, g.id, 'PARTICIPATION', t.id, current_date - 100, current_date + 264, 'system', now()
          from explorer_participant m join explorer_post p on p.id = m.post_id
          left join explorer_guardian g on g.participant_id = m.id
          join consent_text t on t.kind = 'PARTICIPATION' and t.language = m.preferred_language and t.version = 1
         where p.name = 'DEMO_POST'""",
        """
        insert into explorer_activity (post_id, kind, title, starts_at, ends_at, place, capacity, hours_credited,
                                       created_at)
        select p.id, a.kind, a.title, date_trunc('day', now()) + a.start_offset,
               date_trunc('day', now()) + a.start_offset + interval '2 hours', a.place, a.capacity, 2, now()
          from explorer_post p,
               (values ('MEETING', 'Monthly post meeting', interval '-20 days 18 hours', 'Community Center', null),
                       ('COMMUNITY_SERVICE', 'Park clean-up', interval '-6 days 10 hours', 'Riverside Park', 20),
                       ('TRAINING', 'First aid training', interval '5 days 18 hours', 'Station 3 training room', 12),
                       ('RIDE_ALONG', 'Evening ride-along', interval '12 days 19 hours', 'Station 3', 2),
                       ('MEETING', 'Monthly post meeting', interval '15 days 18 hours', 'Community Center', null))
                   as a(kind, title, start_offset, place, capacity)
         where p.name = 'DEMO_POST'""",
        """
        insert into explorer_attendance (activity_id, participant_id, mark, recorded_by, recorded_at)
        select a.id, m.id, case when m.status = 'AT_RISK' then 'ABSENT' else 'PRESENT' end, 'system', now()
          from explorer_activity a join explorer_participant m on m.post_id = a.post_id
          join explorer_post p on p.id = a.post_id
         where p.name = 'DEMO_POST' and a.starts_at < now()""",
        """
        insert into explorer_status_change (participant_id, from_status, to_status, reason, actor, changed_at)
        select m.id, null, m.status, 'explorer.reason.enrolled.WALK_IN', 'system', now()
          from explorer_participant m join explorer_post p on p.id = m.post_id where p.name = 'DEMO_POST'"""
    };
}
