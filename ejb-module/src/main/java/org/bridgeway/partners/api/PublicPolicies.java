package org.bridgeway.partners.api;

import jakarta.ejb.Local;
import java.util.List;

/**
 * The agency's published policies (e.g. its immigration non-inquiry policy, the terms of federal agreements):
 * versioned, one text per language; publishing needs community:publish, reading is public.
 */
@Local
public interface PublicPolicies {

    /** The latest version of each policy in the language; policies without one there are shown in English. */
    List<PolicyView> published(String language);

    /** Publishes a new version of the policy in one language; returns its version number. */
    int publish(String slug, String language, String title, String body);

    /** The latest version of each alliance's public statement in the language (else in English). */
    List<PolicyView> statements(String language);

    /**
     * Publishes a new version of an alliance's statement (slug alliance-ID); callers check community:publish and
     * that the alliance exists (Alliances.publishStatement).
     */
    int publishStatement(long allianceId, String language, String title, String body);

    /** Every version of every policy and statement, newest first (community:publish). */
    List<PolicyView> history();
}
