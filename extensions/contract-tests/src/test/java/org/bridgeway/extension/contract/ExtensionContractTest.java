package org.bridgeway.extension.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.apache.felix.framework.Felix;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The extension contract in an embedded Apache Felix 7.0.5 with Felix SCR 2.2.12 - what Payara Server 6 ships.
 * The API and example bundles are the ones this build produced; the test reaches them the way Bridgeway's EAR
 * does: through the API bundle's classes and a service tracker, never through its own class path.
 */
class ExtensionContractTest {

    private static final Path BUNDLES = Path.of("target", "bundles");
    private static final String RULE = "org.bridgeway.extension.api.EligibilityRule";
    private static final String CHECK = "org.bridgeway.extension.api.HiringStepCheck";

    @TempDir
    Path storage;

    private Felix felix;

    @BeforeEach
    void start() throws Exception {
        Map<String, Object> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, storage.toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        felix = new Felix(config);
        felix.start();
        for (String bundle : List.of("org.osgi.util.function", "org.osgi.util.promise", "org.osgi.service.component",
                "org.apache.felix.scr")) {
            install(bundle).start();
        }
    }

    @AfterEach
    void stop() throws Exception {
        felix.stop();
        felix.waitForStop(10_000);
    }

    private Bundle install(String name) throws Exception {
        Path jar = BUNDLES.resolve(name + ".jar");
        try (InputStream in = Files.newInputStream(jar)) {
            return felix.getBundleContext().installBundle(jar.toUri().toString(), in);
        }
    }

    private ServiceTracker<Object, Object> track(Bundle api, String type) throws Exception {
        Class<?> serviceType = api.loadClass(type);
        var tracker = new ServiceTracker<Object, Object>(felix.getBundleContext(), serviceType.getName(), null);
        tracker.open(true);
        return tracker;
    }

    private static Object waitForService(ServiceTracker<Object, Object> tracker, String bundleVersion) throws Exception {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            ServiceReference<Object>[] references = tracker.getServiceReferences();
            if (references != null) {
                for (ServiceReference<Object> reference : references) {
                    if (bundleVersion == null || reference.getBundle().getVersion().toString().equals(bundleVersion)) {
                        return tracker.getService(reference);
                    }
                }
            }
            Thread.sleep(5);
        }
        throw new AssertionError("no service from bundle version " + bundleVersion);
    }

    /** Calls rule.evaluate(new ApplicantFacts(16, 10, 7, "Post", zip)) with the API bundle's own classes. */
    private static boolean eligible(Bundle api, Object rule, String zip) throws Exception {
        Class<?> facts = api.loadClass("org.bridgeway.extension.api.ApplicantFacts");
        Object applicant = facts.getConstructor(int.class, Integer.class, long.class, String.class, String.class)
                .newInstance(16, 10, 7L, "Cedar-Riverside Post", zip);
        Method evaluate = api.loadClass(RULE).getMethod("evaluate", facts);
        Object decision = evaluate.invoke(rule, applicant);
        return (Boolean) decision.getClass().getMethod("eligible").invoke(decision);
    }

    @Test
    void anExampleRuleIsSeenUsedAndSwappedForANewVersionWithoutRestarting() throws Exception {
        Bundle api = install("bridgeway-extension-api");
        api.start();
        var rules = track(api, RULE);
        long installing = System.nanoTime();
        Bundle residence = install("bridgeway-extension-residence-rule");
        residence.start();
        Object rule = waitForService(rules, null);
        System.out.printf("[contract] install to first use of the residence rule: %.1f ms%n",
                (System.nanoTime() - installing) / 1e6);
        assertThat(api.loadClass(RULE).isInstance(rule)).isTrue();
        assertThat(eligible(api, rule, "55454")).isTrue();
        assertThat(eligible(api, rule, "55101")).isFalse();

        // Version 1.1.0 of the same bundle lists another ZIP code: updated in place, the new behaviour is live.
        String oldVersion = residence.getVersion().toString();
        long updating = System.nanoTime();
        residence.update(new ByteArrayInputStream(withZips(BUNDLES.resolve("bridgeway-extension-residence-rule.jar"),
                "55101", "1.1.0")));
        Object updated = waitForService(rules, "1.1.0");
        System.out.printf("[contract] update to first use of version 1.1.0: %.1f ms%n",
                (System.nanoTime() - updating) / 1e6);
        assertThat(residence.getVersion().toString()).isEqualTo("1.1.0").isNotEqualTo(oldVersion);
        assertThat(eligible(api, updated, "55101")).isTrue();
        assertThat(eligible(api, updated, "55454")).isFalse();

        // Removed: the service goes away, and nothing is left to call.
        residence.uninstall();
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (rules.getService() != null && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(rules.getService()).isNull();
        rules.close();
    }

    @Test
    void theCertificationCheckIsAHiringStepCheckService() throws Exception {
        Bundle api = install("bridgeway-extension-api");
        api.start();
        var checks = track(api, CHECK);
        install("bridgeway-extension-certification-check").start();
        Object check = waitForService(checks, null);
        Class<?> facts = api.loadClass("org.bridgeway.extension.api.StepFacts");
        Object toAcademy = facts.getConstructors()[0].newInstance("conditional-offer", "academy", 24, "BACHELOR",
                java.util.Set.of(), java.util.Set.of("so"), Map.of());
        Object result = api.loadClass(CHECK).getMethod("check", facts).invoke(check, toAcademy);
        assertThat(result.getClass().getMethod("outcome").invoke(result).toString()).isEqualTo("FAIL");
        assertThat(check.getClass().getMethod("id").invoke(check)).isEqualTo("state-certification");
        checks.close();
    }

    @Test
    void theApiBundleExportsItsPackageAtAVersionAndTheExamplesImportIt() throws Exception {
        Bundle api = install("bridgeway-extension-api");
        String exports = api.getHeaders().get(Constants.EXPORT_PACKAGE);
        assertThat(exports).contains("org.bridgeway.extension.api").contains("version=\"1.0.0\"");
        Bundle residence = install("bridgeway-extension-residence-rule");
        assertThat(residence.getHeaders().get(Constants.IMPORT_PACKAGE))
                .contains("org.bridgeway.extension.api").contains("[1.0,2)");
    }

    /**
     * The bundle as a new version: the component's ZIP codes and the Bundle-Version changed, everything else kept -
     * what an agency does when it rebuilds its extension.
     */
    private static byte[] withZips(Path jar, String zips, String version) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var in = new JarInputStream(Files.newInputStream(jar))) {
            Manifest manifest = new Manifest(in.getManifest());
            manifest.getMainAttributes().put(new Attributes.Name(Constants.BUNDLE_VERSION), version);
            try (var jarOut = new JarOutputStream(out, manifest)) {
                JarEntry entry;
                while ((entry = in.getNextJarEntry()) != null) {
                    byte[] content = in.readAllBytes();
                    if (entry.getName().startsWith("OSGI-INF/") && entry.getName().endsWith(".xml")) {
                        content = new String(content, StandardCharsets.UTF_8)
                                .replaceAll("value=\"[0-9, ]+\"", "value=\"" + zips + "\"")
                                .getBytes(StandardCharsets.UTF_8);
                    }
                    jarOut.putNextEntry(new JarEntry(entry.getName()));
                    jarOut.write(content);
                    jarOut.closeEntry();
                }
            }
        }
        return out.toByteArray();
    }
}
