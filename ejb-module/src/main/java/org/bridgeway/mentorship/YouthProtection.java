package org.bridgeway.mentorship;

import org.bridgeway.mentorship.api.SessionKind;

/**
 * Whether a session may take place, as a pure rule. With a participant under 18, a private one-on-one is
 * refused: the session must be a group session, or have a second screened adult attached, or — where the post's
 * policy allows — be virtual or in an observable public place. From 18 any kind is allowed.
 */
public final class YouthProtection {

    /** The post's policy on one-on-one sessions with minors without a second adult. */
    public record Policy(boolean allowVirtualOneOnOne, boolean allowPublicPlaceOneOnOne) {

        /** The safest default: a second adult or a group, always. */
        public static final Policy STRICT = new Policy(false, false);
    }

    /** The decision and, when refused, the bundle key of the reason shown. */
    public record Decision(boolean allowed, String reasonKey) {
    }

    public static final int ADULT_AGE = 18;

    private YouthProtection() {
    }

    public static Decision decide(int participantAge, SessionKind kind, boolean secondScreenedAdult, Policy policy) {
        if (participantAge >= ADULT_AGE || kind == SessionKind.GROUP_ACTIVITY || secondScreenedAdult) {
            return new Decision(true, null);
        }
        return switch (kind) {
            case VIRTUAL -> policy.allowVirtualOneOnOne() ? new Decision(true, null)
                    : new Decision(false, "mentorship.protection.virtualNeedsSecondAdult");
            case IN_PERSON_PUBLIC -> policy.allowPublicPlaceOneOnOne() ? new Decision(true, null)
                    : new Decision(false, "mentorship.protection.publicNeedsSecondAdult");
            case IN_PERSON_STATION -> new Decision(false, "mentorship.protection.privateOneOnOne");
            case GROUP_ACTIVITY -> new Decision(true, null);
        };
    }
}
