package org.bridgeway.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.bridgeway.identity.api.AccountFilter;
import org.bridgeway.identity.api.AccountService;
import org.bridgeway.identity.api.NewAccount;
import org.bridgeway.identity.api.Permission;
import org.bridgeway.identity.api.Role;
import org.bridgeway.partners.api.PartnerDraft;
import org.bridgeway.partners.api.PartnerFilter;
import org.bridgeway.partners.api.PartnerService;
import org.bridgeway.partners.api.PartnerType;
import org.bridgeway.recruitment.api.ApplicantState;
import org.bridgeway.recruitment.api.BoardFilter;
import org.bridgeway.recruitment.api.OutcomeKind;
import org.bridgeway.recruitment.api.ReportFilter;
import org.bridgeway.recruitment.api.StepDefinition;
import org.bridgeway.recruitment.api.StepKind;
import org.bridgeway.shared.AccessDeniedException;
import org.bridgeway.shared.PageRequest;
import org.bridgeway.shared.audit.AuditFilter;
import org.bridgeway.shared.audit.AuditTrail;
import org.bridgeway.shared.protect.ProtectedKind;
import org.bridgeway.shared.protect.ProtectedValues;
import org.bridgeway.shared.retention.PersonRef;
import org.bridgeway.shared.retention.Retention;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * docs/roles.md is the contract: the role_permission table must say exactly the same, and a fresh account of
 * each role must be allowed exactly the service calls its permissions allow.
 */
