package org.bridgeway.shared.freetext;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises identity-document numbers that must never be typed into a note: an alien registration number
 * (A-number), a social security number, or a passport number. Phone numbers, ZIP codes and dates pass.
 */
public final class IdentityNumbers {

    private static final List<Pattern> PATTERNS = List.of(
            // A-number: "A" then 8 or 9 digits, optionally grouped: A123456789, A-123-456-789, A 12345678
            Pattern.compile("(?i)(?<![\\p{L}\\d])A[\\s-]?(\\d{8,9}|\\d{3}[\\s-]\\d{3}[\\s-]\\d{3})(?!\\d)"),
            // SSN: 123-45-6789 or 123 45 6789
            Pattern.compile("(?<!\\d)\\d{3}([\\s-])\\d{2}\\1\\d{4}(?!\\d)"),
            // Nine digits in a row (SSN or passport without separators); ten-digit phone numbers do not match
            Pattern.compile("(?<![\\d+])\\d{9}(?!\\d)"),
            // Passport: one or two letters then 6 to 9 digits (US: C12345678), when a letter starts the token
            Pattern.compile("(?<![\\p{L}\\d])[A-Z]{1,2}\\d{7,9}(?!\\d)"));

    private IdentityNumbers() {
    }

    public static boolean containsOne(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        return PATTERNS.stream().anyMatch(p -> p.matcher(text).find());
    }
}
