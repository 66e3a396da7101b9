package org.bridgeway.it;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.bridgeway.recruitment.api.ApplicantBoard;
import org.bridgeway.recruitment.api.ApplicantImports;
import org.bridgeway.recruitment.api.ApplicantSource;
import org.bridgeway.recruitment.api.BoardFilter;
import org.bridgeway.recruitment.api.RecruitmentReports;
import org.bridgeway.recruitment.api.ReportFilter;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code ./mvnw verify -Pbench}: 100,000 applicants with 1,000,000 timeline rows (and their step visits), generated
 * in SQL; then, inside Payara, as a recruiter: the board's counts, a filtered board column, the funnel report,
 * and an import of 10,000 CSV rows (check + commit).
 */
@ExtendWith(ArquillianExtension.class)
class RecruitmentBenchmark {

    private static final int WARM_UP = 10;
    private static final int MEASURED = 50;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.realEarWithTests(RecruitmentBenchmark.class, Timings.class);
    }

    @Inject
    ApplicantBoard board;

    @Inject
    RecruitmentReports reports;

    @Inject
    ApplicantImports imports;

    @Resource(lookup = "java:app/jdbc/bridgeway")
    DataSource dataSource;

    @Test
    void recruitmentAtScale() throws Exception {
        List<String> report = new ArrayList<>();
        long t0 = System.nanoTime();
        generate();
        report.add(String.format("generated in %.1f s: %s", (System.nanoTime() - t0) / 1e9, counts()));

        long partner = first("select min(id) from partner_organisation where name like 'Bench partner %'");
        long step = first("select id from hiring_step where code = 'written-exam'"
                + " and template_id = (select id from hiring_template where is_default)");
        report.add(measure("board counts (all open applicants)",
                () -> RunAs.user("recruiter", () -> board.counts(BoardFilter.none()))));
        var byPartner = new BoardFilter(partner, null, null, null);
        report.add(measure("filtered board: counts + one column (partner)", () -> RunAs.user("recruiter", () -> {
            board.counts(byPartner);
            return board.cards(step, byPartner, 0, 25);
        })));
        var byLanguage = new BoardFilter(null, null, "so", null);
        report.add(measure("filtered board: counts + one column (language)", () -> RunAs.user("recruiter", () -> {
            board.counts(byLanguage);
            return board.cards(step, byLanguage, 0, 25);
        })));
        report.add(measure("funnel report (all applicants, by source)",
                () -> RunAs.user("recruiter", () -> reports.funnel(ReportFilter.none()))));

        StringBuilder csv = new StringBuilder("given_name,family_name,email,phone,birth_date,language,languages\n");
        for (int i = 0; i < 10_000; i++) {
            csv.append("Imported").append(i).append(",Bench").append(i).append(",imported").append(i)
                    .append("@example.org,612555").append(String.format("%04d", i)).append(",1999-01-01,so,\"so,en\"\n");
        }
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        long start = System.nanoTime();
        var preview = RunAs.user("recruiter", () -> imports.preview("bench.csv", bytes, ApplicantSource.WEBSITE, null, null));
        double checked = (System.nanoTime() - start) / 1e9;
        var done = RunAs.user("recruiter", () -> imports.commit(preview.importId(), true));
        double total = (System.nanoTime() - start) / 1e9;
        report.add(String.format("import of 10,000 CSV rows: check %.1f s, check + commit %.1f s (%s, %d rows)",
                checked, total, done.status(), done.committedRows()));

        Timings.report("recruitment-bench-results.txt", report);
    }

    private static String measure(String label, Callable<?> call) throws Exception {
        return Timings.measure(label, WARM_UP, MEASURED, call);
    }

    private long first(String sql) throws Exception {
        return Timings.first(dataSource, sql);
    }

    private String counts() throws Exception {
        return Timings.rowCounts(dataSource, List.of("applicant", "applicant_event", "applicant_step_visit", "applicant_language"));
    }

    private void generate() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("""
                    insert into partner_organisation (name, type, active, created_at, updated_at)
                    select 'Bench partner ' || p, 'OTHER', true, now(), now() from generate_series(1, 20) p""");
            // 100,000 applicants spread over the steps (more at the start, as in a real funnel), 90 % open.
            s.execute("""
                    with steps as (select array_agg(id order by position) ids from hiring_step
                                    where template_id = (select id from hiring_template where is_default)
                                      and position is not null),
                         partners as (select array_agg(id order by id) ids from partner_organisation
                                       where name like 'Bench partner %'),
                         recruiter as (select id from account where username = 'recruiter')
                    insert into applicant (given_name, family_name, email, email_key, phone_key, birth_date,
                                           preferred_language, source, source_partner_id, recruiter_account_id,
                                           template_id, current_step_id, step_entered_at, state, closed_at,
                                           created_by, created_at, updated_at)
                    select 'Given' || i, 'Family' || i, 'bench' || i || '@example.org', 'bench' || i || '@example.org',
                           '612' || lpad(i::text, 7, '0'), date '1990-01-01' + (i % 5000),
                           (array['so','es','en','am','ar','om'])[1 + i % 6],
                           (array['PARTNER','OUTREACH_EVENT','WEBSITE','OFFICER_REFERRAL','PARTNER'])[1 + i % 5],
                           case when i % 5 in (0, 4) then partners.ids[1 + i % 20] end,
                           case when i % 3 = 0 then (select id from recruiter) end,
                           (select id from hiring_template where is_default),
                           steps.ids[1 + least(10, floor(-ln(random()) * 2.5)::int)],
                           now() - make_interval(days => (i % 400)),
                           case when i % 10 = 0 then 'WITHDRAWN' else 'ACTIVE' end,
                           case when i % 10 = 0 then now() - make_interval(days => (i % 300)) end,
                           'bench', now() - make_interval(days => 400 + (i % 300)), now()
                      from steps, partners, generate_series(1, 100000) i""");
            s.execute("""
                    insert into applicant_language (applicant_id, position, language)
                    select id, 0, preferred_language from applicant where created_by = 'bench'""");
            // One visit per step reached.
            s.execute("""
                    insert into applicant_step_visit (applicant_id, step_id, entered_at, left_at)
                    select a.id, st.id, a.created_at + make_interval(days => st.position * 20),
                           case when st.id = a.current_step_id then null
                                else a.created_at + make_interval(days => (st.position + 1) * 20) end
                      from applicant a
                      join hiring_step cur on cur.id = a.current_step_id
                      join hiring_step st on st.template_id = a.template_id and st.position <= cur.position
                     where a.created_by = 'bench'""");
            // 1,000,000 timeline rows: ten per applicant.
            s.execute("""
                    insert into applicant_event (applicant_id, at, actor, kind, step_id, to_step_id, outcome, note)
                    select a.id, a.created_at + make_interval(days => k), 'account:1',
                           (array['CREATED','RESULT','ADVANCED','MESSAGE','RESULT','ADVANCED','INVITED','RESULT',
                                  'ADVANCED','MESSAGE'])[k],
                           a.current_step_id, case when k in (3, 6, 9) then a.current_step_id end,
                           case when k in (2, 5, 8) then 'PASS' end, null
                      from applicant a, generate_series(1, 10) k where a.created_by = 'bench'""");
            s.execute("""
                    insert into applicant_requirement (applicant_id, requirement, status)
                    select a.id, r, 'PENDING' from applicant a, unnest(array['AGE','EDUCATION','RESIDENCY']) r
                     where a.created_by = 'bench'""");
            s.execute("analyze");
        }
    }
}
