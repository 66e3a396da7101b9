package org.bridgeway.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.bridgeway.explorer.api.Activities;
import org.bridgeway.explorer.api.ActivityKind;
import org.bridgeway.explorer.api.AttendanceMark;
import org.bridgeway.explorer.api.AttendanceRow;
import org.bridgeway.explorer.api.CohortDraft;
import org.bridgeway.explorer.api.ConsentKind;
import org.bridgeway.explorer.api.ConsentTexts;
import org.bridgeway.explorer.api.ExplorerPosts;
import org.bridgeway.explorer.api.ExplorerReports;
import org.bridgeway.explorer.api.ParticipantFilter;
import org.bridgeway.explorer.api.ParticipantStatus;
import org.bridgeway.explorer.api.Participants;
import org.bridgeway.explorer.api.ResidencyBasis;
import org.bridgeway.explorer.api.YouthSelfService;
import org.bridgeway.identity.api.AccountService;
import org.bridgeway.identity.api.Role;
import org.bridgeway.identity.api.Screening;
import org.bridgeway.shared.AccessDeniedException;
import org.bridgeway.shared.BusinessException;
import org.bridgeway.shared.ConcurrentChangeException;
import org.bridgeway.shared.NotFoundException;
import org.bridgeway.shared.PageRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The Explorer services inside Payara against PostgreSQL, called as the people who use them. */
@ExtendWith(ArquillianExtension.class)
class ExplorerServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.realEarWithTests(ExplorerServiceIT.class, ExplorerFixtures.class,
                ExplorerFixtures.Person.class);
    }

    @Inject
    AccountService accounts;

    @Inject
    ExplorerPosts posts;

    @Inject
    Participants participants;

    @Inject
    ConsentTexts consentTexts;

    @Inject
    Activities activities;

    @Inject
    YouthSelfService youthSelf;

    @Inject
    ExplorerReports reports;

    @Inject
    Screening screening;

    @Inject
    org.bridgeway.shared.retention.Retention retention;

    @Inject
    org.bridgeway.explorer.ConsentRenewalNotices renewalNotices;

    @Resource(lookup = "java:app/jdbc/bridgeway")
    DataSource dataSource;

    private ExplorerFixtures fixtures() {
        return new ExplorerFixtures(accounts, posts, consentTexts);
    }

    private static LocalDate yearsAgo(int years, int days) {
        return LocalDate.now().minusYears(years).minusDays(days);
    }

    @Test
    void theResidencyBasisIsCiphertextReadOnlyByPermittedPeopleAuditedAndGoneOnceVerified() throws Exception {
        var f = fixtures();
        var coordinator = f.account(Role.COORDINATOR);
        long post = f.post(coordinator, p -> p.setResidencyRecordRequired(true));
        long youth = RunAs.user(coordinator.username(),
                () -> participants.enroll(ExplorerFixtures.youth(post, yearsAgo(16, 3), 10)));

        RunAs.user(coordinator.username(),
                () -> participants.recordResidencyBasis(youth, ResidencyBasis.LAWFUL_PERMANENT_RESIDENT));
        String stored = scalar("select ciphertext from protected_value where owner_type = 'explorer-participant'"
                + " and owner_id = ? and kind = 'RESIDENCY_BASIS'", String.valueOf(youth));
        assertThat(stored).isNotBlank().doesNotContain("LAWFUL").doesNotContain("PERMANENT");

        long auditsBefore = count("select count(*) from audit_event where kind = 'PROTECTED_FIELD_READ'"
                + " and subject_type = 'explorer-participant' and subject_id = ?", String.valueOf(youth));
        assertThat(RunAs.user(coordinator.username(), () -> participants.readResidencyBasis(youth)))
                .contains(ResidencyBasis.LAWFUL_PERMANENT_RESIDENT);
        assertThat(count("select count(*) from audit_event where kind = 'PROTECTED_FIELD_READ'"
                + " and subject_type = 'explorer-participant' and subject_id = ?", String.valueOf(youth)))
                .isEqualTo(auditsBefore + 1);

        for (String refused : new String[] {"recruiter", "youth", "mentor"}) {
            assertThatThrownBy(() -> RunAs.user(refused, () -> participants.readResidencyBasis(youth)))
                    .as(refused).isInstanceOf(AccessDeniedException.class);
        }
        // No list, detail, history or report carries it.
        String everythingShown = RunAs.user(coordinator.username(), () -> List.of(
                participants.getParticipant(youth), participants.history(youth),
                participants.findParticipants(new ParticipantFilter(post, null, null, null), PageRequest.first(50)),
                participants.residencyRecord(youth)).toString());
        assertThat(everythingShown).doesNotContain("LAWFUL_PERMANENT_RESIDENT").doesNotContain("US_CITIZEN");

        RunAs.user(coordinator.username(), () -> participants.verifyResidency(youth));
        assertThat(count("select count(*) from protected_value where owner_type = 'explorer-participant'"
                + " and owner_id = ?", String.valueOf(youth))).as("ciphertext deleted").isZero();
        var record = RunAs.user(coordinator.username(), () -> participants.residencyRecord(youth));
        assertThat(record.verified()).isTrue();
        assertThat(record.basisOnFile()).isFalse();
        assertThat(record.verifiedBy()).isEqualTo("account:" + coordinator.id());
        assertThat(record.verifiedOn()).isNotNull();
        assertThat(RunAs.user(coordinator.username(), () -> participants.readResidencyBasis(youth))).isEmpty();
    }

    @Test
    void byDefaultNoResidencyBasisIsRecordedAndAPostMayKeepOneOnlyByPolicy() throws Exception {
        var f = fixtures();
        var coordinator = f.account(Role.COORDINATOR);
        long plainPost = f.post(coordinator, p -> { });
        long youth = RunAs.user(coordinator.username(),
                () -> participants.enroll(ExplorerFixtures.youth(plainPost, yearsAgo(17, 0), 11)));
        assertThatThrownBy(() -> RunAs.user(coordinator.username(),
                () -> participants.recordResidencyBasis(youth, ResidencyBasis.US_CITIZEN)))
                .isInstanceOf(BusinessException.class).hasMessage("explorer.residency.notRequired");

        long keepingPost = f.post(coordinator, p -> {
            p.setResidencyRecordRequired(true);
            p.setKeepResidencyBasis(true);
        });
        long kept = RunAs.user(coordinator.username(),
                () -> participants.enroll(ExplorerFixtures.youth(keepingPost, yearsAgo(17, 0), 11)));
        RunAs.user(coordinator.username(), () -> participants.recordResidencyBasis(kept, ResidencyBasis.OTHER_LAWFUL_STATUS));
        RunAs.user(coordinator.username(), () -> participants.verifyResidency(kept));
        assertThat(RunAs.user(coordinator.username(), () -> participants.readResidencyBasis(kept)))
                .contains(ResidencyBasis.OTHER_LAWFUL_STATUS);
    }

    @Test
    void eligibilityDecidesTheFirstStatusAndAMinorNeedsAGuardian() throws Exception {
        var f = fixtures();
        var coordinator = f.account(Role.COORDINATOR);
        long post = f.post(coordinator, p -> { });
        long eligible = RunAs.user(coordinator.username(),
                () -> participants.enroll(ExplorerFixtures.youth(post, yearsAgo(14, 10), 8)));
        long tooYoungForGrade = RunAs.user(coordinator.username(),
                () -> participants.enroll(ExplorerFixtures.youth(post, yearsAgo(14, 10), 7)));
        var details = RunAs.user(coordinator.username(), () -> participants.getParticipant(tooYoungForGrade));
        assertThat(details.status()).isEqualTo(ParticipantStatus.INELIGIBLE);
        assertThat(details.statusReason()).isEqualTo("explorer.eligibility.gradeNotCompleted");
        assertThat(RunAs.user(coordinator.username(), () -> participants.getParticipant(eligible)).status())
                .isEqualTo(ParticipantStatus.AWAITING_CONSENT);
        assertThat(RunAs.user(coordinator.username(), () -> participants.history(eligible)))
                .extracting(c -> c.to().name() + " by " + c.actor())
                .containsExactly("APPLICANT by account:" + coordinator.id(), "ELIGIBLE by account:" + coordinator.id(),
                        "AWAITING_CONSENT by account:" + coordinator.id());

        var noGuardian = ExplorerFixtures.youth(post, yearsAgo(15, 0), 9);
        noGuardian.setGuardians(List.of());
        long before = count("select count(*) from explorer_participant where post_id = ?", post);
        assertThatThrownBy(() -> RunAs.user(coordinator.username(), () -> participants.enroll(noGuardian)))
                .isInstanceOf(BusinessException.class).hasMessage("explorer.error.guardianRequired");
        assertThat(count("select count(*) from explorer_participant where post_id = ?", post)).isEqualTo(before);

        var impossible = ExplorerFixtures.youth(post, LocalDate.now().plusDays(3), 9);
        assertThatThrownBy(() -> RunAs.user(coordinator.username(), () -> participants.enroll(impossible)))
                .satisfies(e -> assertThat(rootCause(e)).isInstanceOf(ConstraintViolationException.class));
        assertThat(count("select count(*) from explorer_participant where post_id = ?", post)).isEqualTo(before);
    }

    @Test
    void coordinatorsSeeOnlyTheirPostsAndAnyOtherIdIsNotFound() throws Exception {
        var f = fixtures();
        var mine = f.account(Role.COORDINATOR);
        var other = f.account(Role.COORDINATOR);
        long myPost = f.post(mine, p -> { });
        long otherPost = f.post(other, p -> { });
        long myYouth = RunAs.user(mine.username(),
                () -> participants.enroll(ExplorerFixtures.youth(myPost, yearsAgo(16, 0), 10)));
        long cohort = RunAs.user(mine.username(), () -> posts.createCohort(myPost,
                new CohortDraft("Fall 2027", LocalDate.of(2027, 9, 1), LocalDate.of(2027, 12, 20))));

        assertThat(RunAs.user(other.username(), () -> posts.listPosts())).extracting(p -> p.id())
                .contains(otherPost).doesNotContain(myPost);
        assertThatThrownBy(() -> RunAs.user(other.username(), () -> posts.getPost(myPost)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> RunAs.user(other.username(), () -> participants.getParticipant(myYouth)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> RunAs.user(other.username(), () -> posts.listCohorts(myPost)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> RunAs.user(other.username(), () -> posts.createCohort(myPost,
                new CohortDraft("Sneaky", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 1)))))
                .isInstanceOf(NotFoundException.class);
        assertThat(RunAs.user(other.username(), () -> participants.countParticipants(
                new ParticipantFilter(myPost, null, null, null)))).isZero();
        assertThat(RunAs.user(mine.username(), () -> participants.countParticipants(
                new ParticipantFilter(myPost, null, null, null)))).isEqualTo(1);
        assertThat(RunAs.user(mine.username(), () -> posts.listCohorts(myPost))).extracting(c -> c.id())
                .containsExactly(cohort);
        // An end before the start is refused by validation, nothing saved.
        assertThatThrownBy(() -> RunAs.user(mine.username(), () -> posts.createCohort(myPost,
                new CohortDraft("Backwards", LocalDate.of(2027, 5, 1), LocalDate.of(2027, 4, 1)))))
                .satisfies(e -> assertThat(rootCause(e)).isInstanceOfAny(ConstraintViolationException.class,
                        BusinessException.class));
        assertThat(RunAs.user(mine.username(), () -> posts.listCohorts(myPost))).hasSize(1);
    }

    @Test
    void twoCoordinatorsSavingTheSameParticipantGiveTheSecondAConflictAndLoseNothing() throws Exception {
        var f = fixtures();
        var coordinator = f.account(Role.COORDINATOR);
        long post = f.post(coordinator, p -> { });
        long youth = RunAs.user(coordinator.username(),
                () -> participants.enroll(ExplorerFixtures.youth(post, yearsAgo(16, 0), 10)));
        var first = RunAs.user(coordinator.username(), () -> participants.getParticipant(youth));
        var second = RunAs.user("admin", () -> participants.getParticipant(youth));

        first.draft().setSchool("Roosevelt High");
        RunAs.user(coordinator.username(), () -> participants.updateParticipant(youth, first.version(), first.draft()));
        second.draft().setSchool("Edison High");
        assertThatThrownBy(() -> RunAs.user("admin",
                () -> participants.updateParticipant(youth, second.version(), second.draft())))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(RunAs.user("admin", () -> participants.getParticipant(youth)).draft().getSchool())
                .isEqualTo("Roosevelt High");
    }

    @Test
    void consentGatesActivationAndRsvpAndCapacityAndDuplicatesAreRefused() throws Exception {
        var f = fixtures();
        f.consentTexts();
        var coordinator = f.account(Role.COORDINATOR);
        long post = f.post(coordinator, p -> { });
        var youthAccount = f.account(Role.YOUTH, "so");
        var otherYouthAccount = f.account(Role.YOUTH);
        long youth = RunAs.user(coordinator.username(),
                () -> participants.enroll(ExplorerFixtures.youth(post, yearsAgo(15, 20), 9)));
        long other = RunAs.user(coordinator.username(),
                () -> participants.enroll(ExplorerFixtures.youth(post, yearsAgo(16, 20), 10)));
        RunAs.user(coordinator.username(), () -> participants.linkYouthAccount(youth, youthAccount.username()));
        RunAs.user(coordinator.username(), () -> participants.linkYouthAccount(other, otherYouthAccount.username()));

        assertThatThrownBy(() -> RunAs.user(coordinator.username(), () -> participants.activate(youth)))
                .isInstanceOf(BusinessException.class).hasMessage("explorer.error.guardianConsentMissing");

        long activity = RunAs.user(coordinator.username(), () -> activities.createActivity(post,
                ExplorerFixtures.activity(ActivityKind.MEETING, LocalDateTime.now().plusDays(7), 1)));
        assertThatThrownBy(() -> RunAs.user(youthAccount.username(), () -> youthSelf.rsvp(activity)))
                .as("not a member yet: not invited").isInstanceOf(NotFoundException.class);

        for (long id : new long[] {youth, other}) {
            long guardian = RunAs.user(coordinator.username(), () -> participants.getParticipant(id)).draft()
                    .getGuardians().get(0).getId();
            RunAs.user(coordinator.username(), () -> participants.recordConsent(id, ConsentKind.PARTICIPATION,
                    guardian, "so", LocalDate.now().minusDays(1), null));
            RunAs.user(coordinator.username(), () -> participants.activate(id));
        }
        assertThat(RunAs.user(coordinator.username(), () -> participants.getParticipant(youth)).status())
                .isEqualTo(ParticipantStatus.PROBATION);

        RunAs.user(youthAccount.username(), () -> youthSelf.rsvp(activity));
        assertThatThrownBy(() -> RunAs.user(youthAccount.username(), () -> youthSelf.rsvp(activity)))
                .isInstanceOf(BusinessException.class).hasMessage("explorer.error.alreadyRsvped");
        assertThatThrownBy(() -> RunAs.user(otherYouthAccount.username(), () -> youthSelf.rsvp(activity)))
                .isInstanceOf(BusinessException.class).hasMessage("explorer.error.activityFull");
        assertThat(count("select count(*) from explorer_rsvp where activity_id = ?", activity)).isEqualTo(1);

        long rideAlong = RunAs.user(coordinator.username(), () -> activities.createActivity(post,
                ExplorerFixtures.activity(ActivityKind.RIDE_ALONG, LocalDateTime.now().plusDays(8), null)));
        assertThatThrownBy(() -> RunAs.user(youthAccount.username(), () -> youthSelf.rsvp(rideAlong)))
                .isInstanceOf(BusinessException.class).hasMessage("explorer.error.rsvpNeedsRideAlongConsent");

        var overview = RunAs.user(youthAccount.username(), () -> youthSelf.overview());
        assertThat(overview.upcoming()).extracting(a -> a.id() + ":" + a.rsvped())
                .contains(activity + ":true", rideAlong + ":false");
        assertThatThrownBy(() -> RunAs.user(coordinator.username(), () -> youthSelf.overview()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlyAScreenedAdultIsAttachedAsAdvisorOrSupervisesAnActivity() throws Exception {
        var f = fixtures();
        var coordinator = f.account(Role.COORDINATOR);
        long post = f.post(coordinator, p -> { });
        var expired = f.account(Role.MENTOR);
        var cleared = f.account(Role.MENTOR);
        LocalDate today = LocalDate.now();
        RunAs.user("admin", () -> screening.record(expired.id(), today.minusYears(2), today.minusDays(1),
                today.minusYears(1), today.plusYears(1)));
        RunAs.user("admin", () -> screening.record(cleared.id(), today.minusMonths(1), today.plusYears(1),
                today.minusMonths(1), today.plusYears(2)));

        assertThatThrownBy(() -> RunAs.user(coordinator.username(), () -> posts.attachAdvisor(post, expired.id())))
                .isInstanceOf(BusinessException.class).hasMessage("explorer.error.advisorNotCleared");
        RunAs.user(coordinator.username(), () -> posts.attachAdvisor(post, cleared.id()));
        assertThat(RunAs.user(coordinator.username(), () -> posts.getPost(post)).advisors())
                .extracting(a -> a.accountId()).containsExactly(cleared.id());
        // The advisor now sees the post (read only) and nothing else.
        assertThat(RunAs.user(cleared.username(), () -> posts.listPosts())).extracting(p -> p.id())
                .containsExactly(post);
        assertThatThrownBy(() -> RunAs.user(cleared.username(), () -> posts.createCohort(post,
                new CohortDraft("X", today, today.plusDays(1))))).isInstanceOf(AccessDeniedException.class);

        var draft = ExplorerFixtures.activity(ActivityKind.TRAINING, LocalDateTime.now().plusDays(3), null);
        draft.setSupervisorAccountIds(List.of(expired.id()));
        assertThatThrownBy(() -> RunAs.user(coordinator.username(), () -> activities.createActivity(post, draft)))
                .isInstanceOf(BusinessException.class).hasMessage("explorer.error.supervisorNotCleared");
        var backwards = ExplorerFixtures.activity(ActivityKind.TRAINING, LocalDateTime.now().plusDays(3), null);
        backwards.setEndsAt(backwards.getStartsAt().minusHours(1));
        assertThatThrownBy(() -> RunAs.user(coordinator.username(), () -> activities.createActivity(post, backwards)))
                .satisfies(e -> assertThat(rootCause(e)).isInstanceOf(ConstraintViolationException.class));
        assertThat(count("select count(*) from explorer_activity where post_id = ?", post)).isZero();
    }

    @Test
    void aCohortsAttendanceIsSavedInOneGoAndAnUninvitedPersonSavesNothing() throws Exception {
        var f = fixtures();
        f.consentTexts();
        var coordinator = f.account(Role.COORDINATOR);
        long post = f.post(coordinator, p -> { });
        long cohort = RunAs.user(coordinator.username(), () -> posts.createCohort(post,
                new CohortDraft("Spring", LocalDate.now().minusMonths(1), LocalDate.now().plusMonths(3))));
        List<Long> members = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            var draft = ExplorerFixtures.youth(post, yearsAgo(18, 30 + i), 12);
            draft.setCohortId(cohort);
            long id = RunAs.user(coordinator.username(), () -> participants.enroll(draft));
            RunAs.user(coordinator.username(), () -> participants.recordConsent(id, ConsentKind.PARTICIPATION, null,
                    "en", LocalDate.now(), null));
            RunAs.user(coordinator.username(), () -> participants.activate(id));
            members.add(id);
        }
        long outsider = RunAs.user(coordinator.username(),
                () -> participants.enroll(ExplorerFixtures.youth(post, yearsAgo(16, 0), 10)));
        var draft = ExplorerFixtures.activity(ActivityKind.COMMUNITY_SERVICE, LocalDateTime.now().minusHours(3), null);
        draft.setCohortIds(List.of(cohort));
        long activity = RunAs.user(coordinator.username(), () -> activities.createActivity(post, draft));

        List<AttendanceRow> sheet = RunAs.user(coordinator.username(), () -> activities.attendanceSheet(activity, cohort));
        assertThat(sheet).extracting(AttendanceRow::participantId).containsExactlyInAnyOrderElementsOf(members);

        Map<Long, AttendanceMark> withOutsider = new HashMap<>();
        members.forEach(m -> withOutsider.put(m, AttendanceMark.PRESENT));
        withOutsider.put(outsider, AttendanceMark.PRESENT);
        assertThatThrownBy(() -> RunAs.user(coordinator.username(), () -> activities.saveAttendance(activity, withOutsider)))
                .isInstanceOf(BusinessException.class).hasMessage("explorer.error.notInvited");
        assertThat(count("select count(*) from explorer_attendance where activity_id = ?", activity)).isZero();

        Map<Long, AttendanceMark> marks = new HashMap<>();
        for (int i = 0; i < members.size(); i++) {
            marks.put(members.get(i), i == 0 ? AttendanceMark.EXCUSED : i == 1 ? AttendanceMark.ABSENT
                    : AttendanceMark.PRESENT);
        }
        RunAs.user(coordinator.username(), () -> activities.saveAttendance(activity, marks));
        marks.put(members.get(1), AttendanceMark.PRESENT); // corrected, saved again
        RunAs.user(coordinator.username(), () -> activities.saveAttendance(activity, marks));
        assertThat(RunAs.user(coordinator.username(), () -> activities.attendanceSheet(activity, cohort)))
                .extracting(r -> r.participantId() + "=" + r.mark())
                .containsExactlyInAnyOrderElementsOf(marks.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                        .toList());

        // The report counts five present and one excused, and hides the excused cell (under 5).
        var month = java.time.YearMonth.from(draft.getStartsAt());
        var table = RunAs.user(coordinator.username(), () -> reports.attendanceByMonth(post, month, month));
        assertThat(table.cell(0, 0).display()).isEqualTo("5");
        assertThat(table.cell(0, 1).display()).isEqualTo("<5");
        assertThat(table.displayRows("m", "t").toString()).doesNotContain("Hodan");
    }

    @Test
    void erasingAParticipantRemovesEveryExplorerRecordOfThemIncludingTheProtectedBasis() throws Exception {
        var f = fixtures();
        f.consentTexts();
        var coordinator = f.account(Role.COORDINATOR);
        long post = f.post(coordinator, p -> p.setResidencyRecordRequired(true));
        long youth = RunAs.user(coordinator.username(),
                () -> participants.enroll(ExplorerFixtures.youth(post, yearsAgo(16, 0), 10)));
        long guardian = RunAs.user(coordinator.username(), () -> participants.getParticipant(youth)).draft()
                .getGuardians().get(0).getId();
        RunAs.user(coordinator.username(), () -> participants.recordConsent(youth, ConsentKind.PARTICIPATION,
                guardian, "so", LocalDate.now(), null));
        RunAs.user(coordinator.username(), () -> participants.recordResidencyBasis(youth, ResidencyBasis.US_CITIZEN));

        var removed = RunAs.user("admin", () -> retention.erase(
                new org.bridgeway.shared.retention.PersonRef("explorer-participant", youth)));
        assertThat(removed).containsEntry("explorer-participants-closed", 1);
        for (String table : List.of("explorer_participant where id", "explorer_guardian where participant_id",
                "explorer_consent where participant_id", "explorer_status_change where participant_id",
                "explorer_residency_record where participant_id")) {
            assertThat(count("select count(*) from " + table + " = ?", youth)).as(table).isZero();
        }
        assertThat(count("select count(*) from protected_value where owner_type = 'explorer-participant'"
                + " and owner_id = ?", String.valueOf(youth))).isZero();
        assertThatThrownBy(() -> RunAs.user(coordinator.username(), () -> retention.erase(
                new org.bridgeway.shared.retention.PersonRef("explorer-participant", youth))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void guardiansGetOneRenewalNoticeInTheirLanguageThirtyDaysAheadButNotForSomeoneTurning18() throws Exception {
        var f = fixtures();
        f.consentTexts();
        var coordinator = f.account(Role.COORDINATOR);
        long post = f.post(coordinator, p -> { });
        long minor = RunAs.user(coordinator.username(),
                () -> participants.enroll(ExplorerFixtures.youth(post, yearsAgo(15, 0), 9)));
        long almostAdult = RunAs.user(coordinator.username(),
                () -> participants.enroll(ExplorerFixtures.youth(post, LocalDate.now().minusYears(18).plusDays(10), 12)));
        List<String> guardianEmails = new java.util.ArrayList<>();
        for (long id : new long[] {minor, almostAdult}) {
            var guardian = RunAs.user(coordinator.username(), () -> participants.getParticipant(id)).draft()
                    .getGuardians().get(0);
            guardianEmails.add(guardian.getEmail());
            RunAs.user(coordinator.username(), () -> participants.recordConsent(id, ConsentKind.PARTICIPATION,
                    guardian.getId(), "so", LocalDate.now().minusDays(300), LocalDate.now().plusDays(20)));
        }

        renewalNotices.sendDue();
        renewalNotices.sendDue(); // a second run (or another server) sends nothing more
        assertThat(count("select count(*) from mail_outbox where recipient = ?", guardianEmails.get(0))).isEqualTo(1);
        assertThat(scalar("select subject from mail_outbox where recipient = ?", guardianEmails.get(0)))
                .startsWith("Barnaamijka Explorer");
        assertThat(count("select count(*) from mail_outbox where recipient = ?", guardianEmails.get(1)))
                .as("turns 18 before the expiry: the guardian's consent lapses anyway").isZero();
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            if (cause instanceof ConstraintViolationException) {
                return cause;
            }
            cause = cause.getCause();
        }
        return cause;
    }

    private String scalar(String sql, Object parameter) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, parameter);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private long count(String sql, Object parameter) throws Exception {
        return Long.parseLong(scalar(sql, parameter));
    }
}
