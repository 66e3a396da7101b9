package org.bridgeway.shared.extensions;

import jakarta.ejb.Local;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bridgeway.extension.api.ApplicantFacts;
import org.bridgeway.extension.api.StepFacts;

/**
 * Extension rules and checks for the contexts that decide with them (Explorer eligibility, recruitment steps) and
 * for administrators (extensions:manage). A rule is called only where it is switched on, within a time budget; one
 * that throws or runs out of time is skipped, and its failure recorded and shown to administrators.
 */
@Local
public interface Extensions {

    /** The state of a rule switched on somewhere that no installed bundle provides (its bundle is null). */
    String NOT_INSTALLED = "NOT_INSTALLED";

    /** One installed rule or check with where it is switched on and its latest failure (administrators). */
    record ExtensionView(String id, ExtensionRegistry.Kind kind, String bundle, String version, String state,
            Map<String, String> description, Set<Long> enabledFor, String lastFailure, Instant lastFailureAt)
            implements Serializable {
    }

    /** What one rule or check said: passed, needs review (checks only), or not, with its reason by language. */
    record RuleOutcome(String ruleId, boolean passed, boolean needsReview, String reasonKey,
            Map<String, String> reason) implements Serializable {
    }

    List<ExtensionView> extensions();

    /** Switches a rule on or off for an Explorer post, or a check for a hiring template. */
    void enable(ExtensionRegistry.Kind kind, String ruleId, long scopeId, boolean on);

    /** Ids of the rules (or checks) of the kind switched on for the post (or template), installed or not. */
    List<String> switchedOn(ExtensionRegistry.Kind kind, long scopeId);

    /** The eligibility rules switched on for the post, each asked within the budget; failing ones skipped. */
    List<RuleOutcome> checkEligibility(long postId, ApplicantFacts facts);

    /** The hiring-step checks switched on for the template, each asked within the budget; failing ones skipped. */
    List<RuleOutcome> checkStep(long templateId, StepFacts facts);
}
