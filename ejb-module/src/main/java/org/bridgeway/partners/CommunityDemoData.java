package org.bridgeway.partners;

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
 * The dev run's community demo (bridgeway.demo.community=true, set only by ./mvnw -Prun package): communities and
 * neighbourhoods the demo liaison covers, a few outreach contacts with open concerns, an alliance of the two demo
 * partners with a convening and its follow-ups, an outreach event, and an academy cohort eight weeks in. Seeded
 * once, after the recruitment demo (which creates the partners).
 */
@Startup
@Singleton
@DependsOn("RecruitmentDemoData")
public class CommunityDemoData {

    private static final System.Logger LOG = System.getLogger(CommunityDemoData.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    @ConfigProperty(name = "bridgeway.demo.community", defaultValue = "false")
    private boolean enabled;

    @PostConstruct
    void seed() {
        if (!enabled) {
            return;
        }
        em.createNativeQuery("select pg_advisory_xact_lock(4714)").getSingleResult();
        if (!em.createNativeQuery("select 1 from academy_course where name = 'Community Police Academy'")
                .getResultList().isEmpty()) {
            return;
        }
        for (String sql : STATEMENTS) {
            em.createNativeQuery(sql).executeUpdate();
        }
        LOG.log(Level.INFO, "Seeded the community demo.");
    }

    private static final String[] STATEMENTS = {
        """
        insert into community_area (kind, name) values ('COMMUNITY', 'Somali'), ('COMMUNITY', 'Latino'),
            ('COMMUNITY', 'Hmong'), ('NEIGHBOURHOOD', 'Cedar-Riverside'), ('NEIGHBOURHOOD', 'Phillips')
        on conflict do nothing""",
        """
        insert into liaison_assignment (account_id, area_id)
        select a.id, c.id from account a, community_area c
         where a.username = 'liaison' and c.name in ('Somali', 'Cedar-Riverside') on conflict do nothing""",
        """
        insert into outreach_contact (liaison_account_id, kind, occurred_on, place, community_id, neighbourhood_id,
                                      languages, summary, created_at)
        select (select id from account where username = 'liaison'), v.kind, current_date - v.days, v.place,
               (select id from community_area where name = v.community), (select id from community_area where name = v.hood),
               v.languages, v.summary, now()
          from (values ('VISIT', 45, 'Dar Al-Hijrah mosque', 'Somali', 'Cedar-Riverside', 'so,en', 'Friday visit with the imam'),
                       ('MEETING', 12, 'Brian Coyle Center', 'Somali', 'Cedar-Riverside', 'so', 'Parents group'),
                       ('CALL', 5, null, 'Latino', 'Phillips', 'es', 'Call with the tenants association'),
                       ('EVENT', 2, 'Lake Street fair', 'Latino', 'Phillips', 'es,en', 'Information table')) as
               v(kind, days, place, community, hood, languages, summary)""",
        """
        insert into outreach_concern (contact_id, community_id, topic, raised_on, follow_up, status)
        select c.id, c.community_id, v.topic, c.occurred_on, v.follow_up, v.status
          from outreach_contact c join (values
               ('Friday visit with the imam', 'FEAR_OF_IMMIGRATION_ENFORCEMENT', 'Explain the non-inquiry policy at a forum', 'IN_PROGRESS'),
               ('Parents group', 'YOUTH_SAFETY', 'Invite parents to the Explorer open house', 'OPEN'),
               ('Call with the tenants association', 'SCAMS_AND_FRAUD', 'Share the fraud unit''s Spanish flyer', 'OPEN'),
               ('Information table', 'TRAFFIC_SAFETY', null, 'OPEN')) as v(summary, topic, follow_up, status)
            on v.summary = c.summary""",
        """
        insert into alliance (name, description, created_at)
        values ('County Immigrant and Law Enforcement Alliance',
                'Police leaders and immigrant community leaders meeting every quarter.', now())""",
        """
        insert into alliance_member (alliance_id, partner_id, joined_on)
        select a.id, p.id, current_date - 200 from alliance a, partner_organisation p
         where a.name = 'County Immigrant and Law Enforcement Alliance'
           and p.name in ('Somali American Police Association', 'County Immigrant Alliance')""",
        """
        insert into partner_person (partner_id, name, title, leader, languages, preferred_contact, phone)
        select p.id, v.name, v.title, true, v.languages, v.contact, v.phone
          from partner_organisation p join (values
               ('Somali American Police Association', 'Abdirahman Yusuf', 'President', 'so,en', 'PHONE', '612 555 0140'),
               ('County Immigrant Alliance', 'Rosa Jimenez', 'Director', 'es,en', 'IN_PERSON', null)) as
               v(partner, name, title, languages, contact, phone) on v.partner = p.name""",
        """
        insert into convening (alliance_id, held_on, place, topics, created_by)
        select id, current_date - 30, 'City Hall, room 317',
               'Terms of federal agreements; interpreter line at the front desk; academy recruitment', 'demo'
          from alliance where name = 'County Immigrant and Law Enforcement Alliance'""",
        """
        insert into convening_attendee (convening_id, partner_person_id)
        select c.id, p.id from convening c, partner_person p where c.created_by = 'demo'""",
        """
        insert into convening_action (convening_id, kind, description, owner_account_id, owner_partner_person_id, due_on)
        select c.id, v.kind, v.description,
               case when v.owner = 'liaison' then (select id from account where username = 'liaison') end,
               (select id from partner_person where name = v.owner), current_date + v.due
          from convening c, (values
               ('COMMITMENT', 'Publish the non-inquiry policy in Somali and Spanish', 'liaison', 14),
               ('FOLLOW_UP', 'Bring ten families to the academy information night', 'Abdirahman Yusuf', -3),
               ('FOLLOW_UP', 'Review the interpreter line signage', 'Rosa Jimenez', 21)) as v(kind, description, owner, due)
         where c.created_by = 'demo'""",
        """
        insert into outreach_event (kind, name, held_on, place, community_id, languages_offered, interpreter_present,
                                    head_count, created_by)
        select 'FAIR', 'Cedar-Riverside community fair', current_date - 9, 'Currie Park', id, 'so,en', true, 140, 'demo'
          from community_area where name = 'Somali'""",
        """
        insert into academy_course (name, description, session_count, attendance_bar)
        values ('Community Police Academy', 'Nine weekly evenings: patrol, 911, investigations, the law, a ride-along.', 9, 7)""",
        """
        insert into academy_cohort (course_id, name, starts_on, session_count, attendance_bar)
        select id, 'Fall (Somali and Spanish interpretation)', current_date - 56, 9, 7
          from academy_course where name = 'Community Police Academy'""",
        """
        insert into academy_session (cohort_id, number, held_on, topic, speaker)
        select c.id, n, c.starts_on + (n - 1) * 7,
               (array['Welcome and the department', '911 and dispatch', 'Patrol', 'Investigations', 'Use of force',
                      'Immigration and the local police', 'Youth and the Explorer program', 'Courts', 'Graduation'])[n],
               case when n = 6 then 'Community liaison unit' end
          from academy_cohort c, generate_series(1, 9) n
         where c.name = 'Fall (Somali and Spanish interpretation)'""",
        """
        insert into academy_enrolment (cohort_id, given_name, family_name, preferred_language, languages,
                                       interpreter_needed, interpreter_language, enrolled_at)
        select c.id, v.given, v.family, v.lang, v.lang, v.lang <> 'en', case when v.lang <> 'en' then v.lang end,
               now() - interval '60 days'
          from academy_cohort c, (values ('Faadumo', 'Hassan', 'so'), ('Ilhan', 'Abdi', 'so'), ('Carmen', 'Rojas', 'es'),
                                         ('Miguel', 'Santos', 'es'), ('Pa', 'Xiong', 'en'), ('Guled', 'Ahmed', 'so'))
                                  as v(given, family, lang)
         where c.name = 'Fall (Somali and Spanish interpretation)'""",
        """
        insert into academy_attendance (cohort_id, number, enrolment_id, present)
        select e.cohort_id, n, e.id, (e.id + n) % 7 <> 0 from academy_enrolment e
          join academy_cohort c on c.id = e.cohort_id, generate_series(1, 8) n
         where c.name = 'Fall (Somali and Spanish interpretation)'"""
    };
}
