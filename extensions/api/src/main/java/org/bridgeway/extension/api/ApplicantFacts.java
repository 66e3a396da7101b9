package org.bridgeway.extension.api;

/**
 * The only facts about an Explorer applicant a rule sees: age in years, school grade (null when not given), the
 * post, and the residence area the applicant gave (a ZIP code, or null). Nothing about immigration or residency
 * status crosses this boundary.
 */
public record ApplicantFacts(int age, Integer grade, long postId, String postName, String residenceArea) {
}
