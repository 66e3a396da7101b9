package org.bridgeway.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.bridgeway.explorer.api.ConsentTexts;
import org.bridgeway.explorer.api.ExplorerPosts;
import org.bridgeway.explorer.api.ParticipantSource;
import org.bridgeway.explorer.api.Participants;
import org.bridgeway.identity.api.AccountService;
import org.bridgeway.identity.api.Role;
import org.bridgeway.identity.api.Screening;
import org.bridgeway.identity.api.TrainingRecord;
import org.bridgeway.partners.api.Academy;
import org.bridgeway.partners.api.Alliances;
import org.bridgeway.partners.api.ContactDraft;
import org.bridgeway.partners.api.ConveningDraft;
import org.bridgeway.partners.api.EnrolmentDraft;
import org.bridgeway.partners.api.EventDraft;
import org.bridgeway.partners.api.InterestForm;
import org.bridgeway.partners.api.LanguageAccess;
import org.bridgeway.partners.api.Outreach;
import org.bridgeway.partners.api.OutreachEvents;
import org.bridgeway.partners.api.PartnerDraft;
import org.bridgeway.partners.api.PartnerPersonDraft;
import org.bridgeway.partners.api.PartnerService;
import org.bridgeway.partners.api.PartnerType;
import org.bridgeway.partners.api.PublicPolicies;
import org.bridgeway.partners.api.SurveyAnswer;
import org.bridgeway.recruitment.api.ApplicantSource;
import org.bridgeway.recruitment.api.Applicants;
import org.bridgeway.shared.AccessDeniedException;
import org.bridgeway.shared.BusinessException;
import org.bridgeway.shared.ConcurrentChangeException;
import org.bridgeway.shared.NotFoundException;
import org.bridgeway.shared.PageRequest;
import org.bridgeway.shared.reports.SuppressedTable;
import org.bridgeway.shared.retention.PersonRef;
import org.bridgeway.shared.retention.Retention;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The community context inside Payara against PostgreSQL: the academy's graduation bar, certificates and anonymous
 * survey; the language-access report; the outreach log, concerns and their dashboard; events and their leads;
 * alliances and convenings; officers' training records.
 */
@ExtendWith(ArquillianExtension.class)
class CommunityIT {

