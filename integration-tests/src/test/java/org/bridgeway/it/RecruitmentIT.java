package org.bridgeway.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.bridgeway.explorer.api.ConsentKind;
import org.bridgeway.explorer.api.ConsentTexts;
import org.bridgeway.explorer.api.ExplorerPosts;
import org.bridgeway.explorer.api.Participants;
import org.bridgeway.identity.api.AccountService;
import org.bridgeway.identity.api.Role;
import org.bridgeway.partners.api.PartnerDirectory;
import org.bridgeway.partners.api.PartnerDraft;
import org.bridgeway.partners.api.PartnerService;
import org.bridgeway.partners.api.PartnerType;
import org.bridgeway.recruitment.api.ApplicantDraft;
import org.bridgeway.recruitment.api.ApplicantSource;
import org.bridgeway.recruitment.api.ApplicantState;
import org.bridgeway.recruitment.api.Applicants;
import org.bridgeway.recruitment.api.HiringProcesses;
import org.bridgeway.recruitment.api.NotSelectedReason;
import org.bridgeway.recruitment.api.OutcomeKind;
import org.bridgeway.recruitment.api.PartnerReferrals;
import org.bridgeway.recruitment.api.ReferralProgress;
import org.bridgeway.recruitment.api.Requirement;
import org.bridgeway.recruitment.api.StepDefinition;
import org.bridgeway.recruitment.api.StepKind;
import org.bridgeway.recruitment.api.StepOutcome;
import org.bridgeway.recruitment.api.TimelineEntry;
import org.bridgeway.shared.AccessDeniedException;
import org.bridgeway.shared.BusinessException;
import org.bridgeway.shared.NotFoundException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The hiring pipeline inside Payara against PostgreSQL, as recruiters, investigators and partners. */
@ExtendWith(ArquillianExtension.class)
class RecruitmentIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.realEarWithTests(RecruitmentIT.class, ExplorerFixtures.class, ExplorerFixtures.Person.class,
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
    Applicants applicants;

    @Inject
    HiringProcesses processes;

    @Inject
    PartnerService partnerService;

    @Inject
    PartnerDirectory partnerDirectory;

    @Inject
    PartnerReferrals partnerReferrals;

    @Inject
    org.bridgeway.recruitment.api.ApplicantImports imports;

    @Inject
    org.bridgeway.recruitment.api.RecruitmentSessions sessions;

    @Inject
    org.bridgeway.recruitment.api.RecruitmentMessages messages;

    @Inject
    org.bridgeway.shared.mail.MailOutbox outbox;

    @Inject
    org.bridgeway.recruitment.api.SelfIdentification selfIdentification;

    @Inject
    org.bridgeway.recruitment.api.RecruitmentReports reports;

    @Inject
    org.bridgeway.shared.retention.Retention retention;

    @Resource(lookup = "java:app/jdbc/bridgeway")
    DataSource dataSource;

    private ExplorerFixtures fixtures() {
        return new ExplorerFixtures(accounts, posts, consentTexts);
    }

    private static ApplicantDraft applicant(String given, String family) {
        var draft = new ApplicantDraft();
        draft.setGivenName(given);
        draft.setFamilyName(family);
        draft.setEmail("applicant." + UUID.randomUUID().toString().substring(0, 8) + "@example.org");
        draft.setPreferredLanguage("so");
        draft.setLanguages(List.of("so", "en"));
        draft.setBirthDate(LocalDate.now().minusYears(24));
        return draft;
    }

    private long partner(String name) throws Exception {
        var draft = new PartnerDraft();
        draft.setName(name + " " + UUID.randomUUID().toString().substring(0, 6));
        draft.setType(PartnerType.OTHER);
        draft.setLanguagesServed(List.of("so"));
        return RunAs.user("admin", () -> partnerService.createPartner(draft));
    }

    /** Moves the applicant's latest recorded result back in time, as if that many days had passed. */
    private void daysPass(long applicantId, int days) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "update applicant_event set at = at - make_interval(days => ?) where applicant_id = ? and kind = 'RESULT'")) {
            s.setInt(1, days);
            s.setLong(2, applicantId);
            s.executeUpdate();
        }
    }

    private long auditRows(String subjectId) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select count(*) from audit_event where subject_id = ? and kind = 'PROTECTED_FIELD_READ'")) {
            s.setString(1, subjectId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void anApplicantGoesFromInterestToHiredAndEveryMoveIsOnTheTimeline() throws Exception {
        var investigator = fixtures().account(Role.BACKGROUND_INVESTIGATOR);
        var recruiter = fixtures().account(Role.RECRUITER);
        long id = RunAs.user(recruiter.username(), () -> applicants.create(applicant("Ayaan", "Hirsi"))).id();
        var steps = RunAs.user("recruiter", () -> processes.defaultTemplate()).steps();

        for (var step : steps.subList(0, steps.size() - 1)) {
            String who = step.kind().hasRestrictedNotes() ? investigator.username() : recruiter.username();
            switch (step.outcomeKind()) {
                case SCORE -> RunAs.user(who, () -> applicants.recordResult(id, null, 85, "Solid answers"));
                case PASS_FAIL -> RunAs.user(who, () -> applicants.recordResult(id, StepOutcome.PASS, null,
                        step.kind().keepsOutcomeOnly() ? null : "Passed"));
                case ATTENDED -> RunAs.user(who, () -> applicants.recordResult(id, StepOutcome.ATTENDED, null, null));
                case NONE -> { }
            }
            var moved = RunAs.user(recruiter.username(), () -> applicants.advance(List.of(id), null, null));
            assertThat(moved.refused()).as(step.code()).isEmpty();
        }

        var hired = RunAs.user("recruiter", () -> applicants.get(id));
        assertThat(hired.state()).isEqualTo(ApplicantState.HIRED);
        assertThat(hired.currentStep().kind()).isEqualTo(StepKind.HIRED);
        List<TimelineEntry> timeline = RunAs.user(investigator.username(), () -> applicants.timeline(id));
        assertThat(timeline.stream().filter(t -> t.kind().equals("ADVANCED")))
                .hasSize(steps.size() - 1)
                .allSatisfy(t -> {
                    assertThat(t.actor()).isEqualTo("Person " + recruiter.username());
                    assertThat(t.step()).isNotNull();
                    assertThat(t.toStep()).isNotNull();
                    assertThat(t.toStep().position()).isEqualTo(t.step().position() + 1);
                });
        assertThat(timeline.get(0).kind()).isEqualTo("CREATED");
        assertThat(timeline.stream().filter(t -> t.kind().equals("RESULT")).map(TimelineEntry::actor))
                .contains("Person " + recruiter.username(), "Person " + investigator.username());
        // The written exam's score is judged by its cut-off and kept.
        assertThat(timeline).anySatisfy(t -> {
            assertThat(t.step()).isNotNull();
            assertThat(t.step().kind()).isEqualTo(StepKind.WRITTEN_EXAM);
            assertThat(t.score()).isEqualTo(85);
            assertThat(t.outcome()).isEqualTo(StepOutcome.PASS);
        });
        assertThat(RunAs.user("recruiter", () -> applicants.advance(List.of(id), null, null)).refused())
                .singleElement().satisfies(r -> assertThat(r.messageKey()).isEqualTo("recruitment.error.notActive"));
    }

    @Test
    void aFailedStepBlocksAdvancingUntilItsRetestPeriodHasPassed() throws Exception {
        long id = RunAs.user("recruiter", () -> applicants.create(applicant("Guled", "Farah"))).id();
        RunAs.user("recruiter", () -> applicants.advance(List.of(id), null, null)); // interest → application
        RunAs.user("recruiter", () -> applicants.recordResult(id, StepOutcome.PASS, null, null));
        RunAs.user("recruiter", () -> applicants.advance(List.of(id), null, null)); // → written exam (retest 90 days)
        RunAs.user("recruiter", () -> applicants.recordResult(id, null, 61, "Below the cut-off"));

        var blocked = RunAs.user("recruiter", () -> applicants.advance(List.of(id), null, null));
        assertThat(blocked.done()).isEmpty();
        assertThat(blocked.refused()).singleElement().satisfies(r -> {
            assertThat(r.messageKey()).isEqualTo("recruitment.error.failedStep");
            assertThat(r.arguments()).contains(LocalDate.now().plusDays(90).toString());
        });
        assertThatThrownBy(() -> RunAs.user("recruiter", () -> applicants.recordResult(id, null, 80, null)))
                .isInstanceOf(BusinessException.class).hasMessage("recruitment.error.retestWait");
        // Skipping the exam is refused too: it is required.
        long physical = RunAs.user("recruiter", () -> processes.defaultTemplate()).steps().get(3).id();
        assertThat(RunAs.user("recruiter", () -> applicants.advance(List.of(id), physical, null)).refused())
                .singleElement().satisfies(r -> assertThat(r.messageKey()).isEqualTo("recruitment.error.failedStep"));

        daysPass(id, 90);
        RunAs.user("recruiter", () -> applicants.recordResult(id, null, 78, "Retest"));
        assertThat(RunAs.user("recruiter", () -> applicants.advance(List.of(id), null, null)).done()).containsExactly(id);
        assertThat(RunAs.user("recruiter", () -> applicants.get(id)).currentStep().kind())
                .isEqualTo(StepKind.PHYSICAL_ABILITY);
        assertThat(RunAs.user("recruiter", () -> applicants.timeline(id)).stream()
                .filter(t -> t.kind().equals("RESULT") && t.step().kind() == StepKind.WRITTEN_EXAM)
                .map(TimelineEntry::outcome)).containsExactly(StepOutcome.FAIL, StepOutcome.PASS);
    }

    @Test
    void recruitersSeeOutcomesButNotTheNotesOfBackgroundOrPolygraphAndMedicalKeepsOnlyTheOutcome() throws Exception {
        var investigator = fixtures().account(Role.BACKGROUND_INVESTIGATOR);
        long id = RunAs.user("recruiter", () -> applicants.create(applicant("Hodan", "Ali"))).id();
        var steps = RunAs.user("recruiter", () -> processes.defaultTemplate()).steps();
        // Straight to the background investigation, as the test's shortcut: results recorded step by step.
        for (int i = 0; i < 5; i++) {
            var step = steps.get(i);
            if (step.outcomeKind() == OutcomeKind.SCORE) {
                RunAs.user("recruiter", () -> applicants.recordResult(id, null, 90, null));
            } else if (step.outcomeKind() == OutcomeKind.PASS_FAIL) {
                RunAs.user("recruiter", () -> applicants.recordResult(id, StepOutcome.PASS, null, null));
            }
            RunAs.user("recruiter", () -> applicants.advance(List.of(id), null, null));
        }
        assertThat(RunAs.user("recruiter", () -> applicants.get(id)).currentStep().kind()).isEqualTo(StepKind.BACKGROUND);
        assertThatThrownBy(() -> RunAs.user("recruiter", () -> applicants.recordResult(id, StepOutcome.PASS, null, "x")))
                .isInstanceOf(AccessDeniedException.class);
        RunAs.user(investigator.username(), () -> applicants.recordResult(id, StepOutcome.PASS, null,
                "Prior employer reference confirmed"));

        var recruiterView = RunAs.user("recruiter", () -> applicants.timeline(id)).stream()
                .filter(t -> t.kind().equals("RESULT") && t.step().kind() == StepKind.BACKGROUND).findFirst().orElseThrow();
        assertThat(recruiterView.outcome()).isEqualTo(StepOutcome.PASS);
        assertThat(recruiterView.note()).isNull();
        assertThat(recruiterView.noteWithheld()).isTrue();
        var investigatorView = RunAs.user(investigator.username(), () -> applicants.timeline(id)).stream()
                .filter(t -> t.kind().equals("RESULT") && t.step().kind() == StepKind.BACKGROUND).findFirst().orElseThrow();
        assertThat(investigatorView.note()).isEqualTo("Prior employer reference confirmed");

        // Medical and psychological steps keep the outcome only.
        RunAs.user("recruiter", () -> applicants.advance(List.of(id), null, null)); // polygraph
        RunAs.user(investigator.username(), () -> applicants.recordResult(id, StepOutcome.PASS, null, "Clean"));
        RunAs.user("recruiter", () -> applicants.advance(List.of(id), null, null)); // offer
        RunAs.user("recruiter", () -> applicants.recordResult(id, StepOutcome.ATTENDED, null, null));
        RunAs.user("recruiter", () -> applicants.advance(List.of(id), null, null)); // psych/medical
        assertThatThrownBy(() -> RunAs.user(investigator.username(), () -> applicants.recordResult(id, StepOutcome.PASS,
                null, "Blood pressure"))).isInstanceOf(BusinessException.class).hasMessage("recruitment.error.outcomeOnly");
        RunAs.user(investigator.username(), () -> applicants.recordResult(id, StepOutcome.PASS, null, null));
        assertThat(RunAs.user("recruiter", () -> applicants.timeline(id)).stream()
                .filter(t -> t.kind().equals("RESULT") && t.step().kind() == StepKind.POLYGRAPH))
                .singleElement().satisfies(t -> assertThat(t.note()).isNull());
    }

    @Test
    void theResidencyBasisLeavesTheServiceOnlyToAuditedAuthorisedReads() throws Exception {
        var investigator = fixtures().account(Role.BACKGROUND_INVESTIGATOR);
        long id = RunAs.user("recruiter", () -> applicants.create(applicant("Fadumo", "Yusuf"))).id();
        // A recruiter records the requirement's status, but may not attach or read a basis.
        RunAs.user("recruiter", () -> applicants.setRequirement(id, Requirement.RESIDENCY, Requirement.Status.PENDING, null));
        assertThatThrownBy(() -> RunAs.user("recruiter", () -> applicants.setRequirement(id, Requirement.RESIDENCY,
                Requirement.Status.YES, "Permanent resident card seen"))).isInstanceOf(AccessDeniedException.class);
        RunAs.user(investigator.username(), () -> applicants.setRequirement(id, Requirement.RESIDENCY,
                Requirement.Status.YES, "Permanent resident card seen"));

        var details = RunAs.user("recruiter", () -> applicants.get(id));
        var residency = details.requirements().get(Requirement.RESIDENCY);
        assertThat(residency.status()).isEqualTo(Requirement.Status.YES);
        assertThat(residency.verifiedBy()).isEqualTo("Person " + investigator.username());
        assertThat(residency.basisOnFile()).isTrue();
        assertThat(details.toString()).doesNotContain("resident card");
        assertThat(RunAs.user("recruiter", () -> applicants.timeline(id)).toString()).doesNotContain("resident card");
        assertThatThrownBy(() -> RunAs.user("recruiter", () -> applicants.readRequirementBasis(id, Requirement.RESIDENCY)))
                .isInstanceOf(AccessDeniedException.class);

        String subject = id + ":RESIDENCY";
        long before = auditRows(subject);
        assertThat(RunAs.user(investigator.username(), () -> applicants.readRequirementBasis(id, Requirement.RESIDENCY)))
                .contains("Permanent resident card seen");
        assertThat(auditRows(subject)).as("exactly one audit row per read").isEqualTo(before + 1);
        // Stored encrypted: the plain text is nowhere in the database row.
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select count(*) from protected_value where owner_id = ? and ciphertext like '%resident%'")) {
            s.setString(1, subject);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                assertThat(rs.getLong(1)).isZero();
            }
        }
    }

    @Test
    void aPartnerSeesOnlyItsOwnReferralsAndNoIndividualWhoDidNotAgree() throws Exception {
        long somaliAssociation = partner("Somali American Police Association");
        long alliance = partner("County Immigrant Alliance");
        var partnerAccount = fixtures().account(Role.PARTNER);
        RunAs.user("admin", () -> partnerDirectory.linkAccount(partnerAccount.id(), somaliAssociation));
        var unlinked = fixtures().account(Role.PARTNER);

        long sharing = 0;
        for (int i = 0; i < 6; i++) {
            var draft = applicant("Referral" + i, "Mohamed");
            draft.setSource(ApplicantSource.PARTNER);
            draft.setSourcePartnerId(somaliAssociation);
            long id = RunAs.user("recruiter", () -> applicants.create(draft)).id();
            if (i == 0) {
                sharing = id;
            }
        }
        long sharingId = sharing;
        RunAs.user("recruiter", () -> applicants.setPartnerSharing(sharingId, true));
        var other = applicant("Elsewhere", "Ortiz");
        other.setSource(ApplicantSource.PARTNER);
        other.setSourcePartnerId(alliance);
        RunAs.user("recruiter", () -> applicants.create(other));

        var counts = RunAs.user(partnerAccount.username(), () -> partnerReferrals.counts());
        assertThat(counts.grandTotal().shownCount()).hasValue(6);
        var shared = RunAs.user(partnerAccount.username(), () -> partnerReferrals.sharedProgress());
        assertThat(shared).extracting(ReferralProgress::name).containsExactly("Referral0 Mohamed");
        assertThat(shared.get(0).stage()).isEqualTo(ReferralProgress.Stage.IN_PROCESS);
        assertThat(shared.get(0).stepReached().kind()).isEqualTo(StepKind.INTEREST);

        // Withdrawing the agreement removes the person from the partner's view.
        RunAs.user("recruiter", () -> applicants.setPartnerSharing(sharingId, false));
        assertThat(RunAs.user(partnerAccount.username(), () -> partnerReferrals.sharedProgress())).isEmpty();
        assertThatThrownBy(() -> RunAs.user(unlinked.username(), () -> partnerReferrals.counts()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> RunAs.user(partnerAccount.username(), () -> applicants.get(sharingId)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void duplicatesAreFlaggedOnCreateAndAMergeKeepsBothTimelines() throws Exception {
        var first = applicant("María José", "García López");
        first.setPhone("(612) 555-0187");
        long kept = RunAs.user("recruiter", () -> applicants.create(first)).id();
        RunAs.user("recruiter", () -> applicants.advance(List.of(kept), null, "Came to the fair"));

        var second = applicant("Maria", "Garcia");
        second.setBirthDate(first.getBirthDate());
        var created = RunAs.user("recruiter", () -> applicants.create(second));
        assertThat(created.possibleDuplicates()).singleElement().satisfies(d -> {
            assertThat(d.applicantId()).isEqualTo(kept);
            assertThat(d.reason()).isEqualTo("NAME_AND_BIRTH_DATE");
        });
        var third = applicant("Someone", "Else");
        third.setBirthDate(LocalDate.now().minusYears(30));
        third.setPhone("+1 612 555 0187");
        assertThat(RunAs.user("recruiter", () -> applicants.create(third)).possibleDuplicates())
                .extracting(d -> d.reason()).containsExactly("PHONE");

        long merged = created.id();
        RunAs.user("recruiter", () -> applicants.exit(List.of(merged), ApplicantState.WITHDRAWN, null, null, "Duplicate"));
        RunAs.user("recruiter", () -> applicants.merge(kept, merged));
        var timeline = RunAs.user("recruiter", () -> applicants.timeline(kept));
        assertThat(timeline).extracting(TimelineEntry::kind)
                .containsSubsequence("CREATED", "ADVANCED").contains("EXITED", "MERGED");
        assertThat(timeline.stream().filter(t -> t.kind().equals("CREATED"))).hasSize(2);
        assertThat(RunAs.user("recruiter", () -> applicants.get(merged)).state()).isEqualTo(ApplicantState.MERGED);
        assertThat(RunAs.user("recruiter", () -> applicants.duplicatesOf(kept))).extracting(d -> d.applicantId())
                .doesNotContain(merged);
        assertThatThrownBy(() -> RunAs.user("recruiter", () -> applicants.merge(kept, merged)))
                .isInstanceOf(BusinessException.class).hasMessage("recruitment.error.alreadyMerged");
    }

    @Test
    void aCsvImportReportsBadRowsByLineAndCommitsAllOrNothingOrTheValidRowsAsChosen() throws Exception {
        long partner = partner("Somali American Police Association");
        String existing = "already." + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        var known = applicant("Known", "Person");
        known.setEmail(existing);
        long knownId = RunAs.user("recruiter", () -> applicants.create(known)).id();
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String csv = "\uFEFFfirst name,Last Name,email,phone,birth_date,language,languages,heard_how\n"
                + "Ayaan,Warsame" + tag + ",ayaan." + tag + "@example.org,,2001-04-05,so,\"so, en\",Friday prayer talk\n"
                + "Bad,Email" + tag + ",not-an-email,,,,,\n"
                + "Idil,Noor" + tag + "," + existing.toUpperCase() + ",612 555 0101,,so,so,\n"
                + "\n"
                + "Late,Date" + tag + ",late." + tag + "@example.org,,31/31/2001,,,\n"
                + ",Nameless" + tag + ",nameless." + tag + "@example.org,,,,,\n";
        byte[] bytes = csv.getBytes(java.nio.charset.StandardCharsets.UTF_8);

        var preview = RunAs.user("recruiter", () -> imports.preview("fair.csv", bytes, ApplicantSource.PARTNER, partner, null));
        assertThat(preview.totalRows()).isEqualTo(5);
        assertThat(preview.invalidRows()).isEqualTo(3);
        assertThat(preview.problems()).extracting(p -> p.line() + ":" + p.messageKey() + ":" + p.argument())
                .containsExactly("3:recruitment.import.error.field:email",
                        "6:recruitment.import.error.birthDate:31/31/2001",
                        "7:recruitment.import.error.field:givenName");
        assertThat(preview.possibleDuplicates()).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(4);
            assertThat(d.messageKey()).isEqualTo("recruitment.import.duplicate.EMAIL");
            assertThat(d.argument()).isEqualTo("#" + knownId);
        });

        // All or nothing: the bad rows refuse the whole file.
        var refused = RunAs.user("recruiter", () -> imports.commit(preview.importId(), true));
        assertThat(refused.status()).isEqualTo("REFUSED");
        assertThat(countApplicants("%" + tag)).isZero();
        assertThatThrownBy(() -> RunAs.user("recruiter", () -> imports.commit(preview.importId(), false)))
                .isInstanceOf(BusinessException.class).hasMessage("recruitment.import.alreadyUsed");

        // Valid rows only: the two good lines, in one go, with their source and first step.
        var again = RunAs.user("recruiter", () -> imports.preview("fair.csv", bytes, ApplicantSource.PARTNER, partner, null));
        var done = RunAs.user("recruiter", () -> imports.commit(again.importId(), false));
        assertThat(done.status()).isEqualTo("DONE");
        assertThat(done.committedRows()).isEqualTo(2);
        assertThat(RunAs.user("recruiter", () -> imports.status(again.importId())).getPercent()).isEqualTo(100);
        assertThat(countApplicants("%" + tag)).isEqualTo(2);
        long ayaan = firstApplicant("Warsame" + tag);
        var details = RunAs.user("recruiter", () -> applicants.get(ayaan));
        assertThat(details.draft().getSource()).isEqualTo(ApplicantSource.PARTNER);
        assertThat(details.draft().getSourcePartnerId()).isEqualTo(partner);
        assertThat(details.draft().getLanguages()).containsExactly("so", "en");
        assertThat(details.draft().getBirthDate()).isEqualTo(LocalDate.of(2001, 4, 5));
        assertThat(details.currentStep().kind()).isEqualTo(StepKind.INTEREST);
        assertThat(details.requirements()).hasSize(Requirement.values().length);
        assertThat(RunAs.user("recruiter", () -> applicants.timeline(ayaan))).singleElement().satisfies(t -> {
            assertThat(t.kind()).isEqualTo("CREATED");
            assertThat(t.note()).isEqualTo("fair.csv, line 2");
        });
        assertThat(RunAs.user("recruiter", () -> applicants.duplicatesOf(knownId))).extracting(d -> d.reason())
                .containsExactly("EMAIL");
        assertThatThrownBy(() -> RunAs.user("youth", () -> imports.preview("x.csv", bytes, ApplicantSource.WEBSITE,
                null, null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> RunAs.user("recruiter", () -> imports.preview("x.csv",
                "name,email\nA,a@example.org\n".getBytes(java.nio.charset.StandardCharsets.UTF_8), ApplicantSource.WEBSITE,
                null, null))).isInstanceOf(BusinessException.class).hasMessage("recruitment.import.header");
    }

    private long countApplicants(String familyPattern) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select count(*) from applicant where family_name like ?")) {
            s.setString(1, familyPattern);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private long firstApplicant(String familyName) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select min(id) from applicant where family_name = ?")) {
            s.setString(1, familyName);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void anOralBoardIsScheduledInvitationsAndRemindersGoOutOnceInEachApplicantsLanguage() throws Exception {
        var steps = RunAs.user("recruiter", () -> processes.defaultTemplate()).steps();
        long oralBoard = steps.stream().filter(s -> s.kind() == StepKind.ORAL_BOARD).findFirst().orElseThrow().id();
        String tag = UUID.randomUUID().toString().substring(0, 6);
        var somali = applicant("Hamdi", "Board" + tag);
        somali.setEmail("hamdi." + tag + "@example.org");
        var spanish = applicant("Lucia", "Board" + tag);
        spanish.setEmail("lucia." + tag + "@example.org");
        spanish.setPreferredLanguage("es");
        long a = RunAs.user("recruiter", () -> applicants.create(somali)).id();
        long b = RunAs.user("recruiter", () -> applicants.create(spanish)).id();
        long c = RunAs.user("recruiter", () -> applicants.create(applicant("Late", "Board" + tag))).id();
        for (long id : new long[] {a, b}) {
            RunAs.user("recruiter", () -> applicants.advance(List.of(id), null, null));
            RunAs.user("recruiter", () -> applicants.recordResult(id, StepOutcome.PASS, null, null));
            RunAs.user("recruiter", () -> applicants.advance(List.of(id), null, null));
            RunAs.user("recruiter", () -> applicants.recordResult(id, null, 88, null));
            RunAs.user("recruiter", () -> applicants.advance(List.of(id), null, null));
            RunAs.user("recruiter", () -> applicants.recordResult(id, StepOutcome.PASS, null, null));
            RunAs.user("recruiter", () -> applicants.advance(List.of(id), null, null));
        }
        assertThat(RunAs.user("recruiter", () -> applicants.get(a)).currentStep().kind()).isEqualTo(StepKind.ORAL_BOARD);

        // Tomorrow morning (within the next 24 hours of a reminder run at the end of this test).
        java.time.LocalDateTime start = java.time.LocalDateTime.now(java.time.ZoneId.of("UTC")).plusHours(20)
                .truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        long session = RunAs.user("recruiter", () -> sessions.create(oralBoard, start, 90, "Police HQ, room 2", 2));
        assertThatThrownBy(() -> RunAs.user("recruiter", () -> sessions.create(oralBoard, start.minusDays(2), 90,
                "Room", 2))).isInstanceOf(BusinessException.class).hasMessage("recruitment.session.inThePast");

        var invited = RunAs.user("recruiter", () -> sessions.invite(session, List.of(a, b, c)));
        assertThat(invited.done()).containsExactlyInAnyOrder(a, b);
        assertThat(invited.refused()).singleElement().satisfies(r -> {
            assertThat(r.applicantId()).isEqualTo(c);
            assertThat(r.messageKey()).isEqualTo("recruitment.session.notAtStep");
        });
        assertThat(RunAs.user("recruiter", () -> sessions.invite(session, List.of(a))).refused())
                .singleElement().satisfies(r -> assertThat(r.messageKey()).isEqualTo("recruitment.session.alreadyInvited"));
        assertThat(RunAs.user("recruiter", () -> sessions.upcoming())).filteredOn(s -> s.id() == session)
                .singleElement().satisfies(s -> assertThat(s.invited()).isEqualTo(2));
        assertThat(RunAs.user("recruiter", () -> applicants.timeline(a))).extracting(TimelineEntry::kind)
                .contains("INVITED", "MESSAGE");

        // Two reminder runs (as two servers would): each applicant is reminded once.
        assertThat(RunAs.user("recruiter", () -> sessions.sendDueReminders())).isEqualTo(2);
        assertThat(RunAs.user("recruiter", () -> sessions.sendDueReminders())).isZero();
        // A message sent by hand, in each language; no e-mail → refused by name.
        var noEmail = applicant("Phone", "Only" + tag);
        noEmail.setEmail(null);
        noEmail.setPhone("612 555 0144");
        long d = RunAs.user("recruiter", () -> applicants.create(noEmail)).id();
        var atExam = applicant("Exam", "Board" + tag);
        atExam.setEmail("exam." + tag + "@example.org");
        long e = RunAs.user("recruiter", () -> applicants.create(atExam)).id();
        RunAs.user("recruiter", () -> applicants.advance(List.of(e), null, null));
        RunAs.user("recruiter", () -> applicants.recordResult(e, StepOutcome.PASS, null, null));
        RunAs.user("recruiter", () -> applicants.advance(List.of(e), null, null));
        var sent = RunAs.user("recruiter", () -> messages.send(List.of(a, b, d, e), "NEXT_STEP"));
        assertThat(sent.done()).containsExactlyInAnyOrder(a, b, e);
        assertThat(sent.refused()).extracting(r -> r.messageKey()).containsExactly("recruitment.error.noEmail");
        outbox.sendDue(100);

        assertThat(Inbox.subjects(somali.getEmail())).containsExactlyInAnyOrder(
                "Casuumad: Guddiga wareysiga " + start.format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")),
                "Xasuusin: Guddiga wareysiga berri", "Codsigaaga: Guddiga wareysiga");
        assertThat(Inbox.subjects(spanish.getEmail())).containsExactlyInAnyOrder(
                "Invitación: Entrevista oral el " + start.format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")),
                "Recordatorio: Entrevista oral mañana", "Su solicitud: Entrevista oral");
        // At the written exam, the step's own template replaces the general one.
        assertThat(Inbox.subjects(atExam.getEmail())).containsExactly("Codsigaaga: imtixaanka qoraalka ah");
    }

    @Test
    void onlyTheApplicantAnswersSelfIdentificationOnceAndItAppearsOnlyInSuppressedTotals() throws Exception {
        long partner = partner("County Immigrant Alliance");
        String tag = UUID.randomUUID().toString().substring(0, 6);
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 7; i++) {
            var draft = applicant("Self" + i, "Identified" + tag);
            draft.setSource(ApplicantSource.PARTNER);
            draft.setSourcePartnerId(partner);
            ids.add(RunAs.user("recruiter", () -> applicants.create(draft)).id());
        }
        for (int i = 0; i < ids.size(); i++) {
            long id = ids.get(i);
            RunAs.user("recruiter", () -> selfIdentification.sendLink(id));
            String token = linkToken(id);
            assertThat(RunAs.anonymous(() -> selfIdentification.isValid(token))).isTrue();
            String gender = i < 6 ? "WOMAN" : "MAN";
            RunAs.anonymous(() -> {
                selfIdentification.submit(token, gender, java.util.Set.of("BLACK_AFRICAN_AMERICAN"), "NO");
                return null;
            });
            assertThat(RunAs.anonymous(() -> selfIdentification.isValid(token))).as("single use").isFalse();
            assertThatThrownBy(() -> RunAs.anonymous(() -> {
                selfIdentification.submit(token, "MAN", java.util.Set.of(), null);
                return null;
            })).isInstanceOf(BusinessException.class).hasMessage("selfId.linkInvalid");
        }
        assertThatThrownBy(() -> RunAs.anonymous(() -> {
            selfIdentification.submit("made-up-token", "WOMAN", java.util.Set.of(), null);
            return null;
        })).isInstanceOf(BusinessException.class).hasMessage("selfId.linkInvalid");
        // No per-applicant view carries the answers.
        assertThat(RunAs.user("recruiter", () -> applicants.get(ids.get(0))).toString()).doesNotContain("WOMAN");
        assertThat(RunAs.user("recruiter", () -> applicants.timeline(ids.get(0))).toString())
                .doesNotContain("WOMAN").doesNotContain("BLACK");

        var filter = new org.bridgeway.recruitment.api.ReportFilter(partner, null, null, null, null);
        var command = fixtures().account(Role.COMMAND);
        var table = RunAs.user(command.username(), () -> reports.diversity(
                org.bridgeway.recruitment.api.RecruitmentReports.Dimension.GENDER, filter));
        int woman = table.rowKeys().indexOf("WOMAN");
        int man = table.rowKeys().indexOf("MAN");
        assertThat(table.cell(woman, 0).shownCount()).as("six women reached the first step").hasValue(6);
        assertThat(table.cell(man, 0).suppressed()).as("one man: hidden").isTrue();
        long hiddenInColumn = java.util.stream.IntStream.range(0, table.rowKeys().size())
                .filter(row -> table.cell(row, 0).suppressed()).count();
        assertThat(table.columnTotal(0).suppressed() || hiddenInColumn >= 2)
                .as("the shown total must not give the hidden cell away").isTrue();
        var youth = fixtures().account(Role.YOUTH);
        assertThatThrownBy(() -> RunAs.user(youth.username(), () -> reports.diversity(
                org.bridgeway.recruitment.api.RecruitmentReports.Dimension.GENDER, filter)))
                .isInstanceOf(AccessDeniedException.class);
    }

    /** The token of the link e-mailed to an applicant, read from the queued message. */
    private String linkToken(long applicantId) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select body from mail_outbox where reference = ? order by id desc limit 1")) {
            s.setString(1, "recruitment-self-id:" + applicantId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                var m = java.util.regex.Pattern.compile("token=([A-Za-z0-9_-]+)").matcher(rs.getString(1));
                assertThat(m.find()).isTrue();
                return m.group(1);
            }
        }
    }

    @Test
    void closedApplicantsGoAfterTheRetentionPeriodWithTheirBasisAndAnApplicantCanBeErased() throws Exception {
        var investigator = fixtures().account(Role.BACKGROUND_INVESTIGATOR);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        long old = RunAs.user("recruiter", () -> applicants.create(applicant("Old", "Retained" + tag))).id();
        long fresh = RunAs.user("recruiter", () -> applicants.create(applicant("Fresh", "Retained" + tag))).id();
        RunAs.user(investigator.username(), () -> applicants.setRequirement(old, Requirement.RESIDENCY,
                Requirement.Status.YES, "Naturalisation certificate seen"));
        RunAs.user("recruiter", () -> applicants.exit(List.of(old, fresh), ApplicantState.WITHDRAWN, null, null, null));
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "update applicant set closed_at = now() - interval '4 years' where id = ?")) {
            s.setLong(1, old);
            s.executeUpdate();
        }

        var removed = RunAs.user("admin", () -> retention.purgeExpired());
        assertThat(removed.get("recruitment-applicants-closed")).isGreaterThanOrEqualTo(1);
        assertThat(countApplicants("Retained" + tag)).isEqualTo(1);
        assertThatThrownBy(() -> RunAs.user("recruiter", () -> applicants.get(old))).isInstanceOf(NotFoundException.class);
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select count(*) from protected_value where owner_type = 'applicant' and owner_id like ?")) {
            s.setString(1, old + ":%");
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                assertThat(rs.getLong(1)).as("the protected basis went with the record").isZero();
            }
        }

        RunAs.user("admin", () -> retention.erase(new org.bridgeway.shared.retention.PersonRef("applicant", fresh)));
        assertThat(countApplicants("Retained" + tag)).isZero();
    }

    @Test
    void timeInStepTimeToHireAndHiresByPartnerShowOnlyGroupsOfFiveOrMore() throws Exception {
        var investigator = fixtures().account(Role.BACKGROUND_INVESTIGATOR);
        long partner = partner("Hiring partner");
        String partnerName = RunAs.user("admin", () -> partnerService.getPartner(partner)).draft().getName();
        var steps = RunAs.user("recruiter", () -> processes.defaultTemplate()).steps();
        for (int i = 0; i < 5; i++) {
            var draft = applicant("Hire" + i, "Partnered");
            draft.setSource(ApplicantSource.PARTNER);
            draft.setSourcePartnerId(partner);
            long id = RunAs.user("recruiter", () -> applicants.create(draft)).id();
            for (var step : steps.subList(0, steps.size() - 1)) {
                String who = step.kind().hasRestrictedNotes() ? investigator.username() : "recruiter";
                switch (step.outcomeKind()) {
                    case SCORE -> RunAs.user(who, () -> applicants.recordResult(id, null, 80, null));
                    case PASS_FAIL -> RunAs.user(who, () -> applicants.recordResult(id, StepOutcome.PASS, null, null));
                    case ATTENDED -> RunAs.user(who, () -> applicants.recordResult(id, StepOutcome.ATTENDED, null, null));
                    case NONE -> { }
                }
                RunAs.user("recruiter", () -> applicants.advance(List.of(id), null, null));
            }
        }
        var filter = new org.bridgeway.recruitment.api.ReportFilter(partner, null, null, null, null);
        var times = RunAs.user("recruiter", () -> reports.timeInStep(
                org.bridgeway.recruitment.api.RecruitmentReports.Grouping.PARTNER, filter));
        assertThat(times).filteredOn(t -> t.stepKey().equals("HIRED")).singleElement().satisfies(t -> {
            assertThat(t.group()).isEqualTo(partnerName);
            assertThat(t.people()).isEqualTo(5);
            assertThat(t.medianDays()).isNotNull().isGreaterThanOrEqualTo(0.0);
        });
        var month = java.time.YearMonth.now(java.time.ZoneId.of("UTC"));
        var hires = RunAs.user("recruiter", () -> reports.hiresByPartner(month, month));
        int row = hires.rowKeys().indexOf(partnerName);
        assertThat(hires.cell(row, 0).shownCount()).hasValue(5);

        // A group of one (a Spanish speaker who moved one step) is counted but its times are not shown.
        var spanish = applicant("Uno", "Partnered");
        spanish.setSource(ApplicantSource.PARTNER);
        spanish.setSourcePartnerId(partner);
        spanish.setPreferredLanguage("es");
        long one = RunAs.user("recruiter", () -> applicants.create(spanish)).id();
        RunAs.user("recruiter", () -> applicants.advance(List.of(one), null, null));
        var byLanguage = RunAs.user("recruiter", () -> reports.timeInStep(
                org.bridgeway.recruitment.api.RecruitmentReports.Grouping.LANGUAGE, filter));
        assertThat(byLanguage).filteredOn(t -> t.group().equals("es")).singleElement().satisfies(t -> {
            assertThat(t.isHidden()).isTrue();
            assertThat(t.medianDays()).isNull();
        });
        assertThat(byLanguage).filteredOn(t -> t.group().equals("so") && t.stepKey().equals("HIRED"))
                .singleElement().satisfies(t -> assertThat(t.isHidden()).isFalse());
    }

    @Test
    void exitsNeedTheirDetailsAndBulkMovesReportEachRefusal() throws Exception {
        long a = RunAs.user("recruiter", () -> applicants.create(applicant("Bulk", "One"))).id();
        long b = RunAs.user("recruiter", () -> applicants.create(applicant("Bulk", "Two"))).id();
        RunAs.user("recruiter", () -> applicants.exit(List.of(b), ApplicantState.NOT_SELECTED,
                NotSelectedReason.MINIMUM_QUALIFICATIONS, null, null));
        var result = RunAs.user("recruiter", () -> applicants.advance(List.of(a, b), null, null));
        assertThat(result.done()).containsExactly(a);
        assertThat(result.refused()).singleElement().satisfies(r -> {
            assertThat(r.applicantId()).isEqualTo(b);
            assertThat(r.messageKey()).isEqualTo("recruitment.error.notActive");
        });
        var deferral = RunAs.user("recruiter", () -> applicants.exit(List.of(a), ApplicantState.DEFERRED, null, null, null));
        assertThat(deferral.refused()).singleElement()
                .satisfies(r -> assertThat(r.messageKey()).isEqualTo("recruitment.error.recontactDate"));
        RunAs.user("recruiter", () -> applicants.exit(List.of(a), ApplicantState.DEFERRED, null,
                LocalDate.now().plusMonths(3), "Finishing a degree"));
        assertThat(RunAs.user("recruiter", () -> applicants.get(a)).recontactOn()).isEqualTo(LocalDate.now().plusMonths(3));
        RunAs.user("recruiter", () -> applicants.resume(a, null));
        assertThat(RunAs.user("recruiter", () -> applicants.get(a)).state()).isEqualTo(ApplicantState.ACTIVE);
    }

    @Test
    void aTemplatePuttingTheMedicalBeforeTheOfferIsRefused() throws Exception {
        var steps = List.of(
                new StepDefinition("interest", StepKind.INTEREST, null, OutcomeKind.NONE, null, null, true),
                new StepDefinition("medical", StepKind.MEDICAL, null, OutcomeKind.PASS_FAIL, null, null, true),
                new StepDefinition("offer", StepKind.CONDITIONAL_OFFER, null, OutcomeKind.ATTENDED, null, null, true),
                new StepDefinition("hired", StepKind.HIRED, null, OutcomeKind.NONE, null, null, true));
        assertThatThrownBy(() -> RunAs.user("admin", () -> processes.createTemplate("Medical first", steps)))
                .isInstanceOf(BusinessException.class).hasMessage("recruitment.template.medicalBeforeOffer");
        assertThatThrownBy(() -> RunAs.user("recruiter", () -> processes.createTemplate("Medical first", steps)))
                .isInstanceOf(AccessDeniedException.class);
        long ok = RunAs.user("admin", () -> processes.createTemplate("Offer first",
                List.of(steps.get(0), steps.get(2), steps.get(1), steps.get(3))));
        assertThat(RunAs.user("recruiter", () -> processes.template(ok)).steps()).extracting(s -> s.kind())
                .containsExactly(StepKind.INTEREST, StepKind.CONDITIONAL_OFFER, StepKind.MEDICAL, StepKind.HIRED);
    }

    @Test
    void anExplorerMemberOfEighteenIsReferredWithTheirConsentAndNothingOfTheirGuardian() throws Exception {
        var f = fixtures();
        f.consentTexts();
        var coordinator = f.account(Role.COORDINATOR);
        long post = f.post(coordinator, p -> { });
        long adult = member(coordinator, post, LocalDate.now().minusYears(19), true);
        long minor = member(coordinator, post, LocalDate.now().minusYears(16), false);

        assertThatThrownBy(() -> RunAs.user(coordinator.username(), () -> applicants.referFromExplorer(adult, false)))
                .isInstanceOf(BusinessException.class).hasMessage("recruitment.error.consentRequired");
        assertThatThrownBy(() -> RunAs.user(coordinator.username(), () -> applicants.referFromExplorer(minor, true)))
                .isInstanceOf(BusinessException.class).hasMessage("recruitment.error.under18");
        var otherCoordinator = f.account(Role.COORDINATOR);
        assertThatThrownBy(() -> RunAs.user(otherCoordinator.username(), () -> applicants.referFromExplorer(adult, true)))
                .isInstanceOf(NotFoundException.class);

        long id = RunAs.user(coordinator.username(), () -> applicants.referFromExplorer(adult, true));
        var referred = RunAs.user("recruiter", () -> applicants.get(id));
        assertThat(referred.draft().getSource()).isEqualTo(ApplicantSource.EXPLORER);
        assertThat(referred.explorerParticipantId()).isEqualTo(adult);
        assertThat(referred.draft().getGivenName()).isEqualTo("Hodan");
        assertThat(referred.toString()).doesNotContain("Amina");
        assertThat(referred.requirements().get(Requirement.RESIDENCY).basisOnFile()).isFalse();
        assertThatThrownBy(() -> RunAs.user(coordinator.username(), () -> applicants.referFromExplorer(adult, true)))
                .isInstanceOf(BusinessException.class).hasMessage("recruitment.error.alreadyReferred");
    }

    /** An active member; an adult one with their own e-mail and, still on file, a guardian. */
    private long member(ExplorerFixtures.Person coordinator, long post, LocalDate born, boolean adult) throws Exception {
        var draft = ExplorerFixtures.youth(post, born, 12);
        if (adult) {
            draft.setEmail("hodan." + UUID.randomUUID().toString().substring(0, 6) + "@example.org");
            var guardian = new org.bridgeway.explorer.api.GuardianDraft();
            guardian.setName("Amina Warsame");
            guardian.setRelationship("Mother");
            guardian.setPhone("+1 612 555 0199");
            guardian.setPreferredLanguage("so");
            draft.setGuardians(List.of(guardian));
        }
        long id = RunAs.user(coordinator.username(), () -> participants.enroll(draft));
        var guardians = RunAs.user(coordinator.username(), () -> participants.getParticipant(id)).draft().getGuardians();
        Long guardian = guardians.isEmpty() || adult ? null : guardians.get(0).getId(); // adults consent themselves
        RunAs.user(coordinator.username(), () -> participants.recordConsent(id, ConsentKind.PARTICIPATION, guardian,
                "so", LocalDate.now(), null));
        RunAs.user(coordinator.username(), () -> participants.activate(id));
        return id;
    }
}
