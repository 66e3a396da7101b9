package org.bridgeway.partners.api;

/** Limits shared by the partner table, its entity and its forms. */
public final class PartnerRules {

    public static final int NAME_MAX = 200;
    public static final int CONTACT_NAME_MAX = 120;
    public static final int PHONE_MAX = 40;
    public static final String PHONE_PATTERN = "[+0-9 ()./-]*";
    public static final int EMAIL_MAX = 254;
    public static final int NOTES_MAX = 2000;
    /** ISO 639-1 or 639-2/3 code, lower case. */
    public static final String LANGUAGE_CODE_PATTERN = "[a-z]{2,3}";

    private PartnerRules() {
    }
}