    private static final Pattern SURVEY_CODE = Pattern.compile("\\b([2-9A-Z]{5})-([2-9A-Z]{5})\\b");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withPdfReader(Deployments.realEarWithTests(CommunityIT.class, ExplorerFixtures.class,
                ExplorerFixtures.Person.class, Pdfs.class));
    }

    @Inject
    Academy academy;

    @Inject
    LanguageAccess languageAccess;

    @Inject
    Outreach outreach;

    @Inject
    OutreachEvents events;

    @Inject
    Alliances alliances;

    @Inject
    PublicPolicies policies;

    @Inject
    PartnerService partners;

    @Inject
    Participants participants;

    @Inject
    Applicants applicants;

    @Inject
    Screening screening;

    @Inject
    Retention retention;

    @Inject
    AccountService accounts;

    @Inject
    ExplorerPosts posts;

    @Inject
    ConsentTexts consentTexts;

    @Resource(lookup = "java:app/jdbc/bridgeway")
    DataSource dataSource;

    private static EnrolmentDraft adult(String given, String family, String language) {
        var draft = new EnrolmentDraft();
        draft.setGivenName(given);
        draft.setFamilyName(family);
        draft.setEmail(given.toLowerCase() + "@example.org");
        draft.setPreferredLanguage(language);
        draft.setLanguages(List.of(language, "en"));
        return draft;
    }

    private long cohortOfNineWeeks() throws Exception {
        String name = ExplorerFixtures.unique("Academy");
        long course = RunAs.user("liaison", () -> academy.createCourse(name, "Nine weekly evenings", 9, 7));
        return RunAs.user("liaison", () -> academy.openCohort(course, "Spring", LocalDate.now().minusWeeks(9)));
    }

    private void attends(long cohort, long enrolment, int sessions) throws Exception {
        for (int session = 1; session <= sessions; session++) {
            int number = session;
            // Everyone else of the cohort keeps what was recorded for them: mark with the others present.
            Set<Long> present = new HashSet<>();
            for (Academy.RosterRow row : RunAs.user("liaison", () -> academy.roster(cohort))) {
                if (row.presentAt().contains(number)) {
                    present.add(row.enrolmentId());
                }
            }
            present.add(enrolment);
            RunAs.user("liaison", () -> academy.recordAttendance(cohort, number, present));
        }
    }

    @Test
    void theAcademyGraduatesExactlyThoseAtOrOverTheAttendanceBar() throws Exception {
        long cohort = cohortOfNineWeeks();
        long seven = RunAs.user("liaison", () -> academy.enrol(cohort, adult("Hodan", "Warsame", "so")));
        long six = RunAs.user("liaison", () -> academy.enrol(cohort, adult("Luis", "Ortega", "es")));
        long nine = RunAs.user("liaison", () -> academy.enrol(cohort, adult("Grace", "Miller", "en")));
        attends(cohort, seven, 7);
        attends(cohort, six, 6);
        attends(cohort, nine, 9);

        var roster = RunAs.user("liaison", () -> academy.roster(cohort));
        assertThat(roster).extracting(Academy.RosterRow::attended).containsExactlyInAnyOrder(7, 6, 9);

        var graduation = RunAs.user("liaison", () -> academy.graduate(cohort));
        assertThat(graduation.graduates()).isEqualTo(2);
        assertThat(graduation.notGraduated()).isEqualTo(1);
        Map<Long, Boolean> graduated = new java.util.HashMap<>();
        RunAs.user("liaison", () -> academy.roster(cohort)).forEach(r -> graduated.put(r.enrolmentId(), r.graduated()));
        assertThat(graduated).containsEntry(seven, true).containsEntry(six, false).containsEntry(nine, true);

        // The certificate is a real PDF in the graduate's language with their name; below the bar there is none.
        var certificate = RunAs.user("liaison", () -> academy.certificate(seven));
        String text = Pdfs.text(certificate.pdf());
        assertThat(text).contains("Hodan Warsame").contains("Shahaadada Dhammaystirka").contains("7").contains("9");
        assertThat(Pdfs.text(RunAs.user("liaison", () -> academy.certificate(nine)).pdf()))
                .contains("Grace Miller").contains("Certificate of Completion");
        assertThatThrownBy(() -> RunAs.user("liaison", () -> academy.certificate(six)))
                .isInstanceOf(NotFoundException.class);

        // An attendance correction and a new decision: the sixth session's absence fixed, Luis graduates too.
        attends(cohort, six, 7);
        assertThat(RunAs.user("liaison", () -> academy.graduate(cohort)).graduates()).isEqualTo(3);
        assertThatThrownBy(() -> RunAs.user("recruiter", () -> academy.roster(cohort)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> RunAs.user("liaison", () -> academy.createCourse(ExplorerFixtures.unique("Bad"), null,
                9, 10))).isInstanceOf(BusinessException.class);
    }

    @Test
    void surveyAnswersCannotBeJoinedBackToAPersonAndShowOnlyFromFive() throws Exception {
        long cohort = cohortOfNineWeeks();
        for (int i = 0; i < 6; i++) {
            int n = i;
            RunAs.user("liaison", () -> academy.enrol(cohort, adult("Person" + (char) ('A' + n), "Survey", "so")));
        }
        byte[] slips = RunAs.user("liaison", () -> academy.surveySlips(cohort, 6, "https://agency.example/survey"));
        List<String> codes = new ArrayList<>();
        Matcher matcher = SURVEY_CODE.matcher(Pdfs.text(slips));
        while (matcher.find()) {
            codes.add(matcher.group(1) + "-" + matcher.group(2));
        }
        assertThat(codes).hasSize(6).doesNotHaveDuplicates();

        for (int i = 0; i < 4; i++) {
            String code = codes.get(i);
            assertThat(RunAs.anonymous(() -> academy.answerSurvey(code, answer(4, "Good " + code.charAt(0)), "10.9.9." + code.hashCode())))
                    .isEqualTo(Academy.SurveyOutcome.ACCEPTED);
        }
        var four = RunAs.user("liaison", () -> academy.surveyResults(cohort));
        assertThat(four.answers()).isEqualTo(4);
        assertThat(four.shown()).isFalse();
        assertThat(four.overall()).isNull();
        assertThat(four.comments()).isEmpty();

        String fifth = codes.get(4);
        assertThat(RunAs.anonymous(() -> academy.answerSurvey(fifth.toLowerCase().replace("-", " "), answer(2, null),
                "10.9.9.5"))).isEqualTo(Academy.SurveyOutcome.ACCEPTED);
        var five = RunAs.user("liaison", () -> academy.surveyResults(cohort));
        assertThat(five.shown()).isTrue();
        assertThat(five.overall()).isEqualTo(3.6);
        assertThat(five.comments()).hasSize(4);
        // Single use: the same code again, or a made-up one, is refused and changes nothing.
        assertThat(RunAs.anonymous(() -> academy.answerSurvey(fifth, answer(5, null), "10.9.9.5")))
                .isEqualTo(Academy.SurveyOutcome.UNKNOWN_CODE);
        assertThat(RunAs.anonymous(() -> academy.answerSurvey("ZZZZZ-ZZZZZ", answer(5, null), "10.9.9.5")))
                .isEqualTo(Academy.SurveyOutcome.UNKNOWN_CODE);
        assertThat(RunAs.user("liaison", () -> academy.surveyResults(cohort)).answers()).isEqualTo(5);

        // Nothing in the answer rows can lead back to a person: no enrolment, code, account or time, a random key,
        // and no foreign key other than the cohort.
        try (Connection c = dataSource.getConnection()) {
            Map<String, String> columns = new java.util.TreeMap<>();
            try (ResultSet rs = c.createStatement().executeQuery("select column_name, data_type from"
                    + " information_schema.columns where table_name = 'academy_survey_answer'")) {
                while (rs.next()) {
                    columns.put(rs.getString(1), rs.getString(2));
                }
            }
            assertThat(columns.keySet()).containsExactlyInAnyOrder("id", "cohort_id", "overall", "understanding",
                    "trust", "would_recommend", "comment");
            assertThat(columns.get("id")).isEqualTo("uuid");
            assertThat(columns.values()).noneMatch(type -> type.contains("time") || type.equals("date"));
            try (ResultSet rs = c.createStatement().executeQuery("""
                    select ccu.table_name from information_schema.table_constraints tc
                      join information_schema.constraint_column_usage ccu on ccu.constraint_name = tc.constraint_name
                     where tc.table_name in ('academy_survey_answer', 'academy_survey_code')
                       and tc.constraint_type = 'FOREIGN KEY'""")) {
                Set<String> referenced = new HashSet<>();
                while (rs.next()) {
                    referenced.add(rs.getString(1));
                }
                assertThat(referenced).containsExactly("academy_cohort");
            }
            try (ResultSet rs = c.createStatement().executeQuery("select column_name from information_schema.columns"
                    + " where table_name = 'academy_survey_code'")) {
                List<String> codeColumns = new ArrayList<>();
                while (rs.next()) {
                    codeColumns.add(rs.getString(1));
                }
                assertThat(codeColumns).containsExactlyInAnyOrder("code_hash", "cohort_id", "used");
            }
            // Codes are stored only as hashes: the printed code is nowhere in the database.
            try (var s = c.prepareStatement("select count(*) from academy_survey_code where code_hash = ?")) {
                s.setString(1, codes.get(0).replace("-", ""));
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    assertThat(rs.getLong(1)).isZero();
                }
            }
        }
    }

    private static SurveyAnswer answer(int rating, String comment) {
        var answer = new SurveyAnswer();
        answer.setOverall(rating);
        answer.setUnderstanding(rating);
        answer.setTrust(rating);
        answer.setWouldRecommend(rating >= 3);
        answer.setComment(comment);
        return answer;
    }

    @Test
    void theLanguageAccessReportCountsEachMonthLanguageAndProvision() throws Exception {
        // A month of its own, far back, so other tests' entries do not count here.
        YearMonth month = YearMonth.of(2000 + ThreadLocalRandom.current().nextInt(20), 1 + ThreadLocalRandom.current().nextInt(12));
        LocalDate day = month.atDay(10);
        record(day, "so", LanguageAccess.Provision.NOT_NEEDED, 6);
        record(day, "so", LanguageAccess.Provision.INTERPRETER_LINE, 6);
        record(day, "so", LanguageAccess.Provision.NOT_PROVIDED, 2);
        record(day, "so", LanguageAccess.Provision.STAFF, 5);
        record(day, "es", LanguageAccess.Provision.STAFF, 5);
        record(month.plusMonths(1).atDay(1), "es", LanguageAccess.Provision.STAFF, 7);
        // An outreach contact with its interpretation is one more entry of the log.
        long area = RunAs.user("liaison", () -> outreach.addArea(Outreach.AreaKind.COMMUNITY, ExplorerFixtures.unique("Somali")));
        var contact = new ContactDraft();
        contact.setKind(Outreach.ContactKind.MEETING);
        contact.setOccurredOn(day);
        contact.setCommunityId(area);
        contact.setLanguages(List.of("so"));
        contact.setInterpretation(LanguageAccess.Provision.INTERPRETER_LINE);
        RunAs.user("liaison", () -> outreach.logContact(contact));

        SuppressedTable report = RunAs.user("command", () -> languageAccess.monthlyReport(month, month.plusMonths(1)));
        List<String> columns = report.columnKeys();
        int somali = report.rowKeys().indexOf(month + " so");
        int spanish = report.rowKeys().indexOf(month + " es");
        int spanishNext = report.rowKeys().indexOf(month.plusMonths(1) + " es");
        assertThat(report.rowKeys()).hasSize(3);
        assertThat(report.cell(somali, columns.indexOf("NOT_NEEDED")).shownCount()).hasValue(6);
        assertThat(report.cell(somali, columns.indexOf("INTERPRETER_LINE")).shownCount()).hasValue(7);
        assertThat(report.cell(somali, columns.indexOf("NOT_PROVIDED")).suppressed()).isTrue();
        assertThat(report.cell(somali, columns.indexOf("STAFF")).shownCount()).hasValue(5);
        assertThat(report.rowTotal(somali).shownCount()).hasValue(20);
        assertThat(report.cell(spanish, columns.indexOf("STAFF")).shownCount()).hasValue(5);
        assertThat(report.cell(spanishNext, columns.indexOf("STAFF")).shownCount()).hasValue(7);
        assertThat(report.columnTotal(columns.indexOf("STAFF")).shownCount()).hasValue(17);
        assertThat(report.grandTotal().shownCount()).hasValue(32);

        assertThatThrownBy(() -> RunAs.user("mentor", () -> languageAccess.monthlyReport(month, month)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> RunAs.user("command", () -> languageAccess.record(day,
                LanguageAccess.Context.OTHER, "so", LanguageAccess.Provision.STAFF, null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private void record(LocalDate day, String language, LanguageAccess.Provision provision, int times) throws Exception {
        for (int i = 0; i < times; i++) {
            RunAs.user("mentor", () -> languageAccess.record(day, LanguageAccess.Context.MENTORSHIP_SESSION, language,
                    provision, null));
        }
    }

    @Test
    void concernsAreKeptByTopicAndTheDashboardCountsOpenOnesByCommunityAndAge() throws Exception {
        String name = ExplorerFixtures.unique("Community");
        long area = RunAs.user("liaison", () -> outreach.addArea(Outreach.AreaKind.COMMUNITY, name));
        var old = contact(area, LocalDate.now().minusDays(40), Outreach.ConcernTopic.FEAR_OF_IMMIGRATION_ENFORCEMENT,
                Outreach.ConcernTopic.TRAFFIC_SAFETY);
        var recent = contact(area, LocalDate.now().minusDays(2), Outreach.ConcernTopic.YOUTH_SAFETY);
        RunAs.user("liaison", () -> outreach.logContact(old));
        RunAs.user("liaison", () -> outreach.logContact(recent));

        var dashboard = RunAs.user("command", () -> outreach.concernDashboard(LocalDate.now()));
        int row = dashboard.communities().indexOf(name);
        assertThat(dashboard.byAge()[row]).containsExactly(1, 0, 2, 0);

        var open = RunAs.user("liaison", () -> outreach.openConcerns(area, null, PageRequest.first(50)));
        assertThat(open.total()).isEqualTo(3);
        var fear = open.rows().stream().filter(c -> c.topic() == Outreach.ConcernTopic.FEAR_OF_IMMIGRATION_ENFORCEMENT)
                .findFirst().orElseThrow();
        assertThat(fear.ageDays()).isEqualTo(40);
        RunAs.user("liaison", () -> outreach.updateConcern(fear.id(), fear.version(), Outreach.ConcernStatus.RESOLVED,
                "Know-your-rights session held with the partner"));
        assertThatThrownBy(() -> RunAs.user("liaison", () -> outreach.updateConcern(fear.id(), fear.version(),
                Outreach.ConcernStatus.OPEN, null))).isInstanceOf(ConcurrentChangeException.class);
        var after = RunAs.user("command", () -> outreach.concernDashboard(LocalDate.now()));
        assertThat(after.byAge()[after.communities().indexOf(name)]).containsExactly(1, 0, 1, 0);
        assertThat(RunAs.user("liaison", () -> outreach.contacts(true, area, PageRequest.first(10))).total()).isEqualTo(2);
        assertThatThrownBy(() -> RunAs.user("command", () -> outreach.logContact(recent)))
                .isInstanceOf(AccessDeniedException.class);

        // The concern table has no column that could name or point at a person.
        try (Connection c = dataSource.getConnection(); ResultSet rs = c.createStatement().executeQuery(
                "select column_name from information_schema.columns where table_name = 'outreach_concern'")) {
            List<String> columns = new ArrayList<>();
            while (rs.next()) {
                columns.add(rs.getString(1));
            }
            assertThat(columns).containsExactlyInAnyOrder("id", "version", "contact_id", "community_id", "topic",
                    "raised_on", "follow_up", "status", "resolved_on");
        }
        // Identity numbers in free text are refused.
        var withNumber = contact(area, LocalDate.now(), Outreach.ConcernTopic.OTHER);
        withNumber.setSummary("Resident A-123-456-789 asked about their case");
        assertThatThrownBy(() -> RunAs.user("liaison", () -> outreach.logContact(withNumber)))
                .hasMessageContaining("summary").hasMessageContaining("NoIdentityNumbers");
    }

    private static ContactDraft contact(long area, LocalDate on, Outreach.ConcernTopic... topics) {
        var draft = new ContactDraft();
        draft.setKind(Outreach.ContactKind.VISIT);
        draft.setOccurredOn(on);
        draft.setCommunityId(area);
        draft.setPlace("Community center");
        draft.setLanguages(List.of("so", "en"));
        for (Outreach.ConcernTopic topic : topics) {
            draft.getConcerns().add(new ContactDraft.ConcernDraft(topic, "Liaison to follow up"));
        }
        return draft;
    }

    @Test
    void leadsCapturedAtAnEventBecomeExplorerOrRecruitmentApplicantsWithTheEventAsSource() throws Exception {
        var fixtures = new ExplorerFixtures(accounts, posts, consentTexts);
        var coordinator = fixtures.account(Role.COORDINATOR);
        long post = fixtures.post(coordinator, p -> { });
        long partner = RunAs.user("admin", () -> partners.createPartner(partner("Cohost")));
        var draft = new EventDraft();
        draft.setKind(OutreachEvents.EventKind.FAIR);
        draft.setName(ExplorerFixtures.unique("Cedar fair"));
        draft.setHeldOn(LocalDate.now());
        draft.setLanguagesOffered(List.of("so", "es"));
        draft.setInterpreterPresent(true);
        draft.setCohostPartnerIds(List.of(partner));
        long event = RunAs.user("liaison", () -> events.create(draft));

        var youth = new InterestForm();
        youth.setKind(InterestForm.Kind.YOUTH);
        youth.setGivenName("Abdi");
        youth.setFamilyName("Farah");
        youth.setPhone("612 555 0101");
        youth.setBirthDate(LocalDate.now().minusYears(16));
        youth.setLanguage("so");
        youth.setPostId(post);
        youth.setGuardianName("Faadumo Farah");
        youth.setGuardianPhone("612 555 0102");
        var youthLead = RunAs.user("liaison", () -> events.captureLead(event, youth));
        var adult = new InterestForm();
        adult.setKind(InterestForm.Kind.ADULT);
        adult.setInterest(InterestForm.Interest.CAREERS);
        adult.setGivenName("Maria");
        adult.setFamilyName("Lopez");
        adult.setEmail("maria.lopez@example.org");
        adult.setLanguage("es");
        var adultLead = RunAs.user("liaison", () -> events.captureLead(event, adult));

        var participant = RunAs.user(coordinator.username(), () -> participants.getParticipant(youthLead.id()));
        assertThat(participant.draft().getSource()).isEqualTo(ParticipantSource.EVENT);
        assertThat(participant.draft().getGuardians()).hasSize(1);
        var applicant = RunAs.user("recruiter", () -> applicants.get(adultLead.id()));
        assertThat(applicant.draft().getSource()).isEqualTo(ApplicantSource.OUTREACH_EVENT);
        assertThat(applicant.draft().getSourceEvent()).isEqualTo(draft.getName());

        var row = RunAs.user("liaison", () -> events.event(event));
        assertThat(row.youthLeads()).isEqualTo(1);
        assertThat(row.careerLeads()).isEqualTo(1);
        assertThat(row.cohosts()).hasSize(1);
        assertThat(row.languagesOffered()).containsExactly("so", "es");
        RunAs.user("liaison", () -> events.recordTurnout(event, row.version(), 85, true));
        assertThat(RunAs.user("liaison", () -> events.event(event)).headCount()).isEqualTo(85);
        assertThatThrownBy(() -> RunAs.user("liaison", () -> events.event(Long.MAX_VALUE)))
                .isInstanceOf(NotFoundException.class);
    }

    private static PartnerDraft partner(String prefix) {
        var draft = new PartnerDraft();
        draft.setName(ExplorerFixtures.unique(prefix));
        draft.setType(PartnerType.OTHER);
        draft.setLanguagesServed(List.of("so"));
        return draft;
    }

    @Test
    void alliancesLogConveningsWithOwnedFollowUpsAndPublishStatements() throws Exception {
        long partner = RunAs.user("admin", () -> partners.createPartner(partner("Alliance member")));
        long alliance = RunAs.user("liaison", () -> alliances.createAlliance(ExplorerFixtures.unique("County alliance"),
                "Law enforcement and immigrant community leaders"));
        RunAs.user("liaison", () -> alliances.addMember(alliance, partner, LocalDate.now().minusMonths(3)));
        var leader = new PartnerPersonDraft();
        leader.setName("Imam Yusuf");
        leader.setLeader(true);
        leader.setLanguages(List.of("so", "ar"));
        leader.setPreferredContact(Alliances.PreferredContact.IN_PERSON);
        long person = RunAs.user("liaison", () -> alliances.addPerson(partner, leader));

        var convening = new ConveningDraft();
        convening.setAllianceId(alliance);
        convening.setHeldOn(LocalDate.now().minusDays(20));
        convening.setTopics("Federal agreements; interpreter line at the front desk");
        convening.setAttendeePersonIds(List.of(person));
        var followUp = new ConveningDraft.ActionDraft();
        followUp.setKind(Alliances.ActionKind.FOLLOW_UP);
        followUp.setDescription("Share the non-inquiry policy in Somali");
        followUp.setOwnerPersonId(person);
        followUp.setDueOn(LocalDate.now().minusDays(1));
        convening.setActions(List.of(followUp));
        RunAs.user("liaison", () -> alliances.logConvening(convening));

        var logged = RunAs.user("liaison", () -> alliances.convenings(alliance));
        assertThat(logged).hasSize(1);
        assertThat(logged.get(0).attendees()).hasSize(1);
        assertThat(logged.get(0).attendees().get(0)).contains("Imam Yusuf");
        var action = logged.get(0).actions().get(0);
        assertThat(action.owner()).isEqualTo("Imam Yusuf");
        assertThat(action.overdue()).isTrue();
        assertThat(RunAs.user("liaison", () -> alliances.openActions())).extracting(Alliances.Action::id).contains(action.id());
        RunAs.user("liaison", () -> alliances.setActionStatus(action.id(), action.version(), Alliances.ActionStatus.DONE));
        assertThat(RunAs.user("liaison", () -> alliances.openActions())).extracting(Alliances.Action::id)
                .doesNotContain(action.id());

        // Someone not of a member organisation cannot be an attendee.
        long outsider = RunAs.user("admin", () -> partners.createPartner(partner("Outsider")));
        long stranger = RunAs.user("liaison", () -> alliances.addPerson(outsider, leader));
        convening.setAttendeePersonIds(List.of(stranger));
        convening.setActions(List.of());
        assertThatThrownBy(() -> RunAs.user("liaison", () -> alliances.logConvening(convening)))
                .isInstanceOf(NotFoundException.class);

        // The statement is published by an administrator and appears with the public policies' statements.
        assertThatThrownBy(() -> RunAs.user("liaison", () -> alliances.publishStatement(alliance, "so", "Warqad", "Qoraal")))
                .isInstanceOf(AccessDeniedException.class);
        RunAs.user("admin", () -> alliances.publishStatement(alliance, "so", "Bayaanka isbahaysiga", "Waxaan ballanqaadaynaa"));
        assertThat(RunAs.anonymous(() -> policies.statements("so"))).extracting(p -> p.title()).contains("Bayaanka isbahaysiga");
        assertThat(RunAs.anonymous(() -> policies.published("so"))).extracting(p -> p.title())
                .doesNotContain("Bayaanka isbahaysiga");

        // Erasing a partner person keeps the convening log but not the name.
        RunAs.user("admin", () -> retention.erase(new PersonRef("partner-person", person)));
        assertThat(RunAs.user("liaison", () -> alliances.convenings(alliance)).get(0).attendees().get(0))
                .doesNotContain("Yusuf");
    }

    @Test
    void trainingRecordsSitBesideTheScreeningRecord() throws Exception {
        var fixtures = new ExplorerFixtures(accounts, posts, consentTexts);
        var liaison = fixtures.account(Role.LIAISON);
        RunAs.user("admin", () -> screening.recordTraining(liaison.id(), TrainingRecord.Kind.CULTURAL_COMPETENCY,
                "Somali community history", LocalDate.now().minusYears(2), new BigDecimal("6.5"),
                LocalDate.now().minusDays(1)));
        RunAs.user("admin", () -> screening.recordTraining(liaison.id(), TrainingRecord.Kind.LANGUAGE,
                "Conversational Spanish I", LocalDate.now().minusMonths(1), new BigDecimal("40"), null));
        var records = RunAs.user("admin", () -> screening.trainingOf(liaison.id()));
        assertThat(records).extracting(TrainingRecord::course).containsExactly("Conversational Spanish I",
                "Somali community history");
        assertThat(records).extracting(TrainingRecord::current).containsExactly(true, false);
        assertThatThrownBy(() -> RunAs.user("admin", () -> screening.recordTraining(liaison.id(),
                TrainingRecord.Kind.YOUTH_PROTECTION, "Backwards", LocalDate.now().minusDays(2), BigDecimal.ONE,
                LocalDate.now().minusDays(3)))).isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> RunAs.user("liaison", () -> screening.trainingOf(liaison.id())))
                .isInstanceOf(AccessDeniedException.class);
    }
}
