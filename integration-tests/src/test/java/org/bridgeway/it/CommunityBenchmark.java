package org.bridgeway.it;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.bridgeway.partners.api.LanguageAccess;
import org.bridgeway.partners.api.Outreach;
import org.bridgeway.shared.PageRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code ./mvnw verify -Pbench}: 200,000 outreach contacts over three years in 30 communities with 120,000
 * concerns (most of the old ones resolved), and 200,000 language-access entries, generated in SQL; then, inside
 * Payara: the concern dashboard, the outreach dashboard, the first pages of the log and of the open concerns, and
 * a year of the language-access report. Target: dashboards within 150 ms.
 */
@ExtendWith(ArquillianExtension.class)
class CommunityBenchmark {

    private static final int WARM_UP = 10;
    private static final int MEASURED = 50;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.realEarWithTests(CommunityBenchmark.class, Timings.class);
    }

    @Inject
    Outreach outreach;

    @Inject
    LanguageAccess languageAccess;

    @Resource(lookup = "java:app/jdbc/bridgeway")
    DataSource dataSource;

    @Test
    void communityDashboardsAtScale() throws Exception {
        List<String> report = new ArrayList<>();
        long t0 = System.nanoTime();
        generate();
        report.add(String.format("generated in %.1f s: %s", (System.nanoTime() - t0) / 1e9, counts()));

        long community = first("select min(id) from community_area where name like 'Bench community %'");
        YearMonth now = YearMonth.now();
        report.add(measure("concern dashboard (open concerns by community x age, by topic)",
                () -> RunAs.user("command", () -> outreach.concernDashboard(LocalDate.now()))));
        report.add(measure("outreach dashboard, 6 months x 30 communities",
                () -> RunAs.user("command", () -> outreach.outreachDashboard(now.minusMonths(5), now))));
        report.add(measure("outreach dashboard, 12 months x 30 communities",
                () -> RunAs.user("command", () -> outreach.outreachDashboard(now.minusMonths(11), now))));
        report.add(measure("outreach log, first page of 25 (all) with total",
                () -> RunAs.user("liaison", () -> outreach.contacts(false, null, new PageRequest(0, 25, null, true)))));
        report.add(measure("outreach log, first page of 25 (one community) with total",
                () -> RunAs.user("liaison", () -> outreach.contacts(false, community, new PageRequest(0, 25, null, true)))));
        report.add(measure("open concerns, first page of 25 (all) with total",
                () -> RunAs.user("liaison", () -> outreach.openConcerns(null, null, new PageRequest(0, 25, null, true)))));
        report.add(measure("open concerns, first page of 25 (one community, one topic) with total",
                () -> RunAs.user("liaison", () -> outreach.openConcerns(community,
                        Outreach.ConcernTopic.FEAR_OF_IMMIGRATION_ENFORCEMENT, new PageRequest(0, 25, null, true)))));
        report.add(measure("language-access report, 12 months",
                () -> RunAs.user("command", () -> languageAccess.monthlyReport(now.minusMonths(11), now))));

        Timings.report("community-bench-results.txt", report);
    }

    private static String measure(String label, Callable<?> call) throws Exception {
        return Timings.measure(label, WARM_UP, MEASURED, call);
    }

    private long first(String sql) throws Exception {
        return Timings.first(dataSource, sql);
    }

    private String counts() throws Exception {
        return Timings.rowCounts(dataSource, List.of("outreach_contact", "outreach_concern", "language_access_entry"))
                + ", open concerns=" + first("select count(*) from outreach_concern where status <> 'RESOLVED'");
    }

    private void generate() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("""
                    insert into community_area (kind, name)
                    select 'COMMUNITY', 'Bench community ' || i from generate_series(1, 30) i""");
            // Three years of contacts, more in the big communities (a skewed pick), one liaison in three is "me".
            s.execute("""
                    with areas as (select array_agg(id order by id) ids from community_area
                                    where name like 'Bench community %'),
                         liaison as (select id from account where username = 'liaison')
                    insert into outreach_contact (liaison_account_id, kind, occurred_on, place, community_id,
                                                  languages, summary, created_at)
                    select case when i % 3 = 0 then (select id from liaison) end,
                           (array['VISIT','MEETING','CALL','EVENT'])[1 + i % 4], current_date - (i % 1095),
                           'Bench place ' || (i % 500), areas.ids[1 + floor(30 * random() * random())::int],
                           (array['so,en','es','en','om,so','ar'])[1 + i % 5], 'Bench visit ' || i, now()
                      from generate_series(1, 200000) i, areas""");
            // Three concerns for every five contacts; the older they are, the likelier resolved.
            s.execute("""
                    insert into outreach_concern (contact_id, community_id, topic, raised_on, status, resolved_on)
                    select c.id, c.community_id,
                           (array['FEAR_OF_IMMIGRATION_ENFORCEMENT','TRAFFIC_SAFETY','YOUTH_SAFETY',
                                  'HATE_OR_BIAS_INCIDENT','PROPERTY_CRIME','POLICE_CONDUCT','LANGUAGE_ACCESS',
                                  'SCAMS_AND_FRAUD','DOMESTIC_VIOLENCE_RESOURCES','OTHER'])[1 + c.id % 10],
                           c.occurred_on, st.status, case when st.status = 'RESOLVED' then c.occurred_on + 14 end
                      from outreach_contact c
                      cross join lateral (select case
                            when current_date - c.occurred_on > 90 and random() < 0.95 then 'RESOLVED'
                            when random() < 0.3 then 'RESOLVED' when random() < 0.5 then 'IN_PROGRESS'
                            else 'OPEN' end as status) st
                     where c.place like 'Bench place %' and c.id % 5 < 3""");
            s.execute("""
                    insert into language_access_entry (occurred_on, context, language, interpreter_needed, provision,
                                                       recorded_by, recorded_at)
                    select current_date - (i % 730),
                           (array['INTERVIEW','MENTORSHIP_SESSION','EVENT','OUTREACH_CONTACT'])[1 + i % 4],
                           (array['so','es','en','om','ar','am','vi','hmn'])[1 + floor(8 * random() * random())::int],
                           i % 3 <> 0, case when i % 3 <> 0 then
                               (array['STAFF','INTERPRETER_LINE','IN_PERSON','NOT_PROVIDED'])[1 + i % 4] end,
                           'bench', now()
                      from generate_series(1, 200000) i""");
            s.execute("analyze outreach_contact");
            s.execute("analyze outreach_concern");
            s.execute("analyze language_access_entry");
        }
    }
}
