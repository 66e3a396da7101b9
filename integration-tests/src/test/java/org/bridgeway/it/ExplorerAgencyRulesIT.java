package org.bridgeway.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import javax.sql.DataSource;
import org.bridgeway.explorer.api.AgencyRuleDecision;
import org.bridgeway.explorer.api.ConsentKind;
import org.bridgeway.explorer.api.ConsentTexts;
import org.bridgeway.explorer.api.ExplorerPosts;
import org.bridgeway.explorer.api.ParticipantDetails;
import org.bridgeway.explorer.api.ParticipantStatus;
import org.bridgeway.explorer.api.Participants;
import org.bridgeway.identity.api.AccountService;
import org.bridgeway.identity.api.Role;
import org.bridgeway.shared.BusinessException;
import org.bridgeway.shared.NotFoundException;
import org.bridgeway.shared.extensions.ExtensionRegistry;
import org.bridgeway.shared.extensions.Extensions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Explorer eligibility with the example residence-area rule (an OSGi bundle) switched on for a post: an applicant
 * living outside the listed ZIP codes is not eligible, with the rule's own reason in each language; the operator
 * removes the bundle with {@code asadmin undeploy} while the application keeps running, and the same applicant is
 * eligible when decided again; deployed again, the rule applies again. The methods run in order: the server-side
 * ones keep the participant in static fields, which also shows the EAR was never redeployed in between.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExplorerAgencyRulesIT {

    private static final String RULE = "residence-area";
    private static final String BUNDLE = "bridgeway-extension-residence-rule";

    /** Server side: set by the first method, read by the later ones (same EAR, same class loader). */
    private static String coordinator;
    private static long outOfArea;
    private static long alsoOutOfArea;
    private static long rulePost;
    private static String earInstance;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.realEarWithTests(ExplorerAgencyRulesIT.class, ExplorerFixtures.class,
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
    Extensions extensions;

    @Inject
    ExtensionRegistry registry;

    @Resource(lookup = "java:app/jdbc/bridgeway")
    DataSource dataSource;

    @Test
    @Order(1)
    void anApplicantOutsideThePostsZipCodesIsIneligibleWithTheRulesTranslatedReason() throws Exception {
        var f = new ExplorerFixtures(accounts, posts, consentTexts);
        var person = f.account(Role.COORDINATOR);
        long post = f.post(person, p -> { });
        long otherPost = f.post(person, p -> { });
        RunAs.user("admin", () -> extensions.enable(ExtensionRegistry.Kind.ELIGIBILITY_RULE, RULE, post, true));
        coordinator = person.username();
        rulePost = post;
        earInstance = UUID.randomUUID().toString();

        assertThat(RunAs.user(coordinator, () -> participants.asksResidenceArea(post))).isTrue();
        assertThat(RunAs.user(coordinator, () -> participants.asksResidenceArea(otherPost))).isFalse();

        var outside = ExplorerFixtures.youth(post, LocalDate.now().minusYears(16).minusDays(5), 10);
        outside.setResidenceZip("55101");
        outOfArea = RunAs.user(coordinator, () -> participants.enroll(outside));
        ParticipantDetails refused = RunAs.user(coordinator, () -> participants.getParticipant(outOfArea));
        assertThat(refused.status()).isEqualTo(ParticipantStatus.INELIGIBLE);
        assertThat(refused.statusReason()).isEqualTo("explorer.eligibility.agencyRule");
        assertThat(refused.agencyRules()).singleElement().satisfies(rule -> {
            assertThat(rule.ruleId()).isEqualTo(RULE);
            assertThat(rule.eligible()).isFalse();
            assertThat(rule.reasonIn("so")).contains("koodhadhka boostada").contains("55454");
            assertThat(rule.reasonIn("es")).contains("códigos postales").contains("55454");
            assertThat(rule.reasonIn("en")).contains("ZIP codes");
            assertThat(rule.reasonIn("fr")).isEqualTo(rule.reasonIn("en"));
        });
        assertThat(refused.draft().getResidenceZip()).isEqualTo("55101");
        var noZip = ExplorerFixtures.youth(post, LocalDate.now().minusYears(17), 11);
        alsoOutOfArea = RunAs.user(coordinator, () -> participants.enroll(noZip));
        assertThat(RunAs.user(coordinator, () -> participants.getParticipant(alsoOutOfArea)).agencyRules())
                .singleElement().satisfies(rule -> assertThat(rule.reasonIn("en")).startsWith("No home ZIP code"));

        var inside = ExplorerFixtures.youth(post, LocalDate.now().minusYears(16).minusDays(5), 10);
        inside.setResidenceZip("55454");
        long inArea = RunAs.user(coordinator, () -> participants.enroll(inside));
        ParticipantDetails accepted = RunAs.user(coordinator, () -> participants.getParticipant(inArea));
        assertThat(accepted.status()).isEqualTo(ParticipantStatus.AWAITING_CONSENT);
        assertThat(accepted.agencyRules()).extracting(AgencyRuleDecision::ruleId, AgencyRuleDecision::eligible)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(RULE, true));

        // The age rules come first: a 13-year-old is refused by them and the agency rule is not asked.
        var young = ExplorerFixtures.youth(post, LocalDate.now().minusYears(13), 8);
        young.setResidenceZip("55101");
        long tooYoung = RunAs.user(coordinator, () -> participants.enroll(young));
        ParticipantDetails youngDetails = RunAs.user(coordinator, () -> participants.getParticipant(tooYoung));
        assertThat(youngDetails.statusReason()).isEqualTo("explorer.eligibility.tooYoung");
        assertThat(youngDetails.agencyRules()).isEmpty();

        // Where no agency rule is switched on, the ZIP code is not kept (collect the minimum).
        var elsewhere = ExplorerFixtures.youth(otherPost, LocalDate.now().minusYears(16), 10);
        elsewhere.setResidenceZip("55101");
        long other = RunAs.user(coordinator, () -> participants.enroll(elsewhere));
        ParticipantDetails otherDetails = RunAs.user(coordinator, () -> participants.getParticipant(other));
        assertThat(otherDetails.draft().getResidenceZip()).isNull();
        assertThat(otherDetails.status()).isEqualTo(ParticipantStatus.AWAITING_CONSENT);
        assertThat(count("select count(*) from explorer_participant where id = ? and residence_zip is null", other))
                .isEqualTo(1);

        // Decided again while nothing changed: the same refusal, and each decision recorded which rule took part.
        RunAs.user(coordinator, () -> participants.reassessEligibility(outOfArea));
        assertThat(count("select count(*) from explorer_rule_decision where participant_id = ? and rule_id = '"
                + RULE + "' and not eligible", outOfArea)).isEqualTo(2);
        // Members are not decided again; someone else's or an unknown participant is not found.
        f.consentTexts();
        long guardian = accepted.draft().getGuardians().get(0).getId();
        RunAs.user(coordinator, () -> participants.recordConsent(inArea, ConsentKind.PARTICIPATION, guardian, "so",
                LocalDate.now().minusDays(1), null));
        RunAs.user(coordinator, () -> participants.activate(inArea));
        assertThatThrownBy(() -> RunAs.user(coordinator, () -> participants.reassessEligibility(inArea)))
                .isInstanceOf(BusinessException.class).hasMessage("explorer.error.notReassessable");
        var stranger = f.account(Role.COORDINATOR);
        assertThatThrownBy(() -> RunAs.user(stranger.username(), () -> participants.reassessEligibility(outOfArea)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    @Order(2)
    @RunAsClient
    void theOperatorUndeploysTheRuleBundleWithAsadmin() throws Exception {
        OperatorCommands.undeployBundle(BUNDLE);
    }

    @Test
    @Order(3)
    void withoutTheBundleTheSameApplicantIsEligibleWhenDecidedAgain() throws Exception {
        assertThat(earInstance).as("the same EAR still deployed").isNotNull();
        assertThat(registry.eligibilityRule(RULE)).isEmpty();
        assertThat(registry.installed()).extracting(ExtensionRegistry.Installed::id).doesNotContain(RULE);

        // Everyone the rule refused in the post, decided again at once.
        assertThat(RunAs.user(coordinator, () -> participants.countAgencyRuleRefusals(rulePost))).isEqualTo(2);
        var again = RunAs.user(coordinator, () -> participants.reassessAgencyRuleRefusals(rulePost));
        assertThat(again).isEqualTo(new Participants.Reassessment(2, 2));
        assertThat(RunAs.user(coordinator, () -> participants.countAgencyRuleRefusals(rulePost))).isZero();
        ParticipantDetails details = RunAs.user(coordinator, () -> participants.getParticipant(outOfArea));
        assertThat(details.status()).isEqualTo(ParticipantStatus.AWAITING_CONSENT);
        assertThat(details.agencyRules()).as("no rule took part").isEmpty();
        assertThat(RunAs.user(coordinator, () -> participants.getParticipant(alsoOutOfArea)).status())
                .isEqualTo(ParticipantStatus.AWAITING_CONSENT);
        // Only the post's own coordinators may do that.
        var stranger = new ExplorerFixtures(accounts, posts, consentTexts).account(Role.COORDINATOR);
        assertThatThrownBy(() -> RunAs.user(stranger.username(),
                () -> participants.reassessAgencyRuleRefusals(rulePost))).isInstanceOf(NotFoundException.class);

        // Administrators still see the rule switched on for the post, as not installed.
        var views = RunAs.user("admin", () -> extensions.extensions());
        assertThat(views).filteredOn(v -> v.id().equals(RULE)).singleElement().satisfies(v -> {
            assertThat(v.state()).isEqualTo(Extensions.NOT_INSTALLED);
            assertThat(v.bundle()).isNull();
            assertThat(v.enabledFor()).contains(rulePost);
        });
    }

    @Test
    @Order(4)
    @RunAsClient
    void theOperatorDeploysTheRuleBundleAgain() throws Exception {
        OperatorCommands.deployExampleBundle(BUNDLE);
    }

    @Test
    @Order(5)
    void deployedAgainTheRuleAppliesAgainWithoutRedeployingTheEar() throws Exception {
        assertThat(earInstance).as("the same EAR still deployed").isNotNull();
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (registry.eligibilityRule(RULE).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        RunAs.user(coordinator, () -> participants.reassessEligibility(outOfArea));
        ParticipantDetails details = RunAs.user(coordinator, () -> participants.getParticipant(outOfArea));
        assertThat(details.status()).isEqualTo(ParticipantStatus.INELIGIBLE);
        assertThat(details.agencyRules()).extracting(AgencyRuleDecision::ruleId).containsExactly(RULE);
        var views = RunAs.user("admin", () -> extensions.extensions());
        assertThat(views).filteredOn(v -> v.id().equals(RULE)).singleElement()
                .satisfies(v -> assertThat(v.state()).isEqualTo("ACTIVE"));
    }

    private long count(String sql, long id) throws Exception {
        try (var c = dataSource.getConnection(); var st = c.prepareStatement(sql)) {
            st.setLong(1, id);
            try (var rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
