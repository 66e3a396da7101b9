package org.bridgeway.extension.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * An Explorer eligibility rule an agency adds (e.g. "participants of this post live in these ZIP codes"). Published
 * as an OSGi service; Bridgeway calls it only for the posts an administrator enabled it for, with a time budget,
 * and skips (and reports) a rule that throws or is too slow.
 */
@ConsumerType
public interface EligibilityRule {

    /** A stable identifier, unique among installed rules (e.g. "residence-area"). */
    String id();

    /** What the rule checks, for administrators, by language code ("en", "es", "so"; English at least). */
    java.util.Map<String, String> description();

    /** Decides on the facts Bridgeway passes in; must not block or keep state about the person. */
    Decision evaluate(ApplicantFacts facts);
}
