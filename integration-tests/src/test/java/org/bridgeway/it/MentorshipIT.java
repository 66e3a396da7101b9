package org.bridgeway.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import org.bridgeway.explorer.api.Activities;
import org.bridgeway.explorer.api.ActivityKind;
import org.bridgeway.explorer.api.ConsentKind;
import org.bridgeway.explorer.api.ConsentTexts;
import org.bridgeway.explorer.api.ExplorerPosts;
import org.bridgeway.explorer.api.Participants;
import org.bridgeway.explorer.api.YouthSelfService;
import org.bridgeway.identity.api.AccountService;
import org.bridgeway.identity.api.Role;
import org.bridgeway.identity.api.Screening;
import org.bridgeway.mentorship.api.MatchStatus;
import org.bridgeway.mentorship.api.Matching;
import org.bridgeway.mentorship.api.MentorProfiles;
import org.bridgeway.mentorship.api.SessionKind;
import org.bridgeway.mentorship.api.SessionPlan;
import org.bridgeway.mentorship.api.Sessions;
import org.bridgeway.mentorship.api.Slot;
import org.bridgeway.shared.BusinessException;
import org.bridgeway.shared.NotFoundException;
import org.bridgeway.shared.calendar.CalendarConflictException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Matching and safe scheduling inside Payara against PostgreSQL, as coordinators and mentors. */
@ExtendWith(ArquillianExtension.class)
class MentorshipIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.realEarWithTests(MentorshipIT.class, ExplorerFixtures.class, ExplorerFixtures.Person.class,
                Inbox.class);
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
    YouthSelfService youthSelf;

    @Inject
    Screening screening;

    @Inject
    MentorProfiles mentorProfiles;

    @Inject
    Matching matching;

    @Inject
    Sessions sessions;

    @Resource
    ManagedExecutorService executor;

    @Inject
    org.bridgeway.shared.AgencyCalendar agencyCalendar;

    @Inject
    org.bridgeway.mentorship.api.CalendarFeeds calendarFeeds;

    @Inject
    org.bridgeway.mentorship.SessionReminders reminders;

    @Inject
    org.bridgeway.mentorship.api.MatchGoals goals;

    @Inject
    org.bridgeway.mentorship.api.MentorshipReports mentorshipReports;

    @Inject
    org.bridgeway.shared.mail.MailOutbox outbox;

    @org.jboss.arquillian.test.api.ArquillianResource
    java.net.URL base;

    private ExplorerFixtures fixtures() {
        return new ExplorerFixtures(accounts, posts, consentTexts);
    }

    /** A MENTOR account with a profile (Somali, soccer, Tuesday afternoons) and screening valid or expired. */
    private ExplorerFixtures.Person mentor(ExplorerFixtures f, boolean cleared, int capacity) throws Exception {
        var mentor = f.account(Role.MENTOR);
        LocalDate today = LocalDate.now();
        RunAs.user("admin", () -> screening.record(mentor.id(), today.minusMonths(6),
                cleared ? today.plusYears(1) : today.minusDays(2), today.minusMonths(6), today.plusYears(2)));
        RunAs.user(mentor.username(), () -> mentorProfiles.saveMyProfile(capacity, List.of("so", "en"),
                List.of("soccer"), List.of(new Slot(2, 960, 1080))));
        return mentor;
    }

    private long member(ExplorerFixtures.Person coordinator, long post, LocalDate born) throws Exception {
        long id = RunAs.user(coordinator.username(), () -> participants.enroll(ExplorerFixtures.youth(post, born, 12)));
        var guardians = RunAs.user(coordinator.username(), () -> participants.getParticipant(id)).draft().getGuardians();
        Long guardian = guardians.isEmpty() ? null : guardians.get(0).getId();
        RunAs.user(coordinator.username(), () -> participants.recordConsent(id, ConsentKind.PARTICIPATION, guardian,
                "so", LocalDate.now(), null));
        RunAs.user(coordinator.username(), () -> participants.activate(id));
        return id;
    }

    private long activeMatch(ExplorerFixtures.Person coordinator, long participant, ExplorerFixtures.Person mentor)
            throws Exception {
        long match = RunAs.user(coordinator.username(), () -> matching.propose(participant, mentor.id()));
        RunAs.user(coordinator.username(), () -> matching.activate(match));
        return match;
    }

    private static SessionPlan once(LocalDateTime start, SessionKind kind) {
        return new SessionPlan(start, 60, SessionPlan.Repeat.ONCE, 1, kind, null);
    }

    @Test
    void thePostsCalendarShowsACoordinatorOnlyTheirPostsAndTheYouthsAvailabilityFeedsTheScore() throws Exception {
        var f = fixtures();
        f.consentTexts();
        var coordinator = f.account(Role.COORDINATOR);
        long post = f.post(coordinator, p -> { });
        var otherCoordinator = f.account(Role.COORDINATOR);
        long otherPost = f.post(otherCoordinator, p -> { });
        var mentor = mentor(f, true, 3); // free on Tuesdays 16:00-18:00
        long youth = member(coordinator, post, LocalDate.now().minusYears(19));

        // The youth's weekly availability is what the availability part of the score compares.
        assertThat(availabilityReason(coordinator, youth, mentor)).isNull();
        RunAs.user(coordinator.username(), () -> matching.setMenteeAvailability(youth,
                List.of(new Slot(2, 900, 1080), new Slot(6, 600, 720))));
        assertThat(RunAs.user(coordinator.username(), () -> matching.menteeAvailability(youth)))
                .containsExactly(new Slot(2, 900, 1080), new Slot(6, 600, 720));
        assertThat(availabilityReason(coordinator, youth, mentor)).as("two shared hours on Tuesday").isEqualTo("2");
        assertThatThrownBy(() -> RunAs.user(otherCoordinator.username(), () -> matching.menteeAvailability(youth)))
                .isInstanceOf(NotFoundException.class);

        long match = activeMatch(coordinator, youth, mentor);
        LocalDateTime start = LocalDateTime.now().plusDays(9).truncatedTo(ChronoUnit.HOURS).withHour(16);
        RunAs.user(mentor.username(), () -> sessions.schedule(match,
                new SessionPlan(start, 60, SessionPlan.Repeat.WEEKLY, 3, SessionKind.IN_PERSON_PUBLIC, null)));
        var from = agencyCalendar.toInstant(start.minusDays(1));
        var to = agencyCalendar.toInstant(start.plusDays(20));

        var seen = RunAs.user(coordinator.username(), () -> sessions.postCalendar(null, from, to));
        assertThat(seen).hasSize(3).allSatisfy(s -> {
            assertThat(s.postId()).isEqualTo(post);
            assertThat(s.menteeName()).isEqualTo("Hodan");
            assertThat(s.mentorName()).isNotBlank();
        });
        assertThat(RunAs.user(coordinator.username(), () -> sessions.postCalendar(post, from,
                agencyCalendar.toInstant(start.plusDays(3))))).as("only the window").hasSize(1);
        assertThat(RunAs.user(otherCoordinator.username(), () -> sessions.postCalendar(null, from, to)))
                .as("another post's coordinator sees none of them").isEmpty();
        assertThat(RunAs.user(otherCoordinator.username(), () -> sessions.calendarPosts())).containsExactly(otherPost);
        assertThatThrownBy(() -> RunAs.user(otherCoordinator.username(), () -> sessions.postCalendar(post, from, to)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> RunAs.user(coordinator.username(), () -> sessions.postCalendar(null, from,
                from.plus(java.time.Duration.ofDays(90))))).isInstanceOf(BusinessException.class)
                .hasMessage("mentorship.error.calendarRange");
        assertThatThrownBy(() -> RunAs.user(mentor.username(), () -> sessions.postCalendar(null, from, to)))
                .isInstanceOf(org.bridgeway.shared.AccessDeniedException.class);
    }

    /** The hours argument of the availability reason of one mentor's suggestion, or null without one. */
    private String availabilityReason(ExplorerFixtures.Person coordinator, long youth, ExplorerFixtures.Person mentor)
            throws Exception {
        var suggestion = RunAs.user(coordinator.username(), () -> matching.suggestions(youth)).stream()
                .filter(s -> s.mentorAccountId() == mentor.id()).findFirst().orElseThrow();
        return suggestion.reasons().stream().filter(r -> r.key().equals("mentorship.reason.availability"))
                .map(r -> r.argument()).findFirst().orElse(null);
    }

    @Test
    void remindersGoOutOnceInEachRecipientsLanguageAndNeverForACancelledSession() throws Exception {
        var f = fixtures();
        f.consentTexts();
        var coordinator = f.account(Role.COORDINATOR);
        long post = f.post(coordinator, p -> { });
        String mentorEmail = "mentor-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String mentorName = ExplorerFixtures.unique("mentor");
        long mentorId = RunAs.user("admin", () -> accounts.createAccount(new org.bridgeway.identity.api.NewAccount(
                mentorName, "Mentor", mentorEmail, "es", java.util.EnumSet.of(Role.MENTOR), ExplorerFixtures.PASSWORD)));
        LocalDate today = LocalDate.now();
        RunAs.user("admin", () -> screening.record(mentorId, today.minusMonths(1), today.plusYears(1),
                today.minusMonths(1), today.plusYears(1)));
        RunAs.user(mentorName, () -> mentorProfiles.saveMyProfile(2, List.of("so"), List.of(), List.of()));
        var mentor = new ExplorerFixtures.Person(mentorName, mentorId);
        long minor = member(coordinator, post, LocalDate.now().minusYears(15));
        String guardianEmail = RunAs.user(coordinator.username(), () -> participants.getParticipant(minor)).draft()
                .getGuardians().get(0).getEmail();
        long match = activeMatch(coordinator, minor, mentor);

        var soon = LocalDateTime.now().plusHours(23).truncatedTo(ChronoUnit.MINUTES);
        long kept = RunAs.user(mentorName, () -> sessions.schedule(match, once(soon, SessionKind.GROUP_ACTIVITY))).get(0);
        long cancelled = RunAs.user(mentorName, () -> sessions.schedule(match,
                once(soon.minusHours(3), SessionKind.GROUP_ACTIVITY))).get(0);
        RunAs.user(mentorName, () -> sessions.cancel(cancelled, "Mentor is ill"));

        reminders.enqueueDue();
        reminders.enqueueDue(); // a second server's run finds nothing left to claim
        outbox.sendDue(50);

        String when = soon.format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
        String cancelledWhen = soon.minusHours(3).format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
        assertThat(Inbox.subjects(mentorEmail)).containsExactlyInAnyOrder(
                "Recordatorio: sesión de mentoría el " + when, "Sesión de mentoría del " + cancelledWhen + " cancelada");
        assertThat(Inbox.subjects(guardianEmail)).containsExactlyInAnyOrder(
                "Xusuusin: kulan latalin " + when, "Kulanka latalinta ee " + cancelledWhen + " waa la joojiyay");
        assertThat(kept).isNotEqualTo(cancelled);
    }

    @Test
    void goalsBelongToTheMatchAndReportsCountOnlyAggregates() throws Exception {
        var f = fixtures();
        f.consentTexts();
        var coordinator = f.account(Role.COORDINATOR);
        long post = f.post(coordinator, p -> { });
        var mentor = mentor(f, true, 3);
        var otherMentor = mentor(f, true, 3);
        long youth = member(coordinator, post, LocalDate.now().minusYears(19));
        long match = activeMatch(coordinator, youth, mentor);

        long goal = RunAs.user(mentor.username(), () -> goals.addGoal(match, "Pass the fitness test",
                LocalDate.now().plusMonths(2)));
        RunAs.user(mentor.username(), () -> goals.setProgress(goal, 50));
        assertThat(RunAs.user(coordinator.username(), () -> goals.goals(match)))
                .extracting(g -> g.title() + "=" + g.progress()).containsExactly("Pass the fitness test=50");
        assertThatThrownBy(() -> RunAs.user(otherMentor.username(), () -> goals.goals(match)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> RunAs.user(mentor.username(), () -> goals.setProgress(goal, 101)))
                .isInstanceOf(BusinessException.class).hasMessage("mentorship.error.progress");

        var table = RunAs.user(coordinator.username(), () -> mentorshipReports.matchesByPost());
        assertThat(table.rowKeys()).hasSize(1);
        assertThat(table.displayRows("post", "total").toString()).contains("<5").doesNotContain("Hodan");
        assertThatThrownBy(() -> RunAs.user("youth", () -> mentorshipReports.matchesByPost()))
                .isInstanceOf(org.bridgeway.shared.AccessDeniedException.class);
    }

    @Test
    void twoOverlappingBookingsForOneMentorAtTheSameMomentLetExactlyOneThrough() throws Exception {
        var f = fixtures();
        f.consentTexts();
        var coordinator = f.account(Role.COORDINATOR);
        long post = f.post(coordinator, p -> { });
        var mentor = mentor(f, true, 3);
        long first = member(coordinator, post, LocalDate.now().minusYears(19));
        long second = member(coordinator, post, LocalDate.now().minusYears(19).minusDays(50));
        long matchA = activeMatch(coordinator, first, mentor);
        long matchB = activeMatch(coordinator, second, mentor);
        LocalDateTime start = LocalDateTime.now().plusDays(10).truncatedTo(ChronoUnit.HOURS).withHour(16);

        var ready = new CountDownLatch(2);
        var go = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (long match : new long[] {matchA, matchB}) {
            LocalDateTime myStart = match == matchA ? start : start.plusMinutes(30); // overlapping, not equal
            var booking = RunAs.later(mentor.username(), () -> sessions.schedule(match,
                    once(myStart, SessionKind.IN_PERSON_STATION)));
            results.add(executor.submit(() -> {
                ready.countDown();
                go.await();
                try {
                    booking.call();
                    return "booked";
                } catch (CalendarConflictException e) {
                    return e.messageKey();
                }
            }));
        }
        ready.await();
        go.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> result : results) {
            outcomes.add(result.get());
        }
        assertThat(outcomes).containsExactlyInAnyOrder("booked", "calendar.conflict.mentorship-session");
        long booked = RunAs.user(coordinator.username(), () -> sessions.sessionsOf(matchA).size()
                + sessions.sessionsOf(matchB).size());
        assertThat(booked).as("the loser saved nothing").isEqualTo(1);
    }

    @Test
    void aSessionClashingWithTheYouthsExplorerRsvpIsRefusedWithTheClashingTime() throws Exception {
        var f = fixtures();
        f.consentTexts();
        var coordinator = f.account(Role.COORDINATOR);
        long post = f.post(coordinator, p -> { });
        var mentor = mentor(f, true, 2);
        var youthAccount = f.account(Role.YOUTH);
        long youth = member(coordinator, post, LocalDate.now().minusYears(19));
        RunAs.user(coordinator.username(), () -> participants.linkYouthAccount(youth, youthAccount.username()));
        LocalDateTime start = LocalDateTime.now().plusDays(12).truncatedTo(ChronoUnit.HOURS).withHour(17);
        long activity = RunAs.user(coordinator.username(), () -> activities.createActivity(post,
                ExplorerFixtures.activity(ActivityKind.MEETING, start, null)));
        RunAs.user(youthAccount.username(), () -> youthSelf.rsvp(activity));
        long match = activeMatch(coordinator, youth, mentor);

        assertThatThrownBy(() -> RunAs.user(mentor.username(), () -> sessions.schedule(match,
                once(start.plusMinutes(30), SessionKind.IN_PERSON_PUBLIC))))
                .isInstanceOf(CalendarConflictException.class)
                .hasMessage("calendar.conflict.explorer-rsvp")
                .satisfies(e -> assertThat(((BusinessException) e).arguments())
                        .containsExactly(start.toLocalDate() + " " + "17:00", "19:00"));
        assertThat(RunAs.user(mentor.username(), () -> sessions.sessionsOf(match))).isEmpty();

        // Withdrawing the RSVP frees the time.
        RunAs.user(youthAccount.username(), () -> youthSelf.withdrawRsvp(activity));
        assertThat(RunAs.user(mentor.username(), () -> sessions.schedule(match,
                once(start.plusMinutes(30), SessionKind.IN_PERSON_PUBLIC)))).hasSize(1);
    }

    @Test
    void anExpiredScreeningKeepsAMentorOutOfSuggestionsAndMatches() throws Exception {
        var f = fixtures();
        var coordinator = f.account(Role.COORDINATOR);
        long post = f.post(coordinator, p -> { });
        var expired = mentor(f, false, 3);
        var cleared = mentor(f, true, 3);
        long youth = RunAs.user(coordinator.username(),
                () -> participants.enroll(ExplorerFixtures.youth(post, LocalDate.now().minusYears(16), 10)));

        var suggested = RunAs.user(coordinator.username(), () -> matching.suggestions(youth));
        assertThat(suggested).extracting(s -> s.mentorAccountId()).contains(cleared.id()).doesNotContain(expired.id());
        var mine = suggested.stream().filter(s -> s.mentorAccountId() == cleared.id()).findFirst().orElseThrow();
        assertThat(mine.reasons()).extracting(r -> r.key()).contains("mentorship.reason.language");
        assertThatThrownBy(() -> RunAs.user(coordinator.username(), () -> matching.propose(youth, expired.id())))
                .isInstanceOf(BusinessException.class).hasMessage("mentorship.error.mentorNotCleared");
        long match = RunAs.user(coordinator.username(), () -> matching.propose(youth, cleared.id()));
        assertThat(RunAs.user(coordinator.username(), () -> matching.matchesOf(youth)))
                .extracting(m -> m.status()).containsExactly(MatchStatus.PROPOSED);
        // Another coordinator, and a mentor, do not even see the participant.
        var other = f.account(Role.COORDINATOR);
        assertThatThrownBy(() -> RunAs.user(other.username(), () -> matching.suggestions(youth)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> RunAs.user(expired.username(), () -> sessions.sessionsOf(match)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aPrivateOneOnOneWithAMinorIsRefusedAndASecondScreenedAdultMakesItSafe() throws Exception {
        var f = fixtures();
        f.consentTexts();
        var coordinator = f.account(Role.COORDINATOR);
        long post = f.post(coordinator, p -> { });
        var mentor = mentor(f, true, 2);
        var secondAdult = mentor(f, true, 1);
        long minor = member(coordinator, post, LocalDate.now().minusYears(15));
        long match = activeMatch(coordinator, minor, mentor);
        LocalDateTime start = LocalDateTime.now().plusDays(14).truncatedTo(ChronoUnit.HOURS).withHour(15);

        assertThatThrownBy(() -> RunAs.user(mentor.username(), () -> sessions.schedule(match,
                once(start, SessionKind.IN_PERSON_STATION))))
                .isInstanceOf(BusinessException.class).hasMessage("mentorship.protection.privateOneOnOne");
        assertThatThrownBy(() -> RunAs.user(mentor.username(), () -> sessions.schedule(match,
                once(start, SessionKind.VIRTUAL))))
                .isInstanceOf(BusinessException.class).hasMessage("mentorship.protection.virtualNeedsSecondAdult");
        var withSecondAdult = new SessionPlan(start, 60, SessionPlan.Repeat.WEEKLY, 4, SessionKind.IN_PERSON_STATION,
                secondAdult.id());
        assertThat(RunAs.user(mentor.username(), () -> sessions.schedule(match, withSecondAdult))).hasSize(4);

        // The mentor's private iCalendar feed holds the four sessions, without a name or an address.
        String token = RunAs.user(mentor.username(), () -> calendarFeeds.createToken());
        var http = java.net.http.HttpClient.newHttpClient();
        var feedUri = base.toURI().resolve("api/calendar/" + token + ".ics");
        var response = http.send(java.net.http.HttpRequest.newBuilder(feedUri).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        var parsed = new net.fortuna.ical4j.data.CalendarBuilder().build(new java.io.StringReader(response.body()));
        var events = parsed.getComponents(net.fortuna.ical4j.model.Component.VEVENT);
        assertThat(events).hasSize(4);
        assertThat(events).allSatisfy(e -> assertThat(e.getProperty(net.fortuna.ical4j.model.Property.SUMMARY)
                .orElseThrow().getValue()).isEqualTo("Mentorship session"));
        var minorsName = RunAs.user(coordinator.username(), () -> participants.getParticipant(minor)).draft();
        assertThat(response.body()).doesNotContain(minorsName.getFamilyName()).doesNotContain("Hodan");
        assertThat(events).allSatisfy(e -> assertThat(e.getProperty(net.fortuna.ical4j.model.Property.LOCATION)
                .orElseThrow().getValue()).isEqualTo("In person, police station"));
        RunAs.user(mentor.username(), () -> calendarFeeds.revoke());
        assertThat(http.send(java.net.http.HttpRequest.newBuilder(feedUri).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode()).as("revoked").isEqualTo(404);
        // The second adult's time is booked too: another session for them at that time clashes.
        var secondsOwnYouth = member(coordinator, post, LocalDate.now().minusYears(19));
        long secondsMatch = activeMatch(coordinator, secondsOwnYouth, secondAdult);
        assertThatThrownBy(() -> RunAs.user(secondAdult.username(), () -> sessions.schedule(secondsMatch,
                once(start.plusWeeks(2), SessionKind.IN_PERSON_PUBLIC))))
                .isInstanceOf(CalendarConflictException.class);
    }
}
