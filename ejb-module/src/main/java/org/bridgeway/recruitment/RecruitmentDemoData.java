package org.bridgeway.recruitment;

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
 * The dev run's recruitment demo (bridgeway.demo.recruitment=true, set only by ./mvnw -Prun package): two partner
 * organisations (the demo partner account belongs to the first), a dozen applicants spread over the steps, one
 * sharing their progress with the partner, and an oral board next week. Seeded once.
 */
@Startup
@Singleton
@DependsOn("AccountProvisioning")
public class RecruitmentDemoData {

    private static final System.Logger LOG = System.getLogger(RecruitmentDemoData.class.getName());
    static final String DEMO_PARTNER = "Somali American Police Association";

    @PersistenceContext
    private EntityManager em;

    @Inject
    @ConfigProperty(name = "bridgeway.demo.recruitment", defaultValue = "false")
    private boolean enabled;

    @PostConstruct
    void seed() {
        if (!enabled) {
            return;
        }
        em.createNativeQuery("select pg_advisory_xact_lock(4713)").getSingleResult();
        if (!em.createNativeQuery("select 1 from applicant where created_by = 'demo'").setMaxResults(1)
                .getResultList().isEmpty()) {
            return;
        }
        for (String sql : STATEMENTS) {
            em.createNativeQuery(sql.replace("DEMO_PARTNER", DEMO_PARTNER)).executeUpdate();
        }
        LOG.log(Level.INFO, "Seeded the recruitment demo.");
    }

    private static final String[] STATEMENTS = {
        """
        insert into partner_organisation (name, type, contact_name, active, created_at, updated_at)
        select n, 'COMMUNITY_ORGANISATION', c, true, now(), now()
          from (values ('DEMO_PARTNER', 'Abdirahman Yusuf'), ('County Immigrant Alliance', 'Rosa Jimenez')) as v(n, c)
         where not exists (select 1 from partner_organisation p where p.name = v.n)""",
        """
        insert into partner_account (account_id, partner_id)
        select a.id, p.id from account a, partner_organisation p
         where a.username = 'partner' and p.name = 'DEMO_PARTNER' on conflict do nothing""",
        """
        insert into applicant (given_name, family_name, email, email_key, preferred_language, source, source_partner_id,
                               source_event, recruiter_account_id, template_id, current_step_id, step_entered_at, state,
                               partner_sharing_since, created_by, created_at, updated_at)
        select v.g, v.f, lower(v.g) || '.' || lower(v.f) || '@example.org', lower(v.g) || '.' || lower(v.f) || '@example.org',
               v.lang, v.src, case when v.src = 'PARTNER' then (select id from partner_organisation where name = v.partner) end,
               case when v.src = 'OUTREACH_EVENT' then 'Cedar-Riverside community fair' end,
               (select id from account where username = 'recruiter'), t.id,
               (select id from hiring_step where template_id = t.id and code = v.step), now() - make_interval(days => v.days),
               'ACTIVE', case when v.share then now() - interval '20 days' end, 'demo',
               now() - make_interval(days => v.days + 30), now()
          from hiring_template t,
               (values ('Ayaan', 'Warsame', 'so', 'PARTNER', 'DEMO_PARTNER', 'interest', 3, true),
                       ('Khadar', 'Omar', 'so', 'PARTNER', 'DEMO_PARTNER', 'application', 10, false),
                       ('Sahra', 'Ali', 'so', 'PARTNER', 'DEMO_PARTNER', 'written-exam', 21, false),
                       ('Mohamed', 'Hassan', 'so', 'PARTNER', 'DEMO_PARTNER', 'oral-board', 8, false),
                       ('Hodan', 'Abdi', 'so', 'PARTNER', 'DEMO_PARTNER', 'background', 40, false),
                       ('Lucia', 'Morales', 'es', 'PARTNER', 'County Immigrant Alliance', 'interest', 2, false),
                       ('Javier', 'Ortiz', 'es', 'PARTNER', 'County Immigrant Alliance', 'physical', 12, false),
                       ('Mai', 'Vang', 'en', 'OUTREACH_EVENT', null, 'interest', 1, false),
                       ('Daniel', 'Tesfaye', 'en', 'WEBSITE', null, 'application', 6, false),
                       ('Amina', 'Jama', 'so', 'OUTREACH_EVENT', null, 'oral-board', 15, false),
                       ('Carlos', 'Reyes', 'es', 'WEBSITE', null, 'offer', 30, false),
                       ('Fartun', 'Mohamud', 'so', 'PARTNER', 'DEMO_PARTNER', 'academy', 60, false))
               as v(g, f, lang, src, partner, step, days, share)
         where t.is_default""",
        """
        insert into applicant_language (applicant_id, position, language)
        select id, 0, preferred_language from applicant where created_by = 'demo'""",
        """
        insert into applicant_requirement (applicant_id, requirement, status)
        select a.id, r, 'PENDING' from applicant a, unnest(array['AGE', 'EDUCATION', 'RESIDENCY', 'STATE_CERTIFICATION']) r
         where a.created_by = 'demo'""",
        """
        insert into applicant_step_visit (applicant_id, step_id, entered_at, left_at)
        select a.id, s.id, a.created_at + make_interval(days => s.position * 2),
               case when s.id = a.current_step_id then null else a.created_at + make_interval(days => s.position * 2 + 2) end
          from applicant a join hiring_step cur on cur.id = a.current_step_id
          join hiring_step s on s.template_id = a.template_id and s.position <= cur.position
         where a.created_by = 'demo'""",
        """
        insert into applicant_event (applicant_id, at, actor, kind, to_step_id, to_state, note)
        select id, created_at, 'system', 'CREATED', current_step_id, 'ACTIVE', 'Demo data' from applicant
         where created_by = 'demo'""",
        """
        insert into recruitment_session (step_id, starts_at, ends_at, place, capacity, created_by, created_at)
        select id, date_trunc('day', now()) + interval '7 days 9 hours', date_trunc('day', now()) + interval '7 days 12 hours',
               'Police headquarters, community room', 12, 'system', now()
          from hiring_step where code = 'oral-board' and template_id = (select id from hiring_template where is_default)"""
    };
}
