package org.bridgeway.extension.api;

import java.util.Map;

/** A check's answer: pass, fail or needs review, with a reason key and the reason by language (English at least). */
public record CheckResult(Outcome outcome, String reasonKey, Map<String, String> reason) {

    public enum Outcome {
        PASS, FAIL, NEEDS_REVIEW
    }

    public CheckResult {
        reason = reason == null ? Map.of() : Map.copyOf(reason);
    }

    public static CheckResult pass() {
        return new CheckResult(Outcome.PASS, "pass", Map.of());
    }
}
