package org.bridgeway.extension.api;

import java.util.Map;

/**
 * A rule's answer: eligible or not, a stable reason key, and the reason in each language the rule knows (language
 * code to text; English at least). Bridgeway shows the reason in the reader's language, else in English.
 */
public record Decision(boolean eligible, String reasonKey, Map<String, String> reason) {

    public Decision {
        reason = reason == null ? Map.of() : Map.copyOf(reason);
    }

    public static Decision pass() {
        return new Decision(true, "eligible", Map.of());
    }

    public static Decision fail(String reasonKey, Map<String, String> reason) {
        return new Decision(false, reasonKey, reason);
    }
}
