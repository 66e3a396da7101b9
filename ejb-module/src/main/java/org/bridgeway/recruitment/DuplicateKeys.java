package org.bridgeway.recruitment;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How two applicant records are recognised as one person: the same e-mail (case and spaces aside), the same
 * phone number (formatting and a leading North American country code aside), or the same given name and an
 * overlapping family name with the same date of birth — names compared without accents, case, hyphens or
 * particles, so "María José García-López" and "Maria Garcia" on the same birth date match. Pure; unit-tested.
 */
public final class DuplicateKeys {

    /** Name particles that do not identify a family: "de la Cruz" and "Cruz" are the same surname. */
    private static final Set<String> PARTICLES = Set.of("de", "del", "la", "las", "los", "y", "e", "da", "do", "dos",
            "das", "van", "von", "der", "bin", "binti", "ibn", "al", "el");

    private DuplicateKeys() {
    }

    /** Lower-case, trimmed e-mail; null when there is none. */
    public static String email(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return raw.strip().toLowerCase(Locale.ROOT);
    }

    /** Digits only, without an international prefix "00" or a North American "1" before ten digits; null if too short. */
    public static String phone(String raw) {
        if (raw == null) {
            return null;
        }
        String digits = raw.replaceAll("[^0-9]", "");
        if (digits.startsWith("00")) {
            digits = digits.substring(2);
        }
        if (digits.length() == 11 && digits.startsWith("1")) {
            digits = digits.substring(1);
        }
        return digits.length() < 7 ? null : digits;
    }

    /** Accents removed, lower case, anything but letters and digits turned into single spaces. */
    public static String fold(String raw) {
        if (raw == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(raw, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** Same first given name and at least one family-name word in common (particles aside). */
    public static boolean sameName(String given1, String family1, String given2, String family2) {
        List<String> g1 = words(given1);
        List<String> g2 = words(given2);
        if (g1.isEmpty() || g2.isEmpty() || !g1.get(0).equals(g2.get(0))) {
            return false;
        }
        Set<String> f1 = surnameWords(family1);
        Set<String> f2 = surnameWords(family2);
        f1.retainAll(f2);
        return !f1.isEmpty();
    }

    private static List<String> words(String raw) {
        String folded = fold(raw);
        return folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" "));
    }

    private static Set<String> surnameWords(String raw) {
        Set<String> words = new HashSet<>(words(raw));
        words.removeAll(PARTICLES);
        return words;
    }
}
