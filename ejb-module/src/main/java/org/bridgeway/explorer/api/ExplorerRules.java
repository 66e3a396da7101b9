package org.bridgeway.explorer.api;

/** Field limits shared by forms, entities and the schema (V8__explorer.sql). */
public final class ExplorerRules {

    public static final int POST_NAME_MAX = 120;
    public static final int UNIT_MAX = 120;
    public static final int PLACE_MAX = 200;
    public static final int COHORT_NAME_MAX = 80;
    public static final int PERSON_NAME_MAX = 80;
    public static final int SCHOOL_MAX = 120;
    public static final int PHONE_MAX = 30;
    public static final String PHONE_PATTERN = "[+0-9 ()./-]*";
    public static final int EMAIL_MAX = 254;
    public static final int INTEREST_MAX = 60;
    public static final int GUARDIAN_NAME_MAX = 120;
    public static final int RELATIONSHIP_MAX = 40;
    public static final int SELF_DESCRIPTION_MAX = 60;
    public static final int REASON_MAX = 200;
    public static final int TITLE_MAX = 120;
    public static final String LANGUAGE_CODE_PATTERN = "[a-z]{2,3}";

    private ExplorerRules() {
    }
}
