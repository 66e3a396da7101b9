package org.bridgeway.shared.extensions;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.Serializable;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bridgeway.extension.api.EligibilityRule;
import org.bridgeway.extension.api.HiringStepCheck;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The bridge from the EAR to the extension bundles in Payara's Felix: follows every {@link EligibilityRule} and
 * {@link HiringStepCheck} service as bundles come and go, without redeploying the EAR. The API bundle must be active
 * before the EAR deploys (docs/extensions.md); without it there are simply no extensions.
 * What it holds is this server's view of its own OSGi framework, not shared application state: each cluster member
 * follows its own bundles (deploy extensions to the whole deployment group).
 */
@ApplicationScoped
public class ExtensionRegistry {

    private static final System.Logger LOG = System.getLogger(ExtensionRegistry.class.getName());

    /** One installed extension service: what it is, which bundle provides it, and that bundle's state. */
    public record Installed(String id, Kind kind, String bundle, String version, String state,
            Map<String, String> description) implements Serializable {
    }

    public enum Kind {
        ELIGIBILITY_RULE, HIRING_STEP_CHECK
    }

    private ServiceTracker<EligibilityRule, EligibilityRule> rules;
    private ServiceTracker<HiringStepCheck, HiringStepCheck> checks;

    @PostConstruct
    void open() {
        Bundle api = FrameworkUtil.getBundle(EligibilityRule.class);
        BundleContext context = api == null ? null : api.getBundleContext();
        if (context == null) {
            LOG.log(Level.WARNING, "The extension API bundle is not active: no extensions will be used.");
            return;
        }
        // Any bundle's context sees every service; open(true) also tracks services whose class this bundle's
        // wiring would not match, and instanceof below keeps only compatible ones.
        rules = new ServiceTracker<>(context, EligibilityRule.class, null);
        rules.open(true);
        checks = new ServiceTracker<>(context, HiringStepCheck.class, null);
        checks.open(true);
    }

    @PreDestroy
    void close() {
        if (rules != null) {
            rules.close();
        }
        if (checks != null) {
            checks.close();
        }
    }

    /** Every installed rule and check, by kind and id. */
    public List<Installed> installed() {
        List<Installed> installed = new ArrayList<>();
        collect(rules, Kind.ELIGIBILITY_RULE, installed);
        collect(checks, Kind.HIRING_STEP_CHECK, installed);
        installed.sort(Comparator.comparing(Installed::kind).thenComparing(Installed::id));
        return installed;
    }

    /** The rule with this id, if a bundle provides it now. */
    public Optional<EligibilityRule> eligibilityRule(String id) {
        return find(rules, EligibilityRule.class, id);
    }

    /** The check with this id, if a bundle provides it now. */
    public Optional<HiringStepCheck> hiringStepCheck(String id) {
        return find(checks, HiringStepCheck.class, id);
    }

    /** The symbolic name of the bundle providing the rule or check, if one does now. */
    public String bundleOf(Kind kind, String id) {
        return installed().stream().filter(i -> i.kind() == kind && i.id().equals(id)).map(Installed::bundle)
                .findFirst().orElse(null);
    }

    private static <T> Optional<T> find(ServiceTracker<T, T> tracker, Class<T> type, String id) {
        if (tracker == null) {
            return Optional.empty();
        }
        Object[] services = tracker.getServices();
        if (services == null) {
            return Optional.empty();
        }
        for (Object service : services) {
            if (type.isInstance(service) && id.equals(idOf(type.cast(service)))) {
                return Optional.of(type.cast(service));
            }
        }
        return Optional.empty();
    }

    private static <T> void collect(ServiceTracker<T, T> tracker, Kind kind, List<Installed> into) {
        if (tracker == null) {
            return;
        }
        ServiceReference<T>[] references = tracker.getServiceReferences();
        if (references == null) {
            return;
        }
        for (ServiceReference<T> reference : references) {
            Object service = tracker.getService(reference);
            if (service == null) {
                continue;
            }
            Bundle bundle = reference.getBundle();
            String id = idOf(service);
            Map<String, String> description = service instanceof EligibilityRule rule ? rule.description()
                    : service instanceof HiringStepCheck check ? check.description() : Map.of();
            into.add(new Installed(id, kind, bundle == null ? "?" : bundle.getSymbolicName(),
                    bundle == null ? "?" : bundle.getVersion().toString(), bundle == null ? "?" : state(bundle),
                    description));
        }
    }

    private static String idOf(Object service) {
        return service instanceof EligibilityRule rule ? rule.id()
                : service instanceof HiringStepCheck check ? check.id() : "?";
    }

    private static String state(Bundle bundle) {
        return switch (bundle.getState()) {
            case Bundle.ACTIVE -> "ACTIVE";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            case Bundle.INSTALLED -> "INSTALLED";
            default -> "UNINSTALLED";
        };
    }
}
