package org.bridgeway.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.util.Arrays;
import org.bridgeway.extension.api.ApplicantFacts;
import org.bridgeway.extension.api.EligibilityRule;
import org.bridgeway.shared.extensions.ExtensionRegistry;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The EAR reaches the extension bundles deployed into Payara's Felix (asadmin deploy --type osgi, before the EAR):
 * the registry lists the example rule and check with their bundles, calls the rule, and follows the rule's bundle
 * going away and coming back while the EAR keeps running.
 */
@ExtendWith(ArquillianExtension.class)
class ExtensionsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.realEarWithTests(ExtensionsIT.class);
    }

    @Inject
    ExtensionRegistry registry;

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
}
