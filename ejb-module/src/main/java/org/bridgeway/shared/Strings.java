package org.bridgeway.shared;

import java.util.Arrays;
import java.util.List;

/** Small conversions between form text and stored columns, the same in every context. */
public final class Strings {

    private Strings() {
    }

    /** Stored text: stripped, and null instead of blank. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A comma-separated column (e.g. language codes) as a list; empty for null or blank. */
    public static List<String> commaList(String value) {
        return value == null || value.isBlank() ? List.of() : Arrays.asList(value.split(","));
    }
}
