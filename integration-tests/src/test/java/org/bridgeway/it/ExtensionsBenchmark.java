package org.bridgeway.it;

import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bridgeway.extension.api.ApplicantFacts;
import org.bridgeway.shared.extensions.ExtensionRegistry;
import org.bridgeway.shared.extensions.Extensions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code ./mvnw verify -Pbench}: what an extension rule adds to a decision, inside Payara: asking the rules of a
 * post with none switched on (the switch lookup only), with the residence-area rule switched on (lookup, a managed
 * thread within the time budget, the bundle's rule), and a direct call of the rule through the registry.
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
        report.forEach(line -> System.out.println("[bench] " + line));
        Path out = Path.of(System.getenv().getOrDefault("BRIDGEWAY_BENCH_RESULTS",
                System.getProperty("java.io.tmpdir") + "/bench-results.txt")).resolveSibling("extensions-bench-results.txt");
        Files.write(out, report);
    }
}
