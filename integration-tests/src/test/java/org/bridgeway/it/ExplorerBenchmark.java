package org.bridgeway.it;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.bridgeway.explorer.api.Activities;
import org.bridgeway.explorer.api.AttendanceMark;
import org.bridgeway.explorer.api.ConsentTexts;
import org.bridgeway.explorer.api.ExplorerPosts;
import org.bridgeway.explorer.api.ParticipantFilter;
import org.bridgeway.explorer.api.ParticipantStatus;
import org.bridgeway.explorer.api.Participants;
import org.bridgeway.explorer.api.StandingComputation;
import org.bridgeway.identity.api.AccountService;
import org.bridgeway.identity.api.Role;
import org.bridgeway.shared.PageRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code ./mvnw verify -Pbench}: generates 100,000 participants (-Dbridgeway.bench.participants) in 100 posts
 * and about 2,000,000 attendance rows in SQL, then measures, inside Payara (server time): the participant list
 * filtered by post, cohort, standing and name; the standing computation for everyone; saving a 40-person
 * cohort's attendance. Prints figures (server log and BRIDGEWAY_BENCH_RESULTS); asserts nothing about time.
 */
@ExtendWith(ArquillianExtension.class)
class ExplorerBenchmark {

    private static final int WARM_UP = 20;
    private static final int MEASURED = 100;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.realEarWithTests(ExplorerBenchmark.class, Timings.class, ExplorerFixtures.class,
                ExplorerFixtures.Person.class);
    }

    @Inject
    AccountService accounts;

    @Inject
    ExplorerPosts posts;

    @Inject
    ConsentTexts consentTexts;

    @Inject
    Participants participants;

    @Inject
    Activities activities;

    @Inject
    StandingComputation standing;

    @Resource(lookup = "java:app/jdbc/bridgeway")
    DataSource dataSource;

    @Test
    void explorerAtScale() throws Exception {
        int count = Integer.parseInt(System.getenv().getOrDefault("BRIDGEWAY_BENCH_PARTICIPANTS", "100000"));
        var f = new ExplorerFixtures(accounts, posts, consentTexts);
        var coordinator = f.account(Role.COORDINATOR);
        List<String> report = new ArrayList<>();
        long started = System.nanoTime();
        Map<String, Long> generated = generate(count, coordinator.id());
        report.add(String.format("generated in %.1f s: %s", (System.nanoTime() - started) / 1e9, generated));

        long post = first("select min(id) from explorer_post where name like 'Bench post %'");
        long cohort = first("select min(id) from explorer_cohort where post_id = " + post);
        PageRequest page = new PageRequest(0, 20, null, true);
        PageRequest byAge = new PageRequest(0, 20, "age", false);
        report.add(measure("list, admin, all posts, first page", "admin",
                () -> participants.findParticipants(ParticipantFilter.none(), page)));
        report.add(measure("list, admin, post filter", "admin",
                () -> participants.findParticipants(new ParticipantFilter(post, null, null, null), page)));
        report.add(measure("list, admin, cohort filter", "admin",
                () -> participants.findParticipants(new ParticipantFilter(null, cohort, null, null), page)));
        report.add(measure("list, admin, standing AT_RISK", "admin", () -> participants.findParticipants(
                new ParticipantFilter(null, null, ParticipantStatus.AT_RISK, null), page)));
        report.add(measure("list, admin, name contains 'warsame 12'", "admin", () -> participants.findParticipants(
                new ParticipantFilter(null, null, null, "warsame 12"), page)));
        report.add(measure("list, admin, all filters, sorted by age", "admin", () -> participants.findParticipants(
                new ParticipantFilter(post, cohort, ParticipantStatus.ACTIVE, "hodan"), byAge)));
        report.add(measure("list, admin, deep page (offset 50,000)", "admin", () -> participants.findParticipants(
                ParticipantFilter.none(), new PageRequest(50_000, 20, null, true))));
        report.add(measure("list, coordinator of one post, name filter", coordinator.username(),
                () -> participants.findParticipants(new ParticipantFilter(null, null, null, "hodan"), page)));

        YearMonth month = YearMonth.now().minusMonths(1);
        long t0 = System.nanoTime();
        int assessed = RunAs.user("admin", () -> standing.computeMonth(month));
        report.add(String.format("standing for %s: %d members assessed in %.1f s", month, assessed,
                (System.nanoTime() - t0) / 1e9));
        long t1 = System.nanoTime();
        int again = RunAs.user("admin", () -> standing.computeMonth(month));
        report.add(String.format("standing again (idempotent): %d assessed in %.1f s", again,
                (System.nanoTime() - t1) / 1e9));

        report.add(attendanceOf40(coordinator.username(), post, cohort));
        Timings.report("explorer-bench-results.txt", report);
    }

    private String attendanceOf40(String coordinator, long post, long cohort) throws Exception {
        // A fresh activity for a 40-person cohort: the first 40 members of the cohort, marked and saved at once.
        long activity = first("insert into explorer_activity (post_id, kind, title, starts_at, ends_at, hours_credited,"
                + " created_at) values (" + post + ", 'MEETING', 'Bench sheet', now() - interval '2 hours',"
                + " now() - interval '1 hour', 2, now()) returning id");
        first("insert into explorer_activity_cohort (activity_id, cohort_id) values (" + activity + ", " + cohort
                + ") returning activity_id");
        List<Long> members = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                var rs = s.executeQuery("select id from explorer_participant where cohort_id = " + cohort
                        + " and status in ('PROBATION','ACTIVE','AT_RISK','INACTIVE') order by id limit 40")) {
            while (rs.next()) {
                members.add(rs.getLong(1));
            }
        }
        List<Double> millis = new ArrayList<>();
        AttendanceMark[] marks = AttendanceMark.values();
        for (int round = 0; round < WARM_UP + 30; round++) {
            Map<Long, AttendanceMark> sheet = new HashMap<>();
            for (int i = 0; i < members.size(); i++) {
                sheet.put(members.get(i), marks[(i + round) % marks.length]);
            }
            long start = System.nanoTime();
            RunAs.user(coordinator, () -> activities.saveAttendance(activity, sheet));
            if (round >= WARM_UP) {
                millis.add((System.nanoTime() - start) / 1e6);
            }
        }
        Collections.sort(millis);
        return String.format("attendance of %d members saved: median %.1f ms, p95 %.1f ms (n=%d)", members.size(),
                millis.get(millis.size() / 2), millis.get(millis.size() * 95 / 100), millis.size());
    }

    private static String measure(String label, String user, Callable<?> call) throws Exception {
        return Timings.measure(label, WARM_UP, MEASURED, () -> RunAs.user(user, call));
    }

    private long first(String sql) throws Exception {
        return Timings.first(dataSource, sql);
    }

    /**
     * 100 posts × 10 cohorts; participants spread over them with realistic statuses, ages 14–20, languages;
     * 4 activities per post per month for 12 months, each attended by about 42 % of the post's members.
     */
    private Map<String, Long> generate(int count, long coordinatorId) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("""
                    insert into explorer_post (name, agency_unit, created_at, updated_at)
                    select 'Bench post ' || p, 'Precinct ' || (p % 12), now(), now() from generate_series(1, 100) p""");
            s.execute("insert into explorer_post_coordinator (post_id, account_id)"
                    + " select min(id), " + coordinatorId + " from explorer_post where name like 'Bench post %'");
            s.execute("""
                    insert into explorer_cohort (post_id, name, starts_on, ends_on)
                    select p.id, 'Cohort ' || k, current_date - 400, current_date + 200
                      from explorer_post p cross join generate_series(1, 10) k where p.name like 'Bench post %'""");
            s.execute("""
                    with posts as (select array_agg(id order by id) ids from explorer_post where name like 'Bench post %')
                    insert into explorer_participant (post_id, cohort_id, given_name, family_name, preferred_name,
                        birth_date, highest_grade, preferred_language, gender, source, status, status_changed_at,
                        member_since, created_at, updated_at)
                    select posts.ids[1 + i % 100],
                           (select c.id from explorer_cohort c where c.post_id = posts.ids[1 + i % 100]
                             order by c.id offset (i / 100) % 10 limit 1),
                           (array['Hodan','Mateo','Fartun','Lucia','Abdi','Sofia','Ayaan','Diego'])[1 + i % 8],
                           (array['Warsame','Hernandez','Ali','Garcia','Mohamed','Lopez','Hassan','Nguyen'])[1 + (i / 8) % 8]
                               || ' ' || i,
                           case when i % 5 = 0 then 'Kid ' || i end,
                           current_date - ((14 * 365) + (i * 37) % (6 * 365)),
                           8 + i % 5,
                           (array['so','es','en','am','ar'])[1 + i % 5],
                           (array['FEMALE','MALE','NON_BINARY',null,'PREFER_NOT_TO_SAY'])[1 + i % 5],
                           'WALK_IN',
                           (array['ACTIVE','ACTIVE','ACTIVE','AT_RISK','PROBATION','INACTIVE','AWAITING_CONSENT',
                                  'ALUMNI'])[1 + i % 8],
                           now(), current_date - 400, now(), now()
                      from posts, generate_series(1, COUNT) i""".replace("COUNT", String.valueOf(count)));
            s.execute("""
                    insert into explorer_activity (post_id, kind, title, starts_at, ends_at, hours_credited, created_at)
                    select p.id, 'MEETING', 'Meeting ' || m || '.' || w,
                           date_trunc('month', now()) - make_interval(months => m) + make_interval(days => 7 * w, hours => 18),
                           date_trunc('month', now()) - make_interval(months => m) + make_interval(days => 7 * w, hours => 20),
                           2, now()
                      from explorer_post p, generate_series(1, 12) m, generate_series(0, 3) w
                     where p.name like 'Bench post %'""");
            s.execute("""
                    insert into explorer_attendance (activity_id, participant_id, mark, recorded_by, recorded_at)
                    select a.id, m.id, (array['PRESENT','PRESENT','PRESENT','ABSENT','EXCUSED'])[1 + (m.id + a.id) % 5],
                           'system', now()
                      from explorer_activity a
                      join explorer_participant m on m.post_id = a.post_id
                     where a.title like 'Meeting %' and (m.id + a.id) % 12 < 5""");
            s.execute("analyze");
            Map<String, Long> counts = new java.util.LinkedHashMap<>();
            for (String table : List.of("explorer_participant", "explorer_activity", "explorer_attendance")) {
                var rs = s.executeQuery("select count(*) from " + table);
                rs.next();
                counts.put(table, rs.getLong(1));
            }
            return counts;
        }
    }

}
