package org.bridgeway.shared.extensions;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.bridgeway.extension.api.ApplicantFacts;
import org.bridgeway.extension.api.CheckResult;
import org.bridgeway.extension.api.Decision;
import org.bridgeway.extension.api.StepFacts;
import org.bridgeway.identity.api.CurrentUser;
import org.bridgeway.identity.api.Permission;
import org.bridgeway.shared.BusinessException;
import org.bridgeway.shared.SqlValues;
import org.eclipse.microprofile.config.ConfigProvider;

@Stateless
public class ExtensionsBean implements Extensions {

    private static final System.Logger LOG = System.getLogger(ExtensionsBean.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ExtensionRegistry registry;

    @Inject
    private ExtensionFailures failures;

    @Inject
    private CurrentUser currentUser;

    @Resource
    private ManagedExecutorService executor;

    @Override
    public List<ExtensionView> extensions() {
        currentUser.checkPermission(Permission.EXTENSIONS_MANAGE);
        Map<String, Set<Long>> enabled = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> switches = em.createNativeQuery("select kind, rule_id, scope_id from extension_switch")
                .getResultList();
        for (Object[] s : switches) {
            enabled.computeIfAbsent(s[0] + "/" + s[1], k -> new HashSet<>()).add(SqlValues.longValue(s[2]));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> latest = em.createNativeQuery("""
                select distinct on (kind, rule_id) kind, rule_id, problem, failed_at
                  from extension_failure order by kind, rule_id, failed_at desc""").getResultList();
        Map<String, Object[]> failuresByRule = new HashMap<>();
        latest.forEach(f -> failuresByRule.put(f[0] + "/" + f[1], f));
        List<ExtensionView> views = new ArrayList<>();
        for (ExtensionRegistry.Installed installed : registry.installed()) {
            String key = installed.kind() + "/" + installed.id();
            Object[] failure = failuresByRule.get(key);
            views.add(new ExtensionView(installed.id(), installed.kind(), installed.bundle(), installed.version(),
                    installed.state(), installed.description(), enabled.getOrDefault(key, Set.of()),
                    failure == null ? null : (String) failure[2], failure == null ? null : SqlValues.instant(failure[3])));
            enabled.remove(key);
        }
        // Switched on but no bundle provides it now (undeployed, or failed to start): listed so it can be seen and
        // switched off; it is not called.
        enabled.forEach((key, scopes) -> {
            String[] kindAndId = key.split("/", 2);
            Object[] failure = failuresByRule.get(key);
            views.add(new ExtensionView(kindAndId[1], ExtensionRegistry.Kind.valueOf(kindAndId[0]), null, null,
                    NOT_INSTALLED, Map.of(), scopes, failure == null ? null : (String) failure[2],
                    failure == null ? null : SqlValues.instant(failure[3])));
        });
        return views;
    }

    @Override
    public void enable(ExtensionRegistry.Kind kind, String ruleId, long scopeId, boolean on) {
        currentUser.checkPermission(Permission.EXTENSIONS_MANAGE);
        if (kind == null || ruleId == null || !ruleId.matches("[A-Za-z0-9._-]{1,100}")) {
            throw new BusinessException("extensions.invalid");
        }
        if (on) {
            em.createNativeQuery("""
                    insert into extension_switch (kind, rule_id, scope_id, enabled_by, enabled_at)
                    values (?1, ?2, ?3, ?4, now()) on conflict do nothing""")
                    .setParameter(1, kind.name()).setParameter(2, ruleId).setParameter(3, scopeId)
                    .setParameter(4, currentUser.auditActor()).executeUpdate();
        } else {
            em.createNativeQuery("delete from extension_switch where kind = ?1 and rule_id = ?2 and scope_id = ?3")
                    .setParameter(1, kind.name()).setParameter(2, ruleId).setParameter(3, scopeId).executeUpdate();
        }
    }

    @Override
    public List<String> switchedOn(ExtensionRegistry.Kind kind, long scopeId) {
        return enabledFor(kind, scopeId);
    }

    @Override
    public List<RuleOutcome> checkEligibility(long postId, ApplicantFacts facts) {
        List<RuleOutcome> outcomes = new ArrayList<>();
        for (String id : enabledFor(ExtensionRegistry.Kind.ELIGIBILITY_RULE, postId)) {
            registry.eligibilityRule(id).ifPresent(rule -> {
                Decision decision = call(ExtensionRegistry.Kind.ELIGIBILITY_RULE, id, () -> rule.evaluate(facts));
                if (decision != null) {
                    outcomes.add(new RuleOutcome(id, decision.eligible(), false, decision.reasonKey(),
                            decision.reason()));
                }
            });
        }
        return outcomes;
    }

    @Override
    public List<RuleOutcome> checkStep(long templateId, StepFacts facts) {
        List<RuleOutcome> outcomes = new ArrayList<>();
        for (String id : enabledFor(ExtensionRegistry.Kind.HIRING_STEP_CHECK, templateId)) {
            registry.hiringStepCheck(id).ifPresent(check -> {
                CheckResult result = call(ExtensionRegistry.Kind.HIRING_STEP_CHECK, id, () -> check.check(facts));
                if (result != null) {
                    outcomes.add(new RuleOutcome(id, result.outcome() == CheckResult.Outcome.PASS,
                            result.outcome() == CheckResult.Outcome.NEEDS_REVIEW, result.reasonKey(), result.reason()));
                }
            });
        }
        return outcomes;
    }

    private List<String> enabledFor(ExtensionRegistry.Kind kind, long scopeId) {
        @SuppressWarnings("unchecked")
        List<String> ids = em.createNativeQuery("""
                select rule_id from extension_switch where kind = ?1 and scope_id = ?2 order by rule_id""")
                .setParameter(1, kind.name()).setParameter(2, scopeId).getResultList();
        return ids;
    }

    /**
     * Asks an extension on a managed thread and waits at most the budget (bridgeway.extensions.budget-ms, 200 by
     * default): an exception or a late answer is recorded as a failure and the extension is skipped (null).
     */
    private <T> T call(ExtensionRegistry.Kind kind, String id, Callable<T> work) {
        long budget = ConfigProvider.getConfig().getOptionalValue("bridgeway.extensions.budget-ms", Long.class)
                .orElse(200L);
        Future<T> answer = executor.submit(work);
        String problem;
        try {
            T result = answer.get(budget, TimeUnit.MILLISECONDS);
            if (result != null) {
                return result;
            }
            problem = "answered nothing";
        } catch (TimeoutException e) {
            answer.cancel(true);
            problem = "no answer within " + budget + " ms";
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            problem = cause.getClass().getName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            problem = "interrupted";
        }
        LOG.log(Level.WARNING, "Extension {0} skipped: {1}", id, problem);
        failures.record(kind, id, registry.bundleOf(kind, id), problem);
        return null;
    }
}
