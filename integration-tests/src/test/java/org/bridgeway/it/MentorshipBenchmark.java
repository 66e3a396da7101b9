package org.bridgeway.it;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.bridgeway.mentorship.api.Matching;
import org.bridgeway.shared.calendar.CalendarCommitments;
import org.bridgeway.shared.calendar.CalendarConflictException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code ./mvnw verify -Pbench}: 10,000 screened mentors with profiles, 100,000 participants, 50,000 active matches
 * and 1,000,000 sessions with their 2,000,000 calendar commitments, generated in SQL; then, inside Payara: a
 * conflict check, the match suggestions for one participant, a month of a mentor's calendar and a month of one
 * post's sessions (about 2,000) on the coordinators' posts calendar.
 */
@ExtendWith(ArquillianExtension.class)
class MentorshipBenchmark {

    private static final int WARM_UP = 10;
    private static final int MEASURED = 50;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.realEarWithTests(MentorshipBenchmark.class, Timings.class);
    }

    @Inject
    CalendarCommitments commitments;

    @Inject
    Matching matching;

    @Inject
    org.bridgeway.mentorship.api.Sessions sessions;

    @Resource(lookup = "java:app/jdbc/bridgeway")
    DataSource dataSource;

    @Test
    void mentorshipAtScale() throws Exception {
        List<String> report = new ArrayList<>();
        long t0 = System.nanoTime();
        generate();
        report.add(String.format("generated in %.1f s: %s", (System.nanoTime() - t0) / 1e9, counts()));

        long mentor = first("select min(account_id) from mentor_profile");
        // The mentor's first busy hour in March 2027 (the generated weekly pattern): a booking inside it clashes.
        Instant clashStart = Instant.ofEpochSecond(first("select coalesce(extract(epoch from min(lower(during)))::bigint, 0)"
                + " from calendar_commitment where person = 'account:" + mentor + "' and lower(during) >= '2027-03-01'"));
        report.add(measure("conflict check (a clashing booking refused)", () -> {
            try {
                commitments.book("account:" + mentor, clashStart.plusSeconds(900), clashStart.plusSeconds(2700),
                        "bench", 1);
                throw new IllegalStateException("expected a clash");
            } catch (CalendarConflictException expected) {
                return null;
            }
        }));
        report.add(measure("a month of a mentor's calendar", () -> commitments.busy("account:" + mentor,
                LocalDateTime.of(2027, 3, 1, 0, 0).toInstant(ZoneOffset.UTC),
                LocalDateTime.of(2027, 4, 1, 0, 0).toInstant(ZoneOffset.UTC))));
        long post = first("select min(id) from explorer_post where name like 'Mentoring bench post %'");
        report.add(measure("a month of one post's sessions (posts calendar)", () -> RunAs.user("admin",
                () -> sessions.postCalendar(post, LocalDateTime.of(2027, 3, 1, 0, 0).toInstant(ZoneOffset.UTC),
                        LocalDateTime.of(2027, 4, 1, 0, 0).toInstant(ZoneOffset.UTC)))));
        long participant = first("select min(id) from explorer_participant where family_name like 'Bench%'");
        report.add(measure("match suggestions for one participant (10,000 mentors)",
                () -> RunAs.user("admin", () -> matching.suggestions(participant))));
        Timings.report("mentorship-bench-results.txt", report);
    }

    private static String measure(String label, Callable<?> call) throws Exception {
        return Timings.measure(label, WARM_UP, MEASURED, call);
    }

    private long first(String sql) throws Exception {
        return Timings.first(dataSource, sql);
    }

    private String counts() throws Exception {
        return Timings.rowCounts(dataSource, List.of("mentor_profile", "explorer_participant", "mentorship_match", "mentorship_session",
                "calendar_commitment"));
    }

    private void generate() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("""
                    insert into explorer_post (name, created_at, updated_at)
                    select 'Mentoring bench post ' || p, now(), now() from generate_series(1, 100) p""");
            s.execute("""
                    insert into account (username, display_name, password_hash, language)
                    select 'bench-mentor-' || i, 'Bench Mentor ' || i, 'not-a-login', 'en' from generate_series(1, 10000) i""");
            s.execute("""
                    insert into account_role (account_id, role)
                    select id, 'MENTOR' from account where username like 'bench-mentor-%'""");
            s.execute("""
                    insert into adult_screening (account_id, training_completed_on, training_expires_on,
                                                 background_checked_on, background_check_expires_on, updated_at)
                    select id, current_date - 10, current_date + 365, current_date - 10, current_date + 365, now()
                      from account where username like 'bench-mentor-%'""");
            s.execute("""
                    insert into mentor_profile (account_id, capacity, updated_at)
                    select id, 6, now() from account where username like 'bench-mentor-%'""");
            s.execute("""
                    insert into mentor_language (account_id, position, language)
                    select id, 0, (array['so','es','en','am','ar'])[1 + id % 5] from account where username like 'bench-mentor-%'""");
            s.execute("""
                    insert into mentor_interest (account_id, position, interest)
                    select id, 0, (array['soccer','coding','music','law','cars'])[1 + id % 5]
                      from account where username like 'bench-mentor-%'""");
            s.execute("""
                    insert into mentor_availability (account_id, day_of_week, from_minute, to_minute)
                    select id, 1 + id % 5, 960, 1080 from account where username like 'bench-mentor-%'""");
            s.execute("""
                    with posts as (select array_agg(id order by id) ids from explorer_post where name like 'Mentoring bench post %')
                    insert into explorer_participant (post_id, given_name, family_name, birth_date, preferred_language,
                        source, status, status_changed_at, member_since, created_at, updated_at)
                    select posts.ids[1 + i % 100], 'Youth', 'Bench' || i, current_date - (15 * 365 + i % 1500),
                           (array['so','es','en','am','ar'])[1 + i % 5], 'WALK_IN', 'ACTIVE', now(), current_date, now(), now()
                      from posts, generate_series(1, 100000) i""");
            // 50,000 active matches: every mentor has five mentees.
            s.execute("""
                    with mentors as (select row_number() over (order by account_id) - 1 as n, account_id from mentor_profile
                                      where account_id in (select id from account where username like 'bench-mentor-%')),
                         youth as (select row_number() over (order by id) - 1 as n, id, post_id from explorer_participant
                                    where family_name like 'Bench%')
                    insert into mentorship_match (mentor_account_id, participant_id, post_id, status, score, created_by,
                                                  created_at, updated_at)
                    select m.account_id, y.id, y.post_id, 'ACTIVE', 50, 'system', now(), now()
                      from youth y join mentors m on m.n = y.n % 10000
                     where y.n < 50000""");
            // 20 weekly sessions per match; a mentor's five matches sit two hours apart, so nothing overlaps.
            s.execute("""
                    with numbered as (select id, mentor_account_id, participant_id,
                                             row_number() over (partition by mentor_account_id order by id) - 1 as k
                                        from mentorship_match where created_by = 'system' and status = 'ACTIVE')
                    insert into mentorship_session (match_id, series_id, kind, starts_at, ends_at, status, created_at,
                                                    updated_at)
                    select n.id, gen_random_uuid(), 'IN_PERSON_PUBLIC',
                           timestamptz '2027-01-04 08:00:00+00' + make_interval(weeks => w, hours => 2 * n.k::int),
                           timestamptz '2027-01-04 09:00:00+00' + make_interval(weeks => w, hours => 2 * n.k::int),
                           'SCHEDULED', now(), now()
                      from numbered n, generate_series(0, 19) w""");
            s.execute("""
                    insert into calendar_commitment (person, during, source_type, source_id, created_at)
                    select 'account:' || m.mentor_account_id, tstzrange(s.starts_at, s.ends_at, '[)'),
                           'mentorship-session', s.id, now()
                      from mentorship_session s join mentorship_match m on m.id = s.match_id
                     where m.created_by = 'system'
                    union all
                    select 'explorer-participant:' || m.participant_id, tstzrange(s.starts_at, s.ends_at, '[)'),
                           'mentorship-session', s.id, now()
                      from mentorship_session s join mentorship_match m on m.id = s.match_id
                     where m.created_by = 'system'""");
            s.execute("analyze");
        }
    }
}
