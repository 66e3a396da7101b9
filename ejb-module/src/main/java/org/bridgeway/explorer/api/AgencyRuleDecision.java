package org.bridgeway.explorer.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.Map;

/**
 * What one of the agency's extension rules said in a participant's latest eligibility decision: the rule's id,
 * met or not, and its own reason per language (empty when met).
 */
public record AgencyRuleDecision(String ruleId, boolean eligible, Map<String, String> reason, Instant decidedAt)
        implements Serializable {

    public AgencyRuleDecision {
        reason = Map.copyOf(reason);
    }

    /** The reason in the language, else in English, else whichever the rule gave; null when there is none. */
    public String reasonIn(String language) {
        String text = reason.get(language);
        if (text == null) {
            text = reason.get("en");
        }
        return text != null ? text : reason.values().stream().findFirst().orElse(null);
    }

    public String getRuleId() {
        return ruleId;
    }

    public boolean isEligible() {
        return eligible;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
