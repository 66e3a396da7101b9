package org.bridgeway.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.bridgeway.explorer.MonthOutcome;
import org.bridgeway.explorer.Standing;
import org.bridgeway.explorer.StandingRules;
import org.bridgeway.explorer.api.Activities;
import org.bridgeway.explorer.api.ActivityKind;
import org.bridgeway.explorer.api.AttendanceMark;
import org.bridgeway.explorer.api.ConsentTexts;
import org.bridgeway.explorer.api.ExplorerPosts;
import org.bridgeway.explorer.api.Participants;
import org.bridgeway.explorer.api.StandingComputation;
import org.bridgeway.identity.api.AccountService;
import org.bridgeway.identity.api.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The monthly standing job in SQL against a month of real data: for every cell of the transition table the
 * state it writes must be the one {@link StandingRules} (unit-tested per cell) gives; a second run changes
 * nothing.
 */
@ExtendWith(ArquillianExtension.class)
class ExplorerStandingIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.realEarWithTests(ExplorerStandingIT.class, ExplorerFixtures.class,
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

    /** One member: their standing before the month, how the month should count, whether they turn 21. */
    record Case(long id, Standing before, int probationMonths, MonthOutcome outcome, boolean turns21,
            String how) {
    }

    @Test
    void theJobWritesWhatTheTableSaysForEveryCellAndASecondRunChangesNothing() throws Exception {
        var f = new ExplorerFixtures(accounts, posts, consentTexts);
        var coordinator = f.account(Role.COORDINATOR);
        long post = f.post(coordinator, p -> {
            p.setMonthlyActivities(2);
            p.setMonthlyHours(new BigDecimal("8"));
        });
        // A post asking for three activities that offers only two: its members' month does not count.
        long thinPost = f.post(coordinator, p -> p.setMonthlyActivities(3));
        YearMonth month = YearMonth.now().minusMonths(2);

        List<Case> cases = new ArrayList<>();
        Map<Long, Map<String, AttendanceMark>> plan = new HashMap<>();
        Standing[] befores = {Standing.PROBATION, Standing.PROBATION, Standing.PROBATION, Standing.ACTIVE,
                Standing.AT_RISK, Standing.INACTIVE};
        int[] probation = {0, 1, 2, 0, 0, 0};
        for (int i = 0; i < befores.length; i++) {
            for (MonthOutcome outcome : MonthOutcome.values()) {
                long id = member(coordinator.username(), post, befores[i], probation[i], LocalDate.now().minusYears(17));
                cases.add(new Case(id, befores[i], probation[i], outcome, false, outcome.name()));
            }
        }
        long turning21 = member(coordinator.username(), post, Standing.ACTIVE, 0,
                month.atDay(10).minusYears(21));
        cases.add(new Case(turning21, Standing.ACTIVE, 0, MonthOutcome.MET, true, "MET"));
        long excused = member(coordinator.username(), post, Standing.ACTIVE, 0, LocalDate.now().minusYears(17));
        cases.add(new Case(excused, Standing.ACTIVE, 0, MonthOutcome.NOT_COUNTED, false, "EXCUSED"));
        long thin = member(coordinator.username(), thinPost, Standing.ACTIVE, 0, LocalDate.now().minusYears(17));
        cases.add(new Case(thin, Standing.ACTIVE, 0, MonthOutcome.NOT_COUNTED, false, "THIN"));

        List<Long> postActivities = new ArrayList<>();
        for (int day : new int[] {5, 19}) {
            var draft = ExplorerFixtures.activity(ActivityKind.MEETING, month.atDay(day).atTime(18, 0), null);
            postActivities.add(RunAs.user(coordinator.username(), () -> activities.createActivity(post, draft)));
        }
        List<Long> thinActivities = new ArrayList<>();
        for (int day : new int[] {6, 20}) {
            var draft = ExplorerFixtures.activity(ActivityKind.MEETING, month.atDay(day).atTime(18, 0), null);
            thinActivities.add(RunAs.user(coordinator.username(), () -> activities.createActivity(thinPost, draft)));
        }

        Map<Long, Map<Long, AttendanceMark>> marksByActivity = new HashMap<>();
        for (Case c : cases) {
            List<Long> offered = c.id() == thin ? thinActivities : postActivities;
            AttendanceMark[] marks = switch (c.how()) {
                case "MET", "THIN" -> new AttendanceMark[] {AttendanceMark.PRESENT, AttendanceMark.PRESENT};
                case "MISSED" -> new AttendanceMark[] {AttendanceMark.PRESENT, AttendanceMark.ABSENT};
                case "EXCUSED" -> new AttendanceMark[] {AttendanceMark.PRESENT, AttendanceMark.EXCUSED};
                default -> new AttendanceMark[] {AttendanceMark.ABSENT, AttendanceMark.ABSENT};
            };
            for (int i = 0; i < offered.size(); i++) {
                marksByActivity.computeIfAbsent(offered.get(i), k -> new HashMap<>()).put(c.id(), marks[i]);
            }
            if (c.how().equals("NOT_COUNTED")) {
                RunAs.user(coordinator.username(), () -> participants.recordLeave(c.id(), month.atDay(1).minusDays(3),
                        month.atDay(12)));
            }
        }
        for (var entry : marksByActivity.entrySet()) {
            RunAs.user(coordinator.username(), () -> activities.saveAttendance(entry.getKey(), entry.getValue()));
        }

        int assessed = RunAs.user(coordinator.username(), () -> standing.computeMonth(month));
        assertThat(assessed).isGreaterThanOrEqualTo(cases.size());
        for (Case c : cases) {
            Standing expected = StandingRules.next(c.before(), c.probationMonths(), c.outcome(), c.turns21());
            assertThat(status(c.id())).as(c.toString()).isEqualTo(expected.name());
            assertThat(scalar("select outcome from explorer_standing_month where participant_id = ? and month = ?",
                    c.id(), Date.valueOf(month.atDay(1)))).as(c.toString()).isEqualTo(c.outcome().name());
        }
        Case wentAtRisk = cases.stream().filter(c -> c.before() == Standing.ACTIVE && c.how().equals("MISSED"))
                .findFirst().orElseThrow();
        assertThat(RunAs.user(coordinator.username(), () -> participants.history(wentAtRisk.id())))
                .last().satisfies(change -> {
                    assertThat(change.to().name()).isEqualTo("AT_RISK");
                    assertThat(change.actor()).isEqualTo("account:" + coordinator.id());
                });

        Map<Long, String> after = new HashMap<>();
        for (Case c : cases) {
            after.put(c.id(), status(c.id()));
        }
        assertThat(RunAs.user(coordinator.username(), () -> standing.computeMonth(month))).as("second run").isZero();
        for (Case c : cases) {
            assertThat(status(c.id())).isEqualTo(after.get(c.id()));
            assertThat(scalar("select count(*) from explorer_standing_month where participant_id = ?", c.id(), null))
                    .isEqualTo("1");
        }
    }

    /** Enrols through the service, then sets the standing the case starts from (as earlier months left it). */
    private long member(String coordinator, long post, Standing standing, int probationMonths, LocalDate born)
            throws Exception {
        long id = RunAs.user(coordinator, () -> participants.enroll(ExplorerFixtures.youth(post, born, 12)));
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "update explorer_participant set status = ?, probation_months = ?, member_since = ? where id = ?")) {
            s.setString(1, standing.name());
            s.setInt(2, probationMonths);
            s.setDate(3, Date.valueOf(LocalDate.now().minusMonths(6).withDayOfMonth(1)));
            s.setLong(4, id);
            s.executeUpdate();
        }
        return id;
    }

    private String status(long id) throws Exception {
        return scalar("select status from explorer_participant where id = ?", id, null);
    }

    private String scalar(String sql, Object first, Object second) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, first);
            if (second != null) {
                s.setObject(2, second);
            }
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