@ExtendWith(ArquillianExtension.class)
class RolesMatrixIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.realEarWithTests(RolesMatrixIT.class, RolesDocument.class);
    }

    @Inject
    AccountService accounts;

    @Inject
    PartnerService partners;

    @Inject
    AuditTrail auditTrail;

    @Inject
    ProtectedValues protectedValues;

    @Inject
    Retention retention;

    @Inject
    org.bridgeway.identity.api.Screening screening;

    @Inject
    org.bridgeway.explorer.api.ExplorerPosts explorerPosts;

    @Inject
    org.bridgeway.explorer.api.StandingComputation standing;

    @Inject
    org.bridgeway.explorer.api.ExplorerReports explorerReports;

    @Inject
    org.bridgeway.explorer.api.YouthSelfService youthSelf;

    @Inject
    org.bridgeway.mentorship.api.Matching matching;

    @Inject
    org.bridgeway.mentorship.api.MentorProfiles mentorProfiles;

    @Resource(lookup = "java:app/jdbc/bridgeway")
    DataSource dataSource;

    private static Map<Role, Set<String>> documented() throws IOException {
        try (InputStream in = RolesMatrixIT.class.getResourceAsStream("/roles.md")) {
            return RolesDocument.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Inject
    org.bridgeway.recruitment.api.HiringProcesses hiringProcesses;

    @Inject
    org.bridgeway.recruitment.api.ApplicantBoard applicantBoard;

    @Inject
    org.bridgeway.recruitment.api.Applicants applicants;

    @Inject
    org.bridgeway.recruitment.api.RecruitmentReports recruitmentReports;

    @Inject
    org.bridgeway.recruitment.api.PartnerReferrals partnerReferrals;

    @Inject
    org.bridgeway.partners.api.PublicPolicies publicPolicies;

    @Inject
    org.bridgeway.partners.api.Outreach outreach;

    @Inject
    org.bridgeway.partners.api.Academy academy;

    @Inject
    org.bridgeway.partners.api.LanguageAccess languageAccess;

    @Inject
    org.bridgeway.shared.extensions.Extensions extensions;

    @Test
    void theDatabaseGrantsExactlyWhatTheDocumentSays() throws Exception {
        Map<Role, Set<String>> granted = new HashMap<>();
        try (Connection c = dataSource.getConnection();
                ResultSet rs = c.createStatement().executeQuery("select role, permission from role_permission")) {
            while (rs.next()) {
                granted.computeIfAbsent(Role.valueOf(rs.getString(1)), r -> new HashSet<>()).add(rs.getString(2));
            }
        }
        Map<Role, Set<String>> documented = documented();
        for (Role role : Role.values()) {
            assertThat(granted.getOrDefault(role, Set.of())).as(role.name())
                    .containsExactlyInAnyOrderElementsOf(documented.getOrDefault(role, Set.of()));
        }
        assertThat(documented.values().stream().flatMap(Set::stream)).allMatch(Permission.ALL::contains);
    }

    @Test
    void eachRoleMayCallExactlyTheServicesItsPermissionsAllow() throws Exception {
        Map<Role, Set<String>> documented = documented();
        Map<String, Callable<?>> guarded = Map.ofEntries(
                Map.entry(Permission.PARTNERS_READ, () -> partners.countPartners(PartnerFilter.none())),
                Map.entry(Permission.PARTNERS_WRITE, () -> partners.createPartner(partner())),
                Map.entry(Permission.ACCOUNTS_MANAGE,
                        () -> accounts.findAccounts(AccountFilter.none(), PageRequest.first(1))),
                Map.entry(Permission.AUDIT_READ, () -> auditTrail.count(AuditFilter.none())),
                Map.entry(Permission.RESIDENCY_READ,
                        () -> protectedValues.read(ProtectedKind.RESIDENCY_BASIS, "matrix", 1)),
                Map.entry(Permission.PEOPLE_ERASE,
                        () -> retention.erase(new PersonRef(PersonRef.ACCOUNT, Long.MAX_VALUE))),
                Map.entry(Permission.SCREENING_MANAGE, () -> screening.expiringWithin(java.time.LocalDate.now(), 30)),
                Map.entry(Permission.RESIDENCY_WRITE, () -> {
                    protectedValues.write(ProtectedKind.RESIDENCY_BASIS, "matrix", 1, "LAWFUL_PERMANENT_RESIDENT");
                    return null;
                }),
                Map.entry(Permission.EXPLORER_CONFIGURE, () -> explorerPosts.createPost(post())),
                Map.entry(Permission.EXPLORER_READ, () -> explorerPosts.listPosts()),
                // A month long past: the call is allowed or refused, and finds no member to assess.
                Map.entry(Permission.EXPLORER_WRITE, () -> standing.computeMonth(java.time.YearMonth.of(2001, 1))),
                Map.entry(Permission.EXPLORER_REPORTS, () -> explorerReports.participationByLanguageAndGender(null)),
                Map.entry(Permission.MENTORSHIP_MANAGE, () -> {
                    try {
                        return matching.suggestions(Long.MAX_VALUE);
                    } catch (org.bridgeway.shared.NotFoundException e) {
                        return null; // allowed in; no such participant
                    }
                }),
                Map.entry(Permission.MENTORSHIP_MENTOR, () -> mentorProfiles.myProfile()),
                Map.entry(Permission.RECRUITMENT_CONFIGURE, () -> hiringProcesses.createTemplate(
                        "Matrix " + UUID.randomUUID(), List.of(
                                new StepDefinition("interest", StepKind.INTEREST, null, OutcomeKind.NONE, null, null, true),
                                new StepDefinition("hired", StepKind.HIRED, null, OutcomeKind.NONE, null, null, true)))),
                Map.entry(Permission.COMMUNITY_PUBLISH, () -> publicPolicies.history()),
                Map.entry(Permission.COMMUNITY_LIAISON, () -> outreach.contacts(false, null,
                        org.bridgeway.shared.PageRequest.first(1))),
                Map.entry(Permission.COMMUNITY_ACADEMY, () -> academy.courses()),
                Map.entry(Permission.COMMUNITY_REPORTS, () -> languageAccess.monthlyReport(
                        java.time.YearMonth.now(), java.time.YearMonth.now())),
                Map.entry(Permission.EXTENSIONS_MANAGE, () -> extensions.extensions()),
                Map.entry(Permission.LANGUAGE_LOG, () -> {
                    languageAccess.record(java.time.LocalDate.now(),
                            org.bridgeway.partners.api.LanguageAccess.Context.OTHER, "so",
                            org.bridgeway.partners.api.LanguageAccess.Provision.NOT_NEEDED, null);
                    return null;
                }),
                Map.entry(Permission.RECRUITMENT_READ, () -> applicantBoard.counts(BoardFilter.none())),
                Map.entry(Permission.RECRUITMENT_WRITE, () -> {
                    try {
                        return applicants.exit(List.of(Long.MAX_VALUE), ApplicantState.WITHDRAWN, null, null, null);
                    } catch (org.bridgeway.shared.NotFoundException e) {
                        return null; // allowed in; no such applicant
                    }
                }),
                Map.entry(Permission.RECRUITMENT_SENSITIVE,
                        () -> protectedValues.read(ProtectedKind.SWORN_ELIGIBILITY_BASIS, "matrix", 1)),
                Map.entry(Permission.RECRUITMENT_REPORTS, () -> recruitmentReports.funnel(ReportFilter.none())),
                Map.entry(Permission.RECRUITMENT_PARTNER, () -> {
                    try {
                        return partnerReferrals.counts();
                    } catch (org.bridgeway.shared.NotFoundException e) {
                        return null; // allowed in; this fresh account belongs to no organisation
                    }
                }),
                Map.entry(Permission.EXPLORER_SELF, () -> {
                    try {
                        return youthSelf.overview();
                    } catch (org.bridgeway.shared.NotFoundException e) {
                        return null; // allowed in, but this fresh account is linked to no participant
                    }
                }));
        assertThat(guarded.keySet()).containsExactlyInAnyOrderElementsOf(Permission.ALL);

        for (Role role : Role.values()) {
            String username = "matrix-" + role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 6);
            RunAs.user("admin", () -> accounts.createAccount(new NewAccount(username, "Matrix " + role, null, "en",
                    EnumSet.of(role), "Matrix-Pass-123")));
            for (var entry : guarded.entrySet()) {
                boolean expected = documented.getOrDefault(role, Set.of()).contains(entry.getKey());
                boolean allowed;
                try {
                    RunAs.user(username, entry.getValue());
                    allowed = true;
                } catch (AccessDeniedException e) {
                    allowed = false;
                }
                assertThat(allowed).as(role + " " + entry.getKey()).isEqualTo(expected);
            }
        }
    }

    private static org.bridgeway.explorer.api.PostDraft post() {
        var draft = new org.bridgeway.explorer.api.PostDraft();
        draft.setName("Matrix post " + UUID.randomUUID());
        return draft;
    }

    private static PartnerDraft partner() {
        var draft = new PartnerDraft();
        draft.setName("Matrix partner " + UUID.randomUUID());
        draft.setType(PartnerType.OTHER);
        draft.setLanguagesServed(List.of("en"));
        return draft;
    }
}
