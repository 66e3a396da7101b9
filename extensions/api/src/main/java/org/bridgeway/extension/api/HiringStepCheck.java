package org.bridgeway.extension.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A recruitment check an agency adds before an applicant moves past a hiring step (e.g. "a state certification
 * before the academy"). Called only for the hiring templates an administrator enabled it for.
 */
@ConsumerType
public interface HiringStepCheck {

    /** A stable identifier, unique among installed checks (e.g. "state-certification"). */
    String id();

    /** What the check verifies, for administrators, by language code (English at least). */
    java.util.Map<String, String> description();

    /** Checks the applicant's non-sensitive facts at a step. */
    CheckResult check(StepFacts facts);
}
