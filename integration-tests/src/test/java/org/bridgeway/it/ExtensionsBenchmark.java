package org.bridgeway.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.bridgeway.extension.api.ApplicantFacts;
import org.bridgeway.shared.extensions.ExtensionRegistry;
import org.bridgeway.shared.extensions.Extensions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code ./mvnw verify -Pbench}: what an extension rule adds to a decision, inside Payara: asking the rules of a
 * post with none switched on (the switch lookup only), with the residence-area rule switched on (lookup, a managed
 * thread within the time budget, the bundle's rule), and a direct call of the rule through the registry; and, from
 * outside, the time from {@code asadmin deploy} of a rule's bundle to its use by the running EAR.
 */
@ExtendWith(ArquillianExtension.class)
class ExtensionsBenchmark {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.realEarWithTests(ExtensionsBenchmark.class, Timings.class);
    }

    @Inject
    Extensions extensions;

    @Inject
    ExtensionRegistry registry;

    @Test
    void addedLatencyPerRuleCall() throws Exception {
        long post = System.nanoTime();
        long none = post + 1;
        RunAs.user("admin", () -> {
            extensions.enable(ExtensionRegistry.Kind.ELIGIBILITY_RULE, "residence-area", post, true);
            return null;
        });
        var facts = new ApplicantFacts(16, 10, post, "Post", "55101");
        List<String> report = new ArrayList<>();
        report.add(Timings.measure("checkEligibility, no rule switched on (lookup only)", 50, 500,
                () -> extensions.checkEligibility(none, facts)));
        report.add(Timings.measure("checkEligibility, residence-area switched on", 50, 500,
                () -> extensions.checkEligibility(post, facts)));
        var rule = registry.eligibilityRule("residence-area").orElseThrow();
        report.add(Timings.measure("residence-area called directly through the registry", 50, 500,
                () -> rule.evaluate(facts)));
        Timings.report("extensions-bench-results.txt", report);
    }

    /**
     * From the operator's {@code asadmin deploy --type osgi} of the residence rule's bundle to the running EAR using
     * it (its row on the administrators' extensions screen, which asks the registry), five times; the bundle is
     * removed with {@code asadmin undeploy} before each round and left deployed at the end.
     */
    @Test
    @RunAsClient
    void fromAsadminDeployToFirstUse(@ArquillianResource URL base) throws Exception {
        String bundle = "bridgeway-extension-residence-rule";
        var admin = new WebClient(base.toURI());
        admin.signIn("admin", "it-demo-password");
        List<String> report = new ArrayList<>();
        for (int round = 1; round <= 5; round++) {
            OperatorCommands.undeployBundle(bundle);
            assertThat(admin.get("admin/extensions.xhtml").body()).doesNotContain("org.bridgeway.extension.residencerule");
            long start = System.nanoTime();
            OperatorCommands.deployExampleBundle(bundle);
            long deployed = System.nanoTime();
            int requests = 1;
            while (!admin.get("admin/extensions.xhtml").body().contains("org.bridgeway.extension.residencerule")) {
                assertThat(System.nanoTime() - deployed).isLessThan(30_000_000_000L);
                Thread.sleep(5);
                requests++;
            }
            long used = System.nanoTime();
            report.add(String.format(java.util.Locale.ROOT,
                    "round %d: asadmin deploy %.0f ms (CLI start included), then in use after %.0f ms"
                            + " (%d page request(s) of the extensions screen)", round,
                    (deployed - start) / 1e6, (used - deployed) / 1e6, requests));
        }
        Timings.report("extensions-deploy-bench-results.txt", report);
    }
}
