package org.bridgeway.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.util.Arrays;
import org.bridgeway.extension.api.ApplicantFacts;
import org.bridgeway.extension.api.EligibilityRule;
import org.bridgeway.shared.extensions.ExtensionRegistry;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The EAR reaches the extension bundles deployed into Payara's Felix (asadmin deploy --type osgi, before the EAR):
 * the registry lists the example rule and check with their bundles, calls the rule, and follows the rule's bundle
 * going away and coming back while the EAR keeps running.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExtensionsIT {

    private static final String BROKEN_RULE = "throws-for-the-screen";

    /** Server side: the broken rule stays registered while the client-side method reads the screen. */
    private static org.osgi.framework.ServiceRegistration<EligibilityRule> brokenRule;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.realEarWithTests(ExtensionsIT.class, ExtensionsIT.TestRule.class);
    }

    @Inject
    ExtensionRegistry registry;

    @Inject
    org.bridgeway.shared.extensions.Extensions extensions;

    @Inject
    org.bridgeway.recruitment.api.Applicants applicants;

    @Inject
    org.bridgeway.recruitment.api.HiringProcesses processes;

    @jakarta.annotation.Resource(lookup = "java:app/jdbc/bridgeway")
    javax.sql.DataSource dataSource;

    /** A rule registered by the test itself: throws, answers late, or counts its calls. */
    static final class TestRule implements EligibilityRule {

        private final String id;
        private final String behaviour;
        final java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();

        TestRule(String id, String behaviour) {
            this.id = id;
            this.behaviour = behaviour;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public java.util.Map<String, String> description() {
            return java.util.Map.of("en", "Test rule that " + behaviour);
        }

        @Override
        public org.bridgeway.extension.api.Decision evaluate(ApplicantFacts facts) {
            calls.incrementAndGet();
            if (behaviour.equals("throws")) {
                throw new IllegalStateException("broken on purpose");
            }
            if (behaviour.equals("is slow")) {
                try {
                    Thread.sleep(2_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return org.bridgeway.extension.api.Decision.pass();
        }
    }

    @Test
    @Order(1)
    void aThrowingRuleIsSkippedAndItsFailureRecorded() throws Exception {
        var context = FrameworkUtil.getBundle(EligibilityRule.class).getBundleContext();
        var rule = new TestRule(BROKEN_RULE, "throws");
        brokenRule = context.registerService(EligibilityRule.class, rule, null);
        long post = System.nanoTime();
        RunAs.user("admin", () -> extensions.enable(ExtensionRegistry.Kind.ELIGIBILITY_RULE, BROKEN_RULE, post, true));
        assertThat(extensions.checkEligibility(post, new ApplicantFacts(16, 10, post, "Post", "55454"))).isEmpty();
        assertThat(rule.calls.get()).isEqualTo(1);
    }

    @Test
    @Order(2)
    @RunAsClient
    void theAdministratorsScreenShowsTheThrowingRuleAsFailing(@ArquillianResource URL base) throws Exception {
        var admin = new WebClient(base.toURI());
        admin.signIn("admin", "it-demo-password");
        String screen = admin.get("admin/extensions.xhtml").body();
        int row = screen.indexOf(BROKEN_RULE);
        assertThat(row).as("the rule is listed").isPositive();
        assertThat(screen.substring(row, screen.indexOf("</tr>", row)))
                .contains("java.lang.IllegalStateException: broken on purpose");
    }

    @Test
    @Order(3)
    void theThrowingRuleGoes() {
        brokenRule.unregister();
        assertThat(registry.eligibilityRule(BROKEN_RULE)).isEmpty();
    }

    @Test
    void onlySwitchedOnRulesAreCalledAndFailingOnesAreSkippedAndReported() throws Exception {
        var context = FrameworkUtil.getBundle(EligibilityRule.class).getBundleContext();
        String suffix = java.util.UUID.randomUUID().toString().substring(0, 6);
        var throwing = new TestRule("throws-" + suffix, "throws");
        var slow = new TestRule("slow-" + suffix, "is slow");
        var counting = new TestRule("counts-" + suffix, "counts");
        var registrations = java.util.List.of(context.registerService(EligibilityRule.class, throwing, null),
                context.registerService(EligibilityRule.class, slow, null),
                context.registerService(EligibilityRule.class, counting, null));
        try {
            long post = System.nanoTime();
            long otherPost = post + 1;
            RunAs.user("admin", () -> {
                for (String id : java.util.List.of("residence-area", throwing.id(), slow.id())) {
                    extensions.enable(ExtensionRegistry.Kind.ELIGIBILITY_RULE, id, post, true);
                }
                extensions.enable(ExtensionRegistry.Kind.ELIGIBILITY_RULE, counting.id(), otherPost, true);
                return null;
            });
            var outcomes = extensions.checkEligibility(post, new ApplicantFacts(16, 10, post, "Post", "55101"));
            // The residence rule answered (out of area); the throwing and the slow one were skipped.
            assertThat(outcomes).extracting(org.bridgeway.shared.extensions.Extensions.RuleOutcome::ruleId)
                    .containsExactly("residence-area");
            assertThat(outcomes.get(0).passed()).isFalse();
            assertThat(outcomes.get(0).reason().get("es")).contains("55454");
            assertThat(throwing.calls.get()).isEqualTo(1);
            assertThat(slow.calls.get()).isEqualTo(1);
            // Switched on elsewhere only: never called here.
            assertThat(counting.calls.get()).isZero();
            extensions.checkEligibility(otherPost, new ApplicantFacts(16, 10, otherPost, "Other post", "55454"));
            assertThat(counting.calls.get()).isEqualTo(1);

            var views = RunAs.user("admin", () -> extensions.extensions());
            var broken = views.stream().filter(v -> v.id().equals(throwing.id())).findFirst().orElseThrow();
            assertThat(broken.lastFailure()).contains("IllegalStateException").contains("broken on purpose");
            var late = views.stream().filter(v -> v.id().equals(slow.id())).findFirst().orElseThrow();
            assertThat(late.lastFailure()).contains("no answer within");
            var residence = views.stream().filter(v -> v.id().equals("residence-area")).findFirst().orElseThrow();
            assertThat(residence.enabledFor()).contains(post);

            // Switched off: not called any more.
            RunAs.user("admin", () -> {
                extensions.enable(ExtensionRegistry.Kind.ELIGIBILITY_RULE, throwing.id(), post, false);
                return null;
            });
            extensions.checkEligibility(post, new ApplicantFacts(16, 10, post, "Post", "55454"));
            assertThat(throwing.calls.get()).isEqualTo(1);
        } finally {
            registrations.forEach(org.osgi.framework.ServiceRegistration::unregister);
        }
    }

    @Test
    void theRegistryFollowsExtensionBundlesComingAndGoingWithoutRedeployingTheEar() throws Exception {
        assertThat(registry.installed()).extracting(ExtensionRegistry.Installed::id)
                .contains("residence-area", "state-certification");
        var residence = registry.installed().stream().filter(i -> i.id().equals("residence-area")).findFirst()
                .orElseThrow();
        assertThat(residence.bundle()).isEqualTo("org.bridgeway.extension.residencerule");
        assertThat(residence.state()).isEqualTo("ACTIVE");
        assertThat(residence.kind()).isEqualTo(ExtensionRegistry.Kind.ELIGIBILITY_RULE);

        EligibilityRule rule = registry.eligibilityRule("residence-area").orElseThrow();
        assertThat(rule.evaluate(new ApplicantFacts(16, 10, 1, "Post", "55454")).eligible()).isTrue();
        var outside = rule.evaluate(new ApplicantFacts(16, 10, 1, "Post", "55101"));
        assertThat(outside.eligible()).isFalse();
        assertThat(outside.reason().get("so")).contains("55454");

        // The bundle stops (as on undeploy): the rule is gone; started again, it is back - the EAR never redeployed.
        Bundle bundle = Arrays.stream(FrameworkUtil.getBundle(EligibilityRule.class).getBundleContext().getBundles())
                .filter(b -> "org.bridgeway.extension.residencerule".equals(b.getSymbolicName())).findFirst()
                .orElseThrow();
        bundle.stop();
        try {
            assertThat(registry.eligibilityRule("residence-area")).isEmpty();
            assertThat(registry.installed()).extracting(ExtensionRegistry.Installed::id).doesNotContain("residence-area");
        } finally {
            bundle.start();
        }
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (registry.eligibilityRule("residence-area").isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(registry.eligibilityRule("residence-area")).isPresent();
    }

    @Test
    void theCertificationCheckSwitchedOnForTheDefaultTemplateStopsAMoveToTheAcademyWithItsReason() throws Exception {
        long template = RunAs.user("admin", () -> processes.defaultTemplate().id());
        var draft = new org.bridgeway.recruitment.api.ApplicantDraft();
        draft.setGivenName("Ayaan");
        draft.setFamilyName("Certified" + java.util.UUID.randomUUID().toString().substring(0, 6));
        draft.setEmail("ayaan." + java.util.UUID.randomUUID().toString().substring(0, 6) + "@example.org");
        draft.setPreferredLanguage("so");
        draft.setBirthDate(java.time.LocalDate.now().minusYears(25));
        long applicant = RunAs.user("recruiter", () -> applicants.create(draft).id());
        // Straight to the step before the academy, passed (the earlier steps are not what this test is about).
        try (var c = dataSource.getConnection(); var st = c.prepareStatement("update applicant set current_step_id ="
                + " (select id from hiring_step where template_id = ? and code = 'psych-medical') where id = ?")) {
            st.setLong(1, template);
            st.setLong(2, applicant);
            st.executeUpdate();
        }
        RunAs.user("investigator", () -> applicants.recordResult(applicant,
                org.bridgeway.recruitment.api.StepOutcome.PASS, null, null));
        RunAs.user("admin", () -> {
            extensions.enable(ExtensionRegistry.Kind.HIRING_STEP_CHECK, "state-certification", template, true);
            return null;
        });
        try {
            var refused = RunAs.user("recruiter", () -> applicants.advance(java.util.List.of(applicant), null, null));
            assertThat(refused.done()).isEmpty();
            assertThat(refused.refused().get(0).messageKey()).isEqualTo("recruitment.error.extensionCheck");
            assertThat(refused.refused().get(0).arguments()).contains("state-certification")
                    .anySatisfy(text -> assertThat(text).contains("STATE_CERTIFICATION").contains("academy"));

            RunAs.user("recruiter", () -> {
                applicants.setRequirement(applicant, org.bridgeway.recruitment.api.Requirement.STATE_CERTIFICATION,
                        org.bridgeway.recruitment.api.Requirement.Status.YES, null);
                return null;
            });
            var moved = RunAs.user("recruiter", () -> applicants.advance(java.util.List.of(applicant), null, null));
            assertThat(moved.done()).containsExactly(applicant);
            assertThat(RunAs.user("recruiter", () -> applicants.timeline(applicant)))
                    .anySatisfy(e -> assertThat(e.note()).contains("checks passed: state-certification"));
        } finally {
            RunAs.user("admin", () -> {
                extensions.enable(ExtensionRegistry.Kind.HIRING_STEP_CHECK, "state-certification", template, false);
                return null;
            });
        }
    }
}
