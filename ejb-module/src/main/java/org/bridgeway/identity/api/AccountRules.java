package org.bridgeway.identity.api;

import java.util.List;

/** Limits shared by the account table, its entity and its forms. */
public final class AccountRules {

    public static final int USERNAME_MAX = 60;
    public static final String USERNAME_PATTERN = "[a-z0-9][a-z0-9._-]*";
    public static final int DISPLAY_NAME_MAX = 120;
    public static final int EMAIL_MAX = 254;
    public static final int PASSWORD_MIN = 10;
    public static final int PASSWORD_MAX = 128;
    /** ISO 639-1 codes of the languages the product ships in. */
    public static final List<String> LANGUAGES = List.of("en", "es", "so");
    public static final String LANGUAGE_PATTERN = "en|es|so";

    private AccountRules() {
    }
}
